package io.customsreview.hub.dispatch;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Shared error handling of all routes ({@code hub.errors.*}): bounded exponential redelivery, then dead letter.
 *
 * @param maximumRedeliveries redeliveries after the first failure (validation errors get none)
 * @param redeliveryDelay     delay before the first redelivery
 * @param backOffMultiplier   each next delay is this times the previous one
 * @param maximumDelay        upper bound of a delay
 */
@ConfigurationProperties("hub.errors")
public record ErrorHandlingProperties(Integer maximumRedeliveries, Duration redeliveryDelay, Double backOffMultiplier,
                                      Duration maximumDelay) {

    public ErrorHandlingProperties {
        maximumRedeliveries = maximumRedeliveries == null ? 3 : maximumRedeliveries;
        redeliveryDelay = redeliveryDelay == null ? Duration.ofSeconds(1) : redeliveryDelay;
        backOffMultiplier = backOffMultiplier == null ? 2.0 : backOffMultiplier;
        maximumDelay = maximumDelay == null ? Duration.ofSeconds(30) : maximumDelay;
    }
}
