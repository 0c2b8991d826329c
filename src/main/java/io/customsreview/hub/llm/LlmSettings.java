package io.customsreview.hub.llm;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.springframework.boot.convert.DurationUnit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The language model behind the semantic judgments, the officer-written rules and the extraction assist
 * ({@code hub.llm.*}). The default provider {@code none} keeps the hub fully offline: the in-process embedding
 * judge decides alone and officer rules are skipped.
 *
 * @param provider                 none | openai (any OpenAI-compatible server: DeepSeek, vLLM, llama.cpp) | ollama
 * @param baseUrl                  e.g. https://api.deepseek.com, http://localhost:8000/v1, http://localhost:11434
 * @param apiKey                   from the environment ({@code LLM_API_KEY}); may be empty for local servers
 * @param model                    e.g. deepseek-chat, qwen2.5:7b-instruct
 * @param timeout                  per HTTP call
 * @param maxRetries               retries after the first attempt (malformed answers, timeouts, 429, 5xx)
 * @param retryBackoff             first pause between attempts; doubles each retry
 * @param doubtThreshold           the model is asked only when the embedding judge's confidence is below this
 * @param circuitBreakerFailures   consecutive failed questions (after their retries) that open the breaker
 * @param circuitBreakerOpenFor    how long an open breaker sends every question straight to the offline judge
 * @param cacheSize                answers kept, keyed by the SHA-256 of prompt version and question
 * @param officerRulesFile         YAML file of officer-written rules, re-read when its modification time changes;
 *                                 empty for none
 * @param inputCostPerMillion      cost estimate per million prompt tokens (any currency, 0 = unknown)
 * @param outputCostPerMillion     cost estimate per million completion tokens
 */
@ConfigurationProperties("hub.llm")
public record LlmSettings(Provider provider, String baseUrl, String apiKey, String model,
                          @DurationUnit(ChronoUnit.SECONDS) Duration timeout,
                          Integer maxRetries, Duration retryBackoff, Double doubtThreshold,
                          Integer circuitBreakerFailures, Duration circuitBreakerOpenFor, Integer cacheSize,
                          String officerRulesFile, Double inputCostPerMillion, Double outputCostPerMillion) {

    public enum Provider {
        NONE, OPENAI, OLLAMA;

        /** lenient: none, openai, ollama in any case */
        public static Provider parse(String value) {
            return value == null || value.isBlank() ? NONE : valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }

    public LlmSettings {
        provider = provider == null ? Provider.NONE : provider;
        apiKey = apiKey == null ? "" : apiKey;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        maxRetries = maxRetries == null ? 2 : Math.max(0, maxRetries);
        retryBackoff = retryBackoff == null ? Duration.ofMillis(500) : retryBackoff;
        doubtThreshold = doubtThreshold == null ? 0.8 : doubtThreshold;
        circuitBreakerFailures = circuitBreakerFailures == null ? 3 : Math.max(1, circuitBreakerFailures);
        circuitBreakerOpenFor = circuitBreakerOpenFor == null ? Duration.ofSeconds(60) : circuitBreakerOpenFor;
        cacheSize = cacheSize == null ? 5_000 : Math.max(0, cacheSize);
        officerRulesFile = officerRulesFile == null ? "" : officerRulesFile.strip();
        inputCostPerMillion = inputCostPerMillion == null ? 0.0 : inputCostPerMillion;
        outputCostPerMillion = outputCostPerMillion == null ? 0.0 : outputCostPerMillion;
        if (provider != Provider.NONE && (baseUrl == null || baseUrl.isBlank() || model == null || model.isBlank())) {
            throw new IllegalArgumentException("hub.llm.provider=" + provider.name().toLowerCase(Locale.ROOT)
                    + " needs hub.llm.base-url and hub.llm.model");
        }
    }

    /** fully offline: the embedding judge alone, officer rules skipped */
    public static LlmSettings none() {
        return new LlmSettings(Provider.NONE, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /**
     * The command line's settings, from the environment: HUB_LLM_PROVIDER, HUB_LLM_BASE_URL, HUB_LLM_MODEL,
     * LLM_API_KEY, HUB_LLM_TIMEOUT (30, 30s or 500ms), HUB_LLM_OFFICER_RULES. Unset: none.
     */
    public static LlmSettings fromEnvironment(java.util.function.Function<String, String> env) {
        Provider provider = Provider.parse(env.apply("HUB_LLM_PROVIDER"));
        if (provider == Provider.NONE) {
            String rules = env.apply("HUB_LLM_OFFICER_RULES");
            return rules == null ? none() : none().withOfficerRulesFile(rules);
        }
        String timeout = env.apply("HUB_LLM_TIMEOUT");
        return new LlmSettings(provider, env.apply("HUB_LLM_BASE_URL"), env.apply("LLM_API_KEY"),
                env.apply("HUB_LLM_MODEL"), timeout == null ? null : duration(timeout),
                null, null, null, null, null, null, env.apply("HUB_LLM_OFFICER_RULES"), null, null);
    }

    /** 30 (seconds), 30s, 500ms, 2m */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1).strip()));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1).strip()));
            }
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: " + text);
        }
    }

    public LlmSettings withOfficerRulesFile(String file) {
        return new LlmSettings(provider, baseUrl, apiKey, model, timeout, maxRetries, retryBackoff, doubtThreshold,
                circuitBreakerFailures, circuitBreakerOpenFor, cacheSize, file, inputCostPerMillion,
                outputCostPerMillion);
    }

    public boolean enabled() {
        return provider != Provider.NONE;
    }

    @Override
    public String toString() { // never print the key
        return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", timeout="
                + timeout + ", maxRetries=" + maxRetries + ", apiKey=" + (apiKey.isEmpty() ? "(none)" : "(set)") + "]";
    }
}
