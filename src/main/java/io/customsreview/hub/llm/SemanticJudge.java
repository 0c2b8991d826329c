package io.customsreview.hub.llm;

/** Decides what needs understanding: are two descriptions the same goods, are two names the same party. */
public interface SemanticJudge {

    Judgment sameGoods(GoodsEvidence first, GoodsEvidence second);

    Judgment sameParty(String first, String second);

    /**
     * The goods descriptions a dossier is about to have judged, handed over at once so that a judge can prepare
     * them together (an embedding model computes a batch far faster than one text at a time). Optional.
     */
    default void prepare(java.util.Collection<String> descriptions) {
    }
}
