package io.customsreview.hub.ocr;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class RuledLinesTest {

    @Test
    void rulesOfABoxAreRemovedAndTheLettersInsideKept() {
        BufferedImage page = new BufferedImage(1200, 600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 600);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 42)); // 10 pt at 300 DPI
        g.drawString("Invoice No. CI/2104/24 IIII", 120, 300);
        int inkBefore = ink(page, 100, 240, 1100, 320);
        g.fillRect(100, 200, 1000, 3); // the box around the text
        g.fillRect(100, 360, 1000, 3);
        g.fillRect(100, 200, 3, 163);
        g.fillRect(1097, 200, 3, 163);
        g.dispose();

        RuledLines.remove(page, 300);

        assertThat(ink(page, 95, 195, 1105, 206)).as("top rule").isZero();
        assertThat(ink(page, 95, 356, 1105, 366)).as("bottom rule").isZero();
        assertThat(ink(page, 95, 195, 106, 366)).as("left rule").isZero();
        assertThat(ink(page, 100, 240, 1100, 320)).as("letters").isEqualTo(inkBefore);
    }

    @Test
    void aBlurredPageKeepsItsRulesAndACrispOneLosesThem() {
        BufferedImage crisp = boxedText(1);
        PagePreparation.PreparedPage prepared = PagePreparation.prepare(crisp, 300, 300, 50_000_000L);
        assertThat(PagePreparation.blurred(prepared.grey())).isFalse();
        assertThat(ink(prepared.grey(), 95, 195, 1105, 206)).as("crisp top rule").isZero();

        // the same box scanned at 150 DPI through a soft lens: enlarged to the working 300 DPI, its rules are grey
        // bands that painting white took whole rows of table text with
        BufferedImage soft = ScanSimulator.degrade(boxedText(2),
                new ScanSimulator.Degradation(150, 0, true, 0, 1f), new java.util.Random(1));
        prepared = PagePreparation.prepare(soft, 150, 300, 50_000_000L);
        assertThat(PagePreparation.blurred(prepared.grey())).isTrue();
        assertThat(ink(prepared.grey(), 95, 195, 1105, 206, 192)).as("blurred top rule, grey").isGreaterThan(1000);
    }

    /** the box of the first test drawn 1/{@code reduction} the size */
    private static BufferedImage boxedText(int reduction) {
        BufferedImage page = new BufferedImage(1200 / reduction, 600 / reduction, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(1.0 / reduction, 1.0 / reduction);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 42));
        g.drawString("Invoice No. CI/2104/24 IIII", 120, 300);
        g.fillRect(100, 200, 1000, 3);
        g.fillRect(100, 360, 1000, 3);
        g.fillRect(100, 200, 3, 163);
        g.fillRect(1097, 200, 3, 163);
        g.dispose();
        return page;
    }

    private static int ink(BufferedImage image, int x1, int y1, int x2, int y2) {
        return ink(image, x1, y1, x2, y2, 128);
    }

    /** pixels darker than {@code level} */
    private static int ink(BufferedImage image, int x1, int y1, int x2, int y2, int level) {
        int count = 0;
        for (int y = y1; y < y2; y++) {
            for (int x = x1; x < x2; x++) {
                if ((image.getRGB(x, y) & 0xFF) < level) {
                    count++;
                }
            }
        }
        return count;
    }
}
