package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Finding;

import java.util.List;

/** What rule tests share: the real HS 2022 nomenclature, default settings, and no semantic judge. */
final class RuleTesting {

    static final HsNomenclature NOMENCLATURE = HsNomenclature.load("classpath:hs/hs2022-subheadings.txt");
    static final RuleContext CONTEXT = new RuleContext(RuleSettings.defaults(), NOMENCLATURE,
            new io.customsreview.hub.llm.EmbeddingJudge());

    private RuleTesting() {
    }

    static List<Finding> check(Rule rule, CleanDossier dossier) {
        return check(rule, dossier.dossier());
    }

    static List<Finding> check(Rule rule, Dossier dossier) {
        return rule.check(dossier, CONTEXT);
    }

    /** the findings of the whole rule book (for "nothing else fires" assertions) */
    static List<Finding> review(CleanDossier dossier) {
        return RuleBook.standard().stream().flatMap(r -> r.check(dossier.dossier(), CONTEXT).stream()).toList();
    }
}
