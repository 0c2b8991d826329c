package io.customsreview.hub.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Makes a page image what Tesseract reads best: grey, at the working resolution (text of ~20–30 px x-height), full
 * contrast, upright. Keeps the transform back to the source image so that boxes are reported in its pixels.
 */
final class PagePreparation {

    /** Resolutions this close to the working one are left alone: resampling costs time and sharpness. */
    private static final double KEEP_SCALE_BELOW = 1.34;
    private static final double MAX_UPSCALE = 3.0;
    /** grey levels the paper may vary by over an evenly lit page (scans measured 0–10; a shaded photo 78) */
    private static final int EVEN_PAPER_SPREAD = 40;
    /** Narrower than this (an A4 page at 200 DPI) and of unknown resolution: likely too few pixels per letter, ... */
    private static final int SMALL_IMAGE_WIDTH = 1700;
    /** ... to about the width of an A4 page at 300 DPI. */
    private static final int WORKING_PAGE_WIDTH = 2480;
    private static final double MIN_SKEW_DEGREES = 0.3;
    /** grey edge pixels per black pixel of print above which a page counts as blurred */
    private static final double BLURRED_GREY_PER_BLACK = 0.8;

    /**
     * A page ready for OCR; {@code toSource} maps its pixels back to the source image's; {@code dpi} 0 when unknown
     * (Tesseract then estimates it); {@code evenlyLit}: the paper has one grey level all over (a flatbed scan), so one
     * threshold for the page separates ink from paper; {@code blurred}: see {@link #blurred(BufferedImage)}.
     */
    record PreparedPage(BufferedImage grey, int dpi, AffineTransform toSource, boolean evenlyLit, boolean blurred) {

        PreparedPage rotatedQuarterTurns(int quarterTurns) {
            int turns = Math.floorMod(quarterTurns, 4);
            if (turns == 0) {
                return this;
            }
            int w = grey.getWidth(), h = grey.getHeight();
            AffineTransform rotation = new AffineTransform();
            rotation.quadrantRotate(turns);
            // keep the rotated page in positive coordinates
            switch (turns) {
                case 1 -> rotation.preConcatenate(AffineTransform.getTranslateInstance(h, 0));
                case 2 -> rotation.preConcatenate(AffineTransform.getTranslateInstance(w, h));
                default -> rotation.preConcatenate(AffineTransform.getTranslateInstance(0, w));
            }
            BufferedImage rotated = turns == 2 ? new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY)
                    : new BufferedImage(h, w, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = rotated.createGraphics();
            g.drawImage(grey, rotation, null);
            g.dispose();
            AffineTransform back = new AffineTransform(toSource);
            back.concatenate(inverse(rotation));
            return new PreparedPage(rotated, dpi, back, evenlyLit, blurred);
        }
    }

    private PagePreparation() {
    }

