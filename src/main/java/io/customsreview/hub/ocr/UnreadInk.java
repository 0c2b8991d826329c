package io.customsreview.hub.ocr;

import io.customsreview.hub.extraction.Word;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Print that Tesseract's layout analysis passed over: on noisy scans it drops a whole word now and then ("September
 * 9, 2025" came back "September 9,", the year's ink plain on the page), and a field's value goes with it. Ink no
 * recognised word covers is grouped into letters and runs of letters of the page's text height; each run is read as
 * a single line, the way {@link SecondReading} reads a doubtful segment again, and its words join the page's.
 */
final class UnreadInk {

    /** darker than this is ink (the page's contrast is stretched: print is near black, paper near white) */
    private static final int INK = 170;
    /** a letter is at least this share of the page's typical word height (smaller: specks, dots, commas) */
    private static final double MIN_LETTER = 0.45;
    /** ... and at most this multiple (taller: a picture, a stamp, a rule's remains) */
    private static final double MAX_LETTER = 1.6;
    /** at most this many word heights wide: letters run together by blur, not a rule's remains */
    private static final double MAX_BLOB = 12;
    /** letters this close (in word heights) belong to one run */
    private static final double LETTER_GAP = 0.8;
    /** a run of fewer letters is no word worth reading ("a", a speck beside a dot) */
    private static final int MIN_LETTERS = 2;

    private UnreadInk() {
    }

    /** words read from runs of letters that none of {@code words} covers; boxes in the page's pixels */
    static List<Word> read(TesseractHandle tesseract, BufferedImage page, int dpi,
                           TesseractHandle.Threshold threshold, List<Word> words) {
        int height = typicalHeight(words);
        if (height < 8) {
            return List.of();
        }
        List<int[]> runs = runs(page, words, height);
        List<Word> found = new ArrayList<>();
        for (int[] run : runs) {
            int margin = Math.max(4, height / 3);
            int x1 = Math.max(0, run[0] - margin), y1 = Math.max(0, run[1] - margin);
            int x2 = Math.min(page.getWidth(), run[2] + margin), y2 = Math.min(page.getHeight(), run[3] + margin);
            found.addAll(surerReading(SecondReading.readLine(tesseract, page, dpi, threshold, x1, y1, x2, y2),
                    () -> SecondReading.readLine(tesseract, page, dpi, threshold, x1, y1, x2, y2, true)));
        }
        return found;
    }

    /**
     * The words without those boxed flatter than any letter: Tesseract now and then returns a word with a box a
     * couple of pixels high and a fraction of its letters' width ("idian" boxed 17 by 2 px inside "Meridian"); the ink
     * around that box was then read as other words ("Mer", "fan") and the buyer became "Mer idian fan Textiles". Such
     * a word's place is unknown: the ink it stands for is read again like any ink no word covers.
     */
    static List<Word> withoutFlatBoxes(List<Word> words) {
        int height = typicalHeight(words);
        if (height < 8) {
            return words;
        }
        return words.stream().filter(w -> !flat(w, height)).collect(Collectors.toCollection(ArrayList::new));
    }

    private static boolean flat(Word word, int height) {
        long letters = word.text().chars().filter(Character::isLetterOrDigit).count();
        return letters >= 2 && word.box().y2() - word.box().y1() < MIN_LETTER * height;
    }

    /** a run's reading whose every word is this sure is not read again as a raw line */
    private static final double SURE_RUN = 0.9;

    /**
     * The line reader's reading of a run, or where it is empty or doubtful the raw line reader's if that is surer:
     * the line reader may give up part of a run ("Meridi" at 0.61 where the raw line reader read "Meridian" at 0.92)
     */
    static List<Word> surerReading(List<Word> line, Supplier<List<Word>> rawLine) {
        if (leastSure(line) >= SURE_RUN) {
            return line;
        }
        List<Word> raw = rawLine.get();
        return !raw.isEmpty() && leastSure(raw) > leastSure(line) ? raw : line;
    }

