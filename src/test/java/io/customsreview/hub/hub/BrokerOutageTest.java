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
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.store.kahadb.KahaDBPersistenceAdapter;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broker outage, as in production: the hub connects to an external ActiveMQ Classic broker over TCP
 * ({@code hub.broker.embedded=false}, like the {@code prod} profile). The broker is stopped while dossiers complete
 * and their reports are produced, then started again on the same KahaDB directory and port: every report arrives
 * exactly once on the single-window queue, and the database holds exactly one report per dossier.
 * <p>
 * A hub instance of its own (not the shared test context): the broker it talks to is stopped here.
 */
class BrokerOutageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reportsProducedWhileTheBrokerIsDownArriveOnceItIsBack() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "outage-")
                .toAbsolutePath();
        Path brokerDir = dataDir.resolve("external-broker");
        int brokerPort = freePort();
        BrokerService broker = startBroker(brokerDir, brokerPort);
        ConfigurableApplicationContext hub = null;
        try {
            hub = startHub(dataDir, brokerPort);
            ConfigurableApplicationContext app = hub;
            JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);

            // broker up: the usual path
            IntakeTestSupport.Shipment before = IntakeTestSupport.Shipment.random();
            feedShipment(hub, "a", before);
            String beforeId = dossierOf(jdbc, before);
            assertThat(receive(brokerPort, beforeId, Duration.ofSeconds(30)).path("dossierId").asText())
                    .isEqualTo(beforeId);

            // broker down while three dossiers complete
            broker.stop();
            broker.waitUntilStopped();
            List<IntakeTestSupport.Shipment> during = List.of(IntakeTestSupport.Shipment.random(),
                    IntakeTestSupport.Shipment.random(), IntakeTestSupport.Shipment.random());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < during.size(); i++) {
                feedShipment(hub, "d" + i, during.get(i));
                ids.add(dossierOf(jdbc, during.get(i)));
            }
            // the reports are produced (each dossier reviewed) and fail to go out: their completions stay in the
            // aggregation repository's "completed" table until the report is sent; at least one recovery round
            // (a second review attempt of each) passes while the broker is still down
            awaitTrue(Duration.ofSeconds(40), "dossiers completed and reviewed while the broker is down", () ->
                    ids.stream().allMatch(id -> "REVIEWED".equals(status(jdbc, id))));
            awaitTrue(Duration.ofSeconds(20), "failed completions kept for recovery", () ->
                    jdbc.queryForObject("SELECT COUNT(*) FROM dossier_aggregation_completed", Integer.class)
                            >= ids.size());
            double reviewsBefore = reviews(app);
            awaitTrue(Duration.ofSeconds(20), "a recovery round while the broker is down", () ->
                    reviews(app) >= reviewsBefore + ids.size());
            for (String id : ids) {
                assertThat(Files.exists(dataDir.resolve("outbox").resolve(id + ".json"))).as(id).isFalse();
            }

            // broker back, same store and port
            broker = startBroker(brokerDir, brokerPort);
            for (String id : ids) {
                JsonNode report = receive(brokerPort, id, Duration.ofSeconds(40));
                assertThat(report.path("dossierId").asText()).isEqualTo(id);
                assertThat(report.path("documents")).hasSize(3);
            }
            // exactly once: nothing more for any of them, one stored report each, the outbox written
            awaitTrue(Duration.ofSeconds(20), "every completion confirmed", () ->
                    jdbc.queryForObject("SELECT COUNT(*) FROM dossier_aggregation_completed", Integer.class) == 0);
            for (String id : ids) {
                assertThat(receiveMessage(brokerPort, id, Duration.ofMillis(500))).as("second report of " + id)
                        .isNull();
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_report WHERE dossier_id = ?",
                        Integer.class, id)).as("stored reports of " + id).isEqualTo(1);
                assertThat(dataDir.resolve("outbox").resolve(id + ".json")).exists();
            }
            assertThat(receiveMessage(brokerPort, beforeId, Duration.ofMillis(200))).isNull();
            assertThat(receiveAny(brokerPort, HubTestSupport.DEAD_LETTER_QUEUE, Duration.ofMillis(200)))
                    .as("nothing dead-lettered").isNull();
        } finally {
            if (hub != null) {
                hub.close();
            }
            broker.stop();
            broker.waitUntilStopped();
        }
    }

    private static BrokerService startBroker(Path dir, int port) throws Exception {
        BrokerService broker = new BrokerService();
        broker.setBrokerName("outage-broker");
        broker.setUseJmx(false);
        broker.setUseShutdownHook(false);
        broker.setSchedulerSupport(false);
        broker.setAdvisorySupport(false);
        broker.setPersistent(true);
        broker.setDataDirectoryFile(dir.toFile());
        KahaDBPersistenceAdapter kahaDb = new KahaDBPersistenceAdapter();
        kahaDb.setDirectory(dir.resolve("kahadb").toFile());
        broker.setPersistenceAdapter(kahaDb);
        broker.addConnector("tcp://127.0.0.1:" + port);
        broker.start();
        broker.waitUntilStarted();
        return broker;
    }

    private static ConfigurableApplicationContext startHub(Path dataDir, int brokerPort) {
        return new SpringApplicationBuilder(CustomsReviewHubApplication.class)
                .profiles("test")
                .run("--hub.data-dir=" + dataDir,
                        "--hub.broker.embedded=false",
                        "--hub.broker.url=tcp://127.0.0.1:" + brokerPort,
                        "--hub.mail.enabled=false",
                        "--hub.sftp.enabled=false",
                        "--camel.main.routes-include-pattern=file:" + Path.of("routes").toAbsolutePath()
                                + "/*.camel.yaml");
    }

    private static void feedShipment(ConfigurableApplicationContext hub, String prefix,
                                     IntakeTestSupport.Shipment s) {
        feed(hub, prefix + "-invoice.txt", s.invoice());
        feed(hub, prefix + "-packing-list.txt", s.packingList());
        feed(hub, prefix + "-bl.txt", s.billOfLading());
    }

    private static void feed(ConfigurableApplicationContext hub, String name, byte[] content) {
        Exchange result = hub.getBean(ProducerTemplate.class).send("direct:received-file", ex -> {
            ex.getMessage().setBody(content);
            ex.getMessage().setHeaders(Map.of(Exchange.FILE_NAME, name, "hubSource", "edi"));
        });
        assertThat(result.getException()).isNull();
    }

    private static String dossierOf(JdbcTemplate jdbc, IntakeTestSupport.Shipment s) {
        return jdbc.queryForObject("SELECT dossier_id FROM dossier_reference WHERE reference = ?", String.class,
                s.invoiceRef());
    }

    private static String status(JdbcTemplate jdbc, String dossierId) {
        return jdbc.queryForObject("SELECT status FROM dossier WHERE dossier_id = ?", String.class, dossierId);
    }

    private static double reviews(ConfigurableApplicationContext hub) {
        return hub.getBean(io.micrometer.core.instrument.MeterRegistry.class).find("hub.dossiers.reviewed")
                .counters().stream().mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    /** bounded polling: the condition, checked every 100 ms until the deadline */
    static void awaitTrue(Duration atMost, String what, BooleanSupplier condition) {
        org.awaitility.Awaitility.await(what).atMost(atMost).pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }

    private static JsonNode receive(int port, String dossierId, Duration timeout) throws Exception {
        Message message = receiveMessage(port, dossierId, timeout);
        assertThat(message).as("report of " + dossierId).isInstanceOf(TextMessage.class);
        return JSON.readTree(((TextMessage) message).getText());
    }

    private static Message receiveMessage(int port, String dossierId, Duration timeout) throws Exception {
        return receive(port, HubTestSupport.RESULTS_QUEUE, "dossierId = '" + dossierId + "'", timeout);
    }

    private static Message receiveAny(int port, String queue, Duration timeout) throws Exception {
        return receive(port, queue, null, timeout);
    }

    private static Message receive(int port, String queue, String selector, Duration timeout) throws Exception {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port);
        try (Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue), selector);
            return consumer.receive(timeout.toMillis());
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
