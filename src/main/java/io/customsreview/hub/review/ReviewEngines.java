package io.customsreview.hub.review;

import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.extraction.RecognisingDocumentReader;
import io.customsreview.hub.llm.EmbeddingJudge;
import io.customsreview.hub.llm.LlmSettings;
import io.customsreview.hub.llm.LlmSupport;
import io.customsreview.hub.rules.HsNomenclature;
import io.customsreview.hub.rules.RuleBook;
import io.customsreview.hub.rules.RuleContext;
import io.customsreview.hub.rules.RuleSettings;

import java.time.Clock;

/** Assembles the standard review engine; the CLI and the hub's Spring configuration both use it. */
public final class ReviewEngines {

    private ReviewEngines() {
    }

    /** fully offline: the embedding judge alone (hub.llm.provider=none) */
    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction) {
        return standard(rules, extraction, LlmSettings.none());
    }

    /** with a language model for the doubtful judgments and the officer-written rules, as the settings say */
    public static ReviewEngine standard(RuleSettings rules, ExtractionSettings extraction, LlmSettings llm) {
        EmbeddingJudge offline = new EmbeddingJudge();
        offline.warmUp(); // load the model (about a second) before the first dossier, not inside its rules
        LlmSupport support = LlmSupport.create(llm);

        RuleContext context = new RuleContext(rules, HsNomenclature.load(rules.hsNomenclatureResource()),
                support.judge(offline));
        return new ReviewEngine(new RecognisingDocumentReader(extraction), RuleBook.standard(), context,
                Clock.systemUTC(), support.officerRules(), llm.enabled() ? support.metrics() : null);
    }
}
