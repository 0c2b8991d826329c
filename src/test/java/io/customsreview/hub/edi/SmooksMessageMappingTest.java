package io.customsreview.hub.edi;

import io.customsreview.hub.corpus.CorpusGenerator;
import io.customsreview.hub.corpus.FaultPlan;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configurations in edi-mappings/ map each message through Smooks ({@link SmooksMessageMapping}, bound to the
 * Message element): on the project's own samples, the public D.96A / D.01B samples (../shared, skipped when absent)
 * and a generated EDI corpus, the documents Smooks maps equal those the mapper makes of the tokenizer's segments
 * (same type, fields and line values; raw texts may differ where Smooks wrote a number canonically).
 */
class SmooksMessageMappingTest {

    /** the document types a generated EDI dossier writes as EDIFACT (the others stay PDFs) */
    private static final java.util.Set<DocumentType> EDI_TYPES = java.util.EnumSet.of(DocumentType.INVOICE,
            DocumentType.CONTRACT, DocumentType.PACKING_LIST, DocumentType.BILL_OF_LADING, DocumentType.DECLARATION);

    private final SmooksStructureCheck smooks = SmooksStructureCheck.at(null, null);

    /** messages compared, and those Smooks rejected on their structure (not mapped by it) */
    private record Tally(int mapped, int rejected) {
        Tally plus(Tally other) {
            return new Tally(mapped + other.mapped, rejected + other.rejected);
        }
    }

    private Tally compare(String name, byte[] bytes) {
        int mapped = 0;
        int rejected = 0;
        for (Interchange interchange : EdifactSyntax.parseAll(bytes)) {
            if (interchange.error() != null) {
                continue;
            }
            for (EdifactMessage message : interchange.messages()) {
                if (message.error() != null || !smooks.covers(message)) {
                    continue;
                }
                SmooksStructureCheck.Outcome outcome = smooks.read(message, interchange.decimalMark(), "d1", name,
                        "edi");
                if (outcome.structureError() != null) {
                    rejected++;
                    continue;
                }
                assertThat(outcome.mappingError()).as(name).isNull();
                Document direct = EdifactMessageMapper.map(message, "d1", name, "edi", interchange.decimalMark());
                assertThat(outcome.document()).as(name + " " + message.reference() + " mapped by Smooks").isNotNull();
                assertThat(outcome.segments()).as(name + " segments").hasSameSizeAs(message.segments());
                assertThat(summary(outcome.document())).as(name + " " + message.reference())
                        .isEqualTo(summary(direct));
                mapped++;
            }
        }
        return new Tally(mapped, rejected);
    }

    /** type, field values and line values (canonical values, not the raw texts) */
    private static String summary(Document d) {
        StringBuilder out = new StringBuilder(d.type() + "\n");
        new TreeMap<>(d.fields()).forEach((field, values) -> out.append(field).append(" = ")
                .append(values.stream().map(FieldValue::value).toList()).append('\n'));
        for (LineItem line : d.lines()) {
            out.append("line ").append(line.number());
            new TreeMap<>(line.values()).forEach((f, v) -> out.append(' ').append(f).append('=').append(v.value()));
            out.append('\n');
        }
        return out.toString();
    }

    @Test
    void ownSamplesMappedBySmooksAsByTheMapper() throws IOException {
        Tally tally = new Tally(0, 0);
        List<String> present = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "edi-samples"))) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(present::add);
        }
        assertThat(present).hasSizeGreaterThanOrEqualTo(10); // one per configuration
        for (String name : present) {
            try (InputStream in = getClass().getResourceAsStream("/edi-samples/" + name)) {
                tally = tally.plus(compare(name, in.readAllBytes()));
            }
        }
        assertThat(tally.rejected()).isZero();
        assertThat(tally.mapped()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void publicSamplesMappedBySmooksAsByTheMapper() throws IOException {
        Path dir = SharedData.dir("edifact-samples");
        Tally tally = new Tally(0, 0);
        for (EdifactSamplesGoldenTest.Sample sample : EdifactSamplesGoldenTest.samples(dir)) {
            tally = tally.plus(compare(sample.file(), Files.readAllBytes(dir.resolve(sample.file()))));
        }
        assertThat(tally.mapped()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void generatedEdiCorpusAcceptedAndMappedBySmooksAsByTheMapper(@TempDir Path tmp) throws IOException {
        List<CorpusGenerator.GeneratedDossier> dossiers = CorpusGenerator.generate(tmp.resolve("c"), 20, 9173L,
                FaultPlan.random(0.5).withEdi());
        EdifactDocumentReader reader = EdifactDocumentReader.withStructureCheck(null);
        Tally tally = new Tally(0, 0);
        int interchanges = 0;
        int documents = 0;
        for (CorpusGenerator.GeneratedDossier g : dossiers) {
            for (Map.Entry<String, DocumentType> file : g.files().entrySet()) {
                if (!EDI_TYPES.contains(file.getValue())) {
                    continue; // stays a PDF
                }
                byte[] bytes = Files.readAllBytes(g.dir().resolve(file.getKey()));
                interchanges++;
                java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
                EdifactDocumentReader.Reading reading = reader.readInterchange(() -> "d" + n.incrementAndGet(),
                        file.getKey(), bytes, "test");
                assertThat(reading.accepted()).as(g.dossierId() + " " + file.getKey() + "\n" + reading.contrl())
                        .isTrue();
                assertThat(reading.documents()).allSatisfy(d -> assertThat(d.unreadableReason()).isNull());
                documents += reading.documents().size();
                tally = tally.plus(compare(file.getKey(), bytes));
            }
        }
        assertThat(interchanges).isGreaterThanOrEqualTo(20);
        assertThat(tally.rejected()).isZero();
        assertThat(tally.mapped()).isEqualTo(documents); // every message (some interchanges hold several)
    }

    @Test
    void positionsComeFromTheDirectorysSegmentSchema() {
        DfdlSegmentLayouts d96a = DfdlSegmentLayouts.of("D96A");
        assertThat(d96a.names("NAD")).containsExactly("E3035", "C082", "C058", "C080", "C059", "E3164", "E3229",
                "E3251", "E3207");
        // CUX: C504 may repeat twice, so the rate of exchange is data element 3
        assertThat(d96a.segment("CUX").slot("C504").maxOccurs()).isEqualTo(2);
        assertThat(d96a.segment("CUX").slot("E5402").position()).isEqualTo(3);
        // C080: five party-name lines, then the format code as component 6
        assertThat(d96a.segment("NAD").slot("C080").composite().slot("E3045").position()).isEqualTo(6);
        assertThat(DfdlSegmentLayouts.of("D01B").names("UNH")).startsWith("E0062", "S009");
    }

    @Test
    void aMessageOffItsStructureIsNotMapped() throws IOException {
        String invoice;
        try (InputStream in = getClass().getResourceAsStream("/edi-samples/invoic-d01b.edi")) {
            invoice = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        String swapped = invoice.replace("DTM+137:20250405:102'\n", "")
                .replace("CUX+2:USD:4'", "DTM+137:20250405:102'\nCUX+2:USD:4'");
        assertThat(swapped).isNotEqualTo(invoice);
        Interchange interchange = EdifactSyntax.parseAll(swapped.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .get(0);
        SmooksStructureCheck.Outcome outcome = smooks.read(interchange.messages().get(0), '.', "d1", "x.edi", "edi");
        assertThat(outcome.structureError()).contains("do not follow the D01B INVOIC message structure");
        assertThat(outcome.document()).isNull();
    }
}
