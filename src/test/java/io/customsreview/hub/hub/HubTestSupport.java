package io.customsreview.hub.hub;

import io.customsreview.hub.CustomsReviewHubApplication;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Base of the hub tests: the hub on its embedded defaults (own broker with TCP, H2 file database, folder intake)
 * in a data directory of its own under target/test-data. Every subclass has the same configuration, so Spring's
 * test context cache starts one hub for all of them; it is closed when the JVM ends, which stops the broker and
 * releases the KahaDB lock.
 */
@CamelSpringBootTest
@SpringBootTest(classes = CustomsReviewHubApplication.class)
@ActiveProfiles("test")
public abstract class HubTestSupport {

    static final Path DATA_DIR = createDataDir();
    /**
     * the embedded broker's port, chosen when the context starts, not when the class loads: an outgoing connection of
     * an earlier test may take a port freed that long before as its own (a BindException once in a CI run)
     */
    private static final java.util.concurrent.atomic.AtomicInteger TCP_PORT_CHOSEN =
            new java.util.concurrent.atomic.AtomicInteger();
    static final String BROKER_NAME = "hub-test-" + UUID.randomUUID();
    static final String RESULTS_QUEUE = "customs.single-window.results";
    static final String DEAD_LETTER_QUEUE = "hub.dead-letter";

    @Autowired
    protected CamelContext camelContext;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void hubProperties(DynamicPropertyRegistry registry) {
        registry.add("hub.data-dir", DATA_DIR::toString);
        registry.add("hub.broker.tcp-port", HubTestSupport::tcpPort);
        registry.add("hub.broker.name", () -> BROKER_NAME);
        registry.add("camel.main.routes-include-pattern",
                () -> "file:" + Path.of("routes").toAbsolutePath() + "/*.camel.yaml");
        // the intake's mail and SFTP servers: same registry, so all hub tests share one context
        IntakeServers.start(DATA_DIR);
        IntakeServers.register(registry);
    }

    protected static Path inbox() {
        return DATA_DIR.resolve("inbox");
    }

    protected static Path archive() {
        return DATA_DIR.resolve("archive");
    }

    protected static Path outbox() {
        return DATA_DIR.resolve("outbox");
    }

    protected static String uniqueDossierId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Builds a dossier folder outside the inbox and moves it in at once, so that the scanner never sees it half
     * written. {@code age} backdates every file and the folder (quiet-period path); null keeps them fresh.
     */
    protected static Path dropDossier(String dossierId, Map<String, byte[]> files, Duration age) throws IOException {
        Path staging = Files.createDirectories(DATA_DIR.resolve("staging")).resolve(dossierId);
        Files.createDirectories(staging);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(staging.resolve(file.getKey()), file.getValue());
        }
        if (age != null) {
            FileTime then = FileTime.from(Instant.now().minus(age));
            for (String name : files.keySet()) {
                Files.setLastModifiedTime(staging.resolve(name), then);
            }
            Files.setLastModifiedTime(staging, then);
        }
        Files.createDirectories(inbox());
        return Files.move(staging, inbox().resolve(dossierId));
    }

    /** Receives one message over TCP, like any outside consumer, waiting at most {@code timeout}. */
    protected static Message receive(String queue, String selector, Duration timeout) throws JMSException {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + tcpPort());
        try (Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue), selector);
            return consumer.receive(timeout.toMillis());
        }
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "hub-")
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int tcpPort() {
        return TCP_PORT_CHOSEN.updateAndGet(port -> port != 0 ? port : freePort());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