    /**
     * @param sourceDpi the resolution the file states, or 0 when it states none (or nonsense)
     * @param targetDpi the working resolution
     * @param maxPixels the prepared page is never larger than this
     */
    static PreparedPage prepare(BufferedImage source, int sourceDpi, int targetDpi, long maxPixels) {
        if (sourceDpi < 100 || sourceDpi > 1200) {
            sourceDpi = pageDpi(source);
        }
        boolean known = sourceDpi >= 100 && sourceDpi <= 1200;
        double scale;
        if (known) {
            scale = (double) targetDpi / sourceDpi;
            if (scale < KEEP_SCALE_BELOW && scale > 1 / KEEP_SCALE_BELOW) {
                scale = 1.0;
            }
        } else {
            // unknown resolution: Tesseract estimates it from the letters' height, which beats a guess from the page
            // width (screenshots, crops); only a small image (a phone thumbnail, a screenshot) is enlarged
            // the short side: a page fed sideways is as small as the same page fed upright
            int shortSide = Math.min(source.getWidth(), source.getHeight());
            scale = shortSide < SMALL_IMAGE_WIDTH ? (double) WORKING_PAGE_WIDTH / shortSide : 1.0;
        }
        scale = Math.min(scale, MAX_UPSCALE);
        double pixels = (double) source.getWidth() * source.getHeight() * scale * scale;
        if (pixels > maxPixels) {
            scale = Math.sqrt(maxPixels / ((double) source.getWidth() * source.getHeight()));
        }
        // a scan's speckle is told and removed at the scan's resolution: enlarged, a one-pixel speck is a blob of
        // several pixels that neither looks isolated nor goes through a 3×3 median; a small image of unknown
        // resolution (a screenshot, a thumbnail) is not filtered before enlarging, where a median would erase its
        // thin strokes
        BufferedImage grey;
        if (scale > 1.0 && known && sourceDpi >= 140) {
            BufferedImage native1 = grey(source, 1.0);
            if (Despeckle.isSpeckled(native1)) {
                native1 = Despeckle.impulses(native1);
            }
            grey = grey(native1, scale);
        } else {
            grey = grey(source, scale);
            if (Despeckle.isSpeckled(grey)) {
                grey = Despeckle.impulses(grey);
            }
        }
        int workingDpi = known ? (int) Math.round(sourceDpi * scale) : 0;
        stretchContrast(grey);
        AffineTransform toSource = AffineTransform.getScaleInstance(1 / scale, 1 / scale);

        double skew = Deskew.estimateDegrees(grey);
        if (Math.abs(skew) >= MIN_SKEW_DEGREES) {
            AffineTransform rotation = AffineTransform.getRotateInstance(Math.toRadians(-skew),
                    grey.getWidth() / 2.0, grey.getHeight() / 2.0);
            grey = transformed(grey, rotation);
            toSource.concatenate(inverse(rotation));
        }
        boolean blurred = blurred(grey);
        if (!blurred) {
            RuledLines.remove(grey, workingDpi);
        }
        return new PreparedPage(grey, workingDpi, toSource, paperSpread(grey) <= EVEN_PAPER_SPREAD, blurred);
    }

    /**
     * The resolution of an image that states none but has the shape of a whole A4 or US letter page (a scanner
     * that wrote no resolution, a page exported as an image): its width over the page's; 0 for any other image
     * (a photo, a crop, a screenshot), whose resolution is not known.
     */
    static int pageDpi(BufferedImage image) {
        double w = Math.min(image.getWidth(), image.getHeight());
        double h = Math.max(image.getWidth(), image.getHeight());
        double ratio = h / w;
        double inches;
        if (Math.abs(ratio - 297.0 / 210.0) < 0.02) {
            inches = 210 / 25.4;
        } else if (Math.abs(ratio - 11.0 / 8.5) < 0.02) {
            inches = 8.5;
        } else {
            return 0;
        }
        int dpi = (int) Math.round(w / inches);
        return dpi >= 100 && dpi <= 300 ? dpi : 0; // above that, resolution matters little and Tesseract estimates well
    }

    /** An 8-bit grey copy scaled by {@code scale}; transparency becomes white paper. */
    static BufferedImage grey(BufferedImage source, double scale) {
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (scale != 1.0) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, scale > 1
                    ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        return grey;
    }

