package io.customsreview.hub.ocr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * A developer's aid, off unless the system property {@code hub.ocr.developer-cache} names a folder: the words
 * Tesseract recognised on a page image, kept by the image's pixels, so that work on the extractors can re-run a
 * scanned corpus in seconds instead of minutes. Never set in production: it stores document text on disk.
 */
final class DeveloperWordCache {

    private static final String FOLDER = System.getProperty("hub.ocr.developer-cache");

    private DeveloperWordCache() {
    }

    static List<TesseractHandle.RecognisedWord> recognise(ByteBuffer pixels, int width, int height, String reading,
                                                          Supplier<List<TesseractHandle.RecognisedWord>> ocr) {
        if (FOLDER == null) {
            return ocr.get();
        }
        Path file = Path.of(FOLDER, key(pixels, width, height, reading) + ".tsv");
        try {
            if (Files.exists(file)) {
                List<TesseractHandle.RecognisedWord> words = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", 6);
                    words.add(new TesseractHandle.RecognisedWord(f[5], Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                            Integer.parseInt(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4])));
                }
                return words;
            }
            List<TesseractHandle.RecognisedWord> words = ocr.get();
            StringBuilder out = new StringBuilder();
            for (TesseractHandle.RecognisedWord w : words) {
                out.append(w.x1()).append('\t').append(w.y1()).append('\t').append(w.x2()).append('\t').append(w.y2())
                        .append('\t').append(w.confidence()).append('\t').append(w.text().replace('\n', ' ')).append('\n');
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
            return words;
        } catch (IOException e) {
            return ocr.get();
        }
    }

    private static String key(ByteBuffer pixels, int width, int height, String reading) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteBuffer copy = pixels.duplicate();
            copy.rewind();
            sha.update(copy);
            // words split at bars (BarSplitWords) since the cache's first form: the key says so
            sha.update((width + "x" + height + "@" + reading + TesseractHandle.SETTINGS + "bars-split3" + WordSureness.VERSION)
                    .getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
