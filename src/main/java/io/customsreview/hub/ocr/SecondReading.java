package io.customsreview.hub.ocr;

import io.customsreview.hub.extraction.LineBuilder;
import io.customsreview.hub.extraction.TextLine;
import io.customsreview.hub.extraction.TextSegment;
import io.customsreview.hub.extraction.Word;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Doubtful segments read a second time: the segment's crop, enlarged, as a single line. Tesseract's reading of the
 * same letters changes with their size and surroundings, and a word it doubted on the page is often read surely
 * alone (a label "Consignee" read "Conignee" at 0.32 on the page, right at 0.9 alone). Measured on the scanned
 * development corpora (`ocr.ScanFieldDiff`), choices kept where they lost fewer fields and gave fewer false findings:
 * <ul>
 *     <li>a different reading replaces the first only for words without digits: enlarged alone, digits lose their
 *     separators ("64 155,00" → "6415500") and are read surely wrong;</li>
 *     <li>a reading the second confirms becomes as sure as the mean of the two, not the surer: both readings see the
 *     same pixels, and confirm the same misreading ("2.520PCS" at 0.02 and 0.67) often enough;</li>
 *     <li>scraps of one or two characters are never confirmed ("1" of "1 @50");</li>
 *     <li>on a blurred page, digits read below 0.9 are read again too, and where the two readings have as many
 *     digits but not the same ones ("606" on the page, "600" alone: a worn zero), the word is withheld like any
 *     doubtful number — the second reading is not taken either, since enlarged alone digits are misread as well.</li>
 * </ul>
 */
final class SecondReading {

    /** segments with a word less sure than this are read again */
    static final double DOUBTFUL = 0.75;
    /** the crop is enlarged by this; 2.0 lost as many fields and costs more */
    private static final double ENLARGE = 1.5;
    /** a different reading replaces the first only when at least this sure (and surer than the first) */
    private static final double MIN_REPLACING = 0.5;
    private static final int SHORTEST_CONFIRMED = 3;
    /** a second reading this sure confirms a reading the page doubted however much it was doubted there */
    private static final double SURELY_CONFIRMED = 0.95;
    /** words with digits less sure than this are read again, and their digits compared */
    static final double SURE_DIGITS = 0.9;
    /**
     * a word whose digits the two readings read differently is no surer than this: below the floor for numbers,
     * so it is withheld unless the document's arithmetic vouches for it
     */
    static final double DISAGREED = 0.5;

    private SecondReading() {
    }

    /**
     * the page's words with its doubtful segments read again; boxes and the page in the same pixels;
     * {@code voteOnDigits}: digits below {@link #SURE_DIGITS} are read again too (on blurred pages: on crisp print the
     * recogniser's sureness of digits held, and the extra readings cost some 6 % of the OCR path's speed)
     */
    static List<Word> improve(TesseractHandle tesseract, BufferedImage page, int dpi,
                              TesseractHandle.Threshold threshold, List<Word> words, boolean voteOnDigits) {
        List<Word> result = new ArrayList<>(words.size());
        for (TextLine line : LineBuilder.buildFromInk(0, words)) {
            for (TextSegment segment : line.segments()) {
                if (segment.confidence() >= DOUBTFUL
                        && !(voteOnDigits && segment.words().stream().anyMatch(SecondReading::digitsToVote))) {
                    result.addAll(segment.words());
                } else {
                    result.addAll(merged(segment.words(), readAgain(tesseract, page, dpi, threshold, segment),
                            voteOnDigits));
                }
            }
        }
        return result;
    }

    private static List<Word> readAgain(TesseractHandle tesseract, BufferedImage page, int dpi,
                                        TesseractHandle.Threshold threshold, TextSegment segment) {
        var box = segment.box();
        int margin = (int) Math.max(4, 0.35 * (box.y2() - box.y1()));
        int x1 = Math.max(0, box.x1() - margin), y1 = Math.max(0, box.y1() - margin);
        int x2 = Math.min(page.getWidth(), box.x2() + margin), y2 = Math.min(page.getHeight(), box.y2() + margin);
        if (x2 - x1 < 4 || y2 - y1 < 4) {
            return List.of();
        }
        return readLine(tesseract, page, dpi, threshold, x1, y1, x2, y2);
    }

