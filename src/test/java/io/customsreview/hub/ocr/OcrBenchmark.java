package io.customsreview.hub.ocr;

import io.customsreview.hub.corpus.CorpusGenerator;
import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.review.ReviewEngine;
import io.customsreview.hub.review.ReviewEngines;
import io.customsreview.hub.rules.HsNomenclature;
import io.customsreview.hub.rules.RuleSettings;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * OCR throughput, side by side in one run on the same page images: the hub's OCR path (decode, prepare, Tesseract
 * through tess4j, lines, corrections) against the {@code tesseract} command line, both on 2 cores (2 workers,
 * OMP_THREAD_LIMIT=1); then the review time of a 7-document scanned dossier. Not a test: run
 * {@code scripts/ocr-benchmark.sh} (needs OMP_THREAD_LIMIT=1 in the environment, which the script sets).
 */
public final class OcrBenchmark {

    private static final int WORKERS = 2;
    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        if (!"1".equals(System.getenv("OMP_THREAD_LIMIT"))) {
            System.err.println("set OMP_THREAD_LIMIT=1 (scripts/ocr-benchmark.sh does)");
            System.exit(2);
        }
        Path dir = Files.createTempDirectory("ocr-benchmark");
        CorpusGenerator.GeneratedDossier dossier = sevenDocumentDossier(dir.resolve("corpus"));
        Path pagesDir = Files.createDirectories(dir.resolve("pages"));
        Path scansDir = Files.createDirectories(dir.resolve("scans"));
        List<Path> pages = new ArrayList<>();
        List<Path> scans = new ArrayList<>();
        Random random = new Random(7);
        try (Stream<Path> files = Files.list(dossier.dir())) {
            for (Path pdf : files.sorted().toList()) {
                ScanSimulator.Degradation d = new ScanSimulator.Degradation(300, 0.6, false, 0.0005, 0.85f);
                List<BufferedImage> images = ScanSimulator.scan(Files.readAllBytes(pdf), d, random);
                for (int i = 0; i < images.size(); i++) {
                    Path page = pagesDir.resolve(pdf.getFileName() + "-" + (i + 1) + ".png");
                    Files.write(page, OcrTestSupport.png(images.get(i)));
                    pages.add(page);
                }
                String name = pdf.getFileName().toString().replace(".pdf", "");
                scans.add(images.size() == 1
                        ? Files.write(scansDir.resolve(name + ".png"), OcrTestSupport.png(images.get(0)))
                        : Files.write(scansDir.resolve(name + ".pdf"), ScanSimulator.imagePdf(images, 300, 0.85f)));
            }
        }
        System.out.printf(Locale.ROOT, "%d page images (300 DPI, grey PNG) of dossier %s in %s%n", pages.size(),
                dossier.dossierId(), pagesDir);

        OcrSettings settings = new OcrSettings(null, null, 0, WORKERS, 0, 0, 0, 0, null, null);
        TesseractScanReader reader = OcrReaders.standard(settings,
                HsNomenclature.load(RuleSettings.defaults().hsNomenclatureResource()), 50);
        ExecutorService callers = Executors.newFixedThreadPool(WORKERS);
        runHub(reader, callers, pages); // engines started, the preparation code compiled by the JIT
        runCli(callers, pages);

        // each round reads every page twice on both sides, so that the odd page out (one worker idle at the end)
        // and timer noise weigh less; the totals over all rounds are the figure to quote
        List<Path> roundPages = new ArrayList<>(pages);
        roundPages.addAll(pages);
        double hubTotal = 0, cliTotal = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            double hub = runHub(reader, callers, roundPages);
            double cli = runCli(callers, roundPages);
            hubTotal += hub;
            cliTotal += cli;
            System.out.printf(Locale.ROOT, "round %d: hub OCR path %.2f pages/s, tesseract CLI %.2f pages/s "
                    + "(hub/CLI %.2f) on %d pages, %d workers%n", round, roundPages.size() / hub,
                    roundPages.size() / cli, cli / hub, roundPages.size(), WORKERS);
        }
        int read = ROUNDS * roundPages.size();
        System.out.printf(Locale.ROOT, "all rounds: hub OCR path %.2f pages/s, tesseract CLI %.2f pages/s "
                + "(hub/CLI %.2f) on %d pages%n", read / hubTotal, read / cliTotal, cliTotal / hubTotal, read);
        callers.shutdown();
        reader.engine().close();

        ReviewEngine engine = ReviewEngines.standard(RuleSettings.defaults(), ExtractionSettings.defaults(), settings);
        engine.review("warm-up", scans.subList(0, 1), "benchmark");
        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            ReviewReport report = engine.review(dossier.dossierId(), scans, "benchmark");
            System.out.printf(Locale.ROOT, "scanned dossier of %d documents (%d pages) reviewed in %.2f s: %s, "
                            + "%d findings %s%n", scans.size(), pages.size(), (System.nanoTime() - start) / 1e9,
                    report.verdict(), report.findings().size(),
                    report.findings().stream().map(f -> f.rule()).distinct().toList());
        }
        System.exit(0);
    }

    private static CorpusGenerator.GeneratedDossier sevenDocumentDossier(Path corpus) throws Exception {
        for (int index = 1; ; index++) {
            CorpusGenerator.GeneratedDossier g = CorpusGenerator.generateDossier(corpus, 7L, index, List.of());
            if (g.files().size() == 7) {
                return g;
            }
        }
    }

    /** Seconds for all pages through the hub's OCR path, WORKERS callers at a time. */
    private static double runHub(TesseractScanReader reader, ExecutorService callers, List<Path> pages)
            throws Exception {
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (Path page : pages) {
            done.add(callers.submit(() -> reader.readImage(Files.readAllBytes(page))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds for all pages through {@code tesseract page.png stdout tsv}, WORKERS processes at a time. */
    private static double runCli(ExecutorService callers, List<Path> pages) throws Exception {
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (Path page : pages) {
            done.add(callers.submit(() -> {
                ProcessBuilder pb = new ProcessBuilder("tesseract", page.toString(), "stdout", "tsv")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                pb.environment().put("OMP_THREAD_LIMIT", "1");
                return pb.start().waitFor();
            }));
        }
        for (Future<Integer> f : done) {
            f.get();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
