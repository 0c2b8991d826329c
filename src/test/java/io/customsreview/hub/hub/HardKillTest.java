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
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real hard stop: the hub runs as a forked JVM (the test classpath, the application's main class) on a data
 * directory of its own, receives files through a folder channel ({@code hub.intake.received-endpoint} set to a
 * {@code file:} endpoint: a file is moved to {@code .done} only once route received-file has finished with it), and
 * is killed ({@link Process#destroyForcibly()}, SIGKILL: no shutdown hook, no Spring close) after part of a dossier
 * arrived. A second hub (in this JVM) on the same H2 file, KahaDB directory and drop folder receives the rest:
 * exactly one report per dossier, every document in it.
 * <p>
 * Two dossiers are open at the kill: one missing its bill of lading, one complete but still inside its quiet
 * period (60 s in the killed hub, 1.5 s after the restart).
 */
class HardKillTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aHubKilledMidDossierEndsAsExactlyOneReportPerDossierAfterTheRestart() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "kill-")
                .toAbsolutePath();
        Path drop = Files.createDirectories(dataDir.resolve("drop"));
        Path done = drop.resolve(".done");
        int port = BrokerOutageTest.freePort();
        IntakeTestSupport.Shipment half = IntakeTestSupport.Shipment.random();
        IntakeTestSupport.Shipment pending = IntakeTestSupport.Shipment.random();
        Path forkedLog = dataDir.resolve("forked-hub.log");

        Process forked = null;
        ConfigurableApplicationContext second = null;
        try {
            forked = fork(dataDir, port, drop, forkedLog);
            Process hub = forked;
            put(drop, "invoice.txt", half.invoice());
            put(drop, "packing-list.txt", half.packingList());
            put(drop, "p-invoice.txt", pending.invoice());
            put(drop, "p-pl.txt", pending.packingList());
            put(drop, "p-bl.txt", pending.billOfLading());
            // taken = stored, recognised and assigned (the file moves to .done only after route received-file)
            awaitTrue(Duration.ofSeconds(60), "the forked hub took the first files; log " + forkedLog, () -> {
                assertThat(hub.isAlive()).as("forked hub alive; log " + forkedLog).isTrue();
                return count(done) == 5;
            });

            forked.destroyForcibly();
            assertThat(forked.waitFor(20, TimeUnit.SECONDS)).as("forked hub killed").isTrue();
            assertThat(forked.exitValue()).as("killed, not exited").isNotZero();
            assertThat(count(dataDir.resolve("outbox"))).as("no report before the kill").isZero();

            second = new SpringApplicationBuilder(CustomsReviewHubApplication.class)
                    .profiles("test")
                    .run(args(dataDir, port, drop, "1500ms").toArray(String[]::new));
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            String halfId = dossierOf(jdbc, half);
            String pendingId = dossierOf(jdbc, pending);

            JsonNode pendingReport = receive(port, pendingId, Duration.ofSeconds(30));
            assertThat(pendingReport.path("documents").findValuesAsText("fileName"))
                    .containsExactlyInAnyOrder("p-invoice.txt", "p-pl.txt", "p-bl.txt");

            put(drop, "invoice-again.txt", half.invoice()); // re-sent after the restart: a duplicate
            put(drop, "bl.txt", half.billOfLading());
            JsonNode report = receive(port, halfId, Duration.ofSeconds(30));
            assertThat(report.path("documents").findValuesAsText("fileName"))
                    .containsExactlyInAnyOrder("invoice.txt", "packing-list.txt", "bl.txt");
            assertThat(report.path("revision").asInt()).isEqualTo(1);

            assertThat(receiveMessage(port, halfId, Duration.ofSeconds(2))).as("second report").isNull();
            assertThat(receiveMessage(port, pendingId, Duration.ofMillis(200))).as("second report").isNull();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_report WHERE dossier_id IN (?, ?)",
                    Integer.class, halfId, pendingId)).isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file", Integer.class)).isEqualTo(6);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier_document", Integer.class)).isEqualTo(6);
            assertThat(count(done)).isEqualTo(7);
            assertThat(count(drop.resolve(".error"))).isZero();
        } finally {
            if (forked != null && forked.isAlive()) {
                forked.destroyForcibly();
                forked.waitFor(20, TimeUnit.SECONDS);
            }
            if (second != null) {
                second.close();
            }
        }
    }

    private static List<String> args(Path dataDir, int port, Path drop, String quietPeriod) {
        return List.of("--spring.profiles.active=test",
                "--hub.data-dir=" + dataDir,
                "--hub.broker.tcp-port=" + port,
                "--hub.broker.name=hub-kill-" + UUID.randomUUID(),
                "--hub.mail.enabled=false",
                "--hub.sftp.enabled=false",
                "--hub.assembly.quiet-period=" + quietPeriod,
                "--hub.intake.received-endpoint=file:" + drop + "?move=.done&moveFailed=.error&delay=200"
                        + "&initialDelay=200",
                "--camel.main.routes-include-pattern=file:" + Path.of("routes").toAbsolutePath()
                        + "/*.camel.yaml");
    }

    /** the hub as a JVM of its own, on this JVM's classpath (passed in an argument file: it is long) */
    private static Process fork(Path dataDir, int port, Path drop, Path log) throws IOException {
        Path argFile = dataDir.resolve("forked-hub.args");
        List<String> lines = new ArrayList<>();
        lines.add("-cp");
        lines.add(quote(System.getProperty("java.class.path")));
        lines.add("-Xmx512m");
        lines.add("-XX:TieredStopAtLevel=1");
        lines.add(CustomsReviewHubApplication.class.getName());
        args(dataDir, port, drop, "60s").forEach(a -> lines.add(quote(a)));
        Files.write(argFile, lines, StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "@" + argFile)
                .directory(new File(".").getAbsoluteFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** written beside the drop folder, then moved in at once: the hub never sees half a file */
    private static void put(Path drop, String name, byte[] content) throws IOException {
        Path staging = Files.createDirectories(drop.resolveSibling("staging")).resolve(name);
        Files.write(staging, content);
        Files.move(staging, drop.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static long count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void awaitTrue(Duration atMost, String what, java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await(what).atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(condition);
    }

    private static String dossierOf(JdbcTemplate jdbc, IntakeTestSupport.Shipment s) {
        return jdbc.queryForObject("SELECT dossier_id FROM dossier_reference WHERE reference = ?", String.class,
                s.invoiceRef());
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
}
