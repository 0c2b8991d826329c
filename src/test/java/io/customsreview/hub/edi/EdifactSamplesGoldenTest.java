package io.customsreview.hub.edi;

import io.customsreview.hub.domain.RuleId;
import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.review.ReviewEngine;
import io.customsreview.hub.review.ReviewEngines;
import io.customsreview.hub.rules.RuleSettings;
import io.customsreview.hub.testdata.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every D.96A / D.01B INVOIC, ORDERS, DESADV and IFTMIN sample of the shared corpus (INDEX.csv): the well-formed
 * ones read into the values written in their golden file (src/test/resources/edi-golden, checked by reading the
 * interchange), the malformed ones (a control count that does not match, a negative test) are rejected with a
 * CONTRL naming the error and reviewed as UNREADABLE_DOCUMENT. Skipped when ../shared is absent.
 * {@code -Dedi.golden.write=true} rewrites the golden files (then check them by eye before committing).
 */
class EdifactSamplesGoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "edi-golden");
    private static final Set<String> DIRECTORIES = Set.of("D96A", "096A", "D01B");
    private static final Set<String> TYPES = Set.of("INVOIC", "ORDERS", "DESADV", "IFTMIN");

    /**
     * Errors INDEX.csv does not mark (it checks UNT counts only), found by reading the samples against the directory:
     * each is a real syntax error, rejected with this reason.
     */
    private static final java.util.Map<String, String> ALSO_MALFORMED = java.util.Map.of(
            // FTX+GEN+DUY:1B:28: data element 4453 is simple, three components are written
            "smooks-examples/camel__input-message.txt", "FTX data element 2 has 3 components",
            // UNB control reference is 1, UNZ repeats the application reference 1234567
            "pydifact/wikipedia_de.edi", "UNZ reference '1234567' does not match UNB reference '1'");

    /** with the Smooks structure check, as the hub reads: the shared samples must pass it too */
    private final EdifactDocumentReader reader = EdifactDocumentReader.withStructureCheck(null);

    record Sample(String file, boolean malformed) {
    }

    static List<Sample> samples(Path dir) throws IOException {
        List<Sample> samples = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve("INDEX.csv"));
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = csv(line);
            String types = cells.get(5);
            if (DIRECTORIES.contains(cells.get(6)) && Stream.of(types.split(";")).anyMatch(TYPES::contains)) {
                boolean malformed = !cells.get(15).equals("ok") || cells.get(14).contains("negative test")
                        || ALSO_MALFORMED.containsKey(cells.get(0));
                samples.add(new Sample(cells.get(0), malformed));
            }
        }
        return samples;
    }

    @TestFactory
    Stream<DynamicTest> samplesReadAsTheirGoldenFilesSay() throws IOException {
        Path dir = SharedData.dir("edifact-samples");
        List<Sample> samples = samples(dir);
        assertThat(samples).as("in-scope samples in INDEX.csv").hasSizeGreaterThanOrEqualTo(10);
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.file(), () -> {
            byte[] bytes = Files.readAllBytes(dir.resolve(sample.file()));
            AtomicInteger n = new AtomicInteger();
            EdifactDocumentReader.Reading reading = reader.readInterchange(() -> "d" + n.incrementAndGet(),
                    sample.file(), bytes, "edi");
            if (sample.malformed()) {
                assertThat(reading.accepted()).as("malformed sample rejected").isFalse();
                assertThat(reading.contrl()).containsPattern("UC[IM]\\+[^']*\\+4(\\+\\d+)?");
                assertThat(reading.contrl()).contains("FTX+AAO+++segment ");
                assertThat(reading.documents()).anySatisfy(d -> assertThat(d.unreadableReason())
                        .containsPattern("segment \\d+"));
                if (ALSO_MALFORMED.containsKey(sample.file())) {
                    assertThat(reading.documents()).anySatisfy(d -> assertThat(d.unreadableReason())
                            .contains(ALSO_MALFORMED.get(sample.file())));
                }
            } else {
                assertThat(reading.accepted()).as("well-formed sample accepted: " + reading.contrl()).isTrue();
            }
            Path golden = GOLDEN.resolve(sample.file().replace('/', '_') + ".golden");
            String actual = GoldenFormat.render(reading);
            if (Boolean.getBoolean("edi.golden.write")) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file").exists();
            assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }));
    }

    @TestFactory
    Stream<DynamicTest> malformedSamplesAreReviewedAsUnreadable() throws IOException {
        Path dir = SharedData.dir("edifact-samples");
        ReviewEngine engine = ReviewEngines.standard(RuleSettings.defaults(), ExtractionSettings.defaults(), reader);
        return samples(dir).stream().filter(Sample::malformed).map(sample -> DynamicTest.dynamicTest(sample.file(),
                () -> {
                    ReviewReport report = engine.review("EDI-BAD", List.of(dir.resolve(sample.file())), "edi");
                    assertThat(report.findings()).anySatisfy(f -> {
                        assertThat(f.rule()).isEqualTo(RuleId.UNREADABLE_DOCUMENT.name());
                        assertThat(f.message()).containsPattern("segment \\d+");
                    });
                }));
    }

    /** INDEX.csv: comma-separated, double quotes around cells that hold commas */
    static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