    /**
     * The words of the page's crop from (x1, y1) to (x2, y2), enlarged 1.5× and read as a single line; boxes in the
     * page's pixels
     */
    static List<Word> readLine(TesseractHandle tesseract, BufferedImage page, int dpi,
                               TesseractHandle.Threshold threshold, int x1, int y1, int x2, int y2) {
        return readLine(tesseract, page, dpi, threshold, x1, y1, x2, y2, false);
    }

    /** the same, read as a raw line where {@code raw} ({@link TesseractHandle#recogniseRawLine}) */
    static List<Word> readLine(TesseractHandle tesseract, BufferedImage page, int dpi,
                               TesseractHandle.Threshold threshold, int x1, int y1, int x2, int y2, boolean raw) {
        BufferedImage crop = PagePreparation.grey(page.getSubimage(x1, y1, x2 - x1, y2 - y1), ENLARGE);
        List<Word> words = new ArrayList<>();
        int cropDpi = dpi > 0 ? (int) Math.round(dpi * ENLARGE) : 0;
        for (TesseractHandle.RecognisedWord w : raw ? tesseract.recogniseRawLine(crop, cropDpi, threshold)
                : tesseract.recogniseLine(crop, cropDpi, threshold)) {
            words.add(new Word(w.text(), LineBuilder.box(x1 + w.x1() / ENLARGE, y1 + w.y1() / ENLARGE,
                    x1 + w.x2() / ENLARGE, y1 + w.y2() / ENLARGE), w.confidence()));
        }
        return words;
    }

