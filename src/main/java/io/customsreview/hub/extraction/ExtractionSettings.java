package io.customsreview.hub.extraction;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of recognition ({@code hub.extraction.*}).
 *
 * @param maxFileBytes files above this size are not read (a clear UNREADABLE_DOCUMENT instead)
 * @param maxPages     pages read per document
 */
@ConfigurationProperties("hub.extraction")
public record ExtractionSettings(long maxFileBytes, int maxPages) {

    public ExtractionSettings {
        maxFileBytes = maxFileBytes <= 0 ? 60L * 1024 * 1024 : maxFileBytes;
        maxPages = maxPages <= 0 ? 50 : maxPages;
    }

    public static ExtractionSettings defaults() {
        return new ExtractionSettings(0, 0);
    }
}
