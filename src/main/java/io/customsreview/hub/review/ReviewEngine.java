package io.customsreview.hub.review;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;
import io.customsreview.hub.extraction.DocumentReader;
import io.customsreview.hub.extraction.DoubtfulValues;
import io.customsreview.hub.llm.LlmMetrics;
import io.customsreview.hub.llm.OfficerRules;
import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.report.Verdict;
import io.customsreview.hub.rules.Normalize;
import io.customsreview.hub.rules.Rule;
import io.customsreview.hub.rules.RuleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Reads the files of a dossier, runs every rule, assembles the report. Plain Java: the CLI and the hub share it. */
public final class ReviewEngine implements ReviewService {

    private static final Logger log = LoggerFactory.getLogger(ReviewEngine.class);

    private final DocumentReader reader;
    private final List<Rule> rules;
    private final RuleContext context;
    private final Clock clock;
    private final OfficerRules officerRules;
    private final LlmMetrics llmMetrics;
    private final Map<RuleId, LongAdder> ruleNanos = new ConcurrentHashMap<>();

    public ReviewEngine(DocumentReader reader, List<Rule> rules, RuleContext context, Clock clock) {
        this(reader, rules, context, clock, null, null);
    }

    /**
     * @param officerRules the officer-written rules evaluated by the language model, or null for none
     * @param llmMetrics   the language model's counters (for --stats), or null without a model
     */
    public ReviewEngine(DocumentReader reader, List<Rule> rules, RuleContext context, Clock clock,
                        OfficerRules officerRules, LlmMetrics llmMetrics) {
        this.reader = reader;
        this.rules = List.copyOf(rules);
        this.context = context;
        this.clock = clock;
        this.officerRules = officerRules;
        this.llmMetrics = llmMetrics;
    }

    /** the language model's calls, tokens, latency and cost so far; empty when the hub runs without a model */
    public java.util.Optional<LlmMetrics.Snapshot> llmMetrics() {
        return java.util.Optional.ofNullable(llmMetrics).map(LlmMetrics::snapshot);
    }

    @Override
    public ReviewReport review(String dossierId, List<Path> files, String source) {
        return reviewSourced(dossierId, files.stream().map(f -> new SourcedFile(f, source)).toList());
    }

    @Override
    public ReviewReport reviewSourced(String dossierId, List<SourcedFile> files) {
        long start = System.nanoTime();
        List<Document> documents = new ArrayList<>();
        Map<String, Path> fileOf = new java.util.HashMap<>();
        int[] n = {0};
        Supplier<String> nextId = () -> "d" + (++n[0]);
        for (SourcedFile file : files) {
            List<Document> read = readFile(nextId, file.file(), file.source());
            read.forEach(d -> fileOf.put(d.id(), file.file()));
            documents.addAll(read);
        }
        long recognised = System.nanoTime();
        Dossier dossier = DossierDates.reconcile(new Dossier(dossierId,
                DoubtfulValues.confirmedAcrossDocuments(documents, Normalize::scannedReferencesReadAlike)));
        List<Finding> findings = check(dossier);
        Dossier lookedAgain = SecondLook.lookAgain(dossier, findings, fileOf, reader);
        if (lookedAgain != dossier) {
            dossier = lookedAgain;
            findings = check(dossier);
        }
        long end = System.nanoTime();
        return ReviewReports.of(dossier, findings, clock.instant(),
                new ReviewReport.Timings(millis(end - start), millis(recognised - start), millis(end - recognised)));
    }

    /** Runs every rule on an assembled dossier; a rule that fails is logged and skipped, never fatal. */
    public List<Finding> check(Dossier dossier) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            long start = System.nanoTime();
            try {
                findings.addAll(rule.check(dossier, context));
            } catch (RuntimeException e) {
                log.error("Rule {} failed on dossier {}", rule.id(), dossier.id(), e);
            }
            ruleNanos.computeIfAbsent(rule.id(), id -> new LongAdder()).add(System.nanoTime() - start);
        }
        if (officerRules != null) {
            // officer-written rules only ever add findings: the computed ones above are never removed or changed
            try {
                officerRules.check(dossier).stream()
                        .filter(f -> findings.stream().noneMatch(c -> c.rule().equals(f.rule())))
                        .forEach(findings::add);
            } catch (RuntimeException e) {
                log.error("Officer rules failed on dossier {}", dossier.id(), e);
            }
        }
        return findings;
    }

    /** the time each rule has taken so far, summed over all dossiers, in milliseconds, slowest first */
    public Map<RuleId, Double> ruleMillis() {
        Map<RuleId, Double> millis = new LinkedHashMap<>();
        ruleNanos.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .forEach(e -> millis.put(e.getKey(), e.getValue().sum() / 1e6));
        return millis;
    }

    private List<Document> readFile(Supplier<String> nextId, Path file, String source) {
        String fileName = file.getFileName().toString();
        try {
            return reader.readAll(nextId, fileName, Files.readAllBytes(file), source);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            log.warn("Could not read {}: {}", file, e.toString());
            return List.of(Document.unreadable(nextId.get(), fileName, source, null,
                    "could not read the file: " + e.getMessage()));
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
