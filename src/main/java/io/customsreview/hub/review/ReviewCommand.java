package io.customsreview.hub.review;

import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.llm.LlmSettings;
import io.customsreview.hub.report.ReportJson;
import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.rules.RuleSettings;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code review DIR... | --batch PARENT [--out FILE] [--threads N] [--stats]}: reviews each directory as one dossier
 * and prints one JSON report per line. Progress goes to standard error. Exit 0 when every dossier was reviewed,
 * 1 when one could not be reviewed at all, 2 on wrong usage.
 */
public final class ReviewCommand {

    static final String USAGE = """
            usage: java -jar customs-review-hub.jar review DIR... [--out FILE]
                   java -jar customs-review-hub.jar review --batch PARENT [--out FILE]
              DIR           a directory holding the files of one dossier (its name becomes the dossierId)
              --batch DIR   review every sub-directory of DIR as a dossier
              --out FILE    write the JSON lines to FILE instead of standard output
              --threads N   dossiers reviewed at once (default: the number of cores)
              --stats       print throughput and rule-engine time to standard error at the end""";

    private ReviewCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    record Options(List<Path> dossiers, Path out, int threads, boolean stats) {
    }

    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        CliLogging.configure();
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            stderr.println(USAGE);
            return 2;
        }
        LlmSettings llm;
        try {
            llm = LlmSettings.fromEnvironment(System::getenv); // offline unless HUB_LLM_PROVIDER says otherwise
        } catch (IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            return 2;
        }
        ReviewEngine engine = ReviewEngines.standard(RuleSettings.fromEnvironment(System::getenv),
                ExtractionSettings.defaults(), llm);
        try (OutputStream sink = options.out() == null ? null : Files.newOutputStream(options.out())) {
            PrintStream out = sink == null ? stdout : new PrintStream(sink, false, StandardCharsets.UTF_8);
            int status = review(engine, options, out, stderr);
            out.flush();
            return status;
        } catch (IOException e) {
            stderr.println("error: cannot write " + options.out() + ": " + e.getMessage());
            return 1;
        }
    }

    static Options parse(String[] args) {
        List<Path> dossiers = new ArrayList<>();
        Path out = null;
        int threads = Runtime.getRuntime().availableProcessors();
        boolean stats = false;
        boolean batch = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--batch" -> {
                    Path parent = Path.of(value(args, ++i, arg));
                    if (!Files.isDirectory(parent)) {
                        throw new IllegalArgumentException("--batch " + parent + " is not a directory");
                    }
                    try (Stream<Path> children = Files.list(parent)) {
                        children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                                .sorted().forEach(dossiers::add);
                    } catch (IOException e) {
                        throw new IllegalArgumentException("cannot list " + parent + ": " + e.getMessage());
                    }
                    batch = true;
                }
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--threads" -> {
                    try {
                        threads = Math.max(1, Integer.parseInt(value(args, ++i, arg)));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--threads takes a number");
                    }
                }
                case "--stats" -> stats = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    dossiers.add(Path.of(arg));
                }
            }
        }
        if (dossiers.isEmpty() && !batch) {
            throw new IllegalArgumentException("no dossier directory given");
        }
        return new Options(dossiers, out, threads, stats);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int review(ReviewEngine engine, Options options, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        int failed = 0;
        long rulesMs = 0;
        long reviewed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), Math.max(1, options.dossiers().size())));
        try {
            List<Future<ReviewReport>> results = new ArrayList<>();
            for (Path dir : options.dossiers()) {
                results.add(pool.submit(() -> reviewOne(engine, dir)));
            }
            for (int i = 0; i < results.size(); i++) {
                Path dir = options.dossiers().get(i);
                try {
                    ReviewReport report = results.get(i).get();
                    out.println(ReportJson.toJson(report));
                    rulesMs += report.timings().rulesMs();
                    reviewed++;
                    err.printf("[%d/%d] %s: %s, %d finding(s), %d ms%n", i + 1, results.size(), report.dossierId(),
                            report.verdict(), report.findings().size(), report.timings().totalMs());
                } catch (Exception e) {
                    failed++;
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    err.printf("[%d/%d] %s: not reviewed: %s%n", i + 1, results.size(), dir, cause.getMessage());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (options.stats()) {
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf(Locale.ROOT, "reviewed %d dossier(s) in %.2f s: %.2f dossiers/s; rule engine %.3f ms per dossier%n",
                    reviewed, seconds, reviewed / seconds, reviewed == 0 ? 0.0 : (double) rulesMs / reviewed);
            long count = Math.max(1, reviewed);
            err.println("slowest rules (ms per dossier): " + engine.ruleMillis().entrySet().stream().limit(5)
                    .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue() / count))
                    .collect(java.util.stream.Collectors.joining(", ")));
            engine.llmMetrics().ifPresent(m -> err.printf(Locale.ROOT, "LLM: %d call(s) (%d failed, %d retries),"
                            + " %d fallback(s) to the offline judge, %d cache hit(s), %d short-circuited; tokens %d in /"
                            + " %d out; %d ms; estimated cost %.4f%n", m.calls(), m.failedCalls(), m.retries(),
                    m.fallbacks(), m.cacheHits(), m.shortCircuited(), m.inputTokens(), m.outputTokens(),
                    m.latencyMillis(), m.estimatedCost()));
        }
        return failed == 0 ? 0 : 1;
    }

    static ReviewReport reviewOne(ReviewEngine engine, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a directory");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> dir.relativize(p).toString().chars().noneMatch(c -> c == '.')
                            || !hidden(dir.relativize(p)))
                    .sorted().toList();
        }
        return engine.review(dir.toAbsolutePath().normalize().getFileName().toString(), files, "cli");
    }

    /** dot-files and dot-folders (".ready", ".DS_Store") are markers, not documents */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
