package io.customsreview.hub.llm;

import io.customsreview.hub.domain.DecidedBy;

import java.time.Duration;

/** Settings and stubs shared by the LLM tests. */
final class LlmTesting {

    static final String SAME = "{\"same\":true,\"confidence\":0.93,\"reason\":\"both are notebook computers\"}";
    static final String DIFFERENT = "{\"same\":false,\"confidence\":0.9,\"reason\":\"a tablet is not a notebook\"}";

    private LlmTesting() {
    }

    /** the OpenAI-compatible client against the scripted server: 600 ms timeout, 2 retries 10 ms apart */
    static LlmSettings openAi(ScriptedLlmServer server) {
        return openAi(server, 3, null);
    }

    static LlmSettings openAi(ScriptedLlmServer server, int breakerFailures, String officerRules) {
        return new LlmSettings(LlmSettings.Provider.OPENAI, server.openAiBaseUrl(), "test-key", "scripted-model",
                Duration.ofMillis(600), 2, Duration.ofMillis(10), 0.8, breakerFailures, Duration.ofMinutes(5), 100,
                officerRules, 0.27, 1.10);
    }

    static LlmSettings ollama(ScriptedLlmServer server) {
        return new LlmSettings(LlmSettings.Provider.OLLAMA, server.ollamaBaseUrl(), null, "qwen2.5:7b",
                Duration.ofSeconds(2), 1, Duration.ofMillis(10), 0.8, 3, Duration.ofMinutes(5), 100, null, null, null);
    }

    /** an offline judge with a fixed answer at a fixed confidence (0.6: doubtful, 0.95: clear) */
    static SemanticJudge offline(boolean same, double confidence) {
        return new SemanticJudge() {
            @Override
            public Judgment sameGoods(GoodsEvidence first, GoodsEvidence second) {
                return new Judgment(same, confidence, "offline says " + same, DecidedBy.EMBEDDING);
            }

            @Override
            public Judgment sameParty(String first, String second) {
                return new Judgment(same, confidence, "offline says " + same, DecidedBy.EMBEDDING);
            }
        };
    }
}
