package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Provenance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A container number a scan garbled beyond the check digit's repair ("MAEUOQ076791" for MAEU0076791): never reported
 * as read, and taken as the number another document states only where it is the one valid number near it.
 */
class GarbledContainerTest {

    private static Document scannedPackingList() {
        return ScannedLines.document("PACKING LIST", "Containers: MRKU9026838, MAEUOQ076791@0.12");
    }

    private static Document billOfLading(String... containers) {
        List<FieldValue> values = java.util.Arrays.stream(containers).map(c -> new FieldValue(c, c,
                new Provenance("d2", 1, new Box(1, 1, 50, 20), ExtractionMethod.PDF_TEXT, 1.0, null))).toList();
        return new Document("d2", DocumentType.BILL_OF_LADING, "bl.pdf", "test", ExtractionMethod.PDF_TEXT, 0.95,
                Map.of(Field.CONTAINER_NUMBER, values), List.of(), null);
    }

    private static List<String> containersOfThePackingList(Document billOfLading) {
        return DoubtfulValues.confirmedAcrossDocuments(List.of(scannedPackingList(), billOfLading)).get(0)
                .all(Field.CONTAINER_NUMBER).stream().map(FieldValue::value).toList();
    }

    @Test
    void aGarbledContainerNumberIsNotReportedAsRead() {
        Document packingList = scannedPackingList();
        assertThat(packingList.all(Field.CONTAINER_NUMBER)).extracting(FieldValue::value)
                .containsExactly("MRKU9026838");
        assertThat(packingList.withheld().get(Field.CONTAINER_NUMBER)).extracting(FieldValue::value)
                .containsExactly("MAEUOQ076791");
    }

    @Test
    void aGarbledContainerNumberIsTheValidNumberNearItThatAnotherDocumentStates() {
        List<Document> confirmed = DoubtfulValues.confirmedAcrossDocuments(
                List.of(scannedPackingList(), billOfLading("MAEU0076791", "MRKU9026838")));
        assertThat(confirmed.get(0).all(Field.CONTAINER_NUMBER)).extracting(FieldValue::value)
                .containsExactly("MRKU9026838", "MAEU0076791");
        assertThat(confirmed.get(0).all(Field.CONTAINER_NUMBER).get(1).source().assumption())
                .contains("MAEUOQ076791").contains("bill of lading d2");
    }

    @Test
    void otherwiseItStaysWithheld() {
        assertThat(containersOfThePackingList(billOfLading("MAEU5512347", "MRKU9026838")))
                .as("another serial altogether: another container").containsExactly("MRKU9026838");
        assertThat(containersOfThePackingList(billOfLading("MAEU0076791".replace("MAEU", "MSKU"), "MRKU9026838")))
                .as("another owner").containsExactly("MRKU9026838");
    }
}
