package io.customsreview.hub.ocr;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.extraction.RecognisingDocumentReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code ScanFieldDiff CORPUS SCANS}: per scanned document, the fields its digital original yields that the scan
 * does not (missing) or yields differently (wrong), with totals per field — where the OCR path loses (developer tool).
 */
public final class ScanFieldDiff {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path scans = Path.of(args[1]);
        RecognisingDocumentReader digitalReader = new RecognisingDocumentReader(ExtractionSettings.defaults());
        Map<String, Integer> missing = new TreeMap<>();
        Map<String, Integer> wrong = new TreeMap<>();
        int documents = 0, fields = 0, lost = 0, misread = 0;
        List<Path> dossiers;
        try (Stream<Path> s = Files.list(scans)) {
            dossiers = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dossier : dossiers) {
            List<Path> files;
            try (Stream<Path> s = Files.list(dossier)) {
                files = s.sorted().toList();
            }
            for (Path scan : files) {
                String base = scan.getFileName().toString().replaceFirst("(-scan)?\\.(pdf|png|jpg)$", "");
                Path original = corpus.resolve(dossier.getFileName()).resolve(base + ".pdf");
                if (!Files.exists(original)) {
                    continue;
                }
                Document digital = digitalReader.read("d", base, Files.readAllBytes(original), "diff");
                Document scanned = OcrTestSupport.documentReader().read("d", scan.getFileName().toString(),
                        Files.readAllBytes(scan), "diff");
                documents++;
                StringBuilder line = new StringBuilder(String.format("%s/%s %s->%s conf %.2f lines %d/%d:",
                        dossier.getFileName(), scan.getFileName(), digital.type(), scanned.type(),
                        scanned.confidence(), scanned.lines().size(), digital.lines().size()));
                String lineField = System.getenv("LINE_CONFIDENCE_OF");
                if (lineField != null) {
                    // how sure the recogniser was of right and of wrong readings of one line column
                    var column = io.customsreview.hub.domain.LineField.valueOf(lineField);
                    for (var want : digital.lines()) {
                        for (var got : scanned.lines()) {
                            if (got.number() == want.number() && want.get(column).isPresent()
                                    && got.get(column).isPresent()) {
                                FieldValue v = got.get(column).get();
                                String w = want.get(column).get().value();
                                System.out.printf(java.util.Locale.ROOT, "LINECONF %s %.2f %s %s%n",
                                        v.value().equalsIgnoreCase(w) ? "right" : "wrong", v.source().confidence(),
                                        v.value(), w);
                            }
                        }
                    }
                }
                for (Map.Entry<Field, List<FieldValue>> e : digital.fields().entrySet()) {
                    if (e.getKey().name().equals(System.getenv("CONFIDENCE_OF"))) {
                        // how sure the recogniser was of right and of wrong readings of one field
                        List<FieldValue> readings = new java.util.ArrayList<>(
                                scanned.fields().getOrDefault(e.getKey(), List.of()));
                        readings.addAll(scanned.withheld().getOrDefault(e.getKey(), List.of()));
                        for (FieldValue v : readings) {
                            System.out.printf(java.util.Locale.ROOT, "CONFIDENCE %s %.2f %s %s%n",
                                    v.value().equalsIgnoreCase(e.getValue().get(0).value()) ? "right" : "wrong",
                                    v.source().confidence(), v.value(), e.getValue().get(0).value());
                        }
                    }
                    fields++;
                    List<FieldValue> read = scanned.fields().get(e.getKey());
                    String want = e.getValue().get(0).value();
                    if (read == null) {
                        lost++;
                        missing.merge(scanned.type() + "." + e.getKey(), 1, Integer::sum);
                        line.append(" -").append(e.getKey());
                    } else if (!read.get(0).value().equalsIgnoreCase(want)) {
                        misread++;
                        wrong.merge(scanned.type() + "." + e.getKey(), 1, Integer::sum);
                        line.append(" ~").append(e.getKey()).append("[").append(read.get(0).value()).append(" vs ")
                                .append(want).append("]");
                    }
                }
                System.out.println(line);
            }
        }
        System.out.printf("%d documents, %d fields: %d missing, %d different%n", documents, fields, lost, misread);
        System.out.println("missing: " + missing);
        System.out.println("different: " + wrong);
        System.exit(0);
    }
}
