package io.customsreview.hub.review;

import io.customsreview.hub.corpus.CorpusGenerator;
import io.customsreview.hub.corpus.CorpusGenerator.GeneratedDossier;
import io.customsreview.hub.corpus.Fault;
import io.customsreview.hub.corpus.FaultPlan;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.report.Verdict;
import io.customsreview.hub.rules.RuleSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole review (PDF text, classification, extraction, rules) over dossiers rendered by the corpus generator in
 * its several layouts: each kind of fault is found, consistent dossiers written in other formats and words stay
 * CLEAR, and the finding quality over a mixed corpus stays above the floor it had when this test was written.
 */
class GeneratedDossierReviewTest {

    private static ReviewEngine engine;

    @TempDir
    static Path corpus;

    @BeforeAll
    static void startEngine() {
        engine = ReviewEngines.standard(RuleSettings.defaults(), ExtractionSettings.defaults());
    }

    @ParameterizedTest(name = "{0} is found")
    @EnumSource(Fault.class)
    void eachKindOfFaultIsFound(Fault fault) throws IOException {
        // two dossiers per fault, so that two layouts and document sets are exercised
        for (long seed : new long[]{310 + fault.ordinal(), 7310 + fault.ordinal()}) {
            GeneratedDossier dossier = CorpusGenerator.generateWithFault(corpus.resolve(fault.name() + seed), seed, fault);
            Set<String> found = rules(review(dossier));
            assertThat(found).as("findings for %s in %s", fault, dossier.dossierId())
                    .containsAll(dossier.expectedRules().stream().map(Enum::name).toList());
        }
    }

    @Test
    void consistentDossiersInOtherWordsAndFormatsAreClear() throws IOException {
        List<GeneratedDossier> dossiers = CorpusGenerator.generate(corpus.resolve("variants"), 12, 4242,
                FaultPlan.compliantVariants());
        List<String> notClear = dossiers.stream().map(GeneratedDossierReviewTest::review)
                .filter(r -> r.verdict() != Verdict.CLEAR)
                .map(r -> r.dossierId() + " " + r.findings().stream().map(Finding::message).toList())
                .toList();
        // formatting alone is never a finding: other spellings, number and date formats, paraphrased goods
        assertThat(notClear).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void findingQualityOverAMixedCorpus() throws IOException {
        List<GeneratedDossier> dossiers = CorpusGenerator.generate(corpus.resolve("mixed"), 40, 20261125,
                FaultPlan.random(0.5));
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int clean = 0;
        int clear = 0;
        for (GeneratedDossier dossier : dossiers) {
            ReviewReport report = review(dossier);
            Set<String> expected = dossier.expectedRules().stream().map(Enum::name).collect(Collectors.toSet());
            Set<String> tolerated = dossier.faults().stream().flatMap(f -> f.toleratedRules().stream())
                    .map(Enum::name).collect(Collectors.toSet());
            Set<String> found = rules(report);
            found.removeAll(tolerated);
            truePositives += (int) found.stream().filter(expected::contains).count();
            falsePositives += (int) found.stream().filter(r -> !expected.contains(r)).count();
            falseNegatives += (int) expected.stream().filter(r -> !found.contains(r)).count();
            if (dossier.clean()) {
                clean++;
                clear += report.verdict() == Verdict.CLEAR ? 1 : 0;
            }
        }
        double recall = truePositives / (double) Math.max(1, truePositives + falseNegatives);
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
        double clearShare = clear / (double) Math.max(1, clean);
        System.out.printf(Locale.ROOT, "generated digital dossiers: recall %.3f, precision %.3f, clean CLEAR %d/%d%n",
                recall, precision, clear, clean);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
        assertThat(precision).isGreaterThanOrEqualTo(0.93);
        assertThat(clearShare).isGreaterThanOrEqualTo(0.9);
    }

    private static ReviewReport review(GeneratedDossier dossier) {
        try (Stream<Path> files = Files.list(dossier.dir())) {
            return engine.review(dossier.dossierId(), files.sorted().toList(), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> rules(ReviewReport report) {
        return report.findings().stream().map(Finding::rule).collect(Collectors.toCollection(HashSet::new));
    }
}
