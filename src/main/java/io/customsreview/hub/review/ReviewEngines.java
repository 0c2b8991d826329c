package io.customsreview.hub.review;

import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.extraction.RecognisingDocumentReader;
import io.customsreview.hub.llm.EmbeddingJudge;
import io.customsreview.hub.ocr.OcrReaders;
import io.customsreview.hub.ocr.OcrSettings;
import io.customsreview.hub.rules.HsNomenclature;
import io.customsreview.hub.rules.RuleBook;
import io.customsreview.hub.rules.RuleContext;
import io.customsreview.hub.rules.RuleSettings;

import java.time.Clock;

/** Assembles the standard review engine; the CLI and the hub's Spring configuration both use it. */
public final class ReviewEngines {

    private ReviewEngines() {
    }

    /** With OCR on its defaults ({@link OcrSettings#defaults()}): images and scanned PDFs are read. */
    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction) {
        return standard(rules, extraction, OcrSettings.defaults());
    }

    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction, OcrSettings ocr) {
        EmbeddingJudge judge = new EmbeddingJudge();
        judge.warmUp(); // load the model (about a second) before the first dossier, not inside its rules

        HsNomenclature nomenclature = HsNomenclature.load(rules.hsNomenclatureResource());
        RuleContext context = new RuleContext(rules, nomenclature, judge);
        RecognisingDocumentReader reader = new RecognisingDocumentReader(extraction,
                OcrReaders.standard(ocr, nomenclature, extraction.maxPages()));
        return new ReviewEngine(reader, RuleBook.standard(), context, Clock.systemUTC());
    }
}
