package io.customsreview.hub.llm;

import io.customsreview.hub.domain.DecidedBy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The semantic judge with a language model behind it. The offline {@link EmbeddingJudge} answers first; only the
 * pairs it finds doubtful (confidence below {@code hub.llm.doubt-threshold}) go to the model, with the neighbouring
 * evidence (HS codes, quantities, units). The model only ever answers same / different for the pair a rule asks
 * about: it cannot touch any other finding. When the model cannot answer (malformed answers, timeouts, 429, 5xx,
 * outage, open circuit) the offline judgment stands, its reason saying that the LLM was unavailable.
 */
final class LlmJudge implements SemanticJudge {

    private static final Logger log = LoggerFactory.getLogger(LlmJudge.class);

    private final SemanticJudge offline;
    private final AiTasks.GoodsJudgeService goods;
    private final AiTasks.PartyJudgeService parties;
    private final LlmCaller caller;
    private final double doubtThreshold;

    LlmJudge(SemanticJudge offline, AiTasks.GoodsJudgeService goods, AiTasks.PartyJudgeService parties,
             LlmCaller caller, double doubtThreshold) {
        this.offline = offline;
        this.goods = goods;
        this.parties = parties;
        this.caller = caller;
        this.doubtThreshold = doubtThreshold;
    }

    @Override
    public Judgment sameGoods(GoodsEvidence first, GoodsEvidence second) {
        Judgment judgment = offline.sameGoods(first, second);
        if (!doubtful(judgment) || blank(first.description()) || blank(second.description())) {
            return judgment;
        }
        if (DocumentData.instructs(first.description()) || DocumentData.instructs(second.description())) {
            return note(judgment, "LLM not asked: the description contains instructions");
        }
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("first", goodsMap(first));
        question.put("second", goodsMap(second));
        String evidence = DocumentData.json(question);
        return decide(judgment, caller.ask(AiTasks.GOODS_PROMPT, evidence, () -> goods.judge(evidence),
                LlmJudge::valid));
    }

    @Override
    public void prepare(java.util.Collection<String> descriptions) {
        offline.prepare(descriptions);
    }

    @Override
    public Judgment sameParty(String first, String second) {
        Judgment judgment = offline.sameParty(first, second);
        if (!doubtful(judgment) || blank(first) || blank(second)) {
            return judgment;
        }
        if (DocumentData.instructs(first) || DocumentData.instructs(second)) {
            return note(judgment, "LLM not asked: the name contains instructions");
        }
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("first", first);
        question.put("second", second);
        String evidence = DocumentData.json(question);
        return decide(judgment, caller.ask(AiTasks.PARTY_PROMPT, evidence, () -> parties.judge(evidence),
                LlmJudge::valid));
    }

    private boolean doubtful(Judgment judgment) {
        return judgment.confidence() < doubtThreshold;
    }

    private static Judgment decide(Judgment offline, LlmCaller.Outcome<AiTasks.SameAnswer> outcome) {
        if (!outcome.answered()) {
            log.warn("LLM unavailable for a doubtful pair ({}); offline judgment kept: {}", outcome.failure(),
                    offline.reason());
            return note(offline, "LLM unavailable (" + outcome.failure() + "), offline judgment kept");
        }
        AiTasks.SameAnswer answer = outcome.answer();
        return new Judgment(answer.same(), DocumentData.confidence(answer.confidence()),
                "LLM: " + DocumentData.reason(answer.reason()), DecidedBy.LLM);
    }

    private static Judgment note(Judgment judgment, String note) {
        return new Judgment(judgment.same(), judgment.confidence(), judgment.reason() + "; " + note,
                judgment.decidedBy());
    }

    private static boolean valid(AiTasks.SameAnswer answer) {
        return !Double.isNaN(answer.confidence()) && answer.confidence() >= 0 && answer.confidence() <= 1;
    }

    private static Map<String, Object> goodsMap(GoodsEvidence goods) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("description", goods.description());
        map.put("hsCode", goods.hsCode());
        map.put("quantity", goods.quantity() == null ? null : goods.quantity().toPlainString());
        map.put("unit", goods.unit());
        return map;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
