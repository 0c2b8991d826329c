package io.customsreview.hub.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Forms draw their fields in ruled boxes and their goods in ruled tables. Tesseract's layout analysis takes the rules
 * for pictures: it drops the text of whole cells near them or reads a cell's words several times. Long straight runs
 * of ink are rules, not letters (a stroke of a letter at the working resolution is a few dozen pixels at most), so
 * they are painted white before recognition, together with the grey fringe that scanning leaves along them.
 */
final class RuledLines {

    /** darker than this counts as ink when looking for rules (grey fringes of a thin rule included) */
    private static final int INK = 170;
    /** paper-coloured enough: fringe pixels beside a rule lighter than this are painted white too */
    private static final int FRINGE = 215;
    /** shortest rule, in inches: longer than any letter's stroke in print up to ~24 pt */
    private static final double MIN_RULE_INCHES = 0.4;

    private RuledLines() {
    }

    /**
     * Removes horizontal and vertical rules from an upright 8-bit grey page in place.
     *
     * @param dpi the page's resolution, or 0 when unknown (then an A4/letter page width is assumed)
     */
    static void remove(BufferedImage grey, int dpi) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        double resolution = dpi > 0 ? dpi : Math.max(w, h) / 11.7;
        int minRun = (int) Math.max(40, MIN_RULE_INCHES * resolution);
        byte[] p = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        boolean[] rule = new boolean[p.length];
        for (int y = 0; y < h; y++) {
            int start = -1;
            for (int x = 0; x <= w; x++) {
                boolean ink = x < w && (p[y * w + x] & 0xFF) < INK;
                if (ink && start < 0) {
                    start = x;
                } else if (!ink && start >= 0) {
                    if (x - start >= minRun) {
                        for (int k = start; k < x; k++) {
                            rule[y * w + k] = true;
                        }
                    }
                    start = -1;
                }
            }
        }
        // vertical runs row by row (one run start per column): walking down columns would read the page across
        // the cache
        int[] runStart = new int[w];
        java.util.Arrays.fill(runStart, -1);
        for (int y = 0; y <= h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                boolean ink = y < h && (p[row + x] & 0xFF) < INK;
                int start = runStart[x];
                if (ink && start < 0) {
                    runStart[x] = y;
                } else if (!ink && start >= 0) {
                    if (y - start >= minRun) {
                        for (int k = start; k < y; k++) {
                            rule[k * w + x] = true;
                        }
                    }
                    runStart[x] = -1;
                }
            }
        }
        for (int i = 0; i < p.length; i++) {
            if (!rule[i]) {
                continue;
            }
            p[i] = (byte) 255;
            // the anti-aliased fringe right beside the rule
            int x = i % w;
            int[] neighbours = {i - w, i + w, x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1};
            for (int n : neighbours) {
                if (n >= 0 && n < p.length && !rule[n] && (p[n] & 0xFF) >= INK && (p[n] & 0xFF) < FRINGE) {
                    p[n] = (byte) 255;
                }
            }
        }
    }
}
