package io.customsreview.hub.ocr;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;

/**
 * Milliseconds of page preparation per image, and of its cheaper steps (developer tool):
 * {@code PreparationTiming PNG...}.
 */
public final class PreparationTiming {
    public static void main(String[] args) throws Exception {
        for (int round = 0; round < 3; round++) {
            long total = 0;
            for (String a : args) {
                BufferedImage image = ImageIO.read(new File(a));
                long start = System.nanoTime();
                PagePreparation.prepare(image, 300, 300, 80_000_000L);
                total += System.nanoTime() - start;
            }
            System.out.printf("round %d: %.0f ms per page%n", round, total / 1e6 / args.length);
            long g = 0, sp = 0, c = 0, d = 0, r = 0;
            for (String a : args) {
                BufferedImage image = ImageIO.read(new File(a));
                long t0 = System.nanoTime();
                BufferedImage grey = PagePreparation.grey(image, 1.0);
                long t1 = System.nanoTime();
                Despeckle.isSpeckled(grey);
                long t2 = System.nanoTime();
                PagePreparation.stretchContrast(grey);
                long t3 = System.nanoTime();
                Deskew.estimateDegrees(grey);
                long t4 = System.nanoTime();
                RuledLines.remove(grey, 300);
                long t5 = System.nanoTime();
                g += t1 - t0; sp += t2 - t1; c += t3 - t2; d += t4 - t3; r += t5 - t4;
            }
            int n = args.length;
            System.out.printf("  grey %.0f, speckle check %.0f, contrast %.0f, deskew %.0f, rules %.0f ms%n",
                    g / 1e6 / n, sp / 1e6 / n, c / 1e6 / n, d / 1e6 / n, r / 1e6 / n);
        }
    }
}
