package io.customsreview.hub.review;

import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.extraction.RecognisingDocumentReader;
import io.customsreview.hub.llm.EmbeddingJudge;
import io.customsreview.hub.llm.LlmSettings;
import io.customsreview.hub.llm.LlmSupport;
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

    /** fully offline (hub.llm.provider=none), OCR on its defaults */
    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction) {
        return standard(rules, extraction, LlmSettings.none(), OcrSettings.defaults());
    }

    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction, LlmSettings llm) {
        return standard(rules, extraction, llm, OcrSettings.defaults());
    }

    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction, OcrSettings ocr) {
        return standard(rules, extraction, LlmSettings.none(), ocr);
    }

    /**
     * With a language model for the doubtful judgments and the officer-written rules, as the settings say, and OCR
     * for images and scanned PDFs.
     */
    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction, LlmSettings llm,
                                        OcrSettings ocr) {
        EmbeddingJudge offline = new EmbeddingJudge();
        offline.warmUp(); // load the model (about a second) before the first dossier, not inside its rules
        LlmSupport support = LlmSupport.create(llm);
        HsNomenclature nomenclature = HsNomenclature.load(rules.hsNomenclatureResource());
        RuleContext context = new RuleContext(rules, nomenclature, support.judge(offline));
        RecognisingDocumentReader reader = new RecognisingDocumentReader(extraction,
                OcrReaders.standard(ocr, nomenclature, extraction.maxPages()));
        return new ReviewEngine(reader, RuleBook.standard(), context, Clock.systemUTC(), support.officerRules(),
                llm.enabled() ? support.metrics() : null);
    }
}
