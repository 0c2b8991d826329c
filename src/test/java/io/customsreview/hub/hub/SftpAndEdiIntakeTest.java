package io.customsreview.hub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** SFTP read locks, the EDI directory and the EDI feed's direct endpoint; a document bridging two dossiers. */
class SftpAndEdiIntakeTest extends IntakeTestSupport {

    @Autowired
    ProducerTemplate producer;

    @Test
    void aGrowingFileIsLeftAloneWhileOthersAreTakenAndTakenOnceItStops() throws Exception {
        Path dir = IntakeServers.partnerDir("slow");
        Path growing = dir.resolve("growing.txt");
        Files.write(growing, text("PACKING LIST\n"));
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        writer.scheduleAtFixedRate(() -> {
            try {
                Files.write(growing, text("line\n"), StandardOpenOption.APPEND);
            } catch (Exception ignored) {
                // moved away once taken
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
        try {
            Shipment s = Shipment.random();
            Path quick = dir.resolve("quick-" + s.blNo() + ".txt");
            Files.write(quick, s.billOfLading());
            Awaitility.await().atMost(WAIT).until(() -> Files.exists(dir.resolve(".done").resolve(quick.getFileName())));
            assertThat(growing).exists();
            assertThat(dir.resolve(".done").resolve("growing.txt")).doesNotExist();
        } finally {
            writer.shutdownNow();
            writer.awaitTermination(5, TimeUnit.SECONDS);
        }
        Awaitility.await().atMost(WAIT).until(() -> Files.exists(dir.resolve(".done").resolve("growing.txt")));
    }

    @Test
    void ediInterchangesFromSftpGoToTheReceivedEndpointAsEdi() throws Exception {
        Path edi = IntakeServers.sftpRoot.resolve("edi/in").resolve("interchange-" + System.nanoTime() + ".edi");
        Files.write(edi, text("UNA:+.? 'UNB+UNOC:3+SENDER+HUB+240301:1200+" + System.nanoTime() + "'UNZ+0+1'"));
        Awaitility.await().atMost(WAIT).until(() -> Files.exists(edi.resolveSibling(".done").resolve(edi.getFileName())));
        assertThat(jdbc.queryForObject("SELECT source FROM received_file WHERE file_name = ?", String.class,
                edi.getFileName().toString())).isEqualTo("edi");
    }

    @Test
    void aDocumentSharingReferencesWithTwoDossiersMergesThem() throws Exception {
        Shipment s = Shipment.random();
        feed("invoice.txt", s.invoice());
        String first = awaitDossierOf(s.invoiceRef());
        feed("bl.txt", s.billOfLading());
        String second = awaitDossierOf("BL:" + s.blNo());
        assertThat(second).isNotEqualTo(first);
        feed("packing-list.txt", s.packingList()); // cites both the invoice and the B/L

        JsonNode report = awaitReport(first);
        assertThat(report.path("documents").findValuesAsText("type"))
                .containsExactlyInAnyOrder("INVOICE", "BILL_OF_LADING", "PACKING_LIST");
        assertThat(report.path("documents").findValuesAsText("source")).containsOnly("edi");
        assertThat(jdbc.queryForObject("SELECT merged_into FROM dossier WHERE dossier_id = ?", String.class, second))
                .isEqualTo(first);
        assertThat(receive(RESULTS_QUEUE, "dossierId = '" + second + "'", Duration.ofMillis(500))).isNull();
    }

    /** what the EDI feed of another developer does: raw bytes to the received endpoint */
    private void feed(String name, byte[] content) {
        Exchange result = producer.send("direct:received-file", ex -> {
            ex.getMessage().setBody(content);
            ex.getMessage().setHeaders(Map.of(Exchange.FILE_NAME, name, "hubSource", "edi"));
        });
        assertThat(result.getException()).isNull();
    }
}
