package io.customsreview.hub.review;

import io.customsreview.hub.extraction.PlaceholderDocumentReader;
import io.customsreview.hub.rules.RuleBook;
import io.customsreview.hub.rules.RuleContext;
import io.customsreview.hub.rules.RuleSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Provides the {@link ReviewService} to the hub. Interim wiring (placeholder reader), to be replaced. */
@Configuration(proxyBeanMethods = false)
public class ReviewConfiguration {

    @Bean
    public ReviewService reviewService(RuleSettings settings) {
        return new ReviewEngine(new PlaceholderDocumentReader(), RuleBook.standard(),
                new RuleContext(settings, null, null), Clock.systemUTC());
    }
}
