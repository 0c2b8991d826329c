package io.customsreview.hub.rules;

import io.customsreview.hub.llm.SemanticJudge;

/** What rules may consult besides the dossier. */
public record RuleContext(RuleSettings settings, HsNomenclature nomenclature, SemanticJudge judge, UnLocodes locodes) {

    /** without the UN/LOCODE list */
    public RuleContext(RuleSettings settings, HsNomenclature nomenclature, SemanticJudge judge) {
        this(settings, nomenclature, judge, UnLocodes.none());
    }
}
