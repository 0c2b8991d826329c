package io.customsreview.hub.hub;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Actuator health and the metrics of the intake. */
class OperationsTest extends IntakeTestSupport {

    @Autowired
    HealthEndpoint health;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ProducerTemplate producer;

    @Test
    void healthIsUpAndIntakeMetricsAreScraped() {
        Shipment s = Shipment.random();
        producer.send("direct:received-file", ex -> {
            ex.getMessage().setBody(s.invoice());
            ex.getMessage().setHeaders(Map.of(Exchange.FILE_NAME, "invoice.txt", "hubSource", "edi"));
        });
        // the Camel consumer checks (mailbox, SFTP) report once their first polls ran
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(health.health().getStatus())
                .as(() -> String.valueOf(((org.springframework.boot.actuate.health.CompositeHealth) health.health())
                        .getComponents()))
                .isEqualTo(Status.UP));
        // exported at /actuator/prometheus (export is off in Spring Boot tests, the registry is the same)
        assertThat(meters.get("hub.intake.files").tag("source", "edi").counter().count()).isPositive();
        assertThat(meters.get("hub.intake.documents").tag("source", "edi").counter().count()).isPositive();
    }
}
