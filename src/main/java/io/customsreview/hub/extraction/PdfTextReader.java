package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.ExtractionMethod;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the text layer of a digital PDF with positions (PDFBox), as words in 300-DPI page pixels. */
final class PdfTextReader {

    /** PDF points to pixels of a page rendered at 300 DPI, the resolution OCR works at */
    static final double POINTS_TO_PIXELS = 300.0 / 72.0;

    private final int maxPages;

    PdfTextReader(int maxPages) {
        this.maxPages = maxPages;
    }

    DocumentText read(byte[] pdf) throws UnreadableDocumentException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocumentException("the PDF is encrypted and does not allow its text to be read");
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableDocumentException("the PDF has no pages");
            }
            PositionCollector collector = new PositionCollector();
            collector.setSortByPosition(true);
            collector.setEndPage(Math.min(pages, maxPages));
            collector.getText(document);
            List<TextLine> lines = new ArrayList<>();
            for (int page = 1; page <= Math.min(pages, maxPages); page++) {
                lines.addAll(LineBuilder.build(page, collector.words(page)));
            }
            return new DocumentText(lines, ExtractionMethod.PDF_TEXT, pages);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("the PDF is password-protected");
        } catch (IOException e) {
            throw new UnreadableDocumentException("not a readable PDF: " + e.getMessage());
        }
    }

    /** Collects glyph positions and joins them into words, page by page. */
    private static final class PositionCollector extends PDFTextStripper {

        private final Map<Integer, List<TextPosition>> glyphs = new HashMap<>();

        PositionCollector() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            glyphs.computeIfAbsent(getCurrentPageNo(), p -> new ArrayList<>()).add(text);
        }

        List<Word> words(int page) {
            List<TextPosition> positions = new ArrayList<>(glyphs.getOrDefault(page, List.of()));
            positions.sort((a, b) -> {
                int byLine = Float.compare(Math.round(a.getYDirAdj()), Math.round(b.getYDirAdj()));
                return byLine != 0 ? byLine : Float.compare(a.getXDirAdj(), b.getXDirAdj());
            });
            List<Word> words = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            TextPosition previous = null;
            for (TextPosition p : positions) {
                String unicode = p.getUnicode();
                boolean space = unicode == null || unicode.isBlank();
                boolean newLine = previous != null && Math.abs(p.getYDirAdj() - previous.getYDirAdj())
                        > 0.5 * Math.max(p.getHeightDir(), 1);
                boolean gap = previous != null && p.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj())
                        > 0.3 * Math.max(p.getFontSizeInPt(), p.getHeightDir());
                if ((space || newLine || gap) && !text.isEmpty()) {
                    words.add(word(text, x1, y1, x2, y2));
                    text.setLength(0);
                }
                previous = p;
                if (space) {
                    continue;
                }
                double top = p.getYDirAdj() - Math.max(p.getHeightDir(), 0.7 * p.getFontSizeInPt());
                if (text.isEmpty()) {
                    x1 = p.getXDirAdj();
                    y1 = top;
                    y2 = p.getYDirAdj();
                }
                text.append(unicode);
                x2 = p.getXDirAdj() + p.getWidthDirAdj();
                y1 = Math.min(y1, top);
                y2 = Math.max(y2, p.getYDirAdj());
            }
            if (!text.isEmpty()) {
                words.add(word(text, x1, y1, x2, y2));
            }
            return words;
        }

        private static Word word(CharSequence text, double x1, double y1, double x2, double y2) {
            return new Word(text.toString(), LineBuilder.box(x1 * POINTS_TO_PIXELS, y1 * POINTS_TO_PIXELS,
                    x2 * POINTS_TO_PIXELS, y2 * POINTS_TO_PIXELS), 0.99);
        }
    }
}
