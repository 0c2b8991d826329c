package io.customsreview.hub.review;

import io.customsreview.hub.corpus.CorpusGenerator;
import io.customsreview.hub.corpus.FaultPlan;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.report.Verdict;
import io.customsreview.hub.rules.RuleSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finding quality of a generated corpus reviewed in-process, counted as {@code CorpusEvaluation} counts the reports
 * of the command line: per dossier the expected rules (tolerated ones left aside) against the rules found.
 */
record CorpusScore(int truePositives, int falsePositives, int falseNegatives, int clean, int cleanClear,
                   Map<String, Integer> falsePositivesByRule, Map<String, Integer> missedByRule, List<String> notes) {

    double recall() {
        return truePositives / (double) Math.max(1, truePositives + falseNegatives);
    }

    double precision() {
        return truePositives / (double) Math.max(1, truePositives + falsePositives);
    }

    double clearShare() {
        return cleanClear / (double) Math.max(1, clean);
    }

    String summary() {
        return String.format(Locale.ROOT, "recall %.3f, precision %.3f, clean CLEAR %d/%d; false positives %s; missed %s",
                recall(), precision(), cleanClear, clean, falsePositivesByRule, missedByRule);
    }

    static CorpusScore of(ReviewEngine engine, List<CorpusGenerator.GeneratedDossier> dossiers) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int clean = 0;
        int clear = 0;
        Map<String, Integer> fps = new TreeMap<>();
        Map<String, Integer> fns = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        for (CorpusGenerator.GeneratedDossier dossier : dossiers) {
            ReviewReport report;
            try (Stream<Path> files = Files.list(dossier.dir())) {
                report = engine.review(dossier.dossierId(), files.sorted().toList(), "test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> expected = dossier.expectedRules().stream().map(Enum::name).collect(Collectors.toSet());
            Set<String> tolerated = dossier.faults().stream().flatMap(f -> f.toleratedRules().stream())
                    .map(Enum::name).collect(Collectors.toSet());
            Set<String> found = report.findings().stream().map(Finding::rule).collect(Collectors.toSet());
            found.removeAll(tolerated);
            for (String rule : found) {
                if (expected.contains(rule)) {
                    tp++;
                } else {
                    fp++;
                    fps.merge(rule, 1, Integer::sum);
                    notes.add(dossier.dossierId() + " " + dossier.faults() + " extra " + rule + ": "
                            + report.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::message).toList());
                }
            }
            for (String rule : expected) {
                if (!found.contains(rule)) {
                    fn++;
                    fns.merge(rule, 1, Integer::sum);
                    notes.add(dossier.dossierId() + " " + dossier.faults() + " missed " + rule + "; found "
                            + report.findings().stream().map(Finding::message).toList());
                }
            }
            if (dossier.clean()) {
                clean++;
                clear += report.verdict() == Verdict.CLEAR ? 1 : 0;
            }
        }
        return new CorpusScore(tp, fp, fn, clean, clear, fps, fns, notes);
    }

    /** {@code CorpusScore WORKDIR SEED COUNT [edi]}: generates, reviews in-process, prints the score and each miss */
    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        FaultPlan plan = FaultPlan.random(0.5);
        if (args.length > 3 && args[3].equals("edi")) {
            plan = plan.withEdi();
        }
        List<CorpusGenerator.GeneratedDossier> dossiers = CorpusGenerator.generate(work, count, seed, plan);
        CorpusScore score = of(ReviewEngines.standard(RuleSettings.defaults(), ExtractionSettings.defaults()), dossiers);
        score.notes().forEach(System.out::println);
        System.out.println(score.summary());
    }
}
