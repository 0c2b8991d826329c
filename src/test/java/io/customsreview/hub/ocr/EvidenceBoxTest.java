package io.customsreview.hub.ocr;

import io.customsreview.hub.corpus.CorpusGenerator;
import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.extraction.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boxes reported with OCR values point at those values: each box is cut out of the page image as it was
 * received (tilted by 1.5°, so that the way back from the upright page is tested too) and read again on its own.
 */
class EvidenceBoxTest {

    private static final int MARGIN = 8;

    @Test
    void eachReportedBoxReadsBackToItsValue(@TempDir Path tmp) throws Exception {
        CorpusGenerator.GeneratedDossier g = CorpusGenerator.generateDossier(tmp, 4242L, 1, List.of());
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, DocumentType> file : g.files().entrySet()) {
            if (file.getValue() != DocumentType.INVOICE && file.getValue() != DocumentType.BILL_OF_LADING) {
                continue;
            }
            byte[] pdf = Files.readAllBytes(g.dir().resolve(file.getKey()));
            BufferedImage page = ScanSimulator.rotate(ScanSimulator.scan(pdf,
                    new ScanSimulator.Degradation(300, 0, false, 0, 0.9f), new Random(1)).get(0), 1.5);
            Document d = OcrTestSupport.documentReader().read("d1", "scan.png", OcrTestSupport.png(page), "test");
            assertThat(d.readable()).as(d.unreadableReason()).isTrue();
            assertThat(d.extraction()).isEqualTo(ExtractionMethod.OCR);
            List<FieldValue> values = new ArrayList<>();
            d.fields().values().forEach(values::addAll);
            d.lines().forEach(l -> values.addAll(l.values().values()));
            for (FieldValue v : values) {
                Box box = v.source().box();
                if (box == null || v.source().page() != 1) {
                    continue;
                }
                String read = OcrTestSupport.scanReader().engine().words(crop(page, box), 300).stream()
                        .map(Word::text).collect(Collectors.joining(" "));
                String expected = v.raw();
                checked.add(expected);
                if (!alnum(read).contains(alnum(expected)) && !alnum(expected).contains(alnum(read).isEmpty()
                        ? "\u0000" : alnum(read))) {
                    wrong.add("'" + expected + "' box " + box + " read back as '" + read + "'");
                }
            }
        }
        double share = 1 - (double) wrong.size() / Math.max(1, checked.size());
        System.out.printf(Locale.ROOT, "evidence boxes: %d of %d read back to their value (%.1f %%)%n",
                checked.size() - wrong.size(), checked.size(), 100 * share);
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(checked).hasSizeGreaterThan(15);
        assertThat(share).isGreaterThanOrEqualTo(0.9);
    }

    private static BufferedImage crop(BufferedImage page, Box box) {
        int x1 = Math.max(0, box.x1() - MARGIN), y1 = Math.max(0, box.y1() - MARGIN);
        int x2 = Math.min(page.getWidth(), box.x2() + MARGIN), y2 = Math.min(page.getHeight(), box.y2() + MARGIN);
        // on a white sheet of its own, as Tesseract expects a page
        BufferedImage out = new BufferedImage(x2 - x1 + 60, y2 - y1 + 60, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(page.getSubimage(x1, y1, x2 - x1, y2 - y1), 30, 30, null);
        g.dispose();
        return out;
    }

    private static String alnum(String s) {
        return s.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}
