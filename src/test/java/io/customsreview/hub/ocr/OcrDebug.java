package io.customsreview.hub.ocr;

import io.customsreview.hub.extraction.TextLine;
import io.customsreview.hub.extraction.TextSegment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints what the OCR path reads from image files: {@code OcrDebug FILE...}; SHOW_TEXT=1 also prints the OCR lines
 * with segment x positions and confidences (a developer's tool).
 */
public final class OcrDebug {

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            Path p = Path.of(arg);
            byte[] bytes = Files.readAllBytes(p);
            if (System.getenv("SHOW_TEXT") != null) {
                java.util.List<TextLine> lines;
                if (arg.endsWith(".pdf")) {
                    int pages;
                    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
                        pages = pdf.getNumberOfPages();
                    }
                    java.util.SortedSet<Integer> all = new java.util.TreeSet<>();
                    for (int i = 1; i <= pages; i++) {
                        all.add(i);
                    }
                    lines = OcrTestSupport.scanReader().readPdfPages(bytes, all);
                } else {
                    lines = OcrTestSupport.scanReader().readImage(bytes).lines();
                }
                if (System.getenv("SHOW_TABLES") != null) {
                    io.customsreview.hub.extraction.ExtractionDebug.printTables(
                            new io.customsreview.hub.extraction.DocumentText(lines,
                                    io.customsreview.hub.domain.ExtractionMethod.OCR, 1));
                }
                for (TextLine l : lines) {
                    StringBuilder sb = new StringBuilder();
                    for (TextSegment s : l.segments()) {
                        sb.append(String.format(Locale.ROOT, "[%d:%s|%.2f] ", (int) s.x1(), s.text(), s.confidence()));
                        if (System.getenv("SHOW_WORDS") != null) {
                            s.words().forEach(w -> sb.append(String.format(Locale.ROOT, "<%s %d-%d y%d h%d c%.2f> ", w.text(),
                                    w.box().x1(), w.box().x2(), w.box().y1(), w.box().y2() - w.box().y1(), w.confidence())));
                        }
                    }
                    System.out.println(sb);
                }
            }
            io.customsreview.hub.extraction.ExtractionDebug.print(p,
                    OcrTestSupport.documentReader().read("d1", p.getFileName().toString(), bytes, "cli"));
        }
        System.exit(0);
    }
}
