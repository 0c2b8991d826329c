package io.customsreview.hub.ocr;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.extraction.ScanReader.BoxReading;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second look at a value: its reported box, cropped from the page as it came (an image, or a scanned PDF of lower
 * resolution than the working one, whose boxes are stated in the working resolution's pixels) and read alone, gives
 * the value again; a file that cannot be read gives no reading, and no error.
 */
class BoxReadAgainTest {

    private static final BufferedImage PAGE = OcrTestSupport.textPage("PACKING LIST",
            "Invoice No.: INV-2024-3310",
            "Gross Weight: 7,590.76 KG",
            "Net Weight: 6,120.00 KG");

    @Test
    void aValuesBoxOnAnImageReadsAloneToTheValue() {
        byte[] png = OcrTestSupport.png(PAGE);
        assertReadsBack(png, weight(png));
    }

    @Test
    void aValuesBoxOnAScannedPdfOfLowResolutionReadsAloneToTheValue() throws Exception {
        // 150 DPI: read at its own resolution, its boxes stated in the 300-DPI working pixels
        byte[] pdf = ScanSimulator.imagePdf(List.of(PAGE), 150, 0.9f);
        FieldValue weight = weight(pdf);
        assertThat(weight.source().box().x2()).as("working pixels").isGreaterThan(PAGE.getWidth() / 2);
        assertReadsBack(pdf, weight);
    }

    @Test
    void aValuesBoxOnAnImageMailedAsAnAttachmentReadsAloneToTheValue() throws Exception {
        // a carrier's e-mail saved whole (.eml): the box is read again on its attachment, found by the document's name
        byte[] mail = mail("scan.png", OcrTestSupport.png(PAGE));
        int[] n = {0};
        Document document = OcrTestSupport.documentReader().readAll(() -> "d" + (++n[0]), "mail.eml", mail, "test")
                .get(0);
        assertThat(document.fileName()).isEqualTo("mail.eml#scan.png");
        FieldValue weight = document.first(Field.GROSS_WEIGHT).orElseThrow();
        List<List<BoxReading>> readings = OcrTestSupport.documentReader().readBoxesAgain(mail, document.fileName(),
                weight.source().page(), List.of(weight.source().box()));
        assertThat(readings).singleElement().satisfies(r -> assertThat(r)
                .anySatisfy(reading -> assertThat(reading.text()).contains("7,590.76")));
        assertThat(OcrTestSupport.documentReader().readBoxesAgain(mail, "mail.eml#other.png", 1,
                List.of(weight.source().box()))).as("no such attachment").containsExactly(List.of());
        // an e-mail cut short within its attachment: no readings, no error (the page's reading stands)
        byte[] truncated = Arrays.copyOf(mail, mail.length / 2);
        assertThat(OcrTestSupport.documentReader().readBoxesAgain(truncated, document.fileName(), 1,
                List.of(weight.source().box()))).as("a truncated e-mail").containsExactly(List.of());
    }

    @Test
    void aFileThatCannotBeReadGivesNoReadings() {
        byte[] png = OcrTestSupport.png(PAGE);
        Box box = new Box(60, 200, 600, 260);
        byte[] truncated = Arrays.copyOf(png, 60);
        assertThat(OcrTestSupport.scanReader().readBoxesAgain(truncated, false, 1, List.of(box, box)))
                .containsExactly(List.of(), List.of());
        assertThat(OcrTestSupport.scanReader().readBoxesAgain(png, false, 2, List.of(box))).as("no such page")
                .containsExactly(List.of());
        assertThat(OcrTestSupport.documentReader().readBoxesAgain("Gross Weight: 1 KG".getBytes(), "weight.txt", 1,
                List.of(box)))
                .as("a text file: read no box").containsExactly(List.of());
    }

    private static FieldValue weight(byte[] file) {
        Document document = OcrTestSupport.documentReader().read("d1", "scan", file, "test");
        assertThat(document.readable()).as(document.unreadableReason()).isTrue();
        FieldValue weight = document.first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("7590.76");
        return weight;
    }

    private static void assertReadsBack(byte[] file, FieldValue value) {
        List<List<BoxReading>> readings = OcrTestSupport.documentReader().readBoxesAgain(file, "scan",
                value.source().page(), List.of(value.source().box()));
        assertThat(readings).hasSize(1);
        assertThat(readings.get(0)).isNotEmpty().allSatisfy(r -> assertThat(r.confidence()).isBetween(0.0, 1.0))
                .anySatisfy(r -> assertThat(r.text()).contains("7,590.76"));
    }

    private static byte[] mail(String attachmentName, byte[] attachment) throws Exception {
        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()));
        message.setSubject("Scanned packing list");
        jakarta.mail.internet.MimeMultipart multipart = new jakarta.mail.internet.MimeMultipart();
        jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
        text.setText("Please find the packing list attached.");
        multipart.addBodyPart(text);
        jakarta.mail.internet.MimeBodyPart file = new jakarta.mail.internet.MimeBodyPart();
        file.setContent(attachment, "image/png");
        file.setFileName(attachmentName);
        multipart.addBodyPart(file);
        message.setContent(multipart);
        message.saveChanges();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
