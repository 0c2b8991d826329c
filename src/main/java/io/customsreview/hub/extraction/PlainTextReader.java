package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.ExtractionMethod;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text (text files, e-mail bodies): each character is one column, so that columns aligned with spaces
 * become segments just as in a PDF.
 */
final class PlainTextReader {

    private static final int CHAR_WIDTH = 10;
    private static final int LINE_HEIGHT = 10;

    private PlainTextReader() {
    }

    static DocumentText read(String text) {
        List<TextLine> lines = new ArrayList<>();
        String[] rows = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int page = 1;
        int y = 0;
        for (String raw : rows) {
            String row = raw.replace("\t", "    ");
            if (row.indexOf('\f') >= 0) {
                page++;
                row = row.replace("\f", "");
            }
            List<Word> words = new ArrayList<>();
            int i = 0;
            while (i < row.length()) {
                if (Character.isWhitespace(row.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < row.length() && !Character.isWhitespace(row.charAt(i))) {
                    i++;
                }
                words.add(new Word(row.substring(start, i),
                        LineBuilder.box(start * CHAR_WIDTH, y, i * CHAR_WIDTH, y + LINE_HEIGHT), 1.0));
            }
            if (!words.isEmpty()) {
                lines.addAll(LineBuilder.build(page, words));
            }
            y += LINE_HEIGHT * 2;
        }
        return new DocumentText(lines, ExtractionMethod.TEXT, page);
    }
}
