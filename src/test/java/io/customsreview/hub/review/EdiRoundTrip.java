package io.customsreview.hub.review;

import io.customsreview.hub.corpus.CorpusGenerator;
import io.customsreview.hub.corpus.DossierDraft;
import io.customsreview.hub.corpus.Fault;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.rules.RuleSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The same generated shipment reviewed twice: every document as a PDF, and contract, invoice, packing list, bill of
 * lading and declaration as UN/EDIFACT (certificate of origin and insurance staying PDFs). What the contract makes
 * meaningful must agree: the verdict and, per finding, its rule and the fields it names on which types of document.
 * Evidence values, pages, boxes and document ids naturally differ.
 */
final class EdiRoundTrip {

    /** one dossier reviewed both ways */
    record Outcome(String dossierId, List<Fault> faults, ReviewReport pdf, ReviewReport edi) {

        Set<String> pdfFindings() {
            return findings(pdf);
        }

        Set<String> ediFindings() {
            return findings(edi);
        }

        boolean same() {
            return pdf.verdict() == edi.verdict() && pdfFindings().equals(ediFindings());
        }

        String describe() {
            Set<String> onlyPdf = new TreeSet<>(pdfFindings());
            onlyPdf.removeAll(ediFindings());
            Set<String> onlyEdi = new TreeSet<>(ediFindings());
            onlyEdi.removeAll(pdfFindings());
            return dossierId + " " + faults + ": PDF " + pdf.verdict() + " / EDI " + edi.verdict()
                    + (onlyPdf.isEmpty() ? "" : "; only with PDFs " + onlyPdf + messages(pdf, onlyPdf))
                    + (onlyEdi.isEmpty() ? "" : "; only with EDI " + onlyEdi + messages(edi, onlyEdi));
        }
    }

    private final ReviewEngine engine;
    private final Path work;

    EdiRoundTrip(Path work) {
        this(ReviewEngines.standard(RuleSettings.defaults(), ExtractionSettings.defaults()), work);
    }

    EdiRoundTrip(ReviewEngine engine, Path work) {
        this.engine = engine;
        this.work = work;
    }

    Outcome run(long seed, int index, List<Fault> faults) {
        DossierDraft draft = CorpusGenerator.draft(seed, index, faults);
        try {
            CorpusGenerator.GeneratedDossier pdf = CorpusGenerator.write(work.resolve("pdf"), draft, false);
            CorpusGenerator.GeneratedDossier edi = CorpusGenerator.write(work.resolve("edi"), draft, true);
            return new Outcome(draft.dossierId(), faults, review(pdf), review(edi));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReviewReport review(CorpusGenerator.GeneratedDossier dossier) {
        try (Stream<Path> files = Files.list(dossier.dir())) {
            return engine.review(dossier.dossierId(), files.sorted().toList(), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "RULE [TYPE.field, ...]" per finding: the rule and the fields it names, by document type */
    static Set<String> findings(ReviewReport report) {
        Map<String, String> types = report.documents().stream()
                .collect(Collectors.toMap(ReviewReport.DocumentSummary::id, ReviewReport.DocumentSummary::type));
        Function<Evidence, String> where = e -> types.getOrDefault(e.document(), "?") + "." + e.field();
        Set<String> out = new TreeSet<>();
        for (Finding f : report.findings()) {
            out.add(f.rule() + " " + new TreeSet<>(f.evidence().stream().map(where).toList()));
        }
        return out;
    }

    private static String messages(ReviewReport report, Set<String> keys) {
        List<String> m = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (keys.stream().anyMatch(k -> k.startsWith(f.rule() + " "))) {
                m.add(f.message());
            }
        }
        return " " + m;
    }

    /** {@code EdiRoundTrip WORKDIR SEED COUNT}: prints the dossiers whose two reviews differ (developer's tool) */
    public static void main(String[] args) {
        EdiRoundTrip trip = new EdiRoundTrip(Path.of(args[0]));
        long seed = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        int same = 0;
        for (int i = 1; i <= count; i++) {
            List<Fault> faults = i % 2 == 1 ? List.of() : List.of(Fault.values()[(i / 2 + (int) seed) % Fault.values().length]);
            Outcome o = trip.run(seed, i, faults);
            if (o.same()) {
                same++;
            } else {
                System.out.println(o.describe());
            }
        }
        System.out.println(same + "/" + count + " the same");
    }
}
