package io.customsreview.hub.review;

import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.edi.EdifactDocumentReader;
import io.customsreview.hub.extraction.RecognisingDocumentReader;
import io.customsreview.hub.llm.EmbeddingJudge;
import io.customsreview.hub.rules.HsNomenclature;
import io.customsreview.hub.rules.RuleBook;
import io.customsreview.hub.rules.RuleContext;
import io.customsreview.hub.rules.RuleSettings;

import java.time.Clock;

/** Assembles the standard review engine; the CLI and the hub's Spring configuration both use it. */
public final class ReviewEngines {

    private ReviewEngines() {
    }

    /** EDIFACT read without the Smooks structure check (no schema compile at the command line's start) */
    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction) {
        return standard(rules, extraction, EdifactDocumentReader.standard());
    }

    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction,
                                        EdifactDocumentReader edifact) {
        EmbeddingJudge judge = new EmbeddingJudge();
        judge.warmUp(); // load the model (about a second) before the first dossier, not inside its rules

        RuleContext context = new RuleContext(rules, HsNomenclature.load(rules.hsNomenclatureResource()), judge);
        return new ReviewEngine(new RecognisingDocumentReader(extraction, edifact), RuleBook.standard(), context,
                Clock.systemUTC());
    }
}
