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
            List<Word> words = new ArrayList<>();
            int x = 100;
            for (String spec : line.split(" ")) {
                String[] parts = spec.split("@");
                double confidence = parts.length > 1 ? Double.parseDouble(parts[1]) : 0.95;
                int width = parts[0].length() * 30;
                words.add(new Word(parts[0], LineBuilder.box(x, y, x + width, y + 40), confidence));
                x += width + 20;
            }
            text.add(new TextLine(1, List.of(new TextSegment(words))));
            y += 80;
        }
        return TextDocumentExtractor.extract("d1", "scan.png", "test", new DocumentText(text, ExtractionMethod.OCR, 1));
    }
}
