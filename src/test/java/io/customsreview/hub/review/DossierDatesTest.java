package io.customsreview.hub.review;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Provenance;
import io.customsreview.hub.extraction.FieldExtractor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates whose documents do not show whether day or month comes first, read as the dossier's events suggest. */
class DossierDatesTest {

    @Test
    void twoDocumentsOfUnshownOrderAreReadSoThatTheirEventsStayInOrder() {
        // a declaration "11/10/2024" (10 November) and a B/L's on-board date "10/12/2024" (12 October), neither
        // document showing its order: read one day first and the other month first, the declaration came a day before
        // the loading (a false DATE_SEQUENCE_ERROR on a clean dossier)
        Dossier dossier = new Dossier("dates", List.of(
                dated("d1", DocumentType.CONTRACT, Field.DOCUMENT_DATE, "2024-09-30", "30/09/2024", null),
                dated("d2", DocumentType.INVOICE, Field.DOCUMENT_DATE, "2024-10-08", "10/08/2024",
                        null), // its order shown elsewhere in it
                dated("d3", DocumentType.BILL_OF_LADING, Field.ON_BOARD_DATE, "2024-10-12", "10/12/2024",
                        FieldExtractor.ASSUMED_DAY_ORDER),
                dated("d4", DocumentType.DECLARATION, Field.DOCUMENT_DATE, "2024-10-11", "11/10/2024",
                        FieldExtractor.ASSUMED_DAY_ORDER)));

        Dossier settled = DossierDates.reconcile(dossier);

        assertThat(date(settled, "d4", Field.DOCUMENT_DATE)).isEqualTo("2024-11-10");
        assertThat(date(settled, "d3", Field.ON_BOARD_DATE)).isEqualTo("2024-10-12");
    }

    @Test
    void aDocumentsDatesAreSettledWithItsWithheldValuesKept() {
        FieldValue withheldWeight = new FieldValue("19", "L18B19KGS",
                new Provenance("d3", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.14, null));
        Document billOfLading = new Document("d3", DocumentType.BILL_OF_LADING, "bl.jpg", "test",
                ExtractionMethod.OCR, 0.9, Map.of(Field.ON_BOARD_DATE, List.of(value("d3", "2024-12-10", "10/12/2024",
                FieldExtractor.ASSUMED_DAY_ORDER))), List.of(), null,
                Map.of(Field.GROSS_WEIGHT, List.of(withheldWeight)));
        Dossier dossier = new Dossier("dates", List.of(
                dated("d1", DocumentType.CONTRACT, Field.DOCUMENT_DATE, "2024-09-30", "30/09/2024", null),
                dated("d2", DocumentType.INVOICE, Field.DOCUMENT_DATE, "2024-10-08", "10/08/2024", null),
                billOfLading));

        Dossier settled = DossierDates.reconcile(dossier);

        Document bl = settled.documents().get(2);
        assertThat(date(settled, "d3", Field.ON_BOARD_DATE)).isEqualTo("2024-10-12");
        assertThat(bl.withheld()).containsEntry(Field.GROSS_WEIGHT, List.of(withheldWeight));
    }

    private static Document dated(String id, DocumentType type, Field field, String date, String raw,
                                  String assumption) {
        return new Document(id, type, id + ".pdf", "test", ExtractionMethod.PDF_TEXT, 0.95,
                Map.of(field, List.of(value(id, date, raw, assumption))), List.of(), null);
    }

    private static FieldValue value(String document, String date, String raw, String assumption) {
        return new FieldValue(date, raw, new Provenance(document, 1, null, ExtractionMethod.PDF_TEXT, 1.0,
                assumption));
    }

    private static String date(Dossier dossier, String id, Field field) {
        return dossier.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow()
                .first(field).orElseThrow().value();
    }
}
