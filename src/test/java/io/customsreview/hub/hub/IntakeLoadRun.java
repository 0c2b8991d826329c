package io.customsreview.hub.hub;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load run, not part of the suite (the name does not end in Test): {@code mvn -B -q -o test -Dtest=IntakeLoadRun
 * -Dload.dossiers=500}. Each shipment arrives as one mail (invoice + packing list) and one SFTP drop (B/L) on
 * loopback; prints throughput and the p50/p95 latency from arrival to the report on the single-window queue
 * (the assembly's quiet period, 1.5 s in the test profile, is part of it).
 */
class IntakeLoadRun extends IntakeTestSupport {

    @Test
    void loadRun() throws Exception {
        int n = Integer.getInteger("load.dossiers", 500);
        List<Shipment> shipments = new ArrayList<>();
        Map<String, Long> sentAt = new HashMap<>();
        Path dir = IntakeServers.partnerDir("load");
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + tcpPort());
        try (Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(RESULTS_QUEUE));
            while (consumer.receive(200) != null) {
                // drain reports of earlier tests
            }
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Shipment s = Shipment.random();
                shipments.add(s);
                sentAt.put(s.invoiceRef(), System.nanoTime());
                deliver(mail("load-" + i + "@partner.test", "Shipment " + s.invoiceNo(), "Documents attached.",
                        files("invoice.txt", s.invoice(), "packing-list.txt", s.packingList())));
                Path tmp = dir.resolve(".tmp-bl-" + s.blNo());
                Files.write(tmp, s.billOfLading());
                Files.move(tmp, dir.resolve("bl-" + s.blNo() + ".txt"));
            }
            long sent = System.nanoTime();
            List<Long> latencies = new ArrayList<>();
            int received = 0;
            while (received < n) {
                Message m = consumer.receive(120_000);
                if (m == null) {
                    break;
                }
                long now = System.nanoTime();
                received++;
                String dossierId = m.getStringProperty("dossierId");
                List<String> refs = jdbc.queryForList("SELECT reference FROM dossier_reference WHERE dossier_id = ?"
                        + " AND reference LIKE 'INV:%'", String.class, dossierId);
                for (String ref : refs) {
                    Long t = sentAt.get(ref);
                    if (t != null) {
                        latencies.add((now - t) / 1_000_000);
                    }
                }
            }
            long end = System.nanoTime();
            Collections.sort(latencies);
            double seconds = (end - start) / 1e9;
            System.out.printf("LOAD RUN: %d dossiers (%d files), %d reports in %.1f s (sending %.1f s): %.1f dossiers/s,"
                            + " %.1f files/s; latency arrival->JMS p50 %d ms, p95 %d ms, max %d ms%n", n, 3 * n,
                    received, seconds, (sent - start) / 1e9, received / seconds, 3 * received / seconds,
                    latencies.get(latencies.size() / 2), latencies.get((int) (latencies.size() * 0.95)),
                    latencies.get(latencies.size() - 1));
            assertThat(received).isEqualTo(n);
        }
    }
}
