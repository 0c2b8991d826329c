package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.testdata.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.smooks.Smooks;
import org.smooks.io.sink.StringSink;
import org.smooks.io.source.StringSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Smooks configuration per message type and directory in edi-mappings/, each with a real sample and a golden
 * output (src/test/resources/edi-mappings-golden/&lt;config&gt;/): the check result and document type of each
 * message, then the outline of the XML Smooks made of it ({@link SmooksOutline}). The project's own sample of each
 * configuration (src/test/resources/edi-samples) is golden with its values; the public samples of the shared
 * corpus (../shared, skipped when absent) with their structure only. {@code -Dedi.golden.write=true} rewrites the
 * golden files (then check them by eye before committing).
 */
class EdiMappingsGoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "edi-mappings-golden");

    /** each configuration and the project's own sample of it */
    static final Map<String, String> OWN_SAMPLES = Map.of(
            "invoic-d96a", "invoic-d96a.edi",
            "invoic-d01b", "invoic-d01b.edi",
            "orders-d96a", "orders-d96a.edi",
            "orders-d01b", "orders-d01b.edi",
            "desadv-d96a", "desadv-d96a-bom-crlf.edi",
            "desadv-d01b", "desadv-d01b.edi",
            "iftmin-d96a", "iftmin-d96a-decimal-comma.edi",
            "iftmin-d01b", "iftmin-d01b.edi",
            "cusdec-d96a", "cusdec-d96a.edi",
            "cusdec-d01b", "cusdec-d01b.edi");

    private static final List<String> TYPES = List.of("INVOIC", "ORDERS", "DESADV", "IFTMIN", "CUSDEC");

    private final EdifactDocumentReader reader = EdifactDocumentReader.withStructureCheck(null);
    private final SmooksStructureCheck check = SmooksStructureCheck.at(null, null);

    @Test
    void oneConfigurationPerMappedTypeAndDirectoryEachWithItsOwnSample() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String type : TYPES) {
            assertThat(EdifactMessageMapper.mapped(type)).as(type).isTrue();
            for (String directory : SmooksStructureCheck.DIRECTORIES) {
                expected.add(SmooksStructureCheck.configName(type, directory));
            }
        }
        Set<String> present;
        try (Stream<Path> files = Files.list(Path.of("edi-mappings"))) {
            present = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".smooks.xml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(present).isEqualTo(expected);
        assertThat(OWN_SAMPLES.keySet().stream().map(c -> c + ".smooks.xml").collect(Collectors.toSet()))
                .isEqualTo(expected);
        for (String config : present) { // each one is also packaged, for the jar run from elsewhere
            assertThat(Path.of("target", "classes", "edi-mappings", config)).as("packaged " + config).exists();
        }
    }

    @TestFactory
    Stream<DynamicTest> ownSampleOfEachConfigurationGivesItsGoldenOutput() {
        return OWN_SAMPLES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry ->
                DynamicTest.dynamicTest(entry.getKey() + " <- " + entry.getValue(), () -> {
                    byte[] bytes = resource("/edi-samples/" + entry.getValue());
                    Map<String, String> outputs = golden(entry.getValue(), bytes, true);
                    assertThat(outputs.keySet()).as("configurations the sample goes through")
                            .containsExactly(entry.getKey());
                    assertThat(outputs.get(entry.getKey())).contains("check ok").doesNotContain("BadMessage");
                    compare(entry.getKey(), entry.getValue(), outputs.get(entry.getKey()));
                }));
    }

    @TestFactory
    Stream<DynamicTest> publicSamplesGiveTheirGoldenStructure() throws IOException {
        Path dir = SharedData.dir("edifact-samples");
        List<DynamicTest> tests = new ArrayList<>();
        for (EdifactSamplesGoldenTest.Sample sample : EdifactSamplesGoldenTest.samples(dir)) {
            if (sample.malformed()) {
                continue; // rejected before the structure check: EdifactSamplesGoldenTest covers them
            }
            byte[] bytes = Files.readAllBytes(dir.resolve(sample.file()));
            Map<String, String> outputs = golden(sample.file(), bytes, false);
            outputs.forEach((config, output) -> tests.add(DynamicTest.dynamicTest(config + " <- " + sample.file(),
                    () -> {
                        assertThat(output).contains("check ok").doesNotContain("BadMessage");
                        compare(config, sample.file(), output);
                    })));
        }
        assertThat(tests).as("public samples through the configurations").hasSizeGreaterThanOrEqualTo(5);
        Set<String> configs = tests.stream().map(t -> t.getDisplayName().split(" ")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(configs).contains("invoic-d96a", "orders-d96a", "orders-d01b", "desadv-d96a");
        return tests.stream();
    }

    /** each configuration parses its own message type and no other: the parser is restricted to one type */
    @TestFactory
    Stream<DynamicTest> eachConfigurationParsesOnlyItsOwnMessageType() {
        return Stream.of("invoic-d96a", "orders-d01b").map(config -> DynamicTest.dynamicTest(config, () -> {
            String ownName = OWN_SAMPLES.get(config);
            String otherName = config.startsWith("invoic") ? OWN_SAMPLES.get("orders-d96a")
                    : OWN_SAMPLES.get("invoic-d01b");
            try (Smooks smooks = new Smooks(Files.newInputStream(Path.of("edi-mappings", config + ".smooks.xml")))) {
                assertThat(parse(smooks, resource("/edi-samples/" + ownName))).doesNotContain("BadMessage")
                        .contains("edifact/" + config.substring(config.indexOf('-') + 1).toUpperCase());
                String other;
                try {
                    other = parse(smooks, resource("/edi-samples/" + otherName));
                } catch (RuntimeException e) {
                    other = "BadMessage (" + e + ")";
                }
                assertThat(other).as("another message type through " + config).contains("BadMessage");
            }
        }));
    }

    /** a message of the right type whose segments are out of order is rejected by its configuration */
    @Test
    void segmentsOutOfOrderAreRejectedByTheConfiguration() throws IOException {
        String invoice = new String(resource("/edi-samples/invoic-d01b.edi"), StandardCharsets.ISO_8859_1);
        // the document date after the parties: DTM belongs before SG1/SG2 at the head of the message
        String swapped = invoice.replace("DTM+137:20250405:102'\n", "")
                .replace("CUX+2:USD:4'", "DTM+137:20250405:102'\nCUX+2:USD:4'");
        assertThat(swapped).isNotEqualTo(invoice);
        AtomicInteger n = new AtomicInteger();
        EdifactDocumentReader.Reading reading = reader.readInterchange(() -> "d" + n.incrementAndGet(),
                "swapped.edi", swapped.getBytes(StandardCharsets.ISO_8859_1), "edi");
        assertThat(reading.accepted()).isFalse();
        assertThat(reading.documents().get(0).unreadableReason())
                .contains("do not follow the D01B INVOIC message structure");
        EdifactDocumentReader.Reading original = reader.readInterchange(() -> "d" + n.incrementAndGet(),
                "invoice.edi", invoice.getBytes(StandardCharsets.ISO_8859_1), "edi");
        assertThat(original.accepted()).isTrue();
    }

    /**
     * Per configuration the messages of an interchange went through: per message its reference, the structure
     * check's result, the document type it maps into, then the outline of the Smooks XML.
     */
    private Map<String, String> golden(String file, byte[] bytes, boolean values) {
        AtomicInteger n = new AtomicInteger();
        EdifactDocumentReader.Reading reading = reader.readInterchange(() -> "d" + n.incrementAndGet(), file, bytes,
                "edi");
        Map<String, StringBuilder> outputs = new LinkedHashMap<>();
        int document = 0;
        for (Interchange interchange : EdifactSyntax.parseAll(bytes)) {
            if (interchange.error() != null) {
                document++; // a rejected interchange is one unreadable document
                continue;
            }
            for (EdifactMessage message : interchange.messages()) {
                Document mapped = reading.documents().get(document++);
                if (message.error() != null || !check.covers(message)) {
                    continue;
                }
                String config = SmooksStructureCheck.configName(message.type(), message.directory())
                        .replace(".smooks.xml", "");
                StringBuilder out = outputs.computeIfAbsent(config, c -> new StringBuilder());
                out.append("message ").append(message.reference()).append(": check ")
                        .append(check.check(message, interchange.decimalMark()).orElse("ok"))
                        .append("; document ").append(mapped.type())
                        .append(mapped.readable() ? "" : " unreadable: " + mapped.unreadableReason()).append('\n');
                out.append(SmooksOutline.render(check.parse(message, interchange.decimalMark()), values));
            }
        }
        Map<String, String> result = new LinkedHashMap<>();
        outputs.forEach((config, out) -> result.put(config, out.toString()));
        return result;
    }

    private static void compare(String config, String sample, String actual) throws IOException {
        Path golden = GOLDEN.resolve(config).resolve(sample.replace('/', '_') + ".golden");
        if (Boolean.getBoolean("edi.golden.write")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static String parse(Smooks smooks, byte[] interchange) {
        Interchange parsed = EdifactSyntax.parseAll(interchange).get(0);
        StringSink sink = new StringSink();
        smooks.filterSource(new StringSource(SmooksStructureCheck.canonical(parsed.messages().get(0),
                parsed.decimalMark())), sink);
        return sink.getResult();
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
