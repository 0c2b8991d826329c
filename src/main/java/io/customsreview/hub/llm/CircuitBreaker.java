package io.customsreview.hub.llm;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A simple circuit breaker: after {@code threshold} consecutive failed questions it opens for {@code openFor}, during
 * which no question reaches the model; then one question is let through (half-open): success closes, failure
 * re-opens.
 */
final class CircuitBreaker {

    private final int threshold;
    private final long openForNanos;
    private final LongSupplier nanoClock;
    private int consecutiveFailures;
    private long openUntil;
    private boolean open;
    private boolean trialRunning;

    CircuitBreaker(int threshold, Duration openFor, LongSupplier nanoClock) {
        this.threshold = threshold;
        this.openForNanos = openFor.toNanos();
        this.nanoClock = nanoClock;
    }

    /** may a question go to the model now? */
    synchronized boolean allow() {
        if (!open) {
            return true;
        }
        if (nanoClock.getAsLong() - openUntil >= 0 && !trialRunning) {
            trialRunning = true; // half-open: one trial question
            return true;
        }
        return false;
    }

    synchronized void success() {
        consecutiveFailures = 0;
        open = false;
        trialRunning = false;
    }

    synchronized void failure() {
        consecutiveFailures++;
        if (trialRunning || consecutiveFailures >= threshold) {
            open = true;
            openUntil = nanoClock.getAsLong() + openForNanos;
        }
        trialRunning = false;
    }

    synchronized boolean isOpen() {
        return open;
    }
}
