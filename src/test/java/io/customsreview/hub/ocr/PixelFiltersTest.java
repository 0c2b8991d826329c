package io.customsreview.hub.ocr;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written pixel loops of page preparation give what the textbook operations give. */
class PixelFiltersTest {

    @Test
    void fastMedianIsTheExactThreeByThreeMedian() {
        Random random = new Random(11);
        BufferedImage image = new BufferedImage(97, 61, BufferedImage.TYPE_BYTE_GRAY);
        byte[] p = pixels(image);
        for (int i = 0; i < p.length; i++) {
            // paper, ink and everything between, with runs so that ties are common
            p[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : (random.nextBoolean() ? 255 : 20));
        }
        byte[] filtered = pixels(Despeckle.median3x3(image));
        int w = image.getWidth();
        for (int y = 1; y < image.getHeight() - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int[] window = new int[9];
                int k = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        window[k++] = p[(y + dy) * w + x + dx] & 0xFF;
                    }
                }
                Arrays.sort(window);
                assertThat(filtered[y * w + x] & 0xFF).as("median at %d,%d", x, y).isEqualTo(window[4]);
            }
        }
    }

    @Test
    void speckIsRemovedAndStrokesKept() {
        BufferedImage page = text();
        byte[] p = pixels(page);
        int w = page.getWidth();
        p[20 * w + 20] = 0; // a lone speck on paper
        byte[] filtered = pixels(Despeckle.median3x3(page));
        assertThat(filtered[20 * w + 20] & 0xFF).isEqualTo(255);
        assertThat(ink(filtered)).isGreaterThan(ink(p) * 8 / 10);
    }

    @Test
    void fastRotationMatchesJava2dBilinearRotation() {
        BufferedImage page = text();
        AffineTransform rotation = AffineTransform.getRotateInstance(Math.toRadians(-1.7),
                page.getWidth() / 2.0, page.getHeight() / 2.0);
        byte[] fast = pixels(PagePreparation.transformed(page, rotation));

        BufferedImage reference = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = reference.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, rotation, null);
        g.dispose();
        byte[] expected = pixels(reference);

        int w = page.getWidth();
        long difference = 0;
        int worst = 0;
        int compared = 0;
        for (int y = 10; y < page.getHeight() - 10; y++) { // the page's edge: white either way, but clipped differently
            for (int x = 10; x < w - 10; x++) {
                int d = Math.abs((fast[y * w + x] & 0xFF) - (expected[y * w + x] & 0xFF));
                difference += d;
                worst = Math.max(worst, d);
                compared++;
            }
        }
        assertThat(ink(fast)).as("the text is still there").isGreaterThan(ink(pixels(page)) / 2);
        assertThat(worst).as("largest difference in grey levels").isLessThanOrEqualTo(8);
        assertThat((double) difference / compared).as("mean difference").isLessThan(0.5);
    }

    private static BufferedImage text() {
        BufferedImage page = new BufferedImage(900, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 42));
        g.drawString("Gross weight 5,738.29 kg", 60, 150);
        g.fillRect(60, 220, 700, 3);
        g.dispose();
        return page;
    }

    private static byte[] pixels(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    private static int ink(byte[] p) {
        int count = 0;
        for (byte b : p) {
            if ((b & 0xFF) < 128) {
                count++;
            }
        }
        return count;
    }
}
