package io.customsreview.hub.llm;

/** Decides what needs understanding: are two descriptions the same goods, are two names the same party. */
public interface SemanticJudge {

    Judgment sameGoods(GoodsEvidence first, GoodsEvidence second);

    Judgment sameParty(String first, String second);
}
