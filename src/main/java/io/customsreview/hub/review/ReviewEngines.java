package io.customsreview.hub.review;

import io.customsreview.hub.edi.EdifactDocumentReader;
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
import io.customsreview.hub.rules.UnLocodes;

import java.time.Clock;

/** Assembles the standard review engine; the CLI and the hub's Spring configuration both use it. */
public final class ReviewEngines {

    private ReviewEngines() {
    }

    /**
     * Fully offline (hub.llm.provider=none), OCR on its defaults, EDIFACT read without the Smooks structure check (no
     * schema compile at the command line's start).
     */
    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction) {
        return standard(rules, extraction, LlmSettings.none(), OcrSettings.defaults(), EdifactDocumentReader.standard());
    }

    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction, LlmSettings llm) {
        return standard(rules, extraction, llm, OcrSettings.defaults(), EdifactDocumentReader.standard());
    }

    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction, OcrSettings ocr) {
        return standard(rules, extraction, LlmSettings.none(), ocr, EdifactDocumentReader.standard());
    }

    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction,
                                        EdifactDocumentReader edifact) {
        return standard(rules, extraction, LlmSettings.none(), OcrSettings.defaults(), edifact);
    }

    /**
     * With a language model for the doubtful judgments and the officer-written rules as the settings say, OCR for
     * images and scanned PDFs, and the given EDIFACT reader.
     */
    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction, LlmSettings llm,
                                        OcrSettings ocr, EdifactDocumentReader edifact) {
        EmbeddingJudge offline = new EmbeddingJudge();
        offline.warmUp(); // load the model (about a second) before the first dossier, not inside its rules
        LlmSupport support = LlmSupport.create(llm);
        HsNomenclature nomenclature = HsNomenclature.load(rules.hsNomenclatureResource());
        UnLocodes locodes = UnLocodes.load(rules.unlocodeFile());
        RuleContext context = new RuleContext(rules, nomenclature, support.judge(offline), locodes);
        RecognisingDocumentReader reader = new RecognisingDocumentReader(extraction,
                OcrReaders.standard(ocr, nomenclature, locodes, extraction.maxPages()), edifact);
        return new ReviewEngine(reader, RuleBook.standard(), context, Clock.systemUTC(), support.officerRules(),
                llm.enabled() ? support.metrics() : null);
    }
}
