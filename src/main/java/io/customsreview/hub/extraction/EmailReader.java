package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.ExtractionMethod;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * An e-mail saved as a file (.eml): its attachments are documents, read like any other file, and so is its body
 * when it carries shipment data (a cover note is no document). Nested e-mails are opened too, within limits.
 */
final class EmailReader {

    private static final int MAX_DEPTH = 3;
    private static final int MAX_PARTS = 200;

    private final DocumentReader files;

    EmailReader(DocumentReader files) {
        this.files = files;
    }

    List<Document> read(Supplier<String> nextId, String fileName, byte[] content, String source) {
        List<Document> documents = new ArrayList<>();
        try {
            walk(message(content), fileName, new Parts() {
                @Override
                public void attachment(String name, byte[] bytes) {
                    documents.addAll(files.readAll(nextId, name, bytes, source));
                }

                @Override
                public void body(String text) {
                    // the body: a document only when it reads as one and states shipment data (a cover note
                    // does not); read twice so that a note takes no document id
                    DocumentText bodyText = PlainTextReader.read(text);
                    if (DocumentClassifier.classify(bodyText).type() != DocumentType.UNKNOWN) {
                        Document body = TextDocumentExtractor.extract("body", fileName + "#body", source, bodyText);
                        if (RecognisingDocumentReader.statesShipmentData(body)) {
                            documents.add(TextDocumentExtractor.extract(nextId.get(), fileName + "#body", source,
                                    bodyText));
                        }
                    }
                }
            }, new int[]{0}, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            return List.of(Document.unreadable(nextId.get(), fileName, source, ExtractionMethod.TEXT,
                    "not a readable e-mail: " + e.getMessage()));
        }
        if (documents.isEmpty()) {
            return List.of(Document.unreadable(nextId.get(), fileName, source, ExtractionMethod.TEXT,
                    "an e-mail without attachments and without shipment data in its body"));
        }
        return documents;
    }

    /**
     * The bytes of the attachment a document of this e-mail was read from, by the document's name ("mail.eml#scan.png",
     * the e-mail's own name before the mark); empty where none is so named or the e-mail cannot be read.
     */
    Optional<byte[]> attachment(byte[] content, String documentName) {
        List<byte[]> found = new ArrayList<>();
        try {
            walk(message(content), "", new Parts() {
                @Override
                public void attachment(String name, byte[] bytes) {
                    if (found.isEmpty() && documentName.endsWith(name)) {
                        found.add(bytes);
                    }
                }

                @Override
                public void body(String text) {
                }
            }, new int[]{0}, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
        return found.stream().findFirst();
    }

    private static MimeMessage message(byte[] content) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(content));
    }

    /** what a walk through an e-mail's parts meets: attachments, named "mail.eml#name", and bodies of text */
    private interface Parts {
        void attachment(String name, byte[] content) throws IOException;

        void body(String text);
    }

    private static void walk(Part part, String mailName, Parts parts, int[] seen, int depth)
            throws MessagingException, IOException {
        if (++seen[0] > MAX_PARTS) {
            return;
        }
        String attachment = part.getFileName();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, mailName, parts, seen, depth);
            }
            return;
        }
        if (part.isMimeType("message/rfc822") && depth < MAX_DEPTH) {
            walk((Part) part.getContent(), mailName, parts, seen, depth + 1);
            return;
        }
        if (attachment != null || !part.isMimeType("text/*")) {
            String name = mailName + "#" + safeName(attachment == null ? "attachment-" + seen[0] : attachment);
            try (InputStream in = part.getInputStream()) {
                parts.attachment(name, in.readAllBytes());
            }
            return;
        }
        parts.body(part.isMimeType("text/html") ? htmlToText(String.valueOf(part.getContent()))
                : String.valueOf(part.getContent()));
    }

    private static String safeName(String name) {
        // attachment names are the sender's choice: no folders, no traversal
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.isBlank() ? "attachment" : base;
    }

    private static String htmlToText(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</p>|</tr>|</div>|</li>", "\n")
                .replaceAll("(?i)</td>|</th>", "   ")
                .replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
}
