package io.customsreview.hub.review;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.extraction.DocumentReader;
import io.customsreview.hub.extraction.DoubtfulValues;
import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.rules.Normalize;
import io.customsreview.hub.rules.RuleSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Developer tool: a dossier directory's documents as the rules see them, after the dossier-level confirmations
 * (withheld readings taken where another document states them, totals and weights misread), each value with its
 * confidence and the assumption it was taken on, then the findings; {@code FIELD=X} shows one field ({@code FIELD=LINES} the goods lines alone).
 */
public final class DossierDebug {
    public static void main(String[] args) throws Exception {
        RuleSettings rules = RuleSettings.defaults();
        ExtractionSettings extraction = ExtractionSettings.defaults();
        ReviewEngine engine = ReviewEngines.standard(rules, extraction);
        DocumentReader reader = new io.customsreview.hub.extraction.RecognisingDocumentReader(extraction,
                io.customsreview.hub.ocr.OcrReaders.standard(io.customsreview.hub.ocr.OcrSettings.defaults(),
                        io.customsreview.hub.rules.HsNomenclature.load(rules.hsNomenclatureResource()),
                        extraction.maxPages()), io.customsreview.hub.edi.EdifactDocumentReader.standard());
        String only = System.getenv("FIELD");
        List<Document> documents = new ArrayList<>();
        int[] n = {0};
        Supplier<String> nextId = () -> "d" + (++n[0]);
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                documents.addAll(reader.readAll(nextId, p.getFileName().toString(), Files.readAllBytes(p), "cli"));
            }
        }
        Dossier dossier = DossierDates.reconcile(new Dossier("x",
                DoubtfulValues.confirmedAcrossDocuments(documents, Normalize::scannedReferencesReadAlike)));
        for (Document d : dossier.documents()) {
            System.out.println("== " + d.id() + " " + d.type() + " " + d.fileName());
            d.fields().forEach((k, vs) -> {
                if (only == null || k.name().equals(only)) {
                    vs.forEach(v -> System.out.printf("  %s = %s (%.2f) %s%n", k, v.value(),
                            v.source() == null ? -1 : v.source().confidence(),
                            v.source() == null || v.source().assumption() == null ? "" : "[" + v.source().assumption() + "]"));
                }
            });
            d.withheld().forEach((k, vs) -> {
                if (only == null || k.name().equals(only)) {
                    vs.forEach(v -> System.out.printf("  withheld %s = %s (%.2f) %s%n", k, v.value(),
                            v.source().confidence(), v.source().assumption() == null ? ""
                                    : "[" + v.source().assumption() + "]"));
                }
            });
            if (only == null || only.equals("LINES")) {
                d.lines().forEach(line -> System.out.println("  line " + line.number() + ": " + line.values().entrySet()
                        .stream().map(e -> e.getKey() + "=" + e.getValue().value() + String.format(" (%.2f)%s",
                                e.getValue().source() == null ? -1 : e.getValue().source().confidence(),
                                e.getValue().source() == null || e.getValue().source().assumption() == null ? ""
                                        : " [" + e.getValue().source().assumption() + "]"))
                        .collect(java.util.stream.Collectors.joining(", "))));
            }
        }
        engine.check(dossier).forEach(x -> System.out.println("FINDING " + x.rule() + ": " + x.message()));
        System.exit(0);
    }
}
