package io.customsreview.hub.edi;

import io.customsreview.hub.hub.HubTestSupport;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.report.Verdict;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EDI feeds on the running hub (embedded broker, real folder and queues): each interchange is answered with a
 * CONTRL and forwarded unchanged to the common intake endpoint, which stores it as received from source "edi".
 */
class EdiRoutesTest extends HubTestSupport {

    @Value("${hub.broker.tcp-port}")
    int tcpPort;

    @Value("${hub.edi.in-dir}")
    Path ediIn;

    @Value("${hub.edi.out-dir}")
    Path ediOut;

    /** the interchange as the common intake stored it: file name and source, found by its SHA-256 */
    private java.util.Map<String, Object> received(byte[] raw) throws Exception {
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(raw));
        return jdbc.queryForMap("SELECT file_name, source FROM received_file WHERE sha256 = ?", sha);
    }

    private static byte[] sample(String name) throws Exception {
        try (InputStream in = EdiRoutesTest.class.getResourceAsStream("/edi-samples/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void folderFeedAnswersTheSenderAndForwardsTheRawInterchange() throws Exception {
        byte[] raw = sample("invoic-d96a.edi");
        NotifyBuilder done = new NotifyBuilder(camelContext).fromRoute("edi-folder-feed").whenCompleted(1).create();
        Files.createDirectories(ediIn);
        Path staging = Files.write(ediIn.getParent().resolve("inv-42.edi"), raw);
        Files.move(staging, ediIn.resolve("inv-42.edi"));

        assertThat(done.matches(180, TimeUnit.SECONDS)).isTrue();
        assertThat(received(raw)).containsEntry("FILE_NAME", "inv-42.edi").containsEntry("SOURCE", "edi");
        Path contrl = ediOut.resolve("SELLERGLN").resolve("inv-42.edi.contrl");
        assertThat(contrl).exists();
        assertThat(Files.readString(contrl)).contains("UCI+INV42+SELLERGLN+HUB+7'").contains("UCM+1+INVOIC:D:96A:UN+7'");
    }

    @Test
    void jmsFeedRejectsAMalformedInterchangeOnTheReplyQueueAndStillForwardsIt() throws Exception {
        String truncated = new String(sample("orders-d01b.edi")).replace("UNT+16+7'UNZ+1+ORD1'", "UNT+1");
        NotifyBuilder done = new NotifyBuilder(camelContext).fromRoute("edi-jms-feed").whenCompleted(1).create();
        send(truncated, null);

        assertThat(done.matches(180, TimeUnit.SECONDS)).isTrue();
        assertThat(received(truncated.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                .containsEntry("SOURCE", "edi");
        Message contrl = receive("edi.contrl", null, Duration.ofSeconds(10));
        assertThat(contrl).isInstanceOf(TextMessage.class);
        String text = ((TextMessage) contrl).getText();
        assertThat(text).contains("UCI+ORD1+BUYER+HUB+4+13")
                .contains("segment 17");
    }

    @Test
    void jmsFeedAnswersOnTheSendersReplyToQueue() throws Exception {
        NotifyBuilder done = new NotifyBuilder(camelContext).fromRoute("edi-jms-feed").whenCompleted(1).create();
        send(new String(sample("cusdec-d96a.edi")), "partner.contrl");
        assertThat(done.matches(180, TimeUnit.SECONDS)).isTrue();
        Message contrl = receive("partner.contrl", null, Duration.ofSeconds(10));
        assertThat(((TextMessage) contrl).getText()).contains("UCI+CD1+BROKER+CUSTOMS+7'");
    }

    @Test
    void reportDispatchAlsoSendsTheCusres() throws Exception {
        String dossierId = uniqueDossierId("EDI-CUSRES");
        ReviewReport report = new ReviewReport(dossierId, Verdict.CLEAR,
                List.of(new ReviewReport.DocumentSummary("d1", "INVOICE", "inv.edi", "edi", "EDI", 1.0, null)),
                List.of(), Instant.now(), new ReviewReport.Timings(1, 1, 0));
        camelContext.createProducerTemplate().sendBody("direct:report-dispatch", report);

        // other tests dispatch reports too: pick this dossier's CUSRES by its header
        Message cusres = receive("customs.single-window.cusres", "dossierId = '" + dossierId + "'",
                Duration.ofSeconds(20));
        assertThat(cusres).isInstanceOf(TextMessage.class);
        assertThat(((TextMessage) cusres).getText()).contains("BGM+962+" + dossierId + "+9'").contains("GIS+CLR'");
    }

    private void send(String interchange, String replyTo) throws Exception {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + tcpPort);
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("edi.in"));
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(interchange.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            if (replyTo != null) {
                message.setJMSReplyTo(session.createQueue(replyTo));
            }
            producer.send(message);
        }
    }
}
