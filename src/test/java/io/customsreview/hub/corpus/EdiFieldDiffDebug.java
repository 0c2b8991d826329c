package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.edi.EdifactDocumentReader;
import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.extraction.RecognisingDocumentReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code EdiFieldDiffDebug WORKDIR SEED COUNT [FAULT]}: writes each dossier as PDFs and as EDI, reads both with the
 * hub's reader and prints, per document type, the fields whose values differ (a developer's tool for the EDI
 * mapping; not a test).
 */
public final class EdiFieldDiffDebug {

    private EdiFieldDiffDebug() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        List<Fault> faults = args.length > 3 ? List.of(Fault.valueOf(args[3])) : List.of();
        RecognisingDocumentReader reader = new RecognisingDocumentReader(ExtractionSettings.defaults(), null,
                EdifactDocumentReader.standard());
        Map<String, Integer> tally = new TreeMap<>();
        for (int i = 1; i <= count; i++) {
            DossierDraft d = CorpusGenerator.draft(seed, i, faults);
            CorpusGenerator.GeneratedDossier pdf = CorpusGenerator.write(work.resolve("pdf"), d, false);
            CorpusGenerator.GeneratedDossier edi = CorpusGenerator.write(work.resolve("edi"), d, true);
            Map<DocumentType, Document> a = read(reader, pdf.dir());
            Map<DocumentType, Document> b = read(reader, edi.dir());
            for (DocumentType t : a.keySet()) {
                Document x = a.get(t);
                Document y = b.get(t);
                if (y == null) {
                    System.out.println(d.dossierId() + " " + t + ": missing in EDI");
                    continue;
                }
                if (y.unreadableReason() != null) {
                    System.out.println(d.dossierId() + " " + t + ": EDI unreadable " + y.unreadableReason());
                    continue;
                }
                for (Field f : Field.values()) {
                    List<String> va = x.all(f).stream().map(z -> norm(f.kind(), z.value())).toList();
                    List<String> vb = y.all(f).stream().map(z -> norm(f.kind(), z.value())).toList();
                    if (!va.equals(vb)) {
                        System.out.println(d.dossierId() + " " + t + " " + f + ": pdf=" + va + " edi=" + vb);
                        tally.merge(t + " " + f, 1, Integer::sum);
                    }
                }
                if (x.lines().size() != y.lines().size()) {
                    System.out.println(d.dossierId() + " " + t + " lines: pdf=" + x.lines().size() + " edi=" + y.lines().size());
                    tally.merge(t + " lines", 1, Integer::sum);
                } else {
                    for (int k = 0; k < x.lines().size(); k++) {
                        LineItem la = x.lines().get(k);
                        LineItem lb = y.lines().get(k);
                        for (LineField f : LineField.values()) {
                            String va = la.get(f).map(z -> norm(f.kind(), z.value())).orElse(null);
                            String vb = lb.get(f).map(z -> norm(f.kind(), z.value())).orElse(null);
                            if (!java.util.Objects.equals(va, vb)) {
                                System.out.println(d.dossierId() + " " + t + " line " + (k + 1) + " " + f + ": pdf=" + va
                                        + " edi=" + vb);
                                tally.merge(t + " line." + f, 1, Integer::sum);
                            }
                        }
                    }
                }
            }
        }
        System.out.println("differences by field: " + tally);
    }

    /** the forms the rules compare: formatting differences are no difference */
    static String norm(io.customsreview.hub.domain.ValueKind kind, String v) {
        try {
            return switch (kind) {
                case AMOUNT, QUANTITY, WEIGHT -> new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
                case TEXT, PARTY -> io.customsreview.hub.rules.Normalize.words(v);
                case PLACE -> io.customsreview.hub.rules.Normalize.portName(v);
                case REFERENCE, CONTAINER -> io.customsreview.hub.rules.Normalize.reference(v);
                case UNIT -> io.customsreview.hub.extraction.Units.unit(v).orElse(v);
                default -> v;
            };
        } catch (RuntimeException e) {
            return v;
        }
    }

    private static Map<DocumentType, Document> read(RecognisingDocumentReader reader, Path dir) throws Exception {
        Map<DocumentType, Document> out = new EnumMap<>(DocumentType.class);
        AtomicInteger n = new AtomicInteger();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = new ArrayList<>(s.sorted().toList());
        }
        for (Path p : files) {
            for (Document doc : reader.readAll(() -> "d" + n.incrementAndGet(), p.getFileName().toString(),
                    Files.readAllBytes(p), "debug")) {
                out.putIfAbsent(doc.type(), doc);
            }
        }
        return out;
    }
}
