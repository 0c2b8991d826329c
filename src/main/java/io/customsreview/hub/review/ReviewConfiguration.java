package io.customsreview.hub.review;

import io.customsreview.hub.edi.EdifactDocumentReader;
import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.llm.LlmSettings;
import io.customsreview.hub.ocr.OcrSettings;
import io.customsreview.hub.rules.RuleSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the {@link ReviewService} to the hub: the same engine the command line uses, with the hub's settings. */
@Configuration(proxyBeanMethods = false)
public class ReviewConfiguration {

    @Bean
    public ReviewService reviewService(RuleSettings rules, ExtractionSettings extraction, LlmSettings llm,
                                       OcrSettings ocr, EdifactDocumentReader edifact) {
        return ReviewEngines.standard(rules, extraction, llm, ocr, edifact);
    }
}