    /**
     * The first reading's words with the second reading's over them: words of the two readings that overlap form a
     * group (one word may be read as two, two as one), and each group with a doubtful word is confirmed, replaced
     * or kept as a whole.
     */
    static List<Word> merged(List<Word> first, List<Word> second, boolean voteOnDigits) {
        int n = first.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        int[] groupOfSecond = new int[second.size()];
        for (int j = 0; j < second.size(); j++) {
            groupOfSecond[j] = -1;
            for (int i = 0; i < n; i++) {
                if (overlap(first.get(i), second.get(j))) {
                    if (groupOfSecond[j] < 0) {
                        groupOfSecond[j] = root(group, i);
                    } else {
                        group[root(group, i)] = root(group, groupOfSecond[j]);
                    }
                }
            }
        }
        List<Word> result = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (done[i]) {
                continue;
            }
            int g = root(group, i);
            List<Word> firstWords = new ArrayList<>();
            for (int k = i; k < n; k++) {
                if (root(group, k) == g) {
                    firstWords.add(first.get(k));
                    done[k] = true;
                }
            }
            List<Word> secondWords = new ArrayList<>();
            for (int j = 0; j < second.size(); j++) {
                if (groupOfSecond[j] >= 0 && root(group, groupOfSecond[j]) == g) {
                    secondWords.add(second.get(j));
                }
            }
            result.addAll(chosen(firstWords, secondWords, voteOnDigits));
        }
        return result;
    }

    private static List<Word> chosen(List<Word> first, List<Word> second, boolean voteOnDigits) {
        double firstSure = leastSure(first);
        if (voteOnDigits && !second.isEmpty() && first.stream().anyMatch(SecondReading::digitsToVote)
                && digitsDisagree(text(first), text(second))) {
            // the same digits read two ways: neither reading can be taken ("606" on the page, "600" alone)
            return first.stream().map(w -> new Word(w.text(), w.box(), Math.min(w.confidence(), DISAGREED))).toList();
        }
        if (second.isEmpty() || firstSure >= DOUBTFUL) {
            return first;
        }
        double secondSure = leastSure(second);
        String firstText = text(first);
        if (first.size() == 1 && numberApartFromLetters(second)
                && withoutBorderMarks(firstText).equals(withoutBorderMarks(text(second)))) {
            // "126SETS|" at 0.47 on the page, "126" at 0.95 and "SETS" at 0.50 alone: the space the page lost between
            // a count and its unit (a rule's remains after it); each part as sure as the mean of the glued word and
            // its own reading
            return second.stream().map(w -> new Word(w.text(), w.box(), (firstSure + w.confidence()) / 2)).toList();
        }
        if (firstText.equals(text(second))) {
            if (firstText.length() < SHORTEST_CONFIRMED) {
                return first;
            }
            return confirmed(first, firstSure, secondSure);
        }
        boolean digits = (firstText + text(second)).chars().anyMatch(Character::isDigit);
        if (!digits && firstText.length() >= SHORTEST_CONFIRMED && text(second).contains(firstText)) {
            // "Vehicle" read again "IVehicle": the crop's edge took a rule's remains; the word itself is confirmed
            return confirmed(first, firstSure, secondSure);
        }
        return !digits && secondSure > firstSure && secondSure >= MIN_REPLACING ? second : first;
    }

    private static String withoutBorderMarks(String text) {
        return text.replaceAll("^[|\\[\\]{}_]+|[|\\[\\]{}_]+$", "");
    }

    /** words that part a number from letters only ("126", "SETS"): no other space is taken from a second reading */
    private static boolean numberApartFromLetters(List<Word> second) {
        for (int i = 0; i + 1 < second.size(); i++) {
            String before = second.get(i).text();
            String after = second.get(i + 1).text();
            boolean digitThenLetter = Character.isDigit(before.charAt(before.length() - 1))
                    && Character.isLetter(after.charAt(0));
            boolean letterThenDigit = Character.isLetter(before.charAt(before.length() - 1))
                    && Character.isDigit(after.charAt(0));
            if (!digitThenLetter && !letterThenDigit) {
                return false;
            }
        }
        return second.size() > 1;
    }

    /** a word with digits the recogniser was not quite sure of: a second reading votes on its digits */
    private static boolean digitsToVote(Word word) {
        return word.confidence() < SURE_DIGITS && word.text().chars().anyMatch(Character::isDigit);
    }

    /**
     * the two readings have as many digits and some differ; separators are not compared (enlarged alone, digits
     * lose them), nor readings of another length (the crop's edge cut or added a digit)
     */
    static boolean digitsDisagree(String first, String second) {
        String a = first.replaceAll("\\D", ""), b = second.replaceAll("\\D", "");
        return !a.isEmpty() && a.length() == b.length() && !a.equals(b);
    }

    /**
     * the first reading's words, as sure as the mean of both readings where they were less sure; confirmed surely
     * alone ({@link #SURELY_CONFIRMED}), at least as sure as {@link #DOUBTFUL}: taken, but still doubtful to the rules
     * ("67.61 KGS" at 0.00 in a B/L's weight column, alone at 0.96: a planted weight had been withheld)
     */
    private static List<Word> confirmed(List<Word> first, double firstSure, double secondSure) {
        double mean = (firstSure + secondSure) / 2;
        double confirmed = secondSure >= SURELY_CONFIRMED ? Math.max(mean, DOUBTFUL) : mean;
        return first.stream().map(w -> new Word(w.text(), w.box(), Math.max(w.confidence(), confirmed))).toList();
    }

    private static double leastSure(List<Word> words) {
        return words.stream().mapToDouble(Word::confidence).min().orElse(0);
    }

    /** the group's letters without the spaces between words: "69C5504A 7223/77267" is "69C5504A7223/77267" */
    private static String text(List<Word> words) {
        StringBuilder text = new StringBuilder();
        words.forEach(w -> text.append(w.text()));
        return text.toString();
    }

    /** most of the narrower word's width lies over the other */
    private static boolean overlap(Word first, Word again) {
        int overlap = Math.min(first.box().x2(), again.box().x2()) - Math.max(first.box().x1(), again.box().x1());
        int narrower = Math.min(first.box().x2() - first.box().x1(), again.box().x2() - again.box().x1());
        return overlap > 0 && overlap * 2 >= narrower;
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }
}
