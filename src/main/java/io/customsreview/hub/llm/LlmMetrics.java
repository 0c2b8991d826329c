package io.customsreview.hub.llm;

import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the model costs: calls, tokens, latency and an estimated cost, plus how often the hub did without it
 * (cache hits, fallbacks, open circuit). Plain counters (Micrometer is not on the hub's classpath); the CLI's
 * --stats and the logs can print {@link #snapshot()}.
 */
public final class LlmMetrics {

    private final LongAdder calls = new LongAdder();
    private final LongAdder failedCalls = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder fallbacks = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();
    private final LongAdder shortCircuited = new LongAdder();
    private final LongAdder inputTokens = new LongAdder();
    private final LongAdder outputTokens = new LongAdder();
    private final LongAdder latencyMillis = new LongAdder();
    private final DoubleAdder cost = new DoubleAdder();
    private final double inputCostPerMillion;
    private final double outputCostPerMillion;

    LlmMetrics(double inputCostPerMillion, double outputCostPerMillion) {
        this.inputCostPerMillion = inputCostPerMillion;
        this.outputCostPerMillion = outputCostPerMillion;
    }

    public record Snapshot(long calls, long failedCalls, long retries, long fallbacks, long cacheHits,
                           long shortCircuited, long inputTokens, long outputTokens, long latencyMillis,
                           double estimatedCost) {
    }

    public Snapshot snapshot() {
        return new Snapshot(calls.sum(), failedCalls.sum(), retries.sum(), fallbacks.sum(), cacheHits.sum(),
                shortCircuited.sum(), inputTokens.sum(), outputTokens.sum(), latencyMillis.sum(), cost.sum());
    }

    void call(long millis, Integer in, Integer out) {
        calls.increment();
        latencyMillis.add(millis);
        long i = in == null ? 0 : in;
        long o = out == null ? 0 : out;
        inputTokens.add(i);
        outputTokens.add(o);
        cost.add(i * inputCostPerMillion / 1e6 + o * outputCostPerMillion / 1e6);
    }

    void failedCall(long millis) {
        calls.increment();
        failedCalls.increment();
        latencyMillis.add(millis);
    }

    void retry() {
        retries.increment();
    }

    void fallback() {
        fallbacks.increment();
    }

    void cacheHit() {
        cacheHits.increment();
    }

    void shortCircuited() {
        shortCircuited.increment();
    }
}
