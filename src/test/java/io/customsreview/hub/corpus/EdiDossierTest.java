package io.customsreview.hub.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.edi.EdifactDocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EDI dossiers of the corpus: the five EDIFACT document types as interchanges that the hub's reader accepts, written
 * in the many ways senders write them, the other documents as PDFs, names that say nothing.
 */
class EdiDossierTest {

    private static final Map<DocumentType, String> MESSAGES = Map.of(DocumentType.INVOICE, "INVOIC",
            DocumentType.CONTRACT, "ORDERS", DocumentType.PACKING_LIST, "DESADV", DocumentType.BILL_OF_LADING, "IFTMIN",
            DocumentType.DECLARATION, "CUSDEC");

    @Test
    void ediDossiersHoldAcceptedInterchangesWrittenInManyWays(@TempDir Path tmp) throws Exception {
        List<CorpusGenerator.GeneratedDossier> dossiers = CorpusGenerator.generate(tmp.resolve("c"), 40, 515L,
                FaultPlan.random(0.5).withEdi());
        EdifactDocumentReader reader = EdifactDocumentReader.standard();
        ObjectMapper json = new ObjectMapper();
        Set<String> seen = new HashSet<>();
        Set<String> extensions = new HashSet<>();
        int combined = 0;
        for (CorpusGenerator.GeneratedDossier g : dossiers) {
            JsonNode expected = json.readTree(CorpusGenerator.expectedFile(g.dir()).toFile());
            Set<DocumentType> asEdi = EnumSet.noneOf(DocumentType.class);
            for (JsonNode doc : expected.get("documents")) {
                DocumentType t = DocumentType.valueOf(doc.get("type").asText());
                Path file = g.dir().resolve(doc.get("file").asText());
                byte[] bytes = Files.readAllBytes(file);
                if (!MESSAGES.containsKey(t)) {
                    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).as(t + " stays a PDF").isEqualTo("%PDF-");
                    continue;
                }
                asEdi.add(t);
                assertThat(doc.get("layout").asText()).isEqualTo("EDIFACT");
                String name = file.getFileName().toString().toLowerCase();
                assertThat(name).doesNotContain("inv", "ord", "desadv", "iftmin", "cusdec", "lading", "decl");
                extensions.add(name.contains(".") ? name.substring(name.lastIndexOf('.')) : "(none)");
                AtomicInteger n = new AtomicInteger();
                EdifactDocumentReader.Reading reading = reader.readInterchange(() -> "d" + n.incrementAndGet(),
                        name, bytes, "test");
                assertThat(reading.accepted()).as(g.dossierId() + " " + name + " " + reading.contrl()).isTrue();
                assertThat(reading.documents()).anySatisfy(d -> assertThat(d.type()).isEqualTo(t));
                combined += reading.documents().size() > 1 ? 1 : 0;
                seen.add(doc.get("style").get("edi").asText().split(" ")[0]);
                for (String word : doc.get("style").get("edi").asText().split(" ")) {
                    seen.add(word);
                }
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                java.util.regex.Matcher unh = java.util.regex.Pattern.compile("UNH\\+\\d+\\+" + MESSAGES.get(t)
                        + ":D:(96A|01B):UN").matcher(text);
                assertThat(unh.find()).as(name + " holds a " + MESSAGES.get(t)).isTrue();
                seen.add(MESSAGES.get(t) + " D" + unh.group(1));
            }
            // every EDIFACT type of the dossier is EDI (the fault MISSING_DOCUMENT may have dropped one)
            Set<DocumentType> present = EnumSet.noneOf(DocumentType.class);
            g.draft().views().keySet().stream().filter(MESSAGES::containsKey).forEach(present::add);
            assertThat(asEdi).isEqualTo(present);
        }
        assertThat(seen).contains("D96A", "D01B", "UNA", "no-UNA", "decimal-comma", "one-line", "LF", "CRLF",
                "UNOA:3", "UNOC:3", "UNOW:4", "UTF-8+BOM", "ISO-8859-1", "CUSDEC D96A", "CUSDEC D01B",
                "INVOIC D96A", "INVOIC D01B", "IFTMIN D01B", "DESADV D96A", "ORDERS D01B");
        assertThat(extensions).contains(".edi", ".txt", "(none)");
        assertThat(combined).as("interchanges holding invoice and packing list").isPositive();
    }

    @Test
    void theSameDraftGivesThePdfsTheSameNamesWithAndWithoutEdi(@TempDir Path tmp) throws Exception {
        DossierDraft d = CorpusGenerator.draft(515L, 3, List.of());
        CorpusGenerator.GeneratedDossier pdf = CorpusGenerator.write(tmp.resolve("pdf"), d, false);
        CorpusGenerator.GeneratedDossier edi = CorpusGenerator.write(tmp.resolve("edi"), d, true);
        List<String> pdfOnlyTypes = new ArrayList<>();
        pdf.files().forEach((name, type) -> {
            if (!MESSAGES.containsKey(type)) {
                pdfOnlyTypes.add(name);
                assertThat(edi.files()).containsEntry(name, type);
            }
        });
        assertThat(pdfOnlyTypes).isNotEmpty();
    }
}
