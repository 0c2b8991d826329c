package io.customsreview.hub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.customsreview.hub.CustomsReviewHubApplication;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub stopped mid-dossier and started again on the same H2 database and KahaDB: the open dossiers' timers come
 * back from the JDBC aggregation repository, the rest of the documents complete them, and each dossier gets
 * exactly one report. Two hub instances are started here one after the other (not the shared test context: this
 * test needs its own data directory and must stop the hub), with mail and SFTP off; documents enter through the
 * received-file endpoint like the EDI feed's.
 * <p>
 * The stop is Spring's close (in-process, a real kill -9 is not possible in a JUnit JVM); the aggregator does not
 * complete dossiers on stop, so what survives is exactly what a hard stop leaves: the committed rows.
 */
class RestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDossierHalfReceivedBeforeTheStopEndsAsExactlyOneReportAfterTheRestart() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "restart-")
                .toAbsolutePath();
        int port = freePort();
        IntakeTestSupport.Shipment half = IntakeTestSupport.Shipment.random();
        IntakeTestSupport.Shipment pending = IntakeTestSupport.Shipment.random();

        try (ConfigurableApplicationContext first = start(dataDir, port)) {
            feed(first, "invoice.txt", half.invoice());
            feed(first, "packing-list.txt", half.packingList());
            // complete, but its quiet period has not passed when the hub stops
            feed(first, "p-invoice.txt", pending.invoice());
            feed(first, "p-pl.txt", pending.packingList());
            feed(first, "p-bl.txt", pending.billOfLading());
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier_aggregation", Integer.class)).isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_report", Integer.class)).isZero();
        }

        try (ConfigurableApplicationContext second = start(dataDir, port)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            String halfId = dossierOf(jdbc, half);
            String pendingId = dossierOf(jdbc, pending);
            JsonNode pendingReport = receive(port, pendingId, Duration.ofSeconds(30));
            assertThat(pendingReport.path("documents")).hasSize(3);

            feed(second, "invoice.txt", half.invoice()); // re-sent after the restart: a duplicate
            feed(second, "bl.txt", half.billOfLading());
            JsonNode report = receive(port, halfId, Duration.ofSeconds(30));
            assertThat(report.path("documents").findValuesAsText("fileName"))
                    .containsExactlyInAnyOrder("invoice.txt", "packing-list.txt", "bl.txt");
            assertThat(receiveMessage(port, halfId, Duration.ofSeconds(2))).isNull();
            assertThat(receiveMessage(port, pendingId, Duration.ofMillis(200))).isNull();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_report WHERE dossier_id IN (?, ?)",
                    Integer.class, halfId, pendingId)).isEqualTo(2);
        }
    }

    private static String dossierOf(JdbcTemplate jdbc, IntakeTestSupport.Shipment s) {
        return jdbc.queryForObject("SELECT dossier_id FROM dossier_reference WHERE reference = ?", String.class,
                s.invoiceRef());
    }

    private static ConfigurableApplicationContext start(Path dataDir, int port) {
        return new SpringApplicationBuilder(CustomsReviewHubApplication.class)
                .profiles("test")
                .run("--hub.data-dir=" + dataDir,
                        "--hub.broker.tcp-port=" + port,
                        "--hub.broker.name=hub-restart-" + UUID.randomUUID(),
                        "--hub.mail.enabled=false",
                        "--hub.sftp.enabled=false",
                        "--camel.main.routes-include-pattern=file:" + Path.of("routes").toAbsolutePath()
                                + "/*.camel.yaml");
    }

    private static void feed(ConfigurableApplicationContext hub, String name, byte[] content) {
        Exchange result = hub.getBean(ProducerTemplate.class).send("direct:received-file", ex -> {
            ex.getMessage().setBody(content);
            ex.getMessage().setHeaders(Map.of(Exchange.FILE_NAME, name, "hubSource", "edi"));
        });
        assertThat(result.getException()).isNull();
    }

    private static JsonNode receive(int port, String dossierId, Duration timeout) throws Exception {
        Message message = receiveMessage(port, dossierId, timeout);
        assertThat(message).as("report of " + dossierId).isInstanceOf(TextMessage.class);
        return JSON.readTree(((TextMessage) message).getText());
    }

    private static Message receiveMessage(int port, String dossierId, Duration timeout) throws Exception {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port);
        try (Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(
                    session.createQueue(HubTestSupport.RESULTS_QUEUE), "dossierId = '" + dossierId + "'");
            return consumer.receive(timeout.toMillis());
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
