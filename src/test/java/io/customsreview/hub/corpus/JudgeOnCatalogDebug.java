package io.customsreview.hub.corpus;

import io.customsreview.hub.llm.EmbeddingJudge;
import io.customsreview.hub.llm.GoodsEvidence;
import io.customsreview.hub.llm.Judgment;

import java.math.BigDecimal;

/** Prints the offline judge's decisions on the catalog's paraphrases and on pairs of different goods. */
public final class JudgeOnCatalogDebug {

    public static void main(String[] args) {
        EmbeddingJudge judge = new EmbeddingJudge();
        int paraphraseRight = 0;
        int differentRight = 0;
        int different = 0;
        for (Catalog.Goods g : Catalog.GOODS) {
            Judgment j = judge.sameGoods(new GoodsEvidence(g.description(), null, BigDecimal.TEN, g.unit()),
                    new GoodsEvidence(g.altDescription(), null, BigDecimal.TEN, g.unit()));
            paraphraseRight += j.same() ? 1 : 0;
            if (!j.same()) {
                System.out.println("PARAPHRASE judged different: " + g.description() + " / " + g.altDescription() + " : " + j.reason());
            }
            for (Catalog.Goods h : Catalog.GOODS) {
                if (h == g) {
                    continue;
                }
                different++;
                Judgment k = judge.sameGoods(new GoodsEvidence(g.description(), null, BigDecimal.TEN, g.unit()),
                        new GoodsEvidence(h.altDescription(), null, BigDecimal.TEN, g.unit()));
                differentRight += k.same() ? 0 : 1;
                if (k.same()) {
                    System.out.println("DIFFERENT judged same: " + g.description() + " / " + h.altDescription() + " : " + k.reason());
                }
            }
        }
        System.out.printf("paraphrases same %d/%d, different goods different %d/%d%n", paraphraseRight,
                Catalog.GOODS.size(), differentRight, different);
    }
}
