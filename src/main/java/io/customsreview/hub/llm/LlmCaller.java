package io.customsreview.hub.llm;

import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Asks the model one question with the guardrails every task shares: answers cached by the SHA-256 of prompt
 * version and question, bounded retries with exponential backoff (malformed or invalid answers, timeouts, 429,
 * 5xx), a circuit breaker, and metrics. Never throws: a question the model could not answer comes back as a
 * failure with its cause, and the caller keeps its offline answer.
 */
final class LlmCaller {

    private static final Logger log = LoggerFactory.getLogger(LlmCaller.class);

    private final int maxRetries;
    private final Duration backoff;
    private final CircuitBreaker breaker;
    private final LlmMetrics metrics;
    private final Map<String, Object> cache;

    record Outcome<T>(T answer, String failure, boolean cached) {
        boolean answered() {
            return answer != null;
        }
    }

    LlmCaller(LlmSettings settings, LlmMetrics metrics) {
        this.maxRetries = settings.maxRetries();
        this.backoff = settings.retryBackoff();
        this.breaker = new CircuitBreaker(settings.circuitBreakerFailures(), settings.circuitBreakerOpenFor(),
                System::nanoTime);
        this.metrics = metrics;
        int size = settings.cacheSize();
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > size;
            }
        };
    }

    @SuppressWarnings("unchecked")
    <T> Outcome<T> ask(String promptVersion, String question, Supplier<Result<T>> call, Predicate<T> valid) {
        String key = hash(promptVersion + "\n" + question);
        synchronized (cache) {
            Object hit = cache.get(key);
            if (hit != null) {
                metrics.cacheHit();
                return new Outcome<>((T) hit, null, true);
            }
        }
        if (!breaker.allow()) {
            metrics.shortCircuited();
            metrics.fallback();
            return new Outcome<>(null, "circuit breaker open after repeated failures", false);
        }
        String failure = null;
        for (int attempt = 0; attempt <= maxRetries; attempt++) {
            if (attempt > 0) {
                metrics.retry();
                sleep(backoff.multipliedBy(1L << Math.min(attempt - 1, 10)));
            }
            long start = System.nanoTime();
            try {
                Result<T> result = call.get();
                long millis = (System.nanoTime() - start) / 1_000_000;
                TokenUsage usage = result == null ? null : result.tokenUsage();
                metrics.call(millis, usage == null ? null : usage.inputTokenCount(),
                        usage == null ? null : usage.outputTokenCount());
                T answer = result == null ? null : result.content();
                if (answer != null && valid.test(answer)) {
                    breaker.success();
                    synchronized (cache) {
                        cache.put(key, answer);
                    }
                    return new Outcome<>(answer, null, false);
                }
                failure = "invalid answer " + answer;
            } catch (RuntimeException e) {
                metrics.failedCall((System.nanoTime() - start) / 1_000_000);
                failure = describe(e);
                if (e instanceof NonRetriableException) {
                    break; // a wrong key or model name does not heal by asking again
                }
            }
            log.debug("LLM attempt {} of {} failed: {}", attempt + 1, maxRetries + 1, failure);
        }
        breaker.failure();
        metrics.fallback();
        log.warn("LLM unavailable ({}), the offline answer stands{}", failure,
                breaker.isOpen() ? "; circuit breaker open" : "");
        return new Outcome<>(null, failure, false);
    }

    boolean circuitOpen() {
        return breaker.isOpen();
    }

    private static String describe(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (root != e) {
            message += " (" + root.getClass().getSimpleName() + ")";
        }
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
