package io.customsreview.hub.review;

import io.customsreview.hub.corpus.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #3, "the same shipment as EDI and as PDF gives the same report": generated shipments, clean and with faults
 * on the documents that go as EDIFACT, reviewed once as PDFs and once with contract, invoice, packing list, bill of
 * lading and declaration as UN/EDIFACT interchanges (written from the same document views as the PDFs). Verdict and
 * findings (rule, and the fields each names on which documents) must agree.
 */
class EdiRoundTripTest {

    private static final long SEED = 3_150_722L;

    /** faults that change what an EDIFACT document says (or the dossier as a whole) */
    private static final List<Fault> FAULTS = List.of(Fault.BL_NUMBER_MISMATCH, Fault.INVOICE_NUMBER_MISMATCH,
            Fault.CONTRACT_NUMBER_MISMATCH, Fault.INVOICE_CONTRACT_AMOUNT_MISMATCH, Fault.DECLARED_VALUE_EXCEEDS_CONTRACT,
            Fault.LINE_ARITHMETIC_ERROR, Fault.CURRENCY_MISMATCH, Fault.HS_CODE_MISMATCH, Fault.QUANTITY_MISMATCH,
            Fault.PACKAGE_COUNT_MISMATCH, Fault.GROSS_WEIGHT_MISMATCH, Fault.NET_WEIGHT_MISMATCH,
            Fault.CONTAINER_MISMATCH, Fault.PARTY_MISMATCH, Fault.PORT_MISMATCH, Fault.INCOTERMS_MISMATCH);

    @Test
    void theSameShipmentAsEdiAndAsPdfGivesTheSameReport(@TempDir Path work) {
        EdiRoundTrip trip = new EdiRoundTrip(work);
        List<EdiRoundTrip.Outcome> outcomes = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            outcomes.add(trip.run(SEED, i, List.of()));
        }
        for (int i = 0; i < FAULTS.size(); i++) {
            outcomes.add(trip.run(SEED, 5 + i, List.of(FAULTS.get(i))));
        }
        List<String> different = outcomes.stream().filter(o -> !o.same()).map(EdiRoundTrip.Outcome::describe).toList();
        assertThat(different).as("dossiers whose EDI review differs from the PDF review").isEmpty();
        // the faults were found, so that agreeing is no agreement on nothing
        assertThat(outcomes.subList(4, outcomes.size())).allSatisfy(o ->
                assertThat(o.ediFindings()).anySatisfy(f -> assertThat(f).startsWith(o.faults().get(0).name() + " ")));
        assertThat(outcomes.subList(0, 4)).allSatisfy(o -> assertThat(o.ediFindings()).isEmpty());
    }
}
