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

/** A doubtful OCR reading is taken only where another document states exactly the same value. */
class DoubtfulValuesConfirmationTest {

    private static FieldValue value(String documentId, String value, double confidence, ExtractionMethod method) {
        return new FieldValue(value, value, new Provenance(documentId, 1, new Box(10, 10, 200, 40), method,
                confidence, null));
    }

    private static Document scannedBillOfLading(String grossWeight) {
        Document read = new Document("d1", DocumentType.BILL_OF_LADING, "bl.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(Field.GROSS_WEIGHT, List.of(value("d1", grossWeight, 0.41, ExtractionMethod.OCR)),
                        Field.BL_NUMBER, List.of(value("d1", "HDMU9284281927", 0.9, ExtractionMethod.OCR))),
                List.of(), null);
        return DoubtfulValues.withhold(read, 0.6);
    }

    private static Document packingList(String grossWeight) {
        return new Document("d2", DocumentType.PACKING_LIST, "pl.pdf", "test", ExtractionMethod.PDF_TEXT, 0.95,
                Map.of(Field.GROSS_WEIGHT, List.of(value("d2", grossWeight, 0.99, ExtractionMethod.PDF_TEXT))),
                List.of(), null);
    }

    @Test
    void doubtfulReadingIsWithheldOnItsOwn() {
        Document bl = scannedBillOfLading("5738.29");
        assertThat(bl.has(Field.GROSS_WEIGHT)).isFalse();
        assertThat(bl.withheld().get(Field.GROSS_WEIGHT)).extracting(FieldValue::value).containsExactly("5738.29");
        assertThat(bl.has(Field.BL_NUMBER)).isTrue();

        List<Document> alone = DoubtfulValues.confirmedAcrossDocuments(List.of(bl));
        assertThat(alone.get(0).has(Field.GROSS_WEIGHT)).as("a document never confirms itself").isFalse();
    }

    @Test
    void doubtfulReadingEqualToAnotherDocumentsIsTakenWithANote() {
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(
                List.of(scannedBillOfLading("5738.29"), packingList("5738.290")));
        FieldValue weight = dossier.get(0).first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("5738.29");
        assertThat(weight.source().confidence()).isEqualTo(0.41);
        assertThat(weight.source().assumption()).contains("low confidence").contains("packing list d2");
        assertThat(dossier.get(0).withheld()).isEmpty();
    }

    @Test
    void doubtfulReadingThatDiffersStaysWithheld() {
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(
                List.of(scannedBillOfLading("5748.29"), packingList("5738.29")));
        assertThat(dossier.get(0).has(Field.GROSS_WEIGHT)).isFalse();
        assertThat(dossier.get(0).withheld()).containsKey(Field.GROSS_WEIGHT);
    }

    @Test
    void aWithheldWeightOneDigitFromWhatTwoOtherDocumentsStateIsThatWeight() {
        // "2,863.51 KGS" at 0.00 on a degraded B/L where packing list and declaration state 2,861.51: withheld, then a
        // MISSING_FIELD warning; two statements outweigh one glyph read without confidence
        Document declaration = new Document("d3", DocumentType.DECLARATION, "decl.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(Field.GROSS_WEIGHT, List.of(value("d3", "5738.29", 0.99,
                ExtractionMethod.PDF_TEXT))), List.of(), null);
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(
                List.of(scannedBillOfLading("5748.29"), packingList("5738.29"), declaration));
        FieldValue weight = dossier.get(0).first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("5738.29");
        assertThat(weight.source().assumption()).contains("5748.29").contains("packing list d2")
                .contains("declaration d3");
    }

    @Test
    void twoDoubtfulReadingsOfTheSameValueConfirmEachOther() {
        Document declaration = DoubtfulValues.withhold(new Document("d3", DocumentType.DECLARATION, "decl.jpg", "test",
                ExtractionMethod.OCR, 0.7, Map.of(Field.GROSS_WEIGHT,
                List.of(value("d3", "5738.29", 0.35, ExtractionMethod.OCR))), List.of(), null), 0.6);
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(
                List.of(scannedBillOfLading("5738.29"), declaration));
        assertThat(dossier).allSatisfy(d -> assertThat(d.first(Field.GROSS_WEIGHT)).get()
                .extracting(FieldValue::value).isEqualTo("5738.29"));
        assertThat(dossier.get(0).first(Field.GROSS_WEIGHT).orElseThrow().source().assumption())
                .contains("declaration d3");

        List<Document> differing = DoubtfulValues.confirmedAcrossDocuments(
                List.of(scannedBillOfLading("5788.29"), declaration));
        assertThat(differing).noneSatisfy(d -> assertThat(d.has(Field.GROSS_WEIGHT)).isTrue());
    }

    private static Document scannedCertificate(String invoiceNumber) {
        return DoubtfulValues.withhold(new Document("d4", DocumentType.CERTIFICATE_OF_ORIGIN, "co.pdf", "test",
                ExtractionMethod.OCR, 0.8, Map.of(Field.INVOICE_NUMBER,
                List.of(value("d4", invoiceNumber, 0.01, ExtractionMethod.OCR))), List.of(), null), 0.6);
    }

    private static Document invoice(String number) {
        return new Document("d5", DocumentType.INVOICE, "inv.pdf", "test", ExtractionMethod.PDF_TEXT, 0.95,
                Map.of(Field.INVOICE_NUMBER, List.of(value("d5", number, 0.99, ExtractionMethod.PDF_TEXT))),
                List.of(), null);
    }

    @Test
    void aDoubtfulReferenceThatIsAnotherDocumentsAsOcrReadsItIsTaken() {
        // Tesseract doubts "C1/3600/25" (a digit among letters) at 0.01; the invoice prints "CI/3600/25"
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(
                List.of(scannedCertificate("C1/3600/25"), invoice("CI/3600/25")),
                io.customsreview.hub.rules.Normalize::scannedReferencesReadAlike);
        assertThat(dossier.get(0).first(Field.INVOICE_NUMBER)).get().extracting(FieldValue::value)
                .isEqualTo("C1/3600/25");

        List<Document> exactOnly = DoubtfulValues.confirmedAcrossDocuments(
                List.of(scannedCertificate("C1/3600/25"), invoice("CI/3600/25")));
        assertThat(exactOnly.get(0).has(Field.INVOICE_NUMBER)).isFalse();

        List<Document> anotherNumber = DoubtfulValues.confirmedAcrossDocuments(
                List.of(scannedCertificate("C1/3600/26"), invoice("CI/3600/25")),
                io.customsreview.hub.rules.Normalize::scannedReferencesReadAlike);
        assertThat(anotherNumber.get(0).has(Field.INVOICE_NUMBER)).isFalse();
    }

    @Test
    void aDoubtfulReferenceWithoutTheLettersAnotherDocumentsStartsWithIsThatReference() {
        // "INV 2024-56879" (its dash lost) read as the label "INV" and "2024-56879" at 0.00: a false MISSING_FIELD
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(
                List.of(scannedCertificate("2024-56879"), invoice("INV-2024-56879")));
        FieldValue number = dossier.get(0).first(Field.INVOICE_NUMBER).orElseThrow();
        assertThat(number.value()).isEqualTo("INV-2024-56879");
        assertThat(number.source().assumption()).contains("2024-56879").contains("after its letters");

        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedCertificate("2024-56878"),
                invoice("INV-2024-56879"))).get(0).has(Field.INVOICE_NUMBER)).as("another number").isFalse();
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedCertificate("4-56879"),
                invoice("INV-2024-56879"))).get(0).has(Field.INVOICE_NUMBER)).as("digits lost too").isFalse();
        // read beside no label (its label lost on a degraded packing list)
        FieldValue offered = new FieldValue("242623", "242623", new Provenance("d4", 1, new Box(10, 10, 200, 40),
                ExtractionMethod.OCR, 0.0, UnlabelledValues.NO_LABEL));
        Document packingList = new Document("d4", DocumentType.PACKING_LIST, "pl.png", "test", ExtractionMethod.OCR,
                0.8, Map.of(), List.of(), null, Map.of(Field.INVOICE_NUMBER, List.of(offered)));
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(packingList, invoice("STI242623"))).get(0)
                .first(Field.INVOICE_NUMBER)).get().extracting(FieldValue::value).isEqualTo("STI242623");
    }

    @Test
    void aDoubtfulVoyageIsConfirmedByAnotherDocumentsAsOcrReadsAVoyage() {
        // "751S" read "7518S" at 0.07 on a scanned B/L (the S's glyph read twice); the insurance prints "751S"
        Document bl = DoubtfulValues.withhold(new Document("d6", DocumentType.BILL_OF_LADING, "bl.pdf", "test",
                ExtractionMethod.OCR, 0.8, Map.of(Field.VOYAGE, List.of(value("d6", "7518S", 0.07,
                ExtractionMethod.OCR))), List.of(), null), 0.6);
        Document insurance = new Document("d7", DocumentType.INSURANCE, "ins.pdf", "test", ExtractionMethod.PDF_TEXT,
                0.95, Map.of(Field.VOYAGE, List.of(value("d7", "751S", 0.99, ExtractionMethod.PDF_TEXT))),
                List.of(), null);
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(bl, insurance),
                io.customsreview.hub.rules.Normalize::scannedReferencesReadAlike).get(0).first(Field.VOYAGE))
                .get().extracting(FieldValue::value).isEqualTo("7518S");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(bl, insurance),
                (field, a, b) -> io.customsreview.hub.rules.Normalize.referencesReadAlike(a, b)).get(0)
                .has(Field.VOYAGE)).as("not as any reference").isFalse();
        // "861S" read "8641S" at 0.00 on a clean scan of a B/L (a speck read as a digit): a false MISSING_FIELD
        Document specked = DoubtfulValues.withhold(new Document("d6", DocumentType.BILL_OF_LADING, "bl.pdf", "test",
                ExtractionMethod.OCR, 0.8, Map.of(Field.VOYAGE, List.of(value("d6", "8641S", 0.0,
                ExtractionMethod.OCR))), List.of(), null), 0.6);
        Document declaration = new Document("d7", DocumentType.DECLARATION, "cusdec.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(Field.VOYAGE, List.of(value("d7", "861S", 0.99,
                ExtractionMethod.PDF_TEXT))), List.of(), null);
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(specked, declaration),
                io.customsreview.hub.rules.Normalize::scannedReferencesReadAlike).get(0).first(Field.VOYAGE))
                .get().extracting(FieldValue::value).isEqualTo("8641S");
    }

    @Test
    void aDoubtfulWeightOneLookAlikeDigitFromAnotherDocumentsIsThatDocumentsValue() {
        // "2,570.04" read "2,970.04" at 0.41 on the scanned B/L (a 5 read as 9); the packing list states 2570.04
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(
                List.of(scannedBillOfLading("2970.04"), packingList("2570.04")));
        FieldValue weight = dossier.get(0).first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("2570.04");
        assertThat(weight.source().assumption()).contains("2970.04").contains("packing list d2").contains("look-alike");

        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedBillOfLading("2970.05"),
                packingList("2570.04"))).get(0).has(Field.GROSS_WEIGHT)).as("two digits apart").isFalse();
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedBillOfLading("2470.04"),
                packingList("2570.04"))).get(0).has(Field.GROSS_WEIGHT)).as("4 and 5 are no look-alikes").isFalse();
    }

    @Test
    void aDoubtfulWeightWithTheDigitsOfAnotherDocumentsAndNoDecimalMarkIsThatDocumentsValue() {
        // "1573.43" read "157343" at 0.41 on the scanned B/L (the dot too faint); the packing list states 1573.43
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(
                List.of(scannedBillOfLading("157343"), packingList("1573.43")));
        FieldValue weight = dossier.get(0).first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("1573.43");
        assertThat(weight.source().assumption()).contains("157343").contains("packing list d2")
                .contains("decimal mark");

        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedBillOfLading("157344"),
                packingList("1573.43"))).get(0).has(Field.GROSS_WEIGHT)).as("other digits").isFalse();
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedBillOfLading("1573.4"),
                packingList("1573.43"))).get(0).has(Field.GROSS_WEIGHT)).as("a digit lost, not a mark").isFalse();
        // "16409.5 KG" read "164095" at 0.00 on a scanned B/L: one decimal printed, none read
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedBillOfLading("164095"),
                packingList("16409.50"))).get(0).first(Field.GROSS_WEIGHT)).get().extracting(FieldValue::value)
                .isEqualTo("16409.50");
    }

    @Test
    void aTotalReadDoubtfullyOneLookAlikeDigitFromWhatTwoOtherDocumentsStateIsThatValue() {
        // "79,734.38" read at 0.83 on a scanned declaration; invoice and contract state 70,734.38 (two false findings)
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(List.of(
                total("d1", DocumentType.DECLARATION, "79734.38", 0.83, ExtractionMethod.OCR),
                total("d2", DocumentType.INVOICE, "70734.38", 0.96, ExtractionMethod.OCR),
                total("d3", DocumentType.CONTRACT, "70734.38", 0.99, ExtractionMethod.PDF_TEXT)));
        FieldValue declared = dossier.get(0).first(Field.TOTAL_AMOUNT).orElseThrow();
        assertThat(declared.value()).isEqualTo("70734.38");
        assertThat(declared.source().assumption()).contains("79734.38").contains("invoice d2").contains("contract d3");

        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                total("d1", DocumentType.DECLARATION, "79734.38", 0.83, ExtractionMethod.OCR),
                total("d2", DocumentType.INVOICE, "70734.38", 0.96, ExtractionMethod.OCR))).get(0)
                .first(Field.TOTAL_AMOUNT)).get().extracting(FieldValue::value).as("one document only")
                .isEqualTo("79734.38");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                total("d1", DocumentType.DECLARATION, "79734.38", 0.95, ExtractionMethod.OCR),
                total("d2", DocumentType.INVOICE, "70734.38", 0.96, ExtractionMethod.OCR),
                total("d3", DocumentType.CONTRACT, "70734.38", 0.99, ExtractionMethod.PDF_TEXT))).get(0)
                .first(Field.TOTAL_AMOUNT)).get().extracting(FieldValue::value).as("read surely")
                .isEqualTo("79734.38");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                total("d1", DocumentType.DECLARATION, "72734.38", 0.83, ExtractionMethod.OCR),
                total("d2", DocumentType.INVOICE, "70734.38", 0.96, ExtractionMethod.OCR),
                total("d3", DocumentType.CONTRACT, "70734.38", 0.99, ExtractionMethod.PDF_TEXT))).get(0)
                .first(Field.TOTAL_AMOUNT)).get().extracting(FieldValue::value).as("2 and 0 do not look alike")
                .isEqualTo("72734.38");
    }

    @Test
    void aWeightReadWithItsThousandsSeparatorForTheMarkIsTheValueTwoOtherDocumentsState() {
        // "1.304,41 KG" read "1.30441KG" at 0.68 on a degraded B/L: 1.30441 kg against 1,304.41 (a false
        // GROSS_WEIGHT_MISMATCH)
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(List.of(
                total("d1", DocumentType.BILL_OF_LADING, "1.30441", 0.68, ExtractionMethod.OCR),
                total("d2", DocumentType.INVOICE, "1304.41", 0.96, ExtractionMethod.OCR),
                total("d3", DocumentType.CONTRACT, "1304.41", 0.99, ExtractionMethod.PDF_TEXT)));
        FieldValue read = dossier.get(0).first(Field.TOTAL_AMOUNT).orElseThrow();
        assertThat(read.value()).isEqualTo("1304.41");
        assertThat(read.source().assumption()).contains("decimal mark not read");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                total("d1", DocumentType.BILL_OF_LADING, "1.30441", 0.68, ExtractionMethod.OCR),
                total("d2", DocumentType.INVOICE, "1304.41", 0.96, ExtractionMethod.OCR))).get(0)
                .first(Field.TOTAL_AMOUNT)).get().extracting(FieldValue::value).as("one document only")
                .isEqualTo("1.30441");
    }

    @Test
    void aTotalItsOwnLinesMakeAsReadIsNotTakenForWhatOtherDocumentsState() {
        // a degraded declaration: total "€ 2.551, 40" at 0.26, its one line "2.551,40" at 0.91; invoice and contract
        // state 2,651.40. The declaration states 2,551.40 twice (a planted DECLARED_INVOICE_VALUE_MISMATCH, missed,
        // and a false LINE_ARITHMETIC_ERROR)
        Document declaration = new Document("d1", DocumentType.DECLARATION, "d1.png", "test", ExtractionMethod.OCR,
                0.9, Map.of(Field.TOTAL_AMOUNT, List.of(value("d1", "2551.40", 0.26, ExtractionMethod.OCR))),
                List.of(new io.customsreview.hub.domain.LineItem(1, Map.of(io.customsreview.hub.domain.LineField.AMOUNT,
                        value("d1", "2551.40", 0.91, ExtractionMethod.OCR)))), null);
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(List.of(declaration,
                total("d2", DocumentType.INVOICE, "2651.40", 0.96, ExtractionMethod.OCR),
                total("d3", DocumentType.CONTRACT, "2651.40", 0.99, ExtractionMethod.PDF_TEXT)));
        assertThat(dossier.get(0).first(Field.TOTAL_AMOUNT)).get().extracting(FieldValue::value)
                .isEqualTo("2551.40");
    }

    @Test
    void aWeightReadWithTheDigitsTwoOtherDocumentsStateAndItsDecimalMarkLostIsThatValue() {
        // "1,434.00 Kgs" read "143400" at 0.63 on a scanned B/L; packing list and declaration state 1434 (a false
        // gross weight mismatch of 141,966 kg)
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.BILL_OF_LADING, "143400", 0.63),
                weighed("d2", DocumentType.PACKING_LIST, "1434", 0.94),
                weighed("d3", DocumentType.DECLARATION, "1434", 0.91)));
        FieldValue weight = dossier.get(0).first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("1434");
        assertThat(weight.source().assumption()).contains("143400").contains("decimal mark");

        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.BILL_OF_LADING, "143400", 0.63),
                weighed("d2", DocumentType.PACKING_LIST, "1434", 0.94),
                weighed("d3", DocumentType.DECLARATION, "1435", 0.91))).get(0).first(Field.GROSS_WEIGHT))
                .get().extracting(FieldValue::value).as("the others disagree").isEqualTo("143400");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.BILL_OF_LADING, "14", 0.63),
                weighed("d2", DocumentType.PACKING_LIST, "1400", 0.94),
                weighed("d3", DocumentType.DECLARATION, "1400", 0.91))).get(0).first(Field.GROSS_WEIGHT))
                .get().extracting(FieldValue::value).as("no mark lost makes 1400 of 14").isEqualTo("14");
    }

    @Test
    void aDoubtfulWeightOneDigitOfAnyShapeFromTheValueTwoOtherDocumentsStateIsThatValue() {
        // "2,522.83 KGS" read "2,022.83" at 0.81 on a clean scan of a packing list; declaration, certificate and B/L
        // state 2,522.83 (a false GROSS_WEIGHT_MISMATCH and NET_EXCEEDS_GROSS)
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.PACKING_LIST, "2022.83", 0.81),
                weighed("d2", DocumentType.DECLARATION, "2522.83", 0.96),
                weighed("d3", DocumentType.BILL_OF_LADING, "2522.83", 0.95)));
        FieldValue weight = dossier.get(0).first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("2522.83");
        assertThat(weight.source().assumption()).contains("2022.83").contains("one digit apart");

        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.PACKING_LIST, "2022.83", 0.81),
                weighed("d2", DocumentType.DECLARATION, "2522.83", 0.96))).get(0).first(Field.GROSS_WEIGHT))
                .get().extracting(FieldValue::value).as("one document only").isEqualTo("2022.83");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.PACKING_LIST, "2022.83", 0.95),
                weighed("d2", DocumentType.DECLARATION, "2522.83", 0.96),
                weighed("d3", DocumentType.BILL_OF_LADING, "2522.83", 0.95))).get(0).first(Field.GROSS_WEIGHT))
                .get().extracting(FieldValue::value).as("read surely").isEqualTo("2022.83");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.PACKING_LIST, "2012.83", 0.81),
                weighed("d2", DocumentType.DECLARATION, "2522.83", 0.96),
                weighed("d3", DocumentType.BILL_OF_LADING, "2522.83", 0.95))).get(0).first(Field.GROSS_WEIGHT))
                .get().extracting(FieldValue::value).as("two digits apart").isEqualTo("2012.83");
        List<Document> totals = DoubtfulValues.confirmedAcrossDocuments(List.of(
                total("d1", DocumentType.INVOICE, "12355.00", 0.81, ExtractionMethod.OCR),
                total("d2", DocumentType.CONTRACT, "12345.00", 0.96, ExtractionMethod.OCR),
                total("d3", DocumentType.DECLARATION, "12345.00", 0.95, ExtractionMethod.OCR)));
        assertThat(totals.get(0).first(Field.TOTAL_AMOUNT)).get().extracting(FieldValue::value)
                .as("an amount ten apart may be what the review must find").isEqualTo("12355.00");
    }

    @Test
    void aSurelyReadWeightOneLookAlikeDigitFromTheValueThreeOtherDocumentsStateIsThatValue() {
        // "5,595.5" read "5995.5" at 0.96 on a clean scan of a B/L; packing list, certificate and declaration state
        // 5,595.5 (a false GROSS_WEIGHT_MISMATCH): three statements outweigh one glyph, however surely read
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.BILL_OF_LADING, "5995.5", 0.96),
                weighed("d2", DocumentType.PACKING_LIST, "5595.5", 0.96),
                weighed("d3", DocumentType.CERTIFICATE_OF_ORIGIN, "5595.5", 0.97),
                weighed("d4", DocumentType.DECLARATION, "5595.5", 0.83)));
        FieldValue weight = dossier.get(0).first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("5595.5");
        assertThat(weight.source().assumption()).contains("5995.5").contains("look-alike");

        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.BILL_OF_LADING, "5995.5", 0.96),
                weighed("d2", DocumentType.PACKING_LIST, "5595.5", 0.96),
                weighed("d3", DocumentType.DECLARATION, "5595.5", 0.83))).get(0).first(Field.GROSS_WEIGHT))
                .get().extracting(FieldValue::value).as("two documents only").isEqualTo("5995.5");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.BILL_OF_LADING, "5495.5", 0.96),
                weighed("d2", DocumentType.PACKING_LIST, "5595.5", 0.96),
                weighed("d3", DocumentType.CERTIFICATE_OF_ORIGIN, "5595.5", 0.97),
                weighed("d4", DocumentType.DECLARATION, "5595.5", 0.83))).get(0).first(Field.GROSS_WEIGHT))
                .get().extracting(FieldValue::value).as("4 is no look-alike of 5").isEqualTo("5495.5");
        List<Document> totals = DoubtfulValues.confirmedAcrossDocuments(List.of(
                total("d1", DocumentType.INVOICE, "12395.00", 0.96, ExtractionMethod.OCR),
                total("d2", DocumentType.CONTRACT, "12345.00", 0.96, ExtractionMethod.OCR),
                total("d3", DocumentType.DECLARATION, "12345.00", 0.95, ExtractionMethod.OCR),
                total("d4", DocumentType.INSURANCE, "12345.00", 0.95, ExtractionMethod.OCR)));
        assertThat(totals.get(0).first(Field.TOTAL_AMOUNT)).get().extracting(FieldValue::value)
                .as("an amount read surely is what the review compares").isEqualTo("12395.00");
    }

    @Test
    void aDoubtfulWeightWithOneDigitMoreThanTheValueTwoOtherDocumentsStateIsThatValue() {
        // "40,895.55 KGS" read "490,895.55" at 0.77 on a scanned declaration (a speck read as a 9); packing list and
        // B/L state 40,895.55: a false GROSS_WEIGHT_MISMATCH of 450,000 kg
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.DECLARATION, "490895.55", 0.77),
                weighed("d2", DocumentType.PACKING_LIST, "40895.55", 0.96),
                weighed("d3", DocumentType.BILL_OF_LADING, "40895.55", 0.90)));
        FieldValue weight = dossier.get(0).first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("40895.55");
        assertThat(weight.source().assumption()).contains("490895.55").contains("one more");

        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.DECLARATION, "490895.55", 0.77),
                weighed("d2", DocumentType.PACKING_LIST, "40895.55", 0.96))).get(0).first(Field.GROSS_WEIGHT))
                .get().extracting(FieldValue::value).as("one document only").isEqualTo("490895.55");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.DECLARATION, "490895.55", 0.95),
                weighed("d2", DocumentType.PACKING_LIST, "40895.55", 0.96),
                weighed("d3", DocumentType.BILL_OF_LADING, "40895.55", 0.90))).get(0).first(Field.GROSS_WEIGHT))
                .get().extracting(FieldValue::value).as("read surely").isEqualTo("490895.55");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                weighed("d1", DocumentType.DECLARATION, "490895.45", 0.77),
                weighed("d2", DocumentType.PACKING_LIST, "40895.55", 0.96),
                weighed("d3", DocumentType.BILL_OF_LADING, "40895.55", 0.90))).get(0).first(Field.GROSS_WEIGHT))
                .get().extracting(FieldValue::value).as("other digits changed too").isEqualTo("490895.45");
    }

    @Test
    void aDoubtfulWeightTwoLookAlikeDigitsFromWhatTwoOtherDocumentsStateIsThatValue() {
        // "2,557.85 KGS" read "2,997.85" at 0.37 on a scanned B/L (both 5s read as 9s): a false MISSING_FIELD
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(List.of(scannedBillOfLading("2997.85"),
                weighed("d2", DocumentType.PACKING_LIST, "2557.85", 0.94),
                weighed("d3", DocumentType.DECLARATION, "2557.85", 0.95)));
        FieldValue weight = dossier.get(0).first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("2557.85");
        assertThat(weight.source().assumption()).contains("2997.85").contains("two digits apart");

        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedBillOfLading("2997.85"),
                weighed("d2", DocumentType.PACKING_LIST, "2557.85", 0.94))).get(0).has(Field.GROSS_WEIGHT))
                .as("one document only").isFalse();
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedBillOfLading("2997.85"),
                weighed("d2", DocumentType.PACKING_LIST, "2447.85", 0.94),
                weighed("d3", DocumentType.DECLARATION, "2447.85", 0.95))).get(0).has(Field.GROSS_WEIGHT))
                .as("4 and 9 are no look-alikes").isFalse();
    }

    @Test
    void aDoubtfulWeightWithADigitReadTwiceAndItsMarkLostIsWhatTwoOtherDocumentsState() {
        // "567.79 KGS" read "567,799KGS" at 0.47 on a degraded B/L (its mark read as a grouping comma, the last 9
        // read twice): a false MISSING_FIELD
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(List.of(scannedBillOfLading("567799"),
                weighed("d2", DocumentType.PACKING_LIST, "567.79", 0.97),
                weighed("d3", DocumentType.DECLARATION, "567.79", 0.96)));
        FieldValue weight = dossier.get(0).first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("567.79");
        assertThat(weight.source().assumption()).contains("567799").contains("read twice");

        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedBillOfLading("567799"),
                weighed("d2", DocumentType.PACKING_LIST, "567.79", 0.94))).get(0).has(Field.GROSS_WEIGHT))
                .as("one document only").isFalse();
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedBillOfLading("567739"),
                weighed("d2", DocumentType.PACKING_LIST, "567.79", 0.94),
                weighed("d3", DocumentType.DECLARATION, "567.79", 0.95))).get(0).has(Field.GROSS_WEIGHT))
                .as("a digit more, not one read twice").isFalse();
    }

    @Test
    void aDoubtfulInsuredAmountThatIsTheCustomaryCoverOfTheInvoiceTotalIsTaken() {
        // "USS 9.519,60" read at 0.46 on a degraded policy (stated again below as "9.519, 00" at 0.13), the invoice's
        // total 8,654.18: 110 % of it to the cent (a false MISSING_FIELD)
        assertThat(insuredAmountTaken("9519.60", "8654.18")).get().extracting(FieldValue::value).isEqualTo("9519.60");
        assertThat(insuredAmountTaken("9519.60", "8654.18")).get().extracting(v -> v.source().assumption())
                .asString().contains("110 %");
        assertThat(insuredAmountTaken("9519.00", "8654.18")).as("not 110 % of it").isEmpty();

        // cover rounded up to a whole unit, at 110 % or more (three false MISSING_FIELDs on clean scans): "2,334.00" at
        // 0.35 for a total of 2,121.60 (2,333.76), "342.361,00" at 0.56 for 297,704.80 (115 %: 342,360.52),
        // "7,548,962" at 0.46 for 6,290,801 (120 %: 7,548,961.20)
        assertThat(insuredAmountTaken("2334.00", "2121.60")).get().extracting(v -> v.source().assumption())
                .asString().contains("110 %").contains("rounded up");
        assertThat(insuredAmountTaken("342361.00", "297704.80")).get().extracting(v -> v.source().assumption())
                .asString().contains("115 %");
        assertThat(insuredAmountTaken("7548962.00", "6290801.00")).get().extracting(FieldValue::value)
                .isEqualTo("7548962.00");
        assertThat(insuredAmountTaken("2335.00", "2121.60")).as("a unit more than rounding up gives").isEmpty();
        assertThat(insuredAmountTaken("2333.00", "2121.60")).as("rounded down: less than the cover").isEmpty();
    }

    private static java.util.Optional<FieldValue> insuredAmountTaken(String insured, String invoiceTotal) {
        Document policy = DoubtfulValues.withhold(new Document("d1", DocumentType.INSURANCE, "policy.jpg", "test",
                ExtractionMethod.OCR, 0.8, Map.of(Field.INSURED_AMOUNT, List.of(value("d1", insured, 0.46,
                ExtractionMethod.OCR))), List.of(), null), 0.6);
        return DoubtfulValues.confirmedAcrossDocuments(List.of(policy,
                total("d2", DocumentType.INVOICE, invoiceTotal, 0.99, ExtractionMethod.PDF_TEXT))).get(0)
                .first(Field.INSURED_AMOUNT);
    }

    private static Document weighed(String id, DocumentType type, String grossWeight, double confidence) {
        return new Document(id, type, id + ".png", "test", ExtractionMethod.OCR, 0.9,
                Map.of(Field.GROSS_WEIGHT, List.of(value(id, grossWeight, confidence, ExtractionMethod.OCR))),
                List.of(), null);
    }

    private static Document total(String id, DocumentType type, String amount, double confidence,
                                  ExtractionMethod method) {
        return new Document(id, type, id + ".png", "test", method, 0.9,
                Map.of(Field.TOTAL_AMOUNT, List.of(value(id, amount, confidence, method))), List.of(), null);
    }

    /** a scanned packing list: its net weight total read surely, and its lines' net weights */
    private static Document scannedPackingList(String total, String... lineWeights) {
        return scannedPackingList(0.93, total, lineWeights);
    }

    private static Document scannedPackingList(double totalConfidence, String total, String... lineWeights) {
        List<io.customsreview.hub.domain.LineItem> lines = new java.util.ArrayList<>();
        for (String weight : lineWeights) {
            lines.add(new io.customsreview.hub.domain.LineItem(lines.size() + 1,
                    Map.of(io.customsreview.hub.domain.LineField.NET_WEIGHT, value("d2", weight, 0.9,
                            ExtractionMethod.OCR))));
        }
        return new Document("d2", DocumentType.PACKING_LIST, "pl.png", "test", ExtractionMethod.OCR, 0.9,
                Map.of(Field.NET_WEIGHT, List.of(value("d2", total, totalConfidence, ExtractionMethod.OCR))), lines,
                null);
    }

    private static Document declaration(String netWeight) {
        return new Document("d3", DocumentType.DECLARATION, "decl.pdf", "test", ExtractionMethod.PDF_TEXT, 0.95,
                Map.of(Field.NET_WEIGHT, List.of(value("d3", netWeight, 0.99, ExtractionMethod.PDF_TEXT))),
                List.of(), null);
    }

    @Test
    void aTotalOneLookAlikeDigitFromWhatItsLinesMakeAndAnotherDocumentStatesIsThatValue() {
        // "2,930.91" read at 0.93 for 2,530.91: its lines make 2,530.91, and so says the declaration
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(List.of(
                scannedPackingList("2930.91", "697.72", "1537.73", "295.46"), declaration("2530.91")));
        FieldValue total = dossier.get(0).first(Field.NET_WEIGHT).orElseThrow();
        assertThat(total.value()).isEqualTo("2530.91");
        assertThat(total.source().assumption()).contains("2930.91").contains("declaration d3");

        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                scannedPackingList("2930.91", "697.72", "1537.73", "295.46"), declaration("2930.91"))).get(0)
                .first(Field.NET_WEIGHT)).get().extracting(FieldValue::value).as("the declaration says as read")
                .isEqualTo("2930.91");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(
                scannedPackingList("2730.91", "697.72", "1537.73", "295.46"), declaration("2530.91"))).get(0)
                .first(Field.NET_WEIGHT)).get().extracting(FieldValue::value).as("7 and 5 do not look alike")
                .isEqualTo("2730.91");
    }

    @Test
    void aWeightHardlyReadTwoDigitsFromWhatItsLinesMakeAndTwoOtherDocumentsStateIsThatValue() {
        // "3,950.86 kg" read at 0.69 for 3,555.86 on a clean packing list scan: its lines make 3,555.86, and so say
        // the B/L, the certificate of origin and the declaration (a false GROSS_WEIGHT_MISMATCH)
        String[] lines = {"1611.69", "218.58", "699.18", "1026.41"};
        FieldValue total = DoubtfulValues.confirmedAcrossDocuments(List.of(scannedPackingList(0.69, "3950.86", lines),
                declaration("3555.86"), billOfLading("3555.86"))).get(0).first(Field.NET_WEIGHT).orElseThrow();
        assertThat(total.value()).isEqualTo("3555.86");
        assertThat(total.source().assumption()).contains("3950.86").contains("3555.86");

        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedPackingList(0.69, "3950.86", lines),
                declaration("3555.86"))).get(0).first(Field.NET_WEIGHT)).get().extracting(FieldValue::value)
                .as("one other document only").isEqualTo("3950.86");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedPackingList(0.8, "3950.86", lines),
                declaration("3555.86"), billOfLading("3555.86"))).get(0).first(Field.NET_WEIGHT)).get()
                .extracting(FieldValue::value).as("read well enough").isEqualTo("3950.86");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedPackingList(0.69, "3950.81", lines),
                declaration("3555.86"), billOfLading("3555.86"))).get(0).first(Field.NET_WEIGHT)).get()
                .extracting(FieldValue::value).as("three digits apart").isEqualTo("3950.81");
    }

    @Test
    void aLineAmountOneDigitFromAnotherDocumentsLineWithWhichTheLinesMakeTheTotalIsThatAmount() {
        // "5 002,40" read "5 002,49" (0.93) on a degraded declaration: its lines missed its total 42,804.40 by 0.09
        // (a false LINE_ARITHMETIC_ERROR); the invoice's line states 5,002.40
        Document invoice = withAmounts("d2", DocumentType.INVOICE, ExtractionMethod.PDF_TEXT, "42804.40",
                "22295.00", "1136.40", "10285.60", "5002.40", "4085.00");
        Document declaration = withAmounts("d1", DocumentType.DECLARATION, ExtractionMethod.OCR, "42804.40",
                "22295.00", "1136.40", "10285.60", "5002.49", "4085.00");
        FieldValue amount = DoubtfulValues.confirmedAcrossDocuments(List.of(declaration, invoice)).get(0).lines()
                .get(3).values().get(io.customsreview.hub.domain.LineField.AMOUNT);
        assertThat(amount.value()).isEqualTo("5002.40");
        assertThat(amount.source().assumption()).contains("5002.49").contains("invoice d2");

        Document otherInvoice = withAmounts("d2", DocumentType.INVOICE, ExtractionMethod.PDF_TEXT, "42804.40",
                "22295.00", "1136.40", "10285.60", "5002.49", "4085.00");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(declaration, otherInvoice)).get(0).lines().get(3)
                .values().get(io.customsreview.hub.domain.LineField.AMOUNT).value())
                .as("no other document's line states it").isEqualTo("5002.49");
        Document otherTotal = withAmounts("d1", DocumentType.DECLARATION, ExtractionMethod.OCR, "42814.40",
                "22295.00", "1136.40", "10285.60", "5002.40", "4085.00");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(otherTotal, invoice)).get(0))
                .as("lines read as the invoice's: the total differs").isEqualTo(otherTotal);
    }

    @Test
    void aLineAmountTwoLookAlikeDigitsFromAnotherDocumentsLineWithWhichTheLinesMakeTheTotalIsThatAmount() {
        // "5552.95" read "5992.95" on a clean declaration scan: its lines missed its total 349,264.07 by 440.00 (a
        // false LINE_ARITHMETIC_ERROR); the invoice's line states 5,552.95
        Document invoice = withAmounts("d2", DocumentType.INVOICE, ExtractionMethod.PDF_TEXT, "349264.07",
                "5552.95", "289692.00", "51888.00", "2131.12");
        Document declaration = withAmounts("d1", DocumentType.DECLARATION, ExtractionMethod.OCR, "349264.07",
                "5992.95", "289692.00", "51888.00", "2131.12");
        FieldValue amount = DoubtfulValues.confirmedAcrossDocuments(List.of(declaration, invoice)).get(0).lines()
                .get(0).values().get(io.customsreview.hub.domain.LineField.AMOUNT);
        assertThat(amount.value()).isEqualTo("5552.95");
        assertThat(amount.source().assumption()).contains("5992.95").contains("two look-alike digits");

        Document notLookAlike = withAmounts("d1", DocumentType.DECLARATION, ExtractionMethod.OCR, "349044.07",
                "5772.95", "289692.00", "51888.00", "2131.12");
        Document invoiceOfIt = withAmounts("d2", DocumentType.INVOICE, ExtractionMethod.PDF_TEXT, "349044.07",
                "5332.95", "289692.00", "51888.00", "2131.12");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(notLookAlike, invoiceOfIt)).get(0).lines().get(0)
                .values().get(io.customsreview.hub.domain.LineField.AMOUNT).value())
                .as("7 and 3 do not look alike").isEqualTo("5772.95");
    }

    @Test
    void aGroupedWeightWhoseDecimalMarkTheScanLostIsTakenWhereAnotherDocumentStatesItsVeryDigits() {
        // "G.W.: 4.55943 KGS" (0.00) on a degraded declaration that writes 4.559,43, and "1,12930KGS" (0.64) in a
        // B/L's G.W. column for 1,129.30: no number was read, and a MISSING_FIELD warning stood
        Document declaration = DoubtfulValues.withhold(ScannedLines.document("CUSTOMS DECLARATION",
                "G.W.: 4.55943 KGS@0.00", "Total N.W.: 3.572,27 KGS"), 0.6);
        assertThat(declaration.has(Field.GROSS_WEIGHT)).as("a guess is no reading").isFalse();
        Document packingList = ScannedLines.document("PACKING LIST", "Gross Weight: 4.559,43 KGS",
                "Net Weight: 3.572,27 KGS");
        FieldValue gross = DoubtfulValues.confirmedAcrossDocuments(List.of(declaration, packingList)).get(0)
                .first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(gross.value()).isEqualTo("4559.43");
        assertThat(gross.source().assumption()).contains("decimal mark");

        Document billOfLading = DoubtfulValues.withhold(ScannedLines.table("500:BILL OF LADING",
                "100:Container No. | 300:Description of Goods | 923:Total G.W. | 1043:Measurement",
                "100:TEMU6136319 | 300:45 CS SAID TO CONTAIN: | 935:1,12930KGS@0.64 4.743CBM@0.64"), 0.6);
        assertThat(billOfLading.has(Field.GROSS_WEIGHT)).as("a guess is no reading").isFalse();
        Document invoice = ScannedLines.document("COMMERCIAL INVOICE", "Gross Weight: 1,129.30 KGS");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(billOfLading, invoice)).get(0)
                .first(Field.GROSS_WEIGHT)).get().extracting(FieldValue::value).isEqualTo("1129.3");

        // "2,27449KG" in the G.W. column of a B/L whose one row, packages and goods, is read as the table's total
        Document totalRow = DoubtfulValues.withhold(ScannedLines.table("500:BILL OF LADING",
                "82:Marks & Nos. Container | 269:Pkgs | 407:Description of Goods | 931:Total G.W. | 1040:Measurement",
                "85:TRHU9913458 | 280:156 PACKAGES STC: | 941:2,27449KG@0.67 | 1058:9.553CBM@0.81",
                "411:COTTON KNIT TEE SHIRTS FOR MEN", "413:SWITCHING POWER SUPPLY 65 W"), 0.6);
        assertThat(totalRow.has(Field.GROSS_WEIGHT)).as("a guess is no reading").isFalse();
        Document packingListOfIt = ScannedLines.document("PACKING LIST", "Gross Weight: 2,274.49 KGS");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(totalRow, packingListOfIt)).get(0)
                .first(Field.GROSS_WEIGHT)).get().extracting(FieldValue::value).isEqualTo("2274.49");

        Document otherWeight = ScannedLines.document("PACKING LIST", "Gross Weight: 4.579,43 KGS",
                "Net Weight: 3.572,27 KGS");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(declaration, otherWeight)).get(0)
                .has(Field.GROSS_WEIGHT)).as("another weight: still not read").isFalse();
    }

    @Test
    void aTotalGroupedBySpacesWithOneSpaceReadAsAPointIsTakenWhereAnotherDocumentStatesIt() {
        // "¥ 4.018 694,00" at 0.61 for ¥ 4 018 694,00 (a contract grouping by spaces): no number as read — a
        // space and a point group alike only on a scan; the digits, unsure, are the total the invoice states
        Document contract = DoubtfulValues.withhold(ScannedLines.document("SALES CONTRACT",
                "TOTAL: ¥@0.97 4.018@0.61 694,00@0.61"), 0.6);
        assertThat(contract.has(Field.TOTAL_AMOUNT)).as("a guess is no reading").isFalse();
        Document invoice = ScannedLines.document("COMMERCIAL INVOICE", "Total Amount: CNY 4 018 694,00");
        FieldValue total = DoubtfulValues.confirmedAcrossDocuments(List.of(contract, invoice)).get(0)
                .first(Field.TOTAL_AMOUNT).orElseThrow();
        assertThat(total.value()).isEqualTo("4018694.00");
        Document otherTotal = ScannedLines.document("COMMERCIAL INVOICE", "Total Amount: CNY 4 018 664,00");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(contract, otherTotal)).get(0)
                .has(Field.TOTAL_AMOUNT)).as("another total: still not read").isFalse();
    }

    private static Document withAmounts(String id, DocumentType type, ExtractionMethod method, String total,
                                        String... amounts) {
        List<io.customsreview.hub.domain.LineItem> lines = new java.util.ArrayList<>();
        for (String amount : amounts) {
            lines.add(new io.customsreview.hub.domain.LineItem(lines.size() + 1,
                    Map.of(io.customsreview.hub.domain.LineField.AMOUNT, value(id, amount, 0.93, method))));
        }
        return new Document(id, type, id + ".png", "test", method, 0.9,
                Map.of(Field.TOTAL_AMOUNT, List.of(value(id, total, 0.95, method))), lines, null);
    }

    @Test
    void aWeightReadSurelyWithoutItsLeadingOneIsWhatTwoOtherDocumentsState() {
        // "1 754,65 Kgs" read "754,65" at 0.96 on a degraded declaration (the thin 1 before the grouping space lost):
        // a false GROSS_WEIGHT_MISMATCH, and a false NET_EXCEEDS_GROSS against its own 1,590.87
        FieldValue gross = DoubtfulValues.confirmedAcrossDocuments(List.of(grossWeight("d1", "754.65", 0.96),
                grossWeight("d2", "1754.65", 0.92), grossWeight("d3", "1754.65", 0.91))).get(0)
                .first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(gross.value()).isEqualTo("1754.65");
        assertThat(gross.source().assumption()).contains("leading 1");

        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(grossWeight("d1", "754.65", 0.96),
                grossWeight("d2", "1754.65", 0.92))).get(0).first(Field.GROSS_WEIGHT)).get()
                .extracting(FieldValue::value).as("one other document only").isEqualTo("754.65");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(grossWeight("d1", "754.65", 0.96),
                grossWeight("d2", "2754.65", 0.92), grossWeight("d3", "2754.65", 0.91))).get(0)
                .first(Field.GROSS_WEIGHT)).get().extracting(FieldValue::value).as("a 2 is no thin stroke")
                .isEqualTo("754.65");
        assertThat(DoubtfulValues.leadingOneLost(value("d1", "54.65", 0.9, ExtractionMethod.OCR),
                value("d2", "1054.65", 0.9, ExtractionMethod.OCR))).as("a 1 and a 0 lost").isFalse();
    }

    private static Document grossWeight(String id, String weight, double confidence) {
        return new Document(id, DocumentType.PACKING_LIST, id + ".png", "test", ExtractionMethod.OCR, 0.9,
                Map.of(Field.GROSS_WEIGHT, List.of(value(id, weight, confidence, ExtractionMethod.OCR))), List.of(),
                null);
    }

    private static Document billOfLading(String netWeight) {
        return new Document("d4", DocumentType.BILL_OF_LADING, "bl.pdf", "test", ExtractionMethod.PDF_TEXT, 0.95,
                Map.of(Field.NET_WEIGHT, List.of(value("d4", netWeight, 0.99, ExtractionMethod.PDF_TEXT))),
                List.of(), null);
    }

    @Test
    void aTotalWhoseDecimalMarkWasReadAsASpaceIsWhatItsLinesMakeAndAnotherDocumentStates() {
        // "TOTAL: 86886 96 EUR" read as 86,886 at 0.96 on a degraded invoice: its lines make 86,886.96, and so say
        // contract and declaration (three false findings: line sum, invoice against contract, declared value)
        assertThat(invoiceTotalled("86886 96 EUR", "86886.96").first(Field.TOTAL_AMOUNT)).get()
                .extracting(FieldValue::value).isEqualTo("86886.96");
        assertThat(invoiceTotalled("86886 96 EUR", "86886.00").first(Field.TOTAL_AMOUNT)).get()
                .extracting(FieldValue::value).as("the contract says as read").isEqualTo("86886.00");
    }

    private static Document invoiceTotalled(String totalAsRead, String contractTotal) {
        List<io.customsreview.hub.domain.LineItem> lines = new java.util.ArrayList<>();
        for (String amount : List.of("80000.00", "6886.96")) {
            lines.add(new io.customsreview.hub.domain.LineItem(lines.size() + 1,
                    Map.of(io.customsreview.hub.domain.LineField.AMOUNT, value("d2", amount, 0.95,
                            ExtractionMethod.OCR))));
        }
        Document invoice = new Document("d2", DocumentType.INVOICE, "inv.png", "test", ExtractionMethod.OCR, 0.9,
                Map.of(Field.TOTAL_AMOUNT, List.of(new FieldValue("86886.00", totalAsRead,
                        new io.customsreview.hub.domain.Provenance("d2", 1, null, ExtractionMethod.OCR, 0.96, null)))),
                lines, null);
        Document contract = new Document("d3", DocumentType.CONTRACT, "sc.pdf", "test", ExtractionMethod.PDF_TEXT, 0.95,
                Map.of(Field.TOTAL_AMOUNT, List.of(value("d3", contractTotal, 0.99, ExtractionMethod.PDF_TEXT))),
                List.of(), null);
        return DoubtfulValues.confirmedAcrossDocuments(List.of(invoice, contract)).get(0);
    }

    @Test
    void aTotalOneLookAlikeDigitFromItsOnlyLineThatAnotherDocumentStatesIsThatValue() {
        // a clean scan's packing list: "Total G.W.: 2,976.46 KGS" at 0.93, its one line 2,576.46 at 0.92, as the
        // B/L and the declaration state (a false GROSS_WEIGHT_MISMATCH)
        List<Document> dossier = DoubtfulValues.confirmedAcrossDocuments(List.of(
                scannedPackingList("2976.46", "2576.46"), declaration("2576.46")));
        assertThat(dossier.get(0).first(Field.NET_WEIGHT)).get().extracting(FieldValue::value).isEqualTo("2576.46");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedPackingList("2976.46", "2576.46"),
                declaration("2976.46"))).get(0).first(Field.NET_WEIGHT)).get().extracting(FieldValue::value)
                .as("the declaration says as read").isEqualTo("2976.46");
    }
}