    /** Stretches the grey levels between ink and paper to full range: faint print, grey paper. */
    static void stretchContrast(BufferedImage grey) {
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int[] histogram = new int[256];
        for (byte b : data) {
            histogram[b & 0xFF]++;
        }
        // the darkest ink (not the 1st percentile: a coloured table header covers more than 1% of a page) and paper
        int low = percentile(histogram, data.length, 0.002);
        int high = percentile(histogram, data.length, 0.99);
        if (high - low < 32 || high - low > 200) {
            return; // a blank page, or contrast enough already
        }
        int[] map = new int[256];
        for (int v = 0; v < 256; v++) {
            map[v] = Math.max(0, Math.min(255, (v - low) * 255 / (high - low)));
        }
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) map[data[i] & 0xFF];
        }
    }

    /**
     * Whether the page's print is blurred: more of its ink is mid-grey edge than black core (before deskewing, crisp
     * 300-DPI scans measured 0.39–0.52 grey pixels per black one; blurred or JPEG-worn scans and pages enlarged from
     * 150–200 DPI 0.54–15, mostly above 0.88). The rules of a blurred page are grey bands; painting them white took
     * whole table rows with them (Tesseract then passed over the row), so they are left on such a page.
     */
    static boolean blurred(BufferedImage grey) {
        byte[] p = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        long black = 0, midGrey = 0;
        for (byte b : p) {
            int v = b & 0xFF;
            if (v < 64) {
                black++;
            } else if (v < 192) {
                midGrey++;
            }
        }
        return midGrey > BLURRED_GREY_PER_BLACK * black;
    }

    /**
     * The spread of the paper's grey level over the page: tiles of a 16 × 16 grid, each with the level that 95 % of
     * its pixels are darker than or equal to (paper, even in a tile full of print). A scan on a flatbed is evenly lit
     * (a spread of a few grey levels); a photo's shading, a coloured band or a dark picture spreads it widely.
     */
    static int paperSpread(BufferedImage grey) {
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int w = grey.getWidth(), h = grey.getHeight();
        int tiles = 16;
        int lowest = 255, highest = 0;
        int[] histogram = new int[256];
        for (int ty = 0; ty < tiles; ty++) {
            for (int tx = 0; tx < tiles; tx++) {
                java.util.Arrays.fill(histogram, 0);
                int count = 0;
                for (int y = ty * h / tiles; y < (ty + 1) * h / tiles; y += 2) {
                    for (int x = tx * w / tiles; x < (tx + 1) * w / tiles; x += 2) {
                        histogram[data[y * w + x] & 0xFF]++;
                        count++;
                    }
                }
                if (count == 0) {
                    continue;
                }
                int level = percentile(histogram, count, 0.95);
                lowest = Math.min(lowest, level);
                highest = Math.max(highest, level);
            }
        }
        return Math.max(0, highest - lowest);
    }

    private static int percentile(int[] histogram, int total, double share) {
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += histogram[v];
            if (seen >= share * total) {
                return v;
            }
        }
        return 255;
    }

    /**
     * {@code grey} moved by {@code transform} (a rotation), sampled bilinearly, paper white outside the page. Written
     * out on the byte array with fixed-point steps along each row: Java2D's general path took three times as long,
     * the biggest share of page preparation.
     */
    static BufferedImage transformed(BufferedImage grey, AffineTransform transform) {
        int w = grey.getWidth(), h = grey.getHeight();
        byte[] in = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        double[] m = new double[6];
        inverse(transform).getMatrix(m); // {m00, m10, m01, m11, m02, m12}: output pixel centre → source
        final int one = 1 << 16;
        int stepX = (int) Math.round(m[0] * one), stepY = (int) Math.round(m[1] * one);
        for (int y = 0; y < h; y++) {
            // source position of this row's first pixel centre, less half a pixel: the top-left of its 2×2 cell
            double cy = y + 0.5;
            long sx = Math.round((m[0] * 0.5 + m[2] * cy + m[4] - 0.5) * one);
            long sy = Math.round((m[1] * 0.5 + m[3] * cy + m[5] - 0.5) * one);
            int row = y * w;
            for (int x = 0; x < w; x++, sx += stepX, sy += stepY) {
                int ix = (int) (sx >> 16), iy = (int) (sy >> 16);
                int value;
                if (ix >= 0 && iy >= 0 && ix < w - 1 && iy < h - 1) {
                    int fx = (int) (sx >> 8) & 0xFF, fy = (int) (sy >> 8) & 0xFF;
                    int i = iy * w + ix;
                    int top = (in[i] & 0xFF) * (256 - fx) + (in[i + 1] & 0xFF) * fx;
                    int bottom = (in[i + w] & 0xFF) * (256 - fx) + (in[i + w + 1] & 0xFF) * fx;
                    value = (top * (256 - fy) + bottom * fy + (1 << 15)) >> 16;
                } else {
                    value = 255;
                }
                o[row + x] = (byte) value;
            }
        }
        return out;
    }

    static AffineTransform inverse(AffineTransform transform) {
        try {
            return transform.createInverse();
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException(e); // rotations and positive scales are invertible
        }
    }
}
