package io.customsreview.hub.ocr;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written pixel loops of page preparation give what the textbook operations give. */
class PixelFiltersTest {

    @Test
    void specksAndPinholesAreRemovedAndThinStrokesKept() {
        BufferedImage page = text(14); // small print: strokes of one and two pixels
        byte[] p = pixels(page);
        int w = page.getWidth();
        p[20 * w + 20] = 0; // a lone speck on paper
        for (int y = 240; y < 260; y++) {
            for (int x = 800; x < 840; x++) {
                p[y * w + x] = 0; // a block of ink ...
            }
        }
        p[250 * w + 820] = (byte) 255; // ... with a pin-hole
        for (int x = 60; x < 700; x++) {
            p[280 * w + x] = 0; // a hairline, one pixel thick
        }
        byte[] filtered = pixels(Despeckle.impulses(page));

        assertThat(filtered[20 * w + 20] & 0xFF).as("speck").isEqualTo(255);
        assertThat(filtered[250 * w + 820] & 0xFF).as("pin-hole").isLessThan(128);
        for (int x = 61; x < 699; x++) {
            assertThat(filtered[280 * w + x] & 0xFF).as("hairline at %d", x).isZero();
        }
        int inkBefore = ink(p) - 1; // less the speck
        assertThat(ink(filtered)).as("ink of the small print").isGreaterThanOrEqualTo(inkBefore * 95 / 100)
                .isGreaterThan(ink(plainMedian(p, w, page.getHeight())));
    }

    /** the textbook 3×3 median, which wears thin strokes away */
    private static byte[] plainMedian(byte[] p, int w, int h) {
        byte[] out = p.clone();
        int[] window = new int[9];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int k = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        window[k++] = p[(y + dy) * w + x + dx] & 0xFF;
                    }
                }
                java.util.Arrays.sort(window);
                out[y * w + x] = (byte) window[4];
            }
        }
        return out;
    }

    @Test
    void paperSpreadTellsAnEvenScanFromAShadedPhoto() {
        BufferedImage page = text(42);
        assertThat(PagePreparation.paperSpread(page)).isLessThanOrEqualTo(10);

        byte[] p = pixels(page);
        int w = page.getWidth();
        for (int i = 0; i < p.length; i++) {
            double light = 1 - 0.5 * (i % w) / (double) w; // light falling off towards the right, as on a photo
            p[i] = (byte) Math.round((p[i] & 0xFF) * light);
        }
        assertThat(PagePreparation.paperSpread(page)).isGreaterThan(40);
    }

    @Test
    void fastRotationMatchesJava2dBilinearRotation() {
        BufferedImage page = text(42);
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

    private static BufferedImage text(int fontSize) {
        BufferedImage page = new BufferedImage(900, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize));
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
