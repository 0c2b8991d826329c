package io.customsreview.hub.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code CorpusEvaluation CORPUS REPORTS.jsonl}: compares the reports of {@code review --batch CORPUS} with the
 * generator's expectations ({@code CORPUS.expected}) and prints recall, precision, the share of clean dossiers
 * CLEAR, and the rules behind the misses.
 */
public final class CorpusEvaluation {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        ObjectMapper json = new ObjectMapper();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int clean = 0;
        int clear = 0;
        Map<String, Integer> falsePositives = new TreeMap<>();
        Map<String, Integer> falseNegatives = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            JsonNode report = json.readTree(line);
            String id = report.path("dossierId").asText();
            JsonNode expected = json.readTree(CorpusGenerator.expectedFile(corpus.resolve(id)).toFile());
            Set<String> wanted = new HashSet<>();
            expected.path("expectedRules").forEach(n -> wanted.add(n.asText()));
            Set<String> tolerated = new HashSet<>();
            expected.path("toleratedRules").forEach(n -> tolerated.add(n.asText()));
            Set<String> found = new HashSet<>();
            report.path("findings").forEach(f -> found.add(f.path("rule").asText()));
            found.removeAll(tolerated);
            for (String rule : found) {
                if (wanted.contains(rule)) {
                    tp++;
                } else {
                    fp++;
                    falsePositives.merge(rule, 1, Integer::sum);
                }
            }
            for (String rule : wanted) {
                if (!found.contains(rule)) {
                    fn++;
                    falseNegatives.merge(rule, 1, Integer::sum);
                }
            }
            if (expected.path("clean").asBoolean()) {
                clean++;
                clear += report.path("verdict").asText().equals("CLEAR") ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "findings: recall %.3f, precision %.3f; clean dossiers CLEAR %d/%d%n",
                tp / (double) Math.max(1, tp + fn), tp / (double) Math.max(1, tp + fp), clear, clean);
        System.out.println("false positives by rule: " + falsePositives);
        System.out.println("missed by rule: " + falseNegatives);
    }
}
