package io.customsreview.hub.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Assembles the LLM side of the hub from {@link LlmSettings}: the judge, the officer rules, the extraction assist
 * and their metrics. With provider none there is no model: the judge is the offline one, officer rules are skipped
 * and the extraction assist proposes nothing.
 */
public final class LlmSupport {

    private static final Logger log = LoggerFactory.getLogger(LlmSupport.class);

    private final LlmSettings settings;
    private final LlmMetrics metrics;
    private final LlmCaller caller;
    private final ChatModel model;

    private LlmSupport(LlmSettings settings) {
        this.settings = settings;
        this.metrics = new LlmMetrics(settings.inputCostPerMillion(), settings.outputCostPerMillion());
        this.caller = new LlmCaller(settings, metrics);
        this.model = settings.enabled() ? chatModel(settings) : null;
        if (model != null) {
            log.info("LLM cross-checks on: {}", settings);
        }
    }

    public static LlmSupport create(LlmSettings settings) {
        return new LlmSupport(settings);
    }

    /** the model asked only about the pairs the offline judge finds doubtful; the offline judge alone with none */
    public SemanticJudge judge(SemanticJudge offline) {
        if (model == null) {
            return offline;
        }
        return new LlmJudge(offline, service(AiTasks.GoodsJudgeService.class),
                service(AiTasks.PartyJudgeService.class), caller, settings.doubtThreshold());
    }

    public OfficerRules officerRules() {
        Path file = settings.officerRulesFile().isEmpty() ? null : Path.of(settings.officerRulesFile());
        if (file == null) {
            return OfficerRules.none();
        }
        return new OfficerRules(file, model == null ? null : service(AiTasks.OfficerRuleService.class), caller);
    }

    public ExtractionAssist extractionAssist() {
        return new ExtractionAssist(model == null ? null : service(AiTasks.ExtractionAssistService.class), caller);
    }

    public LlmMetrics metrics() {
        return metrics;
    }

    public LlmSettings settings() {
        return settings;
    }

    private <T> T service(Class<T> type) {
        return AiServices.builder(type).chatModel(model).build();
    }

    static ChatModel chatModel(LlmSettings s) {
        return switch (s.provider()) {
            case OPENAI -> OpenAiChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .apiKey(s.apiKey().isEmpty() ? "none" : s.apiKey()) // local servers take any key
                    .modelName(s.model())
                    .temperature(0.0)
                    .timeout(s.timeout())
                    .maxRetries(0) // the caller retries, with backoff, malformed answers too
                    .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                    .strictJsonSchema(true)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .modelName(s.model())
                    .temperature(0.0)
                    .timeout(s.timeout())
                    .maxRetries(0)
                    .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                    .build();
            case NONE -> null;
        };
    }
}
