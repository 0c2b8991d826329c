package io.customsreview.hub.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Speckle (dust, scanner noise, fax dots) turns into stray letters and ruins word confidences. A 3×3 median removes
 * dots up to two pixels wide and keeps strokes of three pixels or more, which text has at the working resolution;
 * it is applied only to pages that are speckled, since it also softens fine print.
 */
final class Despeckle {

    /** Isolated dark pixels per pixel above which a page counts as speckled (clean scans: well below 1 in 10,000). */
    private static final double SPECKLED_SHARE = 0.0002;
    private static final int DARK = 128;

    private Despeckle() {
    }

    static boolean isSpeckled(BufferedImage grey) {
        byte[] p = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int w = grey.getWidth(), h = grey.getHeight();
        long isolated = 0, sampled = 0;
        for (int y = 1; y < h - 1; y += 3) {
            for (int x = 1; x < w - 1; x++) {
                sampled++;
                int i = y * w + x;
                if ((p[i] & 0xFF) >= DARK) {
                    continue;
                }
                int darkNeighbours = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dx != 0 || dy != 0) && (p[i + dy * w + dx] & 0xFF) < DARK) {
                            darkNeighbours++;
                        }
                    }
                }
                if (darkNeighbours <= 1) {
                    isolated++;
                }
            }
        }
        return sampled > 0 && (double) isolated / sampled > SPECKLED_SHARE;
    }

    static BufferedImage median3x3(BufferedImage grey) {
        int w = grey.getWidth(), h = grey.getHeight();
        byte[] in = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        System.arraycopy(in, 0, o, 0, in.length); // borders stay as they were
        int[] v = new int[9];
        for (int y = 1; y < h - 1; y++) {
            int row = y * w;
            for (int x = 1; x < w - 1; x++) {
                int i = row + x;
                int k = 0;
                for (int dy = -w; dy <= w; dy += w) {
                    v[k++] = in[i + dy - 1] & 0xFF;
                    v[k++] = in[i + dy] & 0xFF;
                    v[k++] = in[i + dy + 1] & 0xFF;
                }
                o[i] = (byte) median9(v);
            }
        }
        return out;
    }

    /** Median of nine by partial insertion sort: enough for the middle element. */
    private static int median9(int[] v) {
        for (int i = 1; i < 9; i++) {
            int x = v[i];
            int j = i - 1;
            while (j >= 0 && v[j] > x) {
                v[j + 1] = v[j];
                j--;
            }
            v[j + 1] = x;
        }
        return v[4];
    }
}