    private static double leastSure(List<Word> read) {
        return read.stream().mapToDouble(Word::confidence).min().orElse(-1);
    }

    /** the median height of the page's words of three letters or more */
    static int typicalHeight(List<Word> words) {
        int[] heights = words.stream().filter(w -> w.text().length() >= 3)
                .mapToInt(w -> w.box().y2() - w.box().y1()).sorted().toArray();
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }

    /** runs of letter-sized ink outside every word's box: {x1, y1, x2, y2} */
    static List<int[]> runs(BufferedImage page, List<Word> words, int height) {
        int w = page.getWidth(), h = page.getHeight();
        byte[] p = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        boolean[] covered = new boolean[w * h];
        int pad = Math.max(2, height / 5);
        for (Word word : words) {
            var b = word.box();
            // a word's box may hold only part of its letters' height ("Sunrise" boxed 13 px high of 24): the rest of
            // its ink is no word unread
            // (a speck read as "=" or "." is boxed as small as it is, and covers no letter beside it)
            int grow = word.text().length() >= 3 ? Math.max(0, height - (b.y2() - b.y1())) / 2 + pad : pad;
            for (int y = Math.max(0, b.y1() - grow); y < Math.min(h, b.y2() + grow); y++) {
                Arrays.fill(covered, y * w + Math.max(0, b.x1() - pad), y * w + Math.min(w, b.x2() + pad), true);
            }
        }
        List<int[]> letters = letters(p, w, h, covered, height, (int) (TITLE_ZONE * h));
        letters.sort(Comparator.comparingInt(b -> b[0]));
        List<int[]> runs = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int[] letter : letters) {
            int joined = -1;
            for (int i = 0; i < runs.size(); i++) {
                int[] run = runs.get(i);
                int overlap = Math.min(run[3], letter[3]) - Math.max(run[1], letter[1]);
                if (overlap > 0.5 * Math.min(run[3] - run[1], letter[3] - letter[1])
                        && letter[0] - run[2] <= LETTER_GAP * height) {
                    joined = i;
                    break;
                }
            }
            if (joined < 0) {
                runs.add(letter.clone());
                counts.add(lettersIn(letter));
            } else {
                int[] run = runs.get(joined);
                run[0] = Math.min(run[0], letter[0]);
                run[1] = Math.min(run[1], letter[1]);
                run[2] = Math.max(run[2], letter[2]);
                run[3] = Math.max(run[3], letter[3]);
                counts.set(joined, counts.get(joined) + lettersIn(letter));
            }
        }
        List<int[]> result = new ArrayList<>();
        List<int[]> dropped = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            int[] run = runs.get(i);
            boolean title = aTitle(run, counts.get(i), height, page.getHeight());
            if (counts.get(i) < MIN_LETTERS || run[2] - run[0] < height || besideLinesReadAsOne(run, words, height)) {
                continue;
            }
            boolean letterSized = run[3] - run[1] <= MAX_LETTER * height;
            if (letterSized && onAReadLine(run, words) || title) {
                result.add(run);
            } else if (letterSized && aLineDroppedBetweenReadLines(run, words, height)) {
                dropped.add(run);
            }
        }
        // a dropped line holds several runs (a form's row of values: "China | Qingdao, China | Gdansk, Poland"); a
        // lone word between two read lines is mostly a table header's second line ("Shipping" over "Mark:"), which
        // read as a line of its own had ended the goods table before its rows
        for (int[] run : dropped) {
            if (dropped.stream().anyMatch(other -> other != run && onOneLine(run, other))) {
                result.add(run);
            }
        }
        return result;
    }

    /**
     * how many letters a blob of ink holds: one, or for a blob as wide as several ("Bosphorus" in one blob of 177 by
     * 35 px, its letters run together by blur) as many as a letter's width (three quarters of the blob's own height,
     * so that one large letter, a title's "G" the word's box left out, stays one) gives
     */
    static int lettersIn(int[] blob) {
        return Math.max(1, (int) ((blob[2] - blob[0]) / (0.75 * Math.max(1, blob[3] - blob[1]))));
    }

    /**
     * Whether words were read on the run's line: a word dropped among others ("September 9, [2025]") is a value
     * lost; a whole block passed over is mostly what the layout analysis rightly set aside (a signature block's
     * small print, a stamp) and would only offer the page's fields a second, poorer time.
     */
    private static boolean onAReadLine(int[] run, List<Word> words) {
        int middle = (run[1] + run[3]) / 2;
        return words.stream().anyMatch(w -> w.text().length() >= 2 && w.box().y1() <= middle && middle <= w.box().y2());
    }

    /** a text line's letters: capitals and descenders from this share of the word height ... */
    private static final double LINE_LETTER_LOW = 0.7;
    /** ... to this multiple */
    private static final double LINE_LETTER_HIGH = 1.5;
    /** read lines this close (in word heights) above and below frame a dropped line */
    private static final double FRAMING_GAP = 3;

    /**
     * Whether the run is a whole line of text the layout analysis dropped between two lines it read: a boxed form's
     * values under their labels ("Qingdao, China" under "POL", over "Voyage No.") came back missing on a degraded scan
     * while the labels above and below were read. Text-sized letters with read words right above and right below the
     * same stretch of the page are a line of the page's own text, not a stamp or a signature's small print.
     */
    private static boolean aLineDroppedBetweenReadLines(int[] run, List<Word> words, int height) {
        int tall = run[3] - run[1];
        if (tall < LINE_LETTER_LOW * height || tall > LINE_LETTER_HIGH * height) {
            return false;
        }
        boolean above = words.stream().anyMatch(w -> readBeside(w, run, height)
                && w.box().y2() <= run[1] + height / 4 && run[1] - w.box().y2() <= FRAMING_GAP * height);
        boolean below = words.stream().anyMatch(w -> readBeside(w, run, height)
                && w.box().y1() >= run[3] - height / 4 && w.box().y1() - run[3] <= FRAMING_GAP * height);
        return above && below;
    }

    private static boolean onOneLine(int[] a, int[] b) {
        return 2 * (Math.min(a[3], b[3]) - Math.max(a[1], b[1])) > Math.min(a[3] - a[1], b[3] - b[1]);
    }

    /** a word of two letters or more, one line high, over or under the run's stretch of the page */
    private static boolean readBeside(Word word, int[] run, int height) {
        return word.text().length() >= 2 && !tall(word, height) && word.box().x1() < run[2] && run[0] < word.box().x2();
    }

    /** a title is printed larger than the text, near the top of the page */
    private static final double TITLE_LETTER = 1.2;
    private static final double TITLE_ZONE = 0.25;
    private static final double MAX_TITLE_LETTER = 2.5;
    private static final int TITLE_LETTERS = 6;

    /**
     * Whether the run is a title the layout analysis passed over ("SALES CONTRACT" on a speckled scan): letters
     * larger than the text's, six or more, in the top quarter of the page. A document's title names its kind; lost,
     * a contract was taken for the invoice its body cites.
     */
    private static boolean aTitle(int[] run, int letters, int height, int pageHeight) {
        int tall = run[3] - run[1];
        return letters >= TITLE_LETTERS && tall >= TITLE_LETTER * height && tall <= MAX_TITLE_LETTER * height
                && run[3] <= TITLE_ZONE * pageHeight;
    }

    /**
     * Whether a word read beside the run spans two lines (a box taller than a letter: "738.08" boxed over the net
     * weight above it too): what it read of which line is unknown, and a label found beside it would be paired with
     * the other line's value ("Net Weight:" with the gross weight). Beside: no word of the run's line stands between
     * them — a table's row numbers read as one tall word ("WN" for 1, 2, 3) at the left edge are no neighbour of a
     * price at the right.
     */
    private static boolean besideLinesReadAsOne(int[] run, List<Word> words, int height) {
        return words.stream().anyMatch(w -> tall(w, height) && overTwoReadLines(w, words, height)
                && w.box().y1() < run[3] && run[1] < w.box().y2()
                && words.stream().noneMatch(between -> !tall(between, height) && onTheLine(between, run)
                && between.box().x1() >= Math.min(w.box().x2(), run[2])
                && between.box().x2() <= Math.max(w.box().x1(), run[0])));
    }

    /**
     * whether words of two lines (their middles a line's height apart) stand within the tall word's height: a word
     * boxed with a frame's rules above and below it ("Total" boxed 60 px high in a framed total, 30 px letters) spans
     * one line, and the value beside it in the frame is read
     */
    private static boolean overTwoReadLines(Word tall, List<Word> words, int height) {
        int[] middles = words.stream().filter(w -> w != tall && !tall(w, height))
                .mapToInt(w -> (w.box().y1() + w.box().y2()) / 2)
                .filter(m -> tall.box().y1() <= m && m <= tall.box().y2()).toArray();
        return middles.length > 0 && java.util.Arrays.stream(middles).max().getAsInt()
                - java.util.Arrays.stream(middles).min().getAsInt() >= LINE_LETTER_LOW * height;
    }

    private static boolean tall(Word word, int height) {
        return word.box().y2() - word.box().y1() > MAX_LETTER * height;
    }

    private static boolean onTheLine(Word word, int[] run) {
        int middle = (word.box().y1() + word.box().y2()) / 2;
        return run[1] <= middle && middle <= run[3];
    }

    /** connected ink (8-neighbours) outside the covered pixels whose height is a letter's: {x1, y1, x2, y2} */
    private static List<int[]> letters(byte[] p, int w, int h, boolean[] covered, int height, int titleZone) {
        // covered pixels count as seen: one array for both, so a large page costs one byte a pixel here
        boolean[] seen = covered;
        int limit = w * h / 4 + 16;
        int[] stack = new int[Math.min(limit, 1 << 14)];
        List<int[]> letters = new ArrayList<>();
        for (int start = 0; start < p.length; start++) {
            if (seen[start] || (p[start] & 0xFF) >= INK) {
                continue;
            }
            int x1 = w, y1 = h, x2 = 0, y2 = 0, size = 0, top = 0;
            stack[top++] = start;
            seen[start] = true;
            boolean tooLarge = false;
            while (top > 0) {
                int at = stack[--top];
                int x = at % w, y = at / w;
                x1 = Math.min(x1, x);
                x2 = Math.max(x2, x);
                y1 = Math.min(y1, y);
                y2 = Math.max(y2, y);
                size++;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx, ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                            continue;
                        }
                        int n = ny * w + nx;
                        if (!seen[n] && (p[n] & 0xFF) < INK) {
                            seen[n] = true;
                            if (top == stack.length && stack.length < limit) {
                                stack = Arrays.copyOf(stack, Math.min(limit, stack.length * 2));
                            }
                            if (top < stack.length) {
                                stack[top++] = n;
                            } else {
                                tooLarge = true;
                            }
                        }
                    }
                }
            }
            int lh = y2 - y1 + 1, lw = x2 - x1 + 1;
            // blurred print runs letters together: a blob may be several letters wide ("80.00")
            // near the top a title's letters may stand taller than a text's
            double tallest = y2 < titleZone ? MAX_TITLE_LETTER : MAX_LETTER;
            if (!tooLarge && lh >= MIN_LETTER * height && lh <= tallest * height && lw <= MAX_BLOB * height
                    && size >= 0.1 * lh * lw) {
                letters.add(new int[]{x1, y1, x2 + 1, y2 + 1});
            }
        }
        return letters;
    }
}
