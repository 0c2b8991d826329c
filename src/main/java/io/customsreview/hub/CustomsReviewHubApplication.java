package io.customsreview.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** {@code review ...} runs the command line without starting the hub; anything else starts the hub. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CustomsReviewHubApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "review".equals(args[0])) {
            System.exit(io.customsreview.hub.review.ReviewCommand.run(args));
        }
        SpringApplication.run(CustomsReviewHubApplication.class, args);
    }
}
