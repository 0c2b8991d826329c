package io.customsreview.hub.intake;

import io.customsreview.hub.dossier.DocumentRecogniser;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Turns one polled mail into received files: the whole mail is stored first (the original, {@code .eml}), then
 * every attachment (nested mails followed, ZIP archives unpacked within limits, names made safe) and the body text
 * when it carries shipment references go to the received-file route one by one. The body of the exchange becomes
 * the acknowledgement to the sender: what was taken, what was refused and why.
 */
@Component
public class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
    static final String SOURCE = "email";

    private final MailProperties props;
    private final IntakeProperties intake;
    private final ReceivedFileStore store;
    private final DocumentRecogniser recogniser;
    private final ProducerTemplate producer;

    public MailIntake(MailProperties props, IntakeProperties intake, ReceivedFileStore store,
                      DocumentRecogniser recogniser, ProducerTemplate producer) {
        this.props = props;
        this.intake = intake;
        this.store = store;
        this.recogniser = recogniser;
        this.producer = producer;
    }

    record Candidate(String name, byte[] content, String note) {
    }

    record Outcome(String name, String status, String detail) {
    }

    /** Camel entry point of route intake-mail: the body is the polled mail ({@code mapMailMessage=false}). */
    public void receive(Exchange exchange) throws Exception {
        jakarta.mail.Message polled = exchange.getMessage().getMandatoryBody(jakarta.mail.Message.class);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        polled.writeTo(raw);
        byte[] bytes = raw.toByteArray();
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
        String from = mail.getFrom() == null || mail.getFrom().length == 0 ? null
                : ((InternetAddress) mail.getFrom()[0]).getAddress();
        String subject = mail.getSubject();
        String messageId = mail.getMessageID();
        // the original first: whatever happens next, it is kept
        ReceivedFileStore.Stored original = store.store(bytes, "mail.eml", SOURCE + "-original", from, subject,
                messageId);

        List<Candidate> candidates = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        StringBuilder bodyText = new StringBuilder();
        collect(mail, 0, candidates, outcomes, bodyText);
        if (!bodyText.isEmpty()) {
            byte[] text = bodyText.toString().getBytes(StandardCharsets.UTF_8);
            if (recogniser.hasShipmentData("mail-body.txt", text)) {
                candidates.add(new Candidate("mail-body.txt", text, "the mail's text"));
            }
        }
        int taken = 0;
        for (Candidate c : candidates) {
            if (taken >= props.maxAttachments()) {
                outcomes.add(new Outcome(c.name(), "REFUSED", "more than " + props.maxAttachments()
                        + " documents in one mail; send the rest in another mail"));
                continue;
            }
            taken++;
            outcomes.add(send(c, from, subject, messageId));
        }
        log.info("Mail {} from {} '{}': {} document(s) taken, {} outcome(s); original {}", messageId, from, subject,
                taken, outcomes.size(), original.sha256());
        var out = exchange.getMessage();
        out.removeHeaders("*", "Camel*");
        out.setHeader(HubHeaders.MAIL_MESSAGE_ID, messageId);
        out.setHeader("hubDocumentsTaken", outcomes.stream().filter(o -> !o.status().equals("REFUSED")).count());
        if (from != null) {
            out.setHeader("To", from);
            out.setHeader("From", props.from());
            out.setHeader("Subject", "Received: " + (subject == null ? "(no subject)" : subject));
            if (messageId != null) {
                out.setHeader("In-Reply-To", messageId);
            }
        }
        out.setBody(acknowledgement(subject, messageId, outcomes));
    }

    private Outcome send(Candidate c, String from, String subject, String messageId) {
        Exchange result = producer.send(intake.receivedEndpoint(), ex -> {
            ex.getMessage().setBody(c.content());
            ex.getMessage().setHeader(Exchange.FILE_NAME, c.name());
            ex.getMessage().setHeader(HubHeaders.HUB_SOURCE, SOURCE);
            ex.getMessage().setHeader(HubHeaders.MAIL_FROM, from);
            ex.getMessage().setHeader(HubHeaders.MAIL_SUBJECT, subject);
            ex.getMessage().setHeader(HubHeaders.MAIL_MESSAGE_ID, messageId);
        });
        Exception failure = result.getException() != null ? result.getException()
                : result.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (failure != null) {
            if (result.getException() != null) {
                throw new IllegalStateException("could not take " + c.name() + ": " + failure.getMessage(), failure);
            }
            return new Outcome(c.name(), "FAILED", failure.getMessage() + " (kept, sent to the dead-letter queue)");
        }
        String status = result.getProperty(HubHeaders.OUTCOME, "ACCEPTED", String.class);
        String dossier = result.getProperty(HubHeaders.DOSSIER_ID, String.class);
        String detail = (c.note() == null ? "" : c.note() + "; ")
                + ("DUPLICATE".equals(status) ? "already received, not reviewed again"
                : "dossier " + dossier);
        return new Outcome(c.name(), status, detail);
    }

    private void collect(Part part, int depth, List<Candidate> out, List<Outcome> outcomes, StringBuilder bodyText)
            throws MessagingException, IOException {
        String rawName = part.getFileName();
        String name = rawName == null ? null : MimeUtility.decodeText(rawName);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || name != null;
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, depth, out, outcomes, bodyText);
            }
            return;
        }
        if (part.isMimeType("message/rfc822") || name != null && name.toLowerCase().endsWith(".eml")) {
            if (depth >= props.maxNesting()) {
                outcomes.add(new Outcome(name == null ? "attached mail" : FileNames.safe(name), "REFUSED",
                        "mails nested deeper than " + props.maxNesting() + " levels"));
                return;
            }
            Object content = part.getContent();
            MimeMessage nested = content instanceof MimeMessage m ? m
                    : new MimeMessage(Session.getInstance(new Properties()), readAll(part));
            collect(nested, depth + 1, out, outcomes, bodyText);
            return;
        }
        if (!attachment) {
            if (part.isMimeType("text/plain") && depth == 0) {
                bodyText.append(String.valueOf(part.getContent())).append('\n');
            }
            return;
        }
        byte[] content;
        try (InputStream in = part.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, props.maxAttachmentBytes() + 1));
        }
        String safe = FileNames.safe(name);
        String note = FileNames.wasUnsafe(name) ? "name '" + name + "' had a path, kept as '" + safe + "'" : null;
        if (content.length > props.maxAttachmentBytes()) {
            outcomes.add(new Outcome(safe, "REFUSED", "larger than " + props.maxAttachmentBytes()
                    + " bytes (the original mail is kept)"));
            return;
        }
        if (ZipUnpacker.isZip(safe, content)) {
            try {
                for (ZipUnpacker.Entry e : new ZipUnpacker(props.maxZipEntries(), props.maxZipBytes(),
                        props.maxZipRatio()).unpack(content)) {
                    String entryName = FileNames.safe(e.name());
                    out.add(new Candidate(entryName, e.content(), "from " + safe
                            + (FileNames.wasUnsafe(e.name()) && e.name().contains("..") ? ", entry name '" + e.name()
                            + "' had a path" : "")));
                }
            } catch (ZipUnpacker.RefusedArchiveException e) {
                // the archive itself is kept in the store, with the reason in the log and the acknowledgement
                store.store(content, safe, SOURCE + "-refused", null, null, null);
                outcomes.add(new Outcome(safe, "REFUSED", e.getMessage()));
            }
            return;
        }
        out.add(new Candidate(safe, content, note));
    }

    private static InputStream readAll(Part part) throws IOException, MessagingException {
        try (InputStream in = part.getInputStream()) {
            return new ByteArrayInputStream(in.readAllBytes());
        }
    }

    static String acknowledgement(String subject, String messageId, List<Outcome> outcomes) {
        StringBuilder text = new StringBuilder();
        text.append("Your mail '").append(subject == null ? "(no subject)" : subject).append("' (")
                .append(messageId).append(") was received by the customs review hub.\n\n");
        long usable = outcomes.stream().filter(o -> !o.status().equals("REFUSED") && !o.status().equals("FAILED"))
                .count();
        if (usable == 0) {
            text.append("It carries no usable document: attach the shipment documents (PDF, scans, EDI,"
                    + " ZIP archives without password) and send it again.\n\n");
        }
        for (Outcome o : outcomes) {
            text.append("- ").append(o.name()).append(": ").append(o.status()).append(" - ").append(o.detail())
                    .append('\n');
        }
        text.append("\nThe review verdict follows once the shipment's documents are complete.\n");
        return text.toString();
    }
}
