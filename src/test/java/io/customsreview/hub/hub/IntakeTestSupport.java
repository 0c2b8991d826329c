package io.customsreview.hub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.jms.TextMessage;
import org.awaitility.Awaitility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Tiny shipment documents (plain text the engine's reader recognises), mails to the hub, waits. */
abstract class IntakeTestSupport extends HubTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(40);

    /** The references of one generated shipment. */
    record Shipment(String invoiceNo, String contractNo, String blNo) {

        static Shipment random() {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            return new Shipment("INV-" + r.nextInt(100000, 999999), "CT-" + r.nextInt(100000, 999999),
                    "COSU" + r.nextLong(1_000_000_000L, 9_999_999_999L));
        }

        byte[] invoice() {
            return text("COMMERCIAL INVOICE\nInvoice No.: " + invoiceNo + "\nDate: 2024-03-01\nContract No.: "
                    + contractNo + "\nSeller: ACME GmbH\nBuyer: Foo Ltd\n");
        }

        byte[] packingList() {
            return text("PACKING LIST\nInvoice No.: " + invoiceNo + "\nB/L No.: " + blNo + "\n");
        }

        byte[] billOfLading() {
            return text("BILL OF LADING\nB/L No.: " + blNo + "\nShipper: ACME GmbH\n");
        }

        String invoiceRef() {
            return "INV:" + invoiceNo.replace("-", "");
        }
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static MimeMessage mail(String from, String subject, String body, Map<String, byte[]> attachments)
            throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(IntakeServers.HUB_MAILBOX));
        message.setSubject(subject);
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        multipart.addBodyPart(text);
        for (Map.Entry<String, byte[]> a : attachments.entrySet()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.getValue(), "application/octet-stream")));
            part.setFileName(a.getKey());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            multipart.addBodyPart(part);
        }
        message.setContent(multipart);
        message.saveChanges();
        return message;
    }

    static Map<String, byte[]> files(Object... nameAndContent) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            files.put((String) nameAndContent[i], (byte[]) nameAndContent[i + 1]);
        }
        return files;
    }

    static void deliver(MimeMessage mail) {
        IntakeServers.hubMailbox.deliver(mail);
    }

    /** the acknowledgements and verdicts mailed to {@code address} so far */
    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(IntakeServers.mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static List<MimeMessage> awaitMails(String address, int count) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> mailsTo(address).size() >= count);
        return mailsTo(address);
    }

    static String content(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String awaitDossierOf(String reference) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM dossier_reference WHERE reference = ?", Integer.class, reference) > 0);
        return jdbc.queryForObject("SELECT dossier_id FROM dossier_reference WHERE reference = ?", String.class,
                reference);
    }

    JsonNode awaitReport(String dossierId) throws Exception {
        jakarta.jms.Message message = receive(RESULTS_QUEUE, "dossierId = '" + dossierId + "'", WAIT);
        assertThat(message).as("report of " + dossierId).isInstanceOf(TextMessage.class);
        return JSON.readTree(((TextMessage) message).getText());
    }

    int reportsStored(String dossierId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM review_report WHERE dossier_id = ?", Integer.class,
                dossierId);
    }

    static String uniqueSender(String name) {
        return name + "-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@partner.test";
    }
}
