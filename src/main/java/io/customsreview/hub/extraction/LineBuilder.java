package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Box;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups positioned words of one page into lines and segments. Shared by the PDF text layer and OCR output, so that
 * both feed the same extractors.
 */
public final class LineBuilder {

    /** a gap wider than this many line heights separates segments (columns, label and value set apart) */
    private static final double SEGMENT_GAP_IN_HEIGHTS = 1.1;
    /** measured on scanned corpora: 1.1 left label and value apart on monospaced print, 1.35-1.6 did best */
    private static final double INK_SEGMENT_GAP_IN_HEIGHTS = 1.6;

    private LineBuilder() {
    }

    public static List<TextLine> build(int page, List<Word> words) {
        return build(page, words, SEGMENT_GAP_IN_HEIGHTS);
    }

    /**
     * Lines of words whose boxes are the ink a recogniser saw rather than a font's glyph boxes: ink boxes are lower
     * (no ascender/descender room) and leave wider gaps between words (no side bearings), so the gap that separates
     * segments is measured in more of their heights.
     */
    public static List<TextLine> buildFromInk(int page, List<Word> words) {
        return build(page, words, INK_SEGMENT_GAP_IN_HEIGHTS);
    }

    private static List<TextLine> build(int page, List<Word> words, double gapInHeights) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.removeIf(w -> w.text().isBlank());
        sorted.sort(Comparator.comparingInt((Word w) -> centerY(w)).thenComparingInt(w -> w.box().x1()));
        List<List<Word>> rows = new ArrayList<>();
        for (Word word : sorted) {
            List<Word> row = findRow(rows, word);
            if (row == null) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(word);
        }
        rows.sort(Comparator.comparingDouble(LineBuilder::rowCenter));
        flattenedWordsMoved(rows);
        List<TextLine> lines = new ArrayList<>();
        for (List<Word> row : rows) {
            row.sort(Comparator.comparingInt(w -> w.box().x1()));
            if (gapInHeights == INK_SEGMENT_GAP_IN_HEIGHTS) {
                containedWordsFirst(row);
            }
            lines.add(new TextLine(page, segments(row, gapInHeights)));
        }
        return lines;
    }

    /**
     * A word boxed inside the word before it on a scan, in the first quarter of that word's box and at least half its
     * height, stands before it: Tesseract boxed "Value:" over the whole of "Total Value:", "Total" at its start (read
     * "Value: Total", a declaration's total had been lost). Further in, the inner word is one the outer box ran over
     * ("Destination:" boxed over "Le Havre" after it).
     */
    private static void containedWordsFirst(List<Word> row) {
        for (int i = 0; i + 1 < row.size(); i++) {
            Box outer = row.get(i).box();
            Box inner = row.get(i + 1).box();
            if (inner.x1() >= outer.x1() && inner.x2() <= outer.x2()
                    && 4 * (inner.x1() - outer.x1()) < outer.x2() - outer.x1()
                    && 2 * (inner.y2() - inner.y1()) >= outer.y2() - outer.y1()) {
                java.util.Collections.swap(row, i, i + 1);
                i++;
            }
        }
    }

    /**
     * The row a word belongs to: among the recent rows, the one its box overlaps most vertically, by at least half
     * the lower of the two heights. Overlap rather than distance between centres: a dash or a comma is a few pixels
     * high in ink boxes, and a word with a descender hangs lower, yet both stand on the line of their neighbours.
     */
    private static List<Word> findRow(List<List<Word>> rows, Word word) {
        // search recent rows only: words arrive sorted by their vertical centre
        List<Word> best = null;
        double bestShare = 0;
        int wordTop = word.box().y1();
        int wordBottom = word.box().y2();
        double wordHeight = Math.max(1, wordBottom - wordTop);
        for (int i = rows.size() - 1; i >= Math.max(0, rows.size() - 3); i--) {
            List<Word> row = rows.get(i);
            double rowTop = median(row, true);
            double rowBottom = median(row, false);
            double overlap = Math.min(wordBottom, rowBottom) - Math.max(wordTop, rowTop);
            double share = overlap / Math.max(1, Math.min(wordHeight, rowBottom - rowTop));
            if (share >= 0.5 && share > bestShare) {
                best = row;
                bestShare = share;
            }
        }
        return best;
    }

    /**
     * A word whose box the recogniser flattened to a sliver (a third of its row's height or less) over a neighbour of
     * its row ("Distribution", 3 px high, over "Consignee:"): printed words do not overlap, so it stands where the
     * next or previous row leaves a gap for it ("Delta ... Sociedad Limitada"), and goes there.
     */
    private static void flattenedWordsMoved(List<List<Word>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<Word> row = rows.get(r);
            double height = rowHeight(row);
            for (Word word : List.copyOf(row)) {
                if (row.size() < 2 || word.box().y2() - word.box().y1() > height / 3
                        || row.stream().noneMatch(w -> w != word && overlapX(w, word) > 0)) {
                    continue;
                }
                String end = word.text().toLowerCase(java.util.Locale.ROOT);
                if (row.stream().anyMatch(w -> w != word && within(word, w) && w.text().length() > end.length()
                        && w.text().toLowerCase(java.util.Locale.ROOT).endsWith(end))) {
                    row.remove(word); // "ise", 2 px wide inside "Sunrise": the word's own letters read a second time
                    continue;
                }
                for (int next : new int[]{r + 1, r - 1}) {
                    if (next >= 0 && next < rows.size() && rows.get(next).stream().noneMatch(w -> overlapX(w, word) > 0)
                            && rows.get(next).stream().anyMatch(w -> w.box().x2() < word.box().x1())
                            && rows.get(next).stream().anyMatch(w -> w.box().x1() > word.box().x2())) {
                        row.remove(word);
                        rows.get(next).add(word);
                        break;
                    }
                }
            }
        }
    }

    /** whether {@code inner}'s box lies across no more than {@code outer}'s width */
    private static boolean within(Word inner, Word outer) {
        return inner.box().x1() >= outer.box().x1() && inner.box().x2() <= outer.box().x2();
    }

    private static int overlapX(Word a, Word b) {
        return Math.min(a.box().x2(), b.box().x2()) - Math.max(a.box().x1(), b.box().x1());
    }

    private static double median(List<Word> row, boolean top) {
        double[] values = row.stream().mapToDouble(w -> top ? w.box().y1() : w.box().y2()).sorted().toArray();
        return values[values.length / 2];
    }

    private static List<TextSegment> segments(List<Word> row, double gapInHeights) {
        double height = rowHeight(row);
        List<TextSegment> segments = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        Word previous = null;
        for (Word word : row) {
            if (previous != null && word.box().x1() - previous.box().x2() > gapInHeights * height) {
                segments.add(new TextSegment(current));
                current = new ArrayList<>();
            }
            current.add(word);
            previous = word;
        }
        if (!current.isEmpty()) {
            segments.add(new TextSegment(current));
        }
        return segments;
    }

    private static int centerY(Word w) {
        return (w.box().y1() + w.box().y2()) / 2;
    }

    private static double rowCenter(List<Word> row) {
        return row.stream().mapToInt(LineBuilder::centerY).average().orElse(0);
    }

    private static double rowHeight(List<Word> row) {
        double[] heights = row.stream().mapToDouble(w -> w.box().y2() - w.box().y1()).sorted().toArray();
        return heights.length == 0 ? 10 : Math.max(4, heights[heights.length / 2]);
    }

    public static Box box(double x1, double y1, double x2, double y2) {
        return new Box((int) Math.round(x1), (int) Math.round(y1), (int) Math.round(x2), (int) Math.round(y2));
    }
}
