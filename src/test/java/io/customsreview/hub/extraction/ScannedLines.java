package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.ExtractionMethod;

import java.util.ArrayList;
import java.util.List;

/** Documents as OCR delivers them, written out line by line for extraction tests. */
final class ScannedLines {

    private ScannedLines() {
    }

    /**
     * One OCR line per entry, all starting at the same left edge; each word "text@confidence" (confidence 0.95 when
     * not given), 30 px per character, lines 80 px apart.
     */
    static Document document(String... lines) {
        List<TextLine> text = new ArrayList<>();
        int y = 100;
        for (String line : lines) {
            text.add(new TextLine(1, List.of(segment(line, 100, y, 30, 40, 20))));
            y += 80;
        }
        return TextDocumentExtractor.extract("d1", "scan.png", "test", new DocumentText(text, ExtractionMethod.OCR, 1));
    }

    /**
     * Lines of segments placed where they stand: "x:words | x:words" (each segment's left edge in px; "word#x" moves
     * a word to x within its segment; a line "+..." is set close under the one before, as a header's second line),
     * words as in {@link #document} but 12 px per character, so that columns line up as on a scanned table.
     */
    static Document table(String... lines) {
        List<TextLine> text = new ArrayList<>();
        int y = 100;
        for (String line : lines) {
            if (line.startsWith("+")) { // "+x:words": a second line of the cell above, set close under it
                y -= 40;
                line = line.substring(1);
            }
            List<TextSegment> segments = new ArrayList<>();
            for (String segment : line.split(" \\| ")) {
                int colon = segment.indexOf(':');
                segments.add(segment(segment.substring(colon + 1), Integer.parseInt(segment.substring(0, colon)), y,
                        12, 30, 10));
            }
            text.add(new TextLine(1, segments));
            y += 80;
        }
        return TextDocumentExtractor.extract("d1", "scan.png", "test", new DocumentText(text, ExtractionMethod.OCR, 1));
    }

    /** words "text@confidence" from x on, {@code charWidth} px a character, {@code gap} px apart */
    private static TextSegment segment(String spec, int x, int y, int charWidth, int height, int gap) {
        List<Word> words = new ArrayList<>();
        for (String word : spec.split(" ")) {
            if (word.contains("#")) { // "YANTIAN,#880": the word starts at x = 880
                x = Integer.parseInt(word.substring(word.indexOf('#') + 1));
                word = word.substring(0, word.indexOf('#'));
            }
            String[] parts = word.split("@");
            double confidence = parts.length > 1 ? Double.parseDouble(parts[1]) : 0.95;
            int width = parts[0].length() * charWidth;
            words.add(new Word(parts[0], LineBuilder.box(x, y, x + width, y + height), confidence));
            x += width + gap;
        }
        return new TextSegment(words);
    }
}
