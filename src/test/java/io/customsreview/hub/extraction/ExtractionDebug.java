package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the extractor reads from files: {@code ExtractionDebug FILE...} (a developer's tool). */
public final class ExtractionDebug {

    public static void main(String[] args) throws Exception {
        RecognisingDocumentReader reader = new RecognisingDocumentReader(ExtractionSettings.defaults());
        for (String arg : args) {
            Path p = Path.of(arg);
            byte[] bytes = Files.readAllBytes(p);
            if (System.getenv("SHOW_TEXT") != null && FileFormat.sniff(bytes) == FileFormat.PDF) {
                for (TextLine l : new PdfTextReader(50).read(bytes).lines()) {
                    StringBuilder sb = new StringBuilder();
                    for (TextSegment s : l.segments()) {
                        sb.append('[').append((int) s.x1()).append(':').append(s.text()).append("] ");
                    }
                    System.out.println(sb);
                }
            }
            if (System.getenv("SHOW_TABLES") != null && FileFormat.sniff(bytes) == FileFormat.PDF) {
                printTables(new PdfTextReader(50).read(bytes));
            }
            print(p, reader.read("d1", p.getFileName().toString(), bytes, "cli"));
        }
    }

    /** the goods tables found in a text: header line, columns, rows and total row */
    public static void printTables(DocumentText text) {
        for (LineTableExtractor.Table t : LineTableExtractor.extract(text, Numbers.DecimalStyle.of(text.plainText()))) {
            System.out.println("TABLE at line " + t.headerLine() + " columns " + t.columns());
            t.rows().forEach(r -> System.out.println("  ROW " + r.cells().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().text()).toList()));
            if (t.total() != null) {
                System.out.println("  TOTAL " + t.total().cells().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().text()).toList());
            }
        }
    }

    /** a document's type, fields (with the text each was read from and its confidence) and lines */
    public static void print(Path file, Document d) {
        System.out.println("== " + file + " -> " + d.type() + " conf=" + d.confidence()
                + (d.unreadableReason() != null ? " UNREADABLE: " + d.unreadableReason() : ""));
        d.fields().forEach((f, v) -> System.out.println("  " + f + " = " + v.stream().map(x -> x.value()).toList()
                + "   <- " + v.get(0).raw() + String.format(java.util.Locale.ROOT, " (%.2f)", v.get(0).source().confidence())));
        d.withheld().forEach((f, v) -> System.out.println("  withheld " + f + " = " + v.stream().map(x -> x.value()).toList()
                + "   <- " + v.get(0).raw() + String.format(java.util.Locale.ROOT, " (%.2f)", v.get(0).source().confidence())));
        d.lines().forEach(li -> {
            StringBuilder sb = new StringBuilder("  line " + li.number() + ":");
            li.values().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v.value())
                    .append(System.getenv("SHOW_RAW") != null ? " [" + v.raw() + String.format(java.util.Locale.ROOT,
                            " %.2f]", v.source().confidence()) : ""));
            System.out.println(sb);
        });
    }
}
