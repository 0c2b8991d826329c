package io.customsreview.hub.llm;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

import java.util.List;

/**
 * The typed AI services, one per LLM task (langchain4j AiServices). Prompts are versioned resources under
 * {@code prompts/}; answers are records whose JSON schema is sent as a strict response format; the model runs at
 * temperature 0. The {@code evidence}/{@code text} variables always carry JSON-quoted document data inside
 * {@code <document_data>} delimiters.
 */
final class AiTasks {

    /** the prompt versions, part of every cache key */
    static final String GOODS_PROMPT = "goods-judge.v1";
    static final String PARTY_PROMPT = "party-judge.v1";
    static final String OFFICER_PROMPT = "officer-rule.v1";
    static final String EXTRACTION_PROMPT = "extraction-assist.v1";

    private AiTasks() {
    }

    interface GoodsJudgeService {
        @SystemMessage(fromResource = "/prompts/goods-judge.v1.system.txt")
        @UserMessage(fromResource = "/prompts/goods-judge.v1.user.txt")
        Result<SameAnswer> judge(@V("evidence") String evidence);
    }

    interface PartyJudgeService {
        @SystemMessage(fromResource = "/prompts/party-judge.v1.system.txt")
        @UserMessage(fromResource = "/prompts/party-judge.v1.user.txt")
        Result<SameAnswer> judge(@V("evidence") String evidence);
    }

    interface OfficerRuleService {
        @SystemMessage(fromResource = "/prompts/officer-rule.v1.system.txt")
        @UserMessage(fromResource = "/prompts/officer-rule.v1.user.txt")
        Result<RuleAnswer> evaluate(@V("ruleId") String ruleId, @V("rule") String rule, @V("evidence") String evidence);
    }

    interface ExtractionAssistService {
        @SystemMessage(fromResource = "/prompts/extraction-assist.v1.system.txt")
        @UserMessage(fromResource = "/prompts/extraction-assist.v1.user.txt")
        Result<ExtractionAnswer> extract(@V("fields") String fields, @V("text") String text);
    }

    /** same goods / same party */
    record SameAnswer(boolean same, double confidence, String reason) {
    }

    /** one officer rule on one dossier */
    record RuleAnswer(boolean applicable, boolean compliant, double confidence, String reason) {
    }

    record ExtractionAnswer(List<ProposedValue> values) {
    }

    record ProposedValue(String field, String value, String quote) {
    }
}
