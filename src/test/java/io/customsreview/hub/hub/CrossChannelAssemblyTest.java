package io.customsreview.hub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents of one shipment arriving over several mails and SFTP end as one dossier and one report. */
class CrossChannelAssemblyTest extends IntakeTestSupport {

    @Test
    void shipmentSplitOverTwoMailsAndAnSftpDropIsOneDossierAndOneReport() throws Exception {
        Shipment s = Shipment.random();
        String carrier = uniqueSender("carrier");
        deliver(mail(carrier, "Invoice " + s.invoiceNo(), "Please find the invoice attached.",
                files("invoice.txt", s.invoice())));
        String dossierId = awaitDossierOf(s.invoiceRef());
        deliver(mail(carrier, "Packing list " + s.invoiceNo(), "And the packing list.",
                files("packing-list.txt", s.packingList())));
        Path drop = IntakeServers.partnerDir("acme").resolve("bl-" + s.blNo() + ".txt");
        Files.write(drop, s.billOfLading());

        JsonNode report = awaitReport(dossierId);
        assertThat(report.path("documents")).hasSize(3);
        assertThat(report.path("documents").findValuesAsText("source")).containsExactlyInAnyOrder("email", "email",
                "sftp");
        assertThat(report.path("documents").findValuesAsText("type"))
                .containsExactlyInAnyOrder("INVOICE", "PACKING_LIST", "BILL_OF_LADING");
        assertThat(report.path("revision").asInt()).isEqualTo(1);
        assertThat(report.has("supersedes")).isFalse();

        // SFTP file moved to .done once stored, the store holds it by content
        Path done = drop.resolveSibling(".done").resolve(drop.getFileName());
        Awaitility.await().atMost(WAIT).until(() -> Files.exists(done));
        assertThat(drop).doesNotExist();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file WHERE source = 'sftp' AND file_name = ?",
                Integer.class, drop.getFileName().toString())).isEqualTo(1);

        // acknowledgements for both mails, then the verdict
        List<MimeMessage> mails = awaitMails(carrier, 3);
        assertThat(mails).anySatisfy(m -> assertThat(m.getSubject()).startsWith("Verdict "));
        assertThat(mails.stream().filter(m -> subject(m).startsWith("Received: ")).map(IntakeTestSupport::content))
                .hasSize(2).allSatisfy(t -> assertThat(t).contains("ACCEPTED").contains(dossierId));
        assertThat(reportsStored(dossierId)).isEqualTo(1);
    }

    @Test
    void twoShipmentsInOneMailEndAsTwoReportsAndALateDocumentSupersedes() throws Exception {
        Shipment a = Shipment.random();
        Shipment b = Shipment.random();
        String broker = uniqueSender("broker");
        deliver(mail(broker, "Two shipments", "Documents of two shipments.",
                files("a-invoice.txt", a.invoice(), "a-pl.txt", a.packingList(), "a-bl.txt", a.billOfLading(),
                        "b-invoice.txt", b.invoice(), "b-pl.txt", b.packingList(), "b-bl.txt", b.billOfLading())));
        String dossierA = awaitDossierOf(a.invoiceRef());
        String dossierB = awaitDossierOf(b.invoiceRef());
        assertThat(dossierA).isNotEqualTo(dossierB);
        JsonNode reportA = awaitReport(dossierA);
        JsonNode reportB = awaitReport(dossierB);
        assertThat(reportA.path("documents").findValuesAsText("fileName"))
                .containsExactlyInAnyOrder("a-invoice.txt", "a-pl.txt", "a-bl.txt");
        assertThat(reportB.path("documents").findValuesAsText("fileName"))
                .containsExactlyInAnyOrder("b-invoice.txt", "b-pl.txt", "b-bl.txt");

        // a late contract of shipment A re-opens its dossier: revision 2 supersedes revision 1
        deliver(mail(broker, "Late contract", "Contract of the first shipment.", files("a-contract.txt",
                text("SALES CONTRACT\nContract No.: " + a.contractNo() + "\n"))));
        JsonNode revised = awaitReport(dossierA);
        assertThat(revised.path("revision").asInt()).isEqualTo(2);
        assertThat(revised.path("supersedes").asText()).isEqualTo(dossierA + "#1");
        assertThat(revised.path("documents")).hasSize(4);
        assertThat(reportsStored(dossierA)).isEqualTo(2);
        assertThat(reportsStored(dossierB)).isEqualTo(1);
    }

    @Test
    void theSameMailDeliveredTwiceIsReviewedOnce() throws Exception {
        Shipment s = Shipment.random();
        String carrier = uniqueSender("twice");
        MimeMessage mail = mail(carrier, "Shipment " + s.invoiceNo(), "All documents.",
                files("invoice.txt", s.invoice(), "pl.txt", s.packingList(), "bl.txt", s.billOfLading()));
        deliver(mail);
        String dossierId = awaitDossierOf(s.invoiceRef());
        awaitReport(dossierId);
        deliver(mail);
        List<MimeMessage> mails = awaitMails(carrier, 3); // two acknowledgements, one verdict
        assertThat(mails.stream().filter(m -> subject(m).startsWith("Received: ")).map(IntakeTestSupport::content)
                .toList()).anySatisfy(t -> assertThat(t).contains("DUPLICATE").doesNotContain("ACCEPTED"));
        assertThat(receive(RESULTS_QUEUE, "dossierId = '" + dossierId + "'", Duration.ofSeconds(3))).isNull();
        assertThat(reportsStored(dossierId)).isEqualTo(1);
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
