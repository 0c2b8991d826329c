package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Field;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class EmailReaderTest {

    private final RecognisingDocumentReader reader = new RecognisingDocumentReader(ExtractionSettings.defaults());

    @Test
    void attachmentsAndABodyWithShipmentDataAreDocuments() throws Exception {
        byte[] mail = mail("Documents for B/L COSU6123456780", """
                BILL OF LADING
                B/L No.: COSU6123456780
                Shipper: ACME Trading Co., Ltd.
                """, "../../etc/invoice.txt", """
                COMMERCIAL INVOICE
                Invoice No.: INV-77
                Total Amount: USD 1,234.50
                """);
        List<Document> documents = read(mail);

        assertThat(documents).extracting(Document::type)
                .containsExactly(DocumentType.BILL_OF_LADING, DocumentType.INVOICE);
        assertThat(documents.get(0).first(Field.BL_NUMBER)).hasValueSatisfying(v -> assertThat(v.value())
                .isEqualTo("COSU6123456780"));
        // the sender chooses attachment names: no folders and no way out of them
        assertThat(documents.get(1).fileName()).isEqualTo("mail.eml#invoice.txt");
        assertThat(documents).extracting(Document::id).containsExactly("d1", "d2");
    }

    @Test
    void aCoverNoteNamingTheAttachedDocumentsIsNoDocument() throws Exception {
        // "Please find the packing list attached": a sentence opening with a document's name after a few words had
        // made the body a packing list of its own, with none of a packing list's fields
        for (String note : List.of("Please find the packing list attached.",
                "Dear Sir,\nPlease find attached invoice and packing list for B/L COSU6123456780.\nRegards")) {
            List<Document> documents = read(mail("Documents", note, "invoice.txt", """
                    COMMERCIAL INVOICE
                    Invoice No.: INV-77
                    Total Amount: USD 1,234.50
                    """));
            assertThat(documents).as(note).extracting(Document::type).containsExactly(DocumentType.INVOICE);
        }
    }

    @Test
    void aMailWithNeitherAttachmentsNorShipmentDataSaysSo() throws Exception {
        List<Document> documents = read(mail("Hello", "Please call me back.\nRegards", null, null));
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DocumentType.UNKNOWN);
            assertThat(d.unreadableReason()).contains("without attachments");
        });
    }

    private List<Document> read(byte[] mail) {
        int[] n = {0};
        return reader.readAll(() -> "d" + (++n[0]), "mail.eml", mail, "test");
    }

    private static byte[] mail(String subject, String body, String attachmentName, String attachment) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("carrier@example.com");
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "customs@example.com");
        message.setSubject(subject);
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        multipart.addBodyPart(text);
        if (attachmentName != null) {
            MimeBodyPart file = new MimeBodyPart();
            file.setContent(attachment.getBytes(StandardCharsets.UTF_8), "application/octet-stream");
            file.setFileName(attachmentName);
            multipart.addBodyPart(file);
        }
        message.setContent(multipart);
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
