package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.Provenance;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A goods line's quantity or unit price read as a look-alike digit, told by its own arithmetic and another document's
 * line.
 */
class LineQuantityConfirmationTest {

    private static FieldValue value(String id, ExtractionMethod method, String value, double confidence) {
        return new FieldValue(value, value, new Provenance(id, 1, new Box(1, 1, 50, 20), method, confidence, null));
    }

    private static LineItem line(String id, ExtractionMethod method, int number, String quantity, String price,
                                 String amount) {
        Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
        values.put(LineField.QUANTITY, value(id, method, quantity, 0.96));
        if (price != null) {
            values.put(LineField.UNIT_PRICE, value(id, method, price, 0.91));
            values.put(LineField.AMOUNT, value(id, method, amount, 0.92));
        }
        return new LineItem(number, values);
    }

    /** an invoice scanned, "266 PRS" read at 0.96 where 260 is printed: 266 x 7.87 is no 2,046.20, 260 x 7.87 is */
    private static Document scannedInvoice(String quantity) {
        return new Document("d1", DocumentType.INVOICE, "scan.jpg", "test", ExtractionMethod.OCR, 0.9, Map.of(),
                List.of(line("d1", ExtractionMethod.OCR, 1, "204", "15.37", "3135.48"),
                        line("d1", ExtractionMethod.OCR, 2, quantity, "7.87", "2046.20")), null);
    }

    private static Document packingList(String secondQuantity) {
        return new Document("d2", DocumentType.PACKING_LIST, "pl.pdf", "test", ExtractionMethod.PDF_TEXT, 0.95,
                Map.of(), List.of(line("d2", ExtractionMethod.PDF_TEXT, 1, "204", null, null),
                line("d2", ExtractionMethod.PDF_TEXT, 2, secondQuantity, null, null)), null);
    }

    private static FieldValue secondQuantity(List<Document> documents) {
        return DoubtfulValues.confirmedAcrossDocuments(documents).get(0).lines().get(1).values()
                .get(LineField.QUANTITY);
    }

    @Test
    void aQuantityOneLookAlikeDigitFromWhatItsLineMakesAndAnotherDocumentStatesIsThatQuantity() {
        FieldValue taken = secondQuantity(List.of(scannedInvoice("266"), packingList("260")));
        assertThat(taken.value()).isEqualTo("260");
        assertThat(taken.source().assumption()).contains("266").contains("packing list d2");
    }

    @Test
    void aQuantityAlsoMisreadOnOneOtherScanIsStillWhatItsLineMakesWhereMoreDocumentsStateThat() {
        // "3,120" read "3,126" on a scanned contract and on a scanned declaration, 3,120 on invoice, packing list and
        // certificate: the declaration's misreading vouched for the contract's (a false LINE_ARITHMETIC_ERROR)
        Document declaration = packingList("266");
        List<Document> dossier = List.of(scannedInvoice("266"), declaration, packingList("260"), packingList("260"));
        assertThat(secondQuantity(dossier).value()).isEqualTo("260");
        assertThat(secondQuantity(List.of(scannedInvoice("266"), declaration, packingList("260"))).value())
                .as("as many state it as read").isEqualTo("266");
    }

    @Test
    void aQuantityReadAsTheLeadingDigitsOfWhatItsLineMakesAndAnotherDocumentStatesIsThatQuantity() {
        // "1 880 PCS" read "1 88e;PCS" on a degraded contract, its last group under the unit's column: the quantity
        // "1" (0.89) (a false QUANTITY_MISMATCH and LINE_ARITHMETIC_ERROR)
        FieldValue taken = secondQuantity(List.of(scannedInvoice("2"), packingList("260")));
        assertThat(taken.value()).isEqualTo("260");
        assertThat(taken.source().assumption()).contains("packing list d2");
        assertThat(secondQuantity(List.of(scannedInvoice("2"), packingList("250"))).value())
                .as("no other document states what the line makes").isEqualTo("2");
        assertThat(secondQuantity(List.of(scannedInvoice("26"), packingList("260"))).value())
                .as("one digit lost: a digit dropped, not groups lost").isEqualTo("26");
    }

