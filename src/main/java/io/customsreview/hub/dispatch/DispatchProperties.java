package io.customsreview.hub.dispatch;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where reports go ({@code hub.dispatch.*}); the routes read the same keys as placeholders.
 *
 * @param resultsQueue    the customs single-window queue receiving the reports (JMS text, JSON)
 * @param deadLetterQueue where messages that could not be processed end, with the reason in a header
 * @param outboxDir       each report is also written there as {@code <dossierId>.json}
 */
@ConfigurationProperties("hub.dispatch")
public record DispatchProperties(String resultsQueue, String deadLetterQueue, Path outboxDir) {

    public DispatchProperties {
        resultsQueue = resultsQueue == null ? "customs.single-window.results" : resultsQueue;
        deadLetterQueue = deadLetterQueue == null ? "hub.dead-letter" : deadLetterQueue;
        outboxDir = outboxDir == null ? Path.of("data/outbox") : outboxDir;
    }
}
