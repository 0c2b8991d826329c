package io.customsreview.hub.ocr;

import io.customsreview.hub.corpus.CorpusGenerator;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Pages that arrive tilted or turned are read as if they had been put on the scanner straight. */
class OrientationAndSkewTest {

    @Test
    void skewIsEstimatedFromTheTextLines(@TempDir Path tmp) throws Exception {
        BufferedImage page = invoicePage(tmp, 200);
        assertThat(Deskew.estimateDegrees(PagePreparation.grey(page, 1.0))).isCloseTo(0.0, within(0.25));
        assertThat(Deskew.estimateDegrees(PagePreparation.grey(ScanSimulator.rotate(page, 3.0), 1.0)))
                .isCloseTo(3.0, within(0.35));
        assertThat(Deskew.estimateDegrees(PagePreparation.grey(ScanSimulator.rotate(page, -2.0), 1.0)))
                .isCloseTo(-2.0, within(0.35));
    }

    @Test
    void pageScannedSidewaysIsTurnedUpright(@TempDir Path tmp) throws Exception {
        CorpusGenerator.GeneratedDossier g = CorpusGenerator.generateDossier(tmp, 99L, 1, List.of());
        String invoiceNumber = null;
        BufferedImage page = null;
        for (Map.Entry<String, DocumentType> f : g.files().entrySet()) {
            if (f.getValue() == DocumentType.INVOICE) {
                page = ScanSimulator.scan(Files.readAllBytes(g.dir().resolve(f.getKey())),
                        new ScanSimulator.Degradation(200, 0, false, 0, 0.9f), new Random(1)).get(0);
                invoiceNumber = g.draft().base().invoiceNo();
            }
        }
        Document upright = OcrTestSupport.documentReader().read("d1", "upright.png", OcrTestSupport.png(page), "test");
        BufferedImage sideways = quarterTurn(page);
        Document turned = OcrTestSupport.documentReader().read("d1", "sideways.png", OcrTestSupport.png(sideways), "test");
        // read as the upright page is (the first page alone may pass for another type: the classifier's call)
        assertThat(turned.readable()).as(turned.unreadableReason()).isTrue();
        assertThat(turned.type()).isEqualTo(upright.type());
        assertThat(upright.first(Field.INVOICE_NUMBER).map(FieldValue::value)).contains(invoiceNumber);
        System.out.printf("sideways page: %d fields read (upright: %d), invoice number %s%n", turned.fields().size(),
                upright.fields().size(), turned.first(Field.INVOICE_NUMBER).map(FieldValue::value).orElse("not read"));
        // measured: 6 of 9 fields when written; since the pages render with their true fonts the upright page gives
        // 14 and the turned one still about 5 (not yet the invoice number, see the OCR note): the floor is a third
        assertThat(turned.fields().size()).isGreaterThanOrEqualTo(upright.fields().size() * 3 / 10);
        // boxes are in the pixels of the image as received (sideways): inside it
        turned.first(Field.INVOICE_NUMBER).map(v -> v.source().box()).ifPresent(b -> {
            assertThat(b.x2()).isLessThanOrEqualTo(sideways.getWidth());
            assertThat(b.y2()).isLessThanOrEqualTo(sideways.getHeight());
        });
    }

    private static BufferedImage invoicePage(Path tmp, int dpi) throws Exception {
        CorpusGenerator.GeneratedDossier g = CorpusGenerator.generateDossier(tmp, 98L, 1, List.of());
        for (Map.Entry<String, DocumentType> f : g.files().entrySet()) {
            if (f.getValue() == DocumentType.INVOICE) {
                return ScanSimulator.scan(Files.readAllBytes(g.dir().resolve(f.getKey())),
                        new ScanSimulator.Degradation(dpi, 0, false, 0, 0.9f), new Random(1)).get(0);
            }
        }
        throw new IllegalStateException("no invoice");
    }

    /** The page turned 90° clockwise, as a sheet fed sideways. */
    private static BufferedImage quarterTurn(BufferedImage page) {
        BufferedImage out = new BufferedImage(page.getHeight(), page.getWidth(), BufferedImage.TYPE_BYTE_GRAY);
        AffineTransform t = AffineTransform.getTranslateInstance(page.getHeight(), 0);
        t.quadrantRotate(1);
        var g = out.createGraphics();
        g.drawImage(page, t, null);
        g.dispose();
        return out;
    }
}