    @Test
    void otherwiseTheQuantityStaysAsRead() {
        assertThat(secondQuantity(List.of(scannedInvoice("266"), packingList("266"))).value())
                .as("the other document states it as read").isEqualTo("266");
        assertThat(secondQuantity(List.of(scannedInvoice("266"), packingList("250"))).value())
                .as("no other document states what the line makes").isEqualTo("266");
        assertThat(secondQuantity(List.of(scannedInvoice("261"), packingList("260"))).value())
                .as("1 and 0 do not look alike").isEqualTo("261");
    }

    @Test
    void aQuantityIsToldByItsLineOnceTheLinesAmountIsWhatAnotherDocumentsLineAndTheTotalSay() {
        // an invoice's "640 PCS 10,21 6 534,40" read "649" (0.77) and "6 534,49": the amount was told by the
        // declaration's line and the total only after the quantity was judged by the misread amount, and the line
        // failed its arithmetic (a false LINE_ARITHMETIC_ERROR)
        Document invoice = new Document("d1", DocumentType.INVOICE, "scan.jpg", "test", ExtractionMethod.OCR, 0.9,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT,
                        List.of(value("d1", ExtractionMethod.OCR, "9669.88", 0.95))),
                List.of(line("d1", ExtractionMethod.OCR, 1, "204", "15.37", "3135.48"),
                        new LineItem(2, Map.of(LineField.QUANTITY, value("d1", ExtractionMethod.OCR, "649", 0.77),
                                LineField.UNIT_PRICE, value("d1", ExtractionMethod.OCR, "10.21", 0.93),
                                LineField.AMOUNT, value("d1", ExtractionMethod.OCR, "6534.49", 0.94)))), null);
        Document declaration = new Document("d2", DocumentType.DECLARATION, "decl.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(), List.of(
                new LineItem(1, Map.of(LineField.QUANTITY, value("d2", ExtractionMethod.PDF_TEXT, "204", 0.99),
                        LineField.AMOUNT, value("d2", ExtractionMethod.PDF_TEXT, "3135.48", 0.99))),
                new LineItem(2, Map.of(LineField.QUANTITY, value("d2", ExtractionMethod.PDF_TEXT, "640", 0.99),
                        LineField.AMOUNT, value("d2", ExtractionMethod.PDF_TEXT, "6534.40", 0.99)))), null);
        Map<LineField, FieldValue> second = DoubtfulValues.confirmedAcrossDocuments(List.of(invoice, declaration))
                .get(0).lines().get(1).values();
        assertThat(second.get(LineField.AMOUNT).value()).isEqualTo("6534.40");
        assertThat(second.get(LineField.QUANTITY).value()).isEqualTo("640");
    }

    private static Document amounts(String id, ExtractionMethod method, String total, String... amounts) {
        List<LineItem> lines = new java.util.ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            lines.add(new LineItem(i + 1, Map.of(LineField.AMOUNT, value(id, method, amounts[i], 0.96))));
        }
        Map<io.customsreview.hub.domain.Field, List<FieldValue>> fields = total == null ? Map.of()
                : Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT, List.of(value(id, method, total, 0.96)));
        return new Document(id, method == ExtractionMethod.OCR ? DocumentType.DECLARATION : DocumentType.INVOICE,
                "f", "test", method, 0.9, fields, lines, null);
    }

    @Test
    void lineAmountsWhoseLeadingGroupsTheScanLostAreWhatAnotherDocumentsLinesStateWhereTheTotalSaysSo() {
        // a clean scanned declaration: "787,50", "438,80", "69,00" at 0.96 for 6.787,50, 2.438,80 and 1.069,00, the
        // lines 9,000.00 short of the total 28.184,39 (a false LINE_ARITHMETIC_ERROR); the invoice states them
        Document invoice = amounts("d2", ExtractionMethod.PDF_TEXT, null,
                "585.09", "6787.50", "2438.80", "17304.00", "1069.00");
        List<LineItem> lines = DoubtfulValues.confirmedAcrossDocuments(List.of(amounts("d1", ExtractionMethod.OCR,
                "28184.39", "585.09", "787.50", "438.80", "17304.00", "69.00"), invoice)).get(0).lines();
        assertThat(lines).extracting(l -> l.values().get(LineField.AMOUNT).value())
                .containsExactly("585.09", "6787.50", "2438.80", "17304.00", "1069.00");
        assertThat(lines.get(1).values().get(LineField.AMOUNT).source().assumption()).contains("787.50")
                .contains("invoice d2");
        // the total not made so (another line's amount changed): as read
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(amounts("d1", ExtractionMethod.OCR,
                "28184.39", "585.09", "787.50", "438.80", "17305.00", "69.00"), invoice)).get(0).lines())
                .extracting(l -> l.values().get(LineField.AMOUNT).value())
                .containsExactly("585.09", "787.50", "438.80", "17305.00", "69.00");
    }

    /** a scanned contract's line of {@code quantity} at 0.83 × {@code price} at 0.84 = 2,582,580.00 read at 0.91 */
    private static Document contractOfTwoMisreadTerms(String quantity, String price) {
        Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
        values.put(LineField.QUANTITY, value("d1", ExtractionMethod.OCR, quantity, 0.83));
        values.put(LineField.UNIT_PRICE, value("d1", ExtractionMethod.OCR, price, 0.84));
        values.put(LineField.AMOUNT, value("d1", ExtractionMethod.OCR, "2582580.00", 0.91));
        return new Document("d1", DocumentType.CONTRACT, "scan.jpg", "test", ExtractionMethod.OCR, 0.9, Map.of(),
                List.of(new LineItem(1, values)), null);
    }

    private static Document invoiceOf(String quantity, String price, String amount) {
        Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
        values.put(LineField.QUANTITY, value("d2", ExtractionMethod.PDF_TEXT, quantity, 0.99));
        values.put(LineField.UNIT_PRICE, value("d2", ExtractionMethod.PDF_TEXT, price, 0.99));
        values.put(LineField.AMOUNT, value("d2", ExtractionMethod.PDF_TEXT, amount, 0.99));
        return new Document("d2", DocumentType.INVOICE, "inv.pdf", "test", ExtractionMethod.PDF_TEXT, 0.95, Map.of(),
                List.of(new LineItem(1, values)), null);
    }

    @Test
    void aLinesQuantityAndPriceBothDoubtedAndEachALookAlikeDigitOffAreWhatAnotherDocumentsLineStates() {
        // a scanned contract's "2,580 KG × 1,001.00 = 2,582,580.00" read "2586" (0.83) and "1001.60" (0.84), its zeros
        // as sixes, the amount right; the invoice's line states 2,580 × 1,001.00 = 2,582,580.00 (a false
        // LINE_ARITHMETIC_ERROR)
        Map<LineField, FieldValue> line = DoubtfulValues.confirmedAcrossDocuments(List.of(
                contractOfTwoMisreadTerms("2586", "1001.60"), invoiceOf("2580", "1001.00", "2582580.00")))
                .get(0).lines().get(0).values();
        assertThat(line.get(LineField.QUANTITY).value()).isEqualTo("2580");
        assertThat(line.get(LineField.UNIT_PRICE).value()).isEqualTo("1001.00");
        assertThat(line.get(LineField.UNIT_PRICE).source().assumption()).contains("1001.60").contains("invoice d2");
        // the other line states another amount, or a price not one look-alike digit off: as read
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(contractOfTwoMisreadTerms("2586", "1001.60"),
                invoiceOf("2580", "1001.00", "2582580.01"))).get(0).lines().get(0).values()
                .get(LineField.UNIT_PRICE).value()).isEqualTo("1001.60");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(contractOfTwoMisreadTerms("2586", "1001.70"),
                invoiceOf("2580", "1001.00", "2582580.00"))).get(0).lines().get(0).values()
                .get(LineField.UNIT_PRICE).value()).isEqualTo("1001.70");
    }

    /** a scanned contract's line: the quantity read at {@code confidence}, price and amount surely */
    private static Document scannedContract(String quantity, double confidence) {
        Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
        values.put(LineField.QUANTITY, value("d1", ExtractionMethod.OCR, quantity, confidence));
        values.put(LineField.UNIT_PRICE, value("d1", ExtractionMethod.OCR, "113.89", 0.93));
        values.put(LineField.AMOUNT, value("d1", ExtractionMethod.OCR, "59222.80", 0.91));
        return new Document("d1", DocumentType.CONTRACT, "scan.jpg", "test", ExtractionMethod.OCR, 0.9, Map.of(),
                List.of(new LineItem(1, values)), null);
    }

    @Test
    void aDoubtfulQuantityWhateverItsDigitsIsWhatItsSurelyReadLineMakesWhereAnotherDocumentStatesIt() {
        // "5268 PCS" at 0.65 for 520 on a degraded contract: 520 x 113.89 = 59,222.80, both read well, and the
        // invoice's line says 520 (a false QUANTITY_MISMATCH and a false LINE_ARITHMETIC_ERROR)
        Document invoice = new Document("d2", DocumentType.INVOICE, "inv.pdf", "test", ExtractionMethod.PDF_TEXT, 0.95,
                Map.of(), List.of(line("d2", ExtractionMethod.PDF_TEXT, 1, "520", "113.89", "59222.80")), null);
        FieldValue taken = DoubtfulValues.confirmedAcrossDocuments(List.of(scannedContract("5268", 0.65), invoice))
                .get(0).lines().get(0).values().get(LineField.QUANTITY);
        assertThat(taken.value()).isEqualTo("520");
        assertThat(taken.source().assumption()).contains("5268").contains("invoice d2");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedContract("5268", 0.93), invoice))
                .get(0).lines().get(0).values().get(LineField.QUANTITY).value()).as("read surely: as read")
                .isEqualTo("5268");
        assertThat(DoubtfulValues.confirmedAcrossDocuments(List.of(scannedContract("5268", 0.85), invoice))
                .get(0).lines().get(0).values().get(LineField.QUANTITY).value())
                .as("read hardly less surely than the amount: as read").isEqualTo("5268");
    }

    /** "22,97" read at 0.91 on a clean scan where 22.57 is printed: 240 x 22.57 = 5,416.80, as the contract says */
    private static FieldValue unitPriceTaken(String contractPrice) {
        Document invoice = new Document("d1", DocumentType.INVOICE, "scan.jpg", "test", ExtractionMethod.OCR, 0.9,
                Map.of(), List.of(line("d1", ExtractionMethod.OCR, 1, "240", "22.97", "5416.80")), null);
        Document contract = new Document("d2", DocumentType.CONTRACT, "sc.pdf", "test", ExtractionMethod.PDF_TEXT,
                0.95, Map.of(), List.of(line("d2", ExtractionMethod.PDF_TEXT, 1, "240", contractPrice,
                new java.math.BigDecimal(contractPrice).multiply(java.math.BigDecimal.valueOf(240)).toPlainString())),
                null);
        return DoubtfulValues.confirmedAcrossDocuments(List.of(invoice, contract)).get(0).lines().get(0).values()
                .get(LineField.UNIT_PRICE);
    }

    @Test
    void aUnitPriceOneLookAlikeDigitFromWhatItsLineMakesAndAnotherDocumentStatesIsThatPrice() {
        FieldValue taken = unitPriceTaken("22.57");
        assertThat(taken.value()).isEqualTo("22.57");
        assertThat(taken.source().assumption()).contains("22.97").contains("contract d2");
        assertThat(unitPriceTaken("22.97").value()).as("the other document states it as read").isEqualTo("22.97");
        assertThat(unitPriceTaken("22.67").value()).as("no other document states what the line makes")
                .isEqualTo("22.97");
    }

    /** a declaration's line (no unit price) with "2,020 PCS" read at {@code confidence}, beside an invoice's line */
    private static FieldValue declaredQuantity(String read, double confidence, String invoiceQuantity,
                                               String invoiceAmount) {
        Map<LineField, FieldValue> declared = new EnumMap<>(LineField.class);
        declared.put(LineField.QUANTITY, value("d1", ExtractionMethod.OCR, read, confidence));
        declared.put(LineField.AMOUNT, value("d1", ExtractionMethod.OCR, "776160.00", 0.97));
        Document declaration = new Document("d1", DocumentType.DECLARATION, "cd.png", "test", ExtractionMethod.OCR,
                0.9, Map.of(), List.of(new LineItem(4, declared)), null);
        Document invoice = new Document("d2", DocumentType.INVOICE, "ci.pdf", "test", ExtractionMethod.PDF_TEXT,
                0.95, Map.of(), List.of(line("d2", ExtractionMethod.PDF_TEXT, 4, invoiceQuantity, "308.00",
                invoiceAmount)), null);
        return DoubtfulValues.confirmedAcrossDocuments(List.of(declaration, invoice)).get(0).lines().get(0).values()
                .get(LineField.QUANTITY);
    }

    @Test
    void aDoubtfulQuantityOneDigitFromTheLineThatStatesTheSameAmountAndItsPriceIsThatQuantity() {
        // "2,520 PCS" read "2,020" at 0.77 on a clean scan of a declaration, whose lines state no unit price: the
        // invoice's line states 2,520 × 308.00 = 776,160.00, the very amount (a false QUANTITY_MISMATCH)
        FieldValue taken = declaredQuantity("2020", 0.77, "2520", "776160.00");
        assertThat(taken.value()).isEqualTo("2520");
        assertThat(taken.source().assumption()).contains("2020").contains("invoice d2");
        assertThat(declaredQuantity("2020", 0.95, "2520", "776160.00").value()).as("read surely").isEqualTo("2020");
        assertThat(declaredQuantity("2010", 0.77, "2520", "776160.00").value()).as("two digits apart")
                .isEqualTo("2010");
        assertThat(declaredQuantity("2020", 0.77, "2520", "776168.00").value()).as("another amount")
                .isEqualTo("2020");
    }

    @Test
    void aQuantityReadSurelyOneLookAlikeDigitFromTheLineThatStatesTheSameAmountAndItsPriceIsThatQuantity() {
        // "4,000 PCS" read "4,900" surely on a degraded declaration beside its amount, which the invoice's line makes
        // with 4,000 pieces (a false QUANTITY_MISMATCH): here "2,520" read "2,920"
        FieldValue taken = declaredQuantity("2920", 0.95, "2520", "776160.00");
        assertThat(taken.value()).isEqualTo("2520");
        assertThat(taken.source().assumption()).contains("look-alike");
        assertThat(declaredQuantity("2320", 0.95, "2520", "776160.00").value()).as("3 is no look-alike of 5")
                .isEqualTo("2320");
    }
    @Test
    void aQuantityOneLookAlikeDigitFromWhatThreeOtherDocumentsStateOnItsLineIsThatQuantityHoweverSurelyRead() {
        // "140 SETS" read "146" at 0.95 on a degraded packing list (its zeros printed with a dot inside, and read so
        // again alone); invoice, contract, declaration and certificate state 140 (a false QUANTITY_MISMATCH)
        Document scannedPackingList = new Document("d1", DocumentType.PACKING_LIST, "pl.jpg", "test",
                ExtractionMethod.OCR, 0.9, Map.of(), List.of(line("d1", ExtractionMethod.OCR, 1, "400", null, null),
                line("d1", ExtractionMethod.OCR, 2, "146", null, null)), null);
        Document digitalPackingList = packingList("140");
        Document contract = new Document("d3", DocumentType.CONTRACT, "c.pdf", "test", ExtractionMethod.PDF_TEXT, 0.95,
                Map.of(), digitalPackingList.lines(), null);
        Document declaration = new Document("d4", DocumentType.DECLARATION, "d.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(), digitalPackingList.lines(), null);
        FieldValue taken = secondQuantity(List.of(scannedPackingList, digitalPackingList, contract, declaration));
        assertThat(taken.value()).isEqualTo("140");
        assertThat(taken.source().assumption()).contains("146", "all state 140");

        assertThat(secondQuantity(List.of(scannedPackingList, digitalPackingList, contract)).value())
                .as("two others only").isEqualTo("146");
        Document declaringAsRead = new Document("d4", DocumentType.DECLARATION, "d.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(), packingList("146").lines(), null);
        assertThat(secondQuantity(List.of(scannedPackingList, digitalPackingList, contract, declaringAsRead, packingList("140")))
                .value()).as("another document states it as read").isEqualTo("146");
        Document otherDigit = new Document("d1", DocumentType.PACKING_LIST, "pl.jpg", "test",
                ExtractionMethod.OCR, 0.9, Map.of(), List.of(line("d1", ExtractionMethod.OCR, 1, "400", null, null),
                line("d1", ExtractionMethod.OCR, 2, "147", null, null)), null);
        assertThat(secondQuantity(List.of(otherDigit, digitalPackingList, contract, declaration)).value())
                .as("7 is no look-alike of 0").isEqualTo("147");
    }
}
