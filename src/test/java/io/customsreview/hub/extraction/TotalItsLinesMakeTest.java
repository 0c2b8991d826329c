package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.Provenance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A scanned document's total misread where its own lines make the value other documents state. */
class TotalItsLinesMakeTest {

    private static FieldValue value(String id, ExtractionMethod method, String value, String raw, double confidence) {
        return new FieldValue(value, raw, new Provenance(id, 1, new Box(1, 1, 50, 20), method, confidence, null));
    }

    private static LineItem weighing(String id, ExtractionMethod method, int number, String gross) {
        return new LineItem(number, Map.of(LineField.GROSS_WEIGHT, value(id, method, gross, gross, 0.95)));
    }

    /** a packing list scanned: lines of 499.44 + 977 + 882.43 = 2,358.87 kg, its total read {@code read} */
    private static Document scannedPackingList(String read, double confidence) {
        return new Document("d1", DocumentType.PACKING_LIST, "scan.png", "test", ExtractionMethod.OCR, 0.9,
                Map.of(Field.GROSS_WEIGHT, List.of(value("d1", ExtractionMethod.OCR, read, read, confidence))),
                List.of(weighing("d1", ExtractionMethod.OCR, 1, "499.44"), weighing("d1", ExtractionMethod.OCR, 2,
                        "977"), weighing("d1", ExtractionMethod.OCR, 3, "882.43")), null);
    }

    private static Document stating(String id, DocumentType type, Field field, String value) {
        return new Document(id, type, id + ".pdf", "test", ExtractionMethod.PDF_TEXT, 0.95,
                Map.of(field, List.of(value(id, ExtractionMethod.PDF_TEXT, value, value, 0.99))), List.of(), null);
    }

    private static String grossWeight(List<Document> documents) {
        return DoubtfulValues.confirmedAcrossDocuments(documents).get(0).first(Field.GROSS_WEIGHT).orElseThrow()
                .value();
    }

    @Test
    void aDoubtfulTotalOneDigitFromWhatItsLinesMakeAndTwoOthersStateIsThatValue() {
        // "2,308.87" read at 0.62 (a 5 read as 0): the lines make 2,358.87, and so do the declaration and the B/L
        Document declaration = stating("d2", DocumentType.DECLARATION, Field.GROSS_WEIGHT, "2358.87");
        Document billOfLading = stating("d3", DocumentType.BILL_OF_LADING, Field.GROSS_WEIGHT, "2358.87");
        assertThat(grossWeight(List.of(scannedPackingList("2308.87", 0.62), declaration, billOfLading)))
                .isEqualTo("2358.87");
        assertThat(grossWeight(List.of(scannedPackingList("2308.87", 0.62), declaration)))
                .as("one other document only").isEqualTo("2308.87");
        assertThat(grossWeight(List.of(scannedPackingList("2308.87", 0.97), declaration, billOfLading)))
                .as("read surely").isEqualTo("2308.87");
    }

    @Test
    void aWithheldTotalOneDigitFromWhatItsLinesMakeAndTwoOthersStateIsThatValue() {
        // "€ 885548 .4" read at 0.02 for 885,548.40 (withheld: a MISSING_FIELD); the lines make 885,548.40 and the
        // invoice and the declaration state it
        FieldValue total = value("d1", ExtractionMethod.OCR, "885548.00", "885548 .4", 0.02);
        LineItem first = new LineItem(1, Map.of(LineField.AMOUNT, value("d1", ExtractionMethod.OCR, "121628.40",
                "121.628,40", 0.95)));
        LineItem second = new LineItem(2, Map.of(LineField.AMOUNT, value("d1", ExtractionMethod.OCR, "763920.00",
                "763.920,00", 0.95)));
        Document contract = new Document("d1", DocumentType.CONTRACT, "scan.pdf", "test", ExtractionMethod.OCR, 0.9,
                Map.of(), List.of(first, second), null, Map.of(Field.TOTAL_AMOUNT, List.of(total)));
        Document invoice = stating("d2", DocumentType.INVOICE, Field.TOTAL_AMOUNT, "885548.40");
        Document declaration = stating("d3", DocumentType.DECLARATION, Field.TOTAL_AMOUNT, "885548.40");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(contract, invoice, declaration)).get(0)
                .first(Field.TOTAL_AMOUNT)).get().extracting(FieldValue::value).isEqualTo("885548.40");
    }
    @Test
    void aTotalOneLookAlikeDigitFromWhatItsLinesPricesMakeAndAnotherStatesIsThatValue() {
        // a degraded invoice whose zeros read as sixes: "47 712,60" (0.94) for 47,712.00 and a line's amount
        // "29 624,00" (0.95) for 29,024.00; its lines' quantities and prices make 47,712.00, the contract states it
        // (a false INVOICE_CONTRACT_AMOUNT_MISMATCH and DECLARED_INVOICE_VALUE_MISMATCH)
        Document contract = stating("d2", DocumentType.CONTRACT, Field.TOTAL_AMOUNT, "47712.00");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(invoiceOfTwoLines("47712.60"), contract)).get(0)
                .first(Field.TOTAL_AMOUNT)).get().extracting(FieldValue::value).isEqualTo("47712.00");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(invoiceOfTwoLines("47712.60"))).get(0)
                .first(Field.TOTAL_AMOUNT)).as("no other document states it").get().extracting(FieldValue::value)
                .isEqualTo("47712.60");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(invoiceOfTwoLines("47782.60"), contract)).get(0)
                .first(Field.TOTAL_AMOUNT)).as("two digits apart").get().extracting(FieldValue::value)
                .isEqualTo("47782.60");
    }

    /** 1,600 x 11.68 = 18,688.00 and 3,200 x 9.07 = 29,024.00 (read "29 624,00"), the total read {@code total} */
    private static Document invoiceOfTwoLines(String total) {
        LineItem first = new LineItem(1, Map.of(LineField.QUANTITY, value("d1", ExtractionMethod.OCR, "1600", "1 600",
                0.79), LineField.UNIT_PRICE, value("d1", ExtractionMethod.OCR, "11.68", "11,68", 0.96),
                LineField.AMOUNT, value("d1", ExtractionMethod.OCR, "18688.00", "18 688,00", 0.96)));
        LineItem second = new LineItem(2, Map.of(LineField.QUANTITY, value("d1", ExtractionMethod.OCR, "3200", "3 200",
                0.81), LineField.UNIT_PRICE, value("d1", ExtractionMethod.OCR, "9.07", "9,07", 0.84),
                LineField.AMOUNT, value("d1", ExtractionMethod.OCR, "29624.00", "29 624,00", 0.95)));
        return new Document("d1", DocumentType.INVOICE, "scan.jpg", "test", ExtractionMethod.OCR, 0.9,
                Map.of(Field.TOTAL_AMOUNT, List.of(value("d1", ExtractionMethod.OCR, total, total, 0.94))),
                List.of(first, second), null);
    }
}
