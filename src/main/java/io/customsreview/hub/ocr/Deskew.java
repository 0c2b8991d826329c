package io.customsreview.hub.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Estimates how far a page is rotated from level by the projection profile: text lines give the sharpest row
 * histogram (highest sum of squared row counts of dark pixels) when they lie level. Works on a reduced copy, so it
 * costs a few milliseconds.
 */
final class Deskew {

    private static final double MAX_DEGREES = 6.0;
    private static final double STEP_DEGREES = 0.2;
    private static final int WORK_WIDTH = 1000;
    private static final int MAX_POINTS = 150_000;

    private Deskew() {
    }

    /** Degrees the page content is rotated clockwise; 0 when level or when there is too little to tell. */
    static double estimateDegrees(BufferedImage grey) {
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int w = grey.getWidth(), h = grey.getHeight();
        int step = Math.max(1, w / WORK_WIDTH);
        int[] xs = new int[MAX_POINTS];
        int[] ys = new int[MAX_POINTS];
        int n = 0;
        for (int y = 0; y < h && n < MAX_POINTS; y += step) {
            int row = y * w;
            for (int x = 0; x < w && n < MAX_POINTS; x += step) {
                if ((data[row + x] & 0xFF) < 110) {
                    xs[n] = x / step;
                    ys[n] = y / step;
                    n++;
                }
            }
        }
        if (n < 500) {
            return 0;
        }
        int rows = h / step + w / step + 2;
        int offset = w / step;
        double best = 0;
        double bestScore = -1;
        int[] histogram = new int[rows * 2];
        for (double angle = -MAX_DEGREES; angle <= MAX_DEGREES + 1e-9; angle += STEP_DEGREES) {
            double t = Math.tan(Math.toRadians(angle));
            java.util.Arrays.fill(histogram, 0);
            for (int i = 0; i < n; i++) {
                int r = (int) Math.round(ys[i] - xs[i] * t) + offset;
                if (r >= 0 && r < histogram.length) {
                    histogram[r]++;
                }
            }
            double score = 0;
            for (int c : histogram) {
                score += (double) c * c;
            }
            if (score > bestScore * 1.0001) {
                bestScore = score;
                best = angle;
            }
        }
        return Math.abs(best) < 1e-9 ? 0 : best;
    }
}
