package io.customsreview.hub.hub;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile or useless mail: each problem answered with a clear reason, the originals kept, the hub keeps polling. */
class BadInputTest extends IntakeTestSupport {

    @Test
    void pathNamesZipBombPasswordZipAndOversizedAttachmentAreHandledWithReasons() throws Exception {
        Shipment s = Shipment.random();
        String sender = uniqueSender("hostile");
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("../../etc/invoice.txt", s.invoice());
        attachments.put("/abs/path/pl.txt", s.packingList());
        attachments.put("docs.zip", zip(Map.of("../bl.txt", s.billOfLading())));
        attachments.put("bomb.zip", zip(Map.of("zeros.txt", new byte[20 * 1024 * 1024])));
        attachments.put("secret.zip", encrypted(zip(Map.of("x.txt", text("secret")))));
        attachments.put("huge.pdf", new byte[1_600_000]);
        deliver(mail(sender, "Mixed bag", "See attachments.", attachments));

        String ack = content(awaitMails(sender, 1).get(0));
        assertThat(ack).contains("invoice.txt: ACCEPTED").contains("name '../../etc/invoice.txt' had a path")
                .contains("pl.txt: ACCEPTED").contains("bl.txt: ACCEPTED")
                .contains("bomb.zip: REFUSED - ZIP bomb suspected")
                .contains("secret.zip: REFUSED - password-protected ZIP")
                .contains("huge.pdf: REFUSED - larger than");
        // stored inside the store under their safe names; the refused archive is kept too
        Path store = DATA_DIR.resolve("received").toAbsolutePath();
        for (String name : List.of("invoice.txt", "pl.txt", "bl.txt", "bomb.zip")) {
            String stored = jdbc.queryForObject("SELECT MAX(stored_path) FROM received_file WHERE file_name = ?"
                    + " AND received_at > CURRENT_TIMESTAMP - INTERVAL '1' MINUTE", String.class, name);
            assertThat(stored).as(name).isNotNull();
            assertThat(Path.of(stored).normalize()).startsWith(store).exists();
        }
        assertThat(DATA_DIR.resolve("etc")).doesNotExist();
        // the good documents of the mail still make their dossier
        String dossierId = awaitDossierOf(s.invoiceRef());
        assertThat(awaitReport(dossierId).path("documents")).hasSize(3);
    }

    @Test
    void twoHundredAttachmentsAreCutAtTheLimitAndAMailWithoutDocumentsIsAnswered() throws Exception {
        String sender = uniqueSender("bulk");
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            attachments.put("note-" + i + ".txt", text("Note " + i + " of a bulk mail"));
        }
        deliver(mail(sender, "Bulk", "Many files.", attachments));
        String ack = content(awaitMails(sender, 1).get(0));
        assertThat(ack).contains("note-99.txt: ACCEPTED").contains("note-100.txt: REFUSED - more than 100 documents");

        String empty = uniqueSender("empty");
        deliver(mail(empty, "Hello", "Just saying hello, nothing attached.", Map.of()));
        List<MimeMessage> answer = awaitMails(empty, 1);
        assertThat(content(answer.get(0))).contains("carries no usable document");
    }

    static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** marks every entry encrypted (general purpose flag bit 0), as a password-protected archive has it */
    static byte[] encrypted(byte[] zip) {
        byte[] copy = zip.clone();
        for (int i = 0; i + 9 < copy.length; i++) {
            if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 3 && copy[i + 3] == 4) {
                copy[i + 6] |= 1;
            }
            if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2) {
                copy[i + 8] |= 1;
            }
        }
        return copy;
    }
}
