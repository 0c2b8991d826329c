package io.customsreview.hub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub on embedded defaults: dossier folders dropped into the inbox end as reports on the single-window queue. */
class FolderIntakeEndToEndTest extends HubTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void readyDossierIsArchivedReviewedStoredAndSentToTheSingleWindow() throws Exception {
        String dossierId = uniqueDossierId("SHP-E2E");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("invoice.txt", "COMMERCIAL INVOICE No. INV-1".getBytes(StandardCharsets.UTF_8));
        files.put("packing-list.txt", "PACKING LIST for INV-1".getBytes(StandardCharsets.UTF_8));
        files.put(".ready", new byte[0]);
        dropDossier(dossierId, files, null);

        Message message = receive(RESULTS_QUEUE, "dossierId = '" + dossierId + "'", WAIT);

        assertThat(message).as("report on " + RESULTS_QUEUE).isInstanceOf(TextMessage.class);
        assertThat(message.getStringProperty("verdict")).isNotBlank();
        JsonNode report = JSON.readTree(((TextMessage) message).getText());
        assertThat(report.path("dossierId").asText()).isEqualTo(dossierId);
        assertThat(report.path("verdict").asText()).isIn("CLEAR", "REVIEW", "REJECT")
                .isEqualTo(message.getStringProperty("verdict"));
        assertThat(report.path("documents")).hasSize(2);
        assertThat(report.path("documents").findValuesAsText("fileName"))
                .containsExactlyInAnyOrder("invoice.txt", "packing-list.txt");
        assertThat(report.path("documents").findValuesAsText("source")).containsOnly("folder");
        assertThat(report.path("reviewedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(report.path("timings").has("totalMs")).isTrue();

        // the originals are in the archive, the inbox folder is gone
        assertThat(inbox().resolve(dossierId)).doesNotExist();
        Path archived = archivedFolder(dossierId);
        assertThat(archived.resolve("invoice.txt")).hasContent("COMMERCIAL INVOICE No. INV-1");
        assertThat(archived.resolve("packing-list.txt")).exists();

        // kept for the officer, and in the outbox
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT verdict, document_count, report_json FROM review_report WHERE dossier_id = ?", dossierId);
        assertThat(row.get("VERDICT")).isEqualTo(report.path("verdict").asText());
        assertThat(((Number) row.get("DOCUMENT_COUNT")).intValue()).isEqualTo(2);
        assertThat(JSON.readTree(row.get("REPORT_JSON").toString())).isEqualTo(report);
        assertThat(JSON.readTree(outbox().resolve(dossierId + ".json").toFile())).isEqualTo(report);
    }

    @Test
    void digitalDossierIsCrossCheckedAndBrokenFilesEndAsUnreadableDocuments(@org.junit.jupiter.api.io.TempDir Path work)
            throws Exception {
        io.customsreview.hub.corpus.CorpusGenerator.GeneratedDossier generated =
                io.customsreview.hub.corpus.CorpusGenerator.generateWithFault(work.resolve("corpus"), 5150,
                        io.customsreview.hub.corpus.Fault.CONTRACT_NUMBER_MISMATCH);
        String dossierId = uniqueDossierId("SHP-PDF");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> pdfs = Files.list(generated.dir())) {
            for (Path pdf : pdfs.toList()) {
                files.put(pdf.getFileName().toString(), Files.readAllBytes(pdf));
            }
        }
        files.put("zz-empty.pdf", new byte[0]);
        files.put("zz-broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.UTF_8));
        files.put("zz-photo.bin", new byte[]{0, 1, 2, 3, 4, 5, 6, 7, 0, 0});
        files.put(".ready", new byte[0]);
        dropDossier(dossierId, files, null);

        Message message = receive(RESULTS_QUEUE, "dossierId = '" + dossierId + "'", WAIT);
        assertThat(message).as("report on " + RESULTS_QUEUE).isInstanceOf(TextMessage.class);
        JsonNode report = JSON.readTree(((TextMessage) message).getText());
        assertThat(report.path("verdict").asText()).isEqualTo("REJECT");
        assertThat(report.path("findings").findValuesAsText("rule")).contains("CONTRACT_NUMBER_MISMATCH");
        List<String> unreadable = new java.util.ArrayList<>();
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("rule").asText().equals("UNREADABLE_DOCUMENT")) {
                assertThat(finding.path("severity").asText()).isEqualTo("WARNING");
                unreadable.add(finding.path("message").asText());
            }
        }
        assertThat(unreadable).hasSize(3);
        assertThat(String.join("\n", unreadable)).contains("zz-empty.pdf", "zz-broken.pdf", "zz-photo.bin")
                .contains("empty").contains("PDF");
        // every original is kept, the broken ones too
        Path archived = archivedFolder(dossierId);
        for (String name : files.keySet()) {
            if (!name.startsWith(".")) {
                assertThat(archived.resolve(name)).hasBinaryContent(files.get(name));
            }
        }
    }

    @Test
    void emptyFileIsReportedAndTheHubKeepsGoing() throws Exception {
        String broken = uniqueDossierId("SHP-EMPTY");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("scan.pdf", new byte[0]);
        files.put("invoice.txt", "COMMERCIAL INVOICE".getBytes(StandardCharsets.UTF_8));
        files.put(".ready", new byte[0]);
        dropDossier(broken, files, null);

        Message first = receive(RESULTS_QUEUE, "dossierId = '" + broken + "'", WAIT);
        assertThat(first).as("report of the dossier with an empty file").isInstanceOf(TextMessage.class);
        JsonNode report = JSON.readTree(((TextMessage) first).getText());
        assertThat(report.path("documents")).hasSize(2);
        JsonNode empty = documentNamed(report, "scan.pdf");
        assertThat(empty.path("type").asText()).isEqualTo("UNKNOWN");
        assertThat(empty.path("unreadableReason").asText()).isNotBlank();
        assertThat(documentNamed(report, "invoice.txt").has("unreadableReason")).isFalse();

        String next = uniqueDossierId("SHP-NEXT");
        dropDossier(next, Map.of("invoice.txt", "INVOICE".getBytes(StandardCharsets.UTF_8), ".ready", new byte[0]),
                null);
        Message second = receive(RESULTS_QUEUE, "dossierId = '" + next + "'", WAIT);
        assertThat(second).as("the next dossier is processed too").isInstanceOf(TextMessage.class);
    }

    @Test
    void quietFolderWithoutReadyMarkerIsCompleteAfterTheQuietPeriod() throws Exception {
        String dossierId = uniqueDossierId("SHP-QUIET");
        dropDossier(dossierId, Map.of("bill-of-lading.txt", "BILL OF LADING COSU612345678"
                .getBytes(StandardCharsets.UTF_8)), Duration.ofMinutes(10));

        Message message = receive(RESULTS_QUEUE, "dossierId = '" + dossierId + "'", WAIT);
        assertThat(message).as("dispatched after the quiet period").isInstanceOf(TextMessage.class);
        assertThat(outbox().resolve(dossierId + ".json")).exists();
        assertThat(archivedFolder(dossierId).resolve("bill-of-lading.txt")).exists();
    }

    @Test
    void freshFolderWithoutReadyMarkerWaitsForTheQuietPeriod() throws Exception {
        String waiting = uniqueDossierId("SHP-WAIT");
        dropDossier(waiting, Map.of("invoice.txt", "INVOICE".getBytes(StandardCharsets.UTF_8)), null);
        // a later, ready dossier goes through first: the scanner has seen the fresh one and left it alone
        String ready = uniqueDossierId("SHP-READY");
        dropDossier(ready, Map.of("invoice.txt", "INVOICE".getBytes(StandardCharsets.UTF_8), ".ready", new byte[0]),
                null);
        assertThat(receive(RESULTS_QUEUE, "dossierId = '" + ready + "'", WAIT)).isNotNull();
        assertThat(inbox().resolve(waiting)).isDirectory();
        Files.write(inbox().resolve(waiting).resolve(".ready"), new byte[0]);
        assertThat(receive(RESULTS_QUEUE, "dossierId = '" + waiting + "'", WAIT)).isNotNull();
    }

    @Test
    void theSameDossierDroppedTwiceIsReviewedOnceButArchivedTwice() throws Exception {
        String dossierId = uniqueDossierId("SHP-DUP");
        Map<String, byte[]> files = Map.of("invoice.txt", "INVOICE 7".getBytes(StandardCharsets.UTF_8),
                ".ready", new byte[0]);
        dropDossier(dossierId, files, null);
        assertThat(receive(RESULTS_QUEUE, "dossierId = '" + dossierId + "'", WAIT)).isNotNull();

        dropDossier(dossierId, files, null);
        // scanned in name order, so once the later dossier is reported the duplicate has been handled
        String after = dossierId + "-after";
        dropDossier(after, files, null);
        assertThat(receive(RESULTS_QUEUE, "dossierId = '" + after + "'", WAIT)).isNotNull();

        assertThat(receive(RESULTS_QUEUE, "dossierId = '" + dossierId + "'", Duration.ofMillis(200))).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_report WHERE dossier_id = ?", Integer.class,
                dossierId)).isEqualTo(1);
        try (Stream<Path> entries = Files.list(archive())) {
            assertThat(entries.filter(p -> p.getFileName().toString().matches(dossierId + "-\\d{8}T.*"))).hasSize(2);
        }
    }

    private static JsonNode documentNamed(JsonNode report, String fileName) {
        for (JsonNode document : report.path("documents")) {
            if (fileName.equals(document.path("fileName").asText())) {
                return document;
            }
        }
        throw new AssertionError("no document " + fileName + " in " + report);
    }

    static Path archivedFolder(String dossierId) throws Exception {
        try (Stream<Path> entries = Files.list(archive())) {
            List<Path> matches = entries.filter(p -> p.getFileName().toString().startsWith(dossierId + "-")).toList();
            assertThat(matches).as("archive folder of " + dossierId).hasSize(1);
            return matches.get(0);
        }
    }
}
