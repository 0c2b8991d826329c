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

class ArithmeticRepairTest {

    /** the line under test, then a correct line in the same print style (decimals shown) */
    private static Document line(ExtractionMethod method, String quantity, String price, String amount) {
        return new Document("d1", DocumentType.CONTRACT, "scan.png", "test", method, 0.8, Map.of(),
                List.of(item(1, method, quantity, price, amount), item(2, method, "3", "2.50", "7.50")), null);
    }

    private static LineItem item(int number, ExtractionMethod method, String quantity, String price, String amount) {
        Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
        values.put(LineField.QUANTITY, value(method, quantity));
        values.put(LineField.UNIT_PRICE, value(method, price));
        values.put(LineField.AMOUNT, value(method, amount));
        return new LineItem(number, values);
    }

    private static FieldValue value(ExtractionMethod method, String v) {
        return new FieldValue(v, v, new Provenance("d1", 1, new Box(1, 1, 50, 20), method, 0.9, null));
    }

    @Test
    void pricesWhoseMarksWereLostOnHalfTheLinesAreRestoredFromEachLinesArithmetic() {
        // "1440" and "1431" for 14.40 and 14.31 on a degraded contract, read surely (0.92) between prices that show
        // their marks: a false LINE_ARITHMETIC_ERROR (172 x 1,440.00 against the amount 2,476.80)
        Document contract = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(), List.of(item(1, ExtractionMethod.OCR, "430", "9.79", "4209.70"),
                item(2, ExtractionMethod.OCR, "172", "1440", "2476.80"),
                item(3, ExtractionMethod.OCR, "84", "1431", "1202.04"),
                item(4, ExtractionMethod.OCR, "2650", "8.39", "22233.50")), null);
        assertThat(ArithmeticRepair.repair(contract).lines()).extracting(l -> l.values().get(LineField.UNIT_PRICE)
                .value()).containsExactly("9.79", "14.40", "14.31", "8.39");
        // ... also where the last line's price was read into one cell with its amount, told apart by the repair
        Map<LineField, FieldValue> oneCell = new EnumMap<>(LineField.class);
        oneCell.put(LineField.QUANTITY, value(ExtractionMethod.OCR, "2650"));
        oneCell.put(LineField.AMOUNT, new FieldValue("8.39", "8.39 22,233.50", value(ExtractionMethod.OCR, "x").source()));
        Document merged = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(), List.of(contract.lines().get(0), contract.lines().get(1), contract.lines().get(2),
                new LineItem(4, oneCell)), null);
        assertThat(ArithmeticRepair.repair(merged).lines()).extracting(l -> l.values().get(LineField.UNIT_PRICE)
                .value()).containsExactly("9.79", "14.40", "14.31", "8.39");
    }

    @Test
    void aPriceReadAsItsCentsAloneIsWhatQuantityAndAmountMake() {
        // "92" (0.97) for 1,92 on a degraded contract, its whole part and mark lost: 1 560 x 1,92 = 2 995,20 (a false
        // LINE_ARITHMETIC_ERROR)
        FieldValue price = ArithmeticRepair.repair(line(ExtractionMethod.OCR, "1560", "92", "2995.20")).lines().get(0)
                .values().get(LineField.UNIT_PRICE);
        assertThat(price.value()).isEqualTo("1.92");
        assertThat(price.source().assumption()).isEqualTo(ArithmeticRepair.WHOLE_PART_LOST);
        assertThat(ArithmeticRepair.repair(line(ExtractionMethod.OCR, "1560", "93", "2995.20")).lines().get(0)
                .values().get(LineField.UNIT_PRICE).value()).as("other cents: an error").isEqualTo("93");
        assertThat(ArithmeticRepair.repair(line(ExtractionMethod.OCR, "156", "92", "2995.20")).lines().get(0)
                .values().get(LineField.UNIT_PRICE).value()).as("a price of 19.20: more than its whole part lost")
                .isEqualTo("92");

        // ":94" (0.71) for 6.94 on a clean scan of a plain-figured contract: the whole part read as a colon
        Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
        values.put(LineField.QUANTITY, value(ExtractionMethod.OCR, "5000"));
        values.put(LineField.UNIT_PRICE, new FieldValue("94.00", ":94",
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.71, null)));
        values.put(LineField.AMOUNT, value(ExtractionMethod.OCR, "34700"));
        Document colon = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(), List.of(new LineItem(1, values)), null);
        assertThat(ArithmeticRepair.repair(colon).lines().get(0).values().get(LineField.UNIT_PRICE).value())
                .isEqualTo("6.94");
    }

    @Test
    void aDecimalMarkLostByOcrIsRestoredFromTheLinesArithmetic() {
        Document repaired = ArithmeticRepair.repair(line(ExtractionMethod.OCR, "200", "734", "1468.00"));
        FieldValue price = repaired.lines().get(0).values().get(LineField.UNIT_PRICE);
        assertThat(price.value()).isEqualTo("7.34");
        assertThat(price.raw()).isEqualTo("734");
        assertThat(price.source().assumption()).isEqualTo(ArithmeticRepair.ASSUMPTION);
    }

    @Test
    void aPriceThatLostItsMarkIsRestoredRatherThanAnAmountThatWouldHaveLostAZero() {
        // "54" for 5.4 beside "7020" on a degraded invoice of plain figures, prices and amounts mostly showing their
        // marks: 1300 x 5.4 = 7020, or 1300 x 54 = 70200 were a zero of the amount lost — a mark lost is what makes
        // a number read larger, so the price is restored (a false LINE_ARITHMETIC_ERROR)
        Document invoice = new Document("d1", DocumentType.INVOICE, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(), List.of(item(1, ExtractionMethod.OCR, "1100", "4.82", "5302"),
                item(2, ExtractionMethod.OCR, "1300", "54", "7020"),
                item(3, ExtractionMethod.OCR, "360", "2.47", "889.2"),
                item(4, ExtractionMethod.OCR, "4240", "7.68", "32563.2")), null);
        LineItem line = ArithmeticRepair.repair(invoice).lines().get(1);
        assertThat(line.values().get(LineField.UNIT_PRICE).value()).isEqualTo("5.40");
        assertThat(line.values().get(LineField.AMOUNT).value()).isEqualTo("7020");
    }

    @Test
    void anAmountWhoseCentsWereNotReadAfterItsMarkIsTheProduct() {
        // "636," and "88/94054210": the cents ran into the code's cell beside, read as 636.00 (a false
        // LINE_ARITHMETIC_ERROR for 76 x 8.38 = 636.88)
        assertThat(repairedAmount(amountReadWithItsMarkLast("76", "8.38", "636"))).isEqualTo("636.88");
        assertThat(repairedAmount(amountReadWithItsMarkLast("76", "8.38", "630")))
                .as("the whole part differs: an error, not lost cents").isEqualTo("630.00");
    }

    @Test
    void anAmountWithADigitReadAfterItsCentsIsTheProduct() {
        // "27,417.606" on a degraded invoice (a speck after the cents read as a digit): a false LINE_ARITHMETIC_ERROR
        // for 126 x 217.60 = 27,417.60
        assertThat(repairedAmount(line(ExtractionMethod.OCR, "126", "217.60", "27417.606"))).isEqualTo("27417.60");
        assertThat(repairedAmount(line(ExtractionMethod.OCR, "126", "217.60", "27417.706")))
                .as("the cents differ too: an error, not a speck").isEqualTo("27417.706");
        assertThat(repairedAmount(line(ExtractionMethod.OCR, "126", "217.60", "27417.60")))
                .as("nothing to repair").isEqualTo("27417.60");
    }

    @Test
    void anAmountWhoseMarkWasReadAsASpaceAndWhoseLeadGroupWasLostIsTheProduct() {
        // "4.298,40" read "298 40" on a clean invoice scan, taken as 298.00: a false LINE_ARITHMETIC_ERROR for
        // 180 x 23.88 = 4,298.40
        assertThat(repairedAmount(amountRead("180", "23.88", "298.00", "298 40"))).isEqualTo("4298.40");
        assertThat(repairedAmount(amountRead("180", "23.88", "298.00", "298 41")))
                .as("the cents differ: an error").isEqualTo("298.00");
    }

    /** a scanned line whose amount was read {@code value} from the text {@code raw}, then a correct line */
    private static Document amountRead(String quantity, String price, String value, String raw) {
        Document read = line(ExtractionMethod.OCR, quantity, price, value);
        Map<LineField, FieldValue> values = new EnumMap<>(read.lines().get(0).values());
        values.put(LineField.AMOUNT, new FieldValue(value, raw, values.get(LineField.AMOUNT).source()));
        return new Document("d1", DocumentType.INVOICE, "scan.png", "test", ExtractionMethod.OCR, 0.8, Map.of(),
                List.of(new LineItem(1, values), read.lines().get(1)), null);
    }

    /** a scanned line whose amount was read "{@code whole}," (its cents not read), then a correct line */
    private static Document amountReadWithItsMarkLast(String quantity, String price, String whole) {
        Document read = line(ExtractionMethod.OCR, quantity, price, whole + ".00");
        Map<LineField, FieldValue> values = new EnumMap<>(read.lines().get(0).values());
        values.put(LineField.AMOUNT, new FieldValue(whole + ".00", whole + ",", values.get(LineField.AMOUNT).source()));
        return new Document("d1", DocumentType.INVOICE, "scan.png", "test", ExtractionMethod.OCR, 0.8, Map.of(),
                List.of(new LineItem(1, values), read.lines().get(1)), null);
    }

    private static String repairedAmount(Document document) {
        return ArithmeticRepair.repair(document).lines().get(0).values().get(LineField.AMOUNT).value();
    }

    @Test
    void aPriceThatIsWrongByMoreThanAMisplacedMarkIsLeftAsRead() {
        Document read = line(ExtractionMethod.OCR, "200", "7.44", "1468.00");
        assertThat(ArithmeticRepair.repair(read)).isSameAs(read);
    }

    @Test
    void aColumnPrintedWithoutDecimalsIsNotRepaired() {
        Document read = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(), List.of(item(1, ExtractionMethod.OCR, "200", "734", "1468"),
                item(2, ExtractionMethod.OCR, "3", "25", "75")), null);
        assertThat(ArithmeticRepair.repair(read)).isSameAs(read);
    }

    @Test
    void digitalTextIsNeverRepaired() {
        Document read = line(ExtractionMethod.PDF_TEXT, "200", "734", "1468.00");
        assertThat(ArithmeticRepair.repair(read)).isSameAs(read);
    }

    @Test
    void aDecimalMarkReadAsASpaceIsRestoredWhereTheArithmeticSaysSo() {
        // "268.16" read "268 16)" and parsed as 268: 8 × 33.52 = 268.16
        Document document = scannedInvoice(lineWithAmountAsRead("8", "33.52", "268.00", "268 16)"));

        FieldValue amount = ArithmeticRepair.repair(document).lines().get(0).values().get(LineField.AMOUNT);
        assertThat(amount.value()).isEqualTo("268.16");
        assertThat(amount.source().assumption()).isEqualTo(ArithmeticRepair.MARK_READ_AS_SPACE);

        assertThat(ArithmeticRepair.decimalMarkReadAsSpace("268 16")).isEqualByComparingTo("268.16");
        assertThat(ArithmeticRepair.decimalMarkReadAsSpace("3,024 00")).isEqualByComparingTo("3024.00");
        assertThat(ArithmeticRepair.decimalMarkReadAsSpace("268.16")).as("the mark read").isNull();
        assertThat(ArithmeticRepair.decimalMarkReadAsSpace("268.50 16")).as("decimals read already").isNull();
        assertThat(ArithmeticRepair.decimalMarkReadAsSpace("1 234 56")).as("grouping spaces: not told").isNull();
    }

    @Test
    void digitGroupsReadApartAreOneAmountWhereTheArithmeticSaysSo() {
        // "2 271 480,00" read as "2271 480,00": the number read stopped at the gap
        Map<LineField, FieldValue> values = lineWithAmountAsRead("2760", "823.00", "2271.00", "2271 480,00");
        Document document = scannedInvoice(values);

        FieldValue amount = ArithmeticRepair.repair(document).lines().get(0).values().get(LineField.AMOUNT);
        assertThat(amount.value()).isEqualTo("2271480.00");
        assertThat(amount.source().assumption()).isEqualTo(ArithmeticRepair.GROUPS_JOINED);

        assertThat(ArithmeticRepair.joinedGroups("2271 480,00")).isEqualByComparingTo("2271480.00");
        assertThat(ArithmeticRepair.joinedGroups("2 100000,00")).isEqualByComparingTo("2100000.00");
        assertThat(ArithmeticRepair.joinedGroups("2271,00")).as("no gap: nothing read apart").isNull();
        assertThat(ArithmeticRepair.joinedGroups("USD 2271")).isNull();

        // where quantity × price does not say so, the amount stays as read
        values.put(LineField.QUANTITY, new FieldValue("2750", "2750", values.get(LineField.QUANTITY).source()));
        Document otherQuantity = scannedInvoice(values);
        assertThat(ArithmeticRepair.repair(otherQuantity)).isSameAs(otherQuantity);
    }

    @Test
    void aNeighboursNumberReadBeforeAQuantityIsLeftOutWhereTheArithmeticSaysSo() {
        // "... polycarbonate shell, 24 inch": the description's "24" under the quantity column, read "24 720"
        Map<LineField, FieldValue> values = new EnumMap<>(item(1, ExtractionMethod.OCR, "24720", "3437.00",
                "2474640.00").values());
        values.put(LineField.QUANTITY, new FieldValue("24720", "24 720",
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.9, null)));
        FieldValue quantity = ArithmeticRepair.repair(scannedInvoice(values)).lines().get(0).values()
                .get(LineField.QUANTITY);
        assertThat(quantity.value()).isEqualTo("720");
        assertThat(quantity.source().assumption()).isEqualTo(ArithmeticRepair.NEIGHBOUR_DIGITS_APART);

        // 24,720 × 3,437 = 84,962,640: with that amount the quantity is as read
        Map<LineField, FieldValue> whole = new EnumMap<>(values);
        whole.put(LineField.AMOUNT, value(ExtractionMethod.OCR, "84962640.00"));
        Document asRead = scannedInvoice(whole);
        assertThat(ArithmeticRepair.repair(asRead)).isSameAs(asRead);
        assertThat(ArithmeticRepair.lastGroupAlone("24 720 PCS")).isEqualByComparingTo("720");
        assertThat(ArithmeticRepair.lastGroupAlone("24,720")).as("no gap").isNull();
    }

    @Test
    void aQuantityReadDoubtfullyWithTwoDigitsAsTheirLookAlikesIsRestoredFromTheLinesArithmetic() {
        // "28,600 PCS" at 0.64 on a degraded contract where 445,400.00 / 22.27 = 20,000 (two zeros read as 8 and 6: a
        // false LINE_ARITHMETIC_ERROR and QUANTITY_MISMATCH)
        FieldValue quantity = ArithmeticRepair.repair(scannedInvoice(lineReadAt("28600", "22.27", "445400.00", 0.64)))
                .lines().get(0).values().get(LineField.QUANTITY);
        assertThat(quantity.value()).isEqualTo("20000");
        assertThat(quantity.source().assumption()).isEqualTo(ArithmeticRepair.TWO_LOOK_ALIKE_DIGITS);
        Document otherDigits = scannedInvoice(lineReadAt("28700", "22.27", "445400.00", 0.64));
        assertThat(ArithmeticRepair.repair(otherDigits)).as("7 is no look-alike of 0").isSameAs(otherDigits);
        Document surely = scannedInvoice(lineReadAt("28600", "22.27", "445400.00", 0.95));
        assertThat(ArithmeticRepair.repair(surely)).as("read surely").isSameAs(surely);
    }

    @Test
    void aTermReadDoubtfullyWithADigitAsItsLookAlikeIsRestoredFromTheLinesArithmetic() {
        // "7,93" at 0.85 where 550 × 7.03 = 3,866.50 (a contract's clean scan); "5,166.90" at 0.85 for 360 × 14.35
        FieldValue price = ArithmeticRepair.repair(scannedInvoice(lineReadAt("550", "7.93", "3866.50", 0.85)))
                .lines().get(0).values().get(LineField.UNIT_PRICE);
        assertThat(price.value()).isEqualTo("7.03");
        assertThat(price.source().assumption()).isEqualTo(ArithmeticRepair.LOOK_ALIKE_DIGIT);
        FieldValue amount = ArithmeticRepair.repair(scannedInvoice(lineReadAt("360", "14.35", "5166.90", 0.85)))
                .lines().get(0).values().get(LineField.AMOUNT);
        assertThat(amount.value()).isEqualTo("5166.00");

        Document surelyRead = scannedInvoice(lineReadAt("550", "7.93", "3866.50", 0.95));
        assertThat(ArithmeticRepair.repair(surelyRead)).as("read surely: an error to report").isSameAs(surelyRead);
        Document otherDigit = scannedInvoice(lineReadAt("550", "7.23", "3866.50", 0.85));
        assertThat(ArithmeticRepair.repair(otherDigit)).as("2 is no look-alike of 0").isSameAs(otherDigit);
    }

    @Test
    void aQuantityAndAnAmountBothDoubtedAndEachALookAlikeOffAreRestoredTogether() {
        // "726 × 18,59 = 13 384,86" (0.84, 0.76) for 720 and 13 384,80: a degraded scan reading its zeros as sixes
        // (a false LINE_ARITHMETIC_ERROR)
        Map<LineField, FieldValue> values = lineReadAt("726", "18.59", "13384.86", 0.76);
        var line = ArithmeticRepair.repair(scannedInvoice(values)).lines().get(0).values();
        assertThat(line.get(LineField.QUANTITY).value()).isEqualTo("720");
        assertThat(line.get(LineField.AMOUNT).value()).isEqualTo("13384.80");
        assertThat(line.get(LineField.AMOUNT).source().assumption())
                .isEqualTo(ArithmeticRepair.QUANTITY_AND_AMOUNT_LOOK_ALIKE);
        assertThat(line.get(LineField.UNIT_PRICE).value()).isEqualTo("18.59");

        Document surely = scannedInvoice(lineReadAt("726", "18.59", "13384.86", 0.95));
        assertThat(ArithmeticRepair.repair(surely)).as("read surely: an error to report").isSameAs(surely);
        Document otherDigits = scannedInvoice(lineReadAt("724", "18.59", "13384.86", 0.76));
        assertThat(ArithmeticRepair.repair(otherDigits)).as("4 is no look-alike of 0").isSameAs(otherDigits);
        Document otherPrice = scannedInvoice(lineReadAt("726", "18.69", "13384.86", 0.76));
        assertThat(ArithmeticRepair.repair(otherPrice)).as("a price changed: no pair makes the line")
                .isSameAs(otherPrice);
    }

    @Test
    void aDoubtedPriceAndItsAmountEachALookAlikeOffAreRestoredWhereTheTotalWitnessesThem() {
        // "60 × 25.62 = 1561.2" (price at 0.71, amount at 0.96) for 25.02 and 1501.2 on a degraded one-line contract
        // whose total reads 1501.2 (a false LINE_ARITHMETIC_ERROR twice: by line and against the total)
        Map<LineField, FieldValue> values = lineReadAt("60", "25.62", "1561.20", 0.96);
        values.put(LineField.UNIT_PRICE, new FieldValue("25.62", "25.62",
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.71, null)));
        var line = ArithmeticRepair.repair(withTotal(values, "1501.20")).lines().get(0).values();
        assertThat(line.get(LineField.UNIT_PRICE).value()).isEqualTo("25.02");
        assertThat(line.get(LineField.AMOUNT).value()).isEqualTo("1501.20");
        assertThat(line.get(LineField.AMOUNT).source().assumption())
                .isEqualTo(ArithmeticRepair.PRICE_AND_AMOUNT_LOOK_ALIKE);

        Document noWitness = scannedInvoice(values);
        assertThat(ArithmeticRepair.repair(noWitness)).as("no total: a price is what an error changes")
                .isSameAs(noWitness);
        Document totalAsTheLine = withTotal(values, "1561.20");
        assertThat(ArithmeticRepair.repair(totalAsTheLine)).as("the total states the amount as read: the price is wrong")
                .isSameAs(totalAsTheLine);
        Document surePrice = withTotal(lineReadAt("60", "25.62", "1561.20", 0.96), "1501.20");
        assertThat(ArithmeticRepair.repair(surePrice)).as("a price read surely is as printed").isSameAs(surePrice);
    }

    @Test
    void aDoubtfulTotalReadWithADigitMoreIsWhatTheLinesAddUpTo() {
        // "55.754,52" read "595.754,52" at 0.37 on a clean invoice scan (a false MISSING_FIELD: the total withheld)
        FieldValue total = ArithmeticRepair.repair(invoiceTotalling("595754.52", 0.37)).first(
                io.customsreview.hub.domain.Field.TOTAL_AMOUNT).orElseThrow();
        assertThat(total.value()).isEqualTo("55754.52");
        assertThat(total.source().assumption()).isEqualTo(ArithmeticRepair.TOTAL_DIGIT_MORE);

        Document sure = invoiceTotalling("595754.52", 0.95);
        assertThat(ArithmeticRepair.repair(sure)).as("read surely: an error to report").isSameAs(sure);
        Document otherDigits = invoiceTotalling("595754.62", 0.37);
        assertThat(ArithmeticRepair.repair(otherDigits)).as("no digit taken out makes the sum").isSameAs(otherDigits);
    }

    private static Document invoiceTotalling(String total, double confidence) {
        List<LineItem> lines = List.of(item(1, ExtractionMethod.OCR, "109", "244.28", "26626.52"),
                item(2, ExtractionMethod.OCR, "200", "11.12", "2224.00"),
                item(3, ExtractionMethod.OCR, "2850", "9.44", "26904.00"));
        return new Document("d1", DocumentType.INVOICE, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT, List.of(new FieldValue(total, total,
                        new Provenance("d1", 1, new Box(1, 30, 50, 50), ExtractionMethod.OCR, confidence, null)))),
                lines, null);
    }

    private static Document withTotal(Map<LineField, FieldValue> line, String total) {
        return new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT, List.of(new FieldValue(total, total,
                        new Provenance("d1", 1, new Box(1, 30, 50, 50), ExtractionMethod.OCR, 0.61, null)))),
                List.of(new LineItem(1, line)), null);
    }

    @Test
    void aQuantityWhoseLastGroupWasReadWithTheUnitIsJoinedWhereTheArithmeticSaysSo() {
        // "13,200 PCS" read "13," and "200|PCS" on a degraded contract: 13 × 1.94 against 25,608.00 (a false
        // LINE_ARITHMETIC_ERROR and QUANTITY_MISMATCH)
        Map<LineField, FieldValue> values = lineReadAt("13", "1.94", "25608.00", 0.84);
        Provenance scan = new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.84, null);
        values.put(LineField.QUANTITY, new FieldValue("13", "13,", scan));
        values.put(LineField.UNIT, new FieldValue("PCS", "200|PCS", scan));
        FieldValue quantity = ArithmeticRepair.repair(scannedInvoice(values)).lines().get(0).values()
                .get(LineField.QUANTITY);
        assertThat(quantity.value()).isEqualTo("13200");
        assertThat(quantity.source().assumption()).isEqualTo(ArithmeticRepair.LAST_GROUP_WITH_THE_UNIT);

        values.put(LineField.AMOUNT, new FieldValue("25600.00", "25,600.00", scan));
        Document other = scannedInvoice(values);
        assertThat(ArithmeticRepair.repair(other).lines().get(0).values().get(LineField.QUANTITY).value())
                .as("13,200 × 1.94 is no 25,600.00").isEqualTo("13");
    }

    @Test
    void aQuantitysThousandsSeparatorReadAsItsDecimalMarkIsRestoredWhereTheArithmeticSaysSo() {
        // "5,760" KGS read "5.760" (0.95) on an invoice that writes 22,348.80: 5,760 × 3.88 = 22,348.80
        Map<LineField, FieldValue> values = lineReadAt("5.76", "3.88", "22348.80", 0.95);
        values.put(LineField.QUANTITY, new FieldValue("5.76", "5.760",
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.95, null)));
        FieldValue quantity = ArithmeticRepair.repair(scannedInvoice(values)).lines().get(0).values()
                .get(LineField.QUANTITY);
        assertThat(quantity.value()).isEqualTo("5760");
        assertThat(quantity.source().assumption()).isEqualTo(ArithmeticRepair.GROUPING_READ_AS_DECIMAL_MARK);

        values.put(LineField.AMOUNT, new FieldValue("22.35", "22.35", values.get(LineField.AMOUNT).source()));
        Document small = scannedInvoice(values);
        assertThat(ArithmeticRepair.repair(small)).as("5.760 × 3.88 = 22.35: as read").isSameAs(small);

        // "4,000 PCS" read "4.000 PCS" (0.96): the quantity 4, its zeros gone with the mark (4 × 5.77 is no 23,080.00)
        Map<LineField, FieldValue> whole = lineReadAt("4", "5.77", "23080.00", 0.96);
        whole.put(LineField.QUANTITY, new FieldValue("4", "4.000 PCS",
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.96, null)));
        assertThat(ArithmeticRepair.repair(scannedInvoice(whole)).lines().get(0).values().get(LineField.QUANTITY)
                .value()).isEqualTo("4000");
    }

    @Test
    void aQuantityWhoseFirstDigitGroupWasReadAsLettersIsRestoredWhereTheArithmeticSaysSo() {
        // "2 400 KGS" read "yO 400 KGS" at 0.62: 400 × 4.96 is no 11,904.00 (a false LINE_ARITHMETIC_ERROR)
        Map<LineField, FieldValue> values = lineReadAt("400", "4.96", "11904.00", 0.95);
        values.put(LineField.QUANTITY, new FieldValue("400", "yO 400 KGS",
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.62, null)));
        FieldValue quantity = ArithmeticRepair.repair(scannedInvoice(values)).lines().get(0).values()
                .get(LineField.QUANTITY);
        assertThat(quantity.value()).isEqualTo("2400");
        assertThat(quantity.source().assumption()).isEqualTo(ArithmeticRepair.LEAD_GROUP_READ_AS_LETTERS);

        Map<LineField, FieldValue> otherDigits = new EnumMap<>(values);
        otherDigits.put(LineField.AMOUNT, value(ExtractionMethod.OCR, "12152.00")); // 2,450 × 4.96
        Document asRead = scannedInvoice(otherDigits);
        assertThat(ArithmeticRepair.repair(asRead)).as("the digits read are not the quotient's").isSameAs(asRead);
        Map<LineField, FieldValue> sure = new EnumMap<>(values);
        sure.put(LineField.QUANTITY, new FieldValue("400", "yO 400 KGS",
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.95, null)));
        FieldValue surelyRead = ArithmeticRepair.repair(scannedInvoice(sure)).lines().get(0).values()
                .get(LineField.QUANTITY);
        assertThat(surelyRead.value()).as("read surely: a whole group lost all the same").isEqualTo("2400");
        assertThat(surelyRead.source().assumption()).isEqualTo(ArithmeticRepair.LEAD_GROUP_LOST);
    }

    @Test
    void aQuantityWhoseFirstDigitWasReadAsTheLetterOfItsShapeIsRestoredWhereTheArithmeticSaysSo() {
        // "59 SETS" read "S9SETS": 9 × 203.62 is no 12,013.58 (a false LINE_ARITHMETIC_ERROR)
        Map<LineField, FieldValue> values = lineReadAt("9", "203.62", "12013.58", 0.69);
        values.put(LineField.QUANTITY, new FieldValue("9", "S9SETS",
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.69, null)));
        FieldValue quantity = ArithmeticRepair.repair(scannedInvoice(values)).lines().get(0).values()
                .get(LineField.QUANTITY);
        assertThat(quantity.value()).isEqualTo("59");
        assertThat(quantity.source().assumption()).isEqualTo(ArithmeticRepair.FIRST_DIGIT_READ_AS_LETTER);

        Map<LineField, FieldValue> otherAmount = new EnumMap<>(values);
        otherAmount.put(LineField.AMOUNT, value(ExtractionMethod.OCR, "12217.20")); // 60 × 203.62
        Document asRead = scannedInvoice(otherAmount);
        assertThat(ArithmeticRepair.repair(asRead)).as("59 makes no other amount").isSameAs(asRead);
        assertThat(Numbers.firstDigitReadAsLetter("SETS")).isNull();
        assertThat(Numbers.firstDigitReadAsLetter("O50 PCS")).as("no count opens with 0").isNull();
    }

    @Test
    void aQuantitysFirstDigitReadAsALetterAndAPricesMarkLostOnOneLineAreBothRestored() {
        // a one-line contract, "56 SETS 24.43 1368.08" read "S6SETS 2443 1368.08": 6 × 2,443 is no 1,368.08 (a false
        // LINE_ARITHMETIC_ERROR)
        Map<LineField, FieldValue> values = lineReadAt("6", "2443", "1368.08", 0.78);
        values.put(LineField.QUANTITY, new FieldValue("6", "S6SETS",
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.72, null)));
        Map<LineField, FieldValue> repaired = ArithmeticRepair.repair(scannedInvoice(values)).lines().get(0).values();
        assertThat(repaired.get(LineField.QUANTITY).value()).isEqualTo("56");
        assertThat(repaired.get(LineField.UNIT_PRICE).value()).isEqualTo("24.43");

        Map<LineField, FieldValue> otherAmount = new EnumMap<>(values);
        otherAmount.put(LineField.AMOUNT, value(ExtractionMethod.OCR, "1378.08"));
        Document asRead = scannedInvoice(otherAmount);
        assertThat(ArithmeticRepair.repair(asRead)).as("no such pair makes 1,378.08").isSameAs(asRead);
    }

    @Test
    void theOnlyLinesPriceWithoutItsMarkBesideAnAmountShowingDecimalsHasLostItsMark() {
        // a one-line contract, "168 PCS 1.46 245.28" read "168 PCS 146" (0.84) "245.28": the price column, one price
        // long, cannot tell whether prices are printed with decimals; the amount's own say they are (a false
        // LINE_ARITHMETIC_ERROR on a degraded scan)
        Document read = scannedInvoice(lineReadAt("168", "146", "245.28", 0.84));
        FieldValue price = ArithmeticRepair.repair(read).lines().get(0).values().get(LineField.UNIT_PRICE);
        assertThat(price.value()).isEqualTo("1.46");
        assertThat(price.source().assumption()).isEqualTo(ArithmeticRepair.ASSUMPTION);

        Document otherAmount = scannedInvoice(lineReadAt("168", "146", "245.38", 0.84));
        assertThat(ArithmeticRepair.repair(otherAmount)).as("no mark makes 245.38").isSameAs(otherAmount);
        Document amountWithoutDecimals = scannedInvoice(lineReadAt("168", "146", "245", 0.84));
        assertThat(ArithmeticRepair.repair(amountWithoutDecimals)).as("nothing says the price had decimals")
                .isSameAs(amountWithoutDecimals);

        // "280 KGS 8.45 2366" read "845" (0.86) on a degraded plain-numbered contract: the price's doubt says it
        Document doubted = scannedInvoice(lineReadAt("280", "845", "2366", 0.86));
        assertThat(ArithmeticRepair.repair(doubted).lines().get(0).values().get(LineField.UNIT_PRICE).value())
                .isEqualTo("8.45");
        Document sure = scannedInvoice(lineReadAt("280", "845", "2366", 0.95));
        assertThat(ArithmeticRepair.repair(sure)).as("read surely, whole: an error to report").isSameAs(sure);
    }

    @Test
    void aDoubtfulPricesDecimalMarkReadAsADigitIsRestored() {
        // "1500 PCS 2.7 4050" read "237" (0.64) for the price on a clean invoice scan: 1,500 × 237 is no 4,050 (a false
        // LINE_ARITHMETIC_ERROR)
        Document read = scannedInvoice(lineReadAt("1500", "237", "4050", 0.64));
        FieldValue price = ArithmeticRepair.repair(read).lines().get(0).values().get(LineField.UNIT_PRICE);
        assertThat(price.value()).isEqualTo("2.70");
        assertThat(price.source().assumption()).isEqualTo(ArithmeticRepair.MARK_READ_AS_DIGIT);

        Document sure = scannedInvoice(lineReadAt("1500", "237", "4050", 0.95));
        assertThat(ArithmeticRepair.repair(sure)).as("read surely").isSameAs(sure);
        Document otherAmount = scannedInvoice(lineReadAt("1500", "237", "4060", 0.64));
        assertThat(ArithmeticRepair.repair(otherAmount)).as("no such digit makes 4,060").isSameAs(otherAmount);
    }

    /** a scanned line whose every term was read with {@code confidence} */
    private static Map<LineField, FieldValue> lineReadAt(String quantity, String price, String amount,
                                                         double confidence) {
        Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
        List.of(Map.entry(LineField.QUANTITY, quantity), Map.entry(LineField.UNIT_PRICE, price),
                Map.entry(LineField.AMOUNT, amount)).forEach(e -> values.put(e.getKey(), new FieldValue(e.getValue(),
                e.getValue(), new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, confidence, null))));
        return values;
    }

    /** a scanned line's values, its amount parsed as {@code amount} from the words {@code raw} */
    private static Map<LineField, FieldValue> lineWithAmountAsRead(String quantity, String price, String amount,
                                                                   String raw) {
        Map<LineField, FieldValue> values = new EnumMap<>(item(1, ExtractionMethod.OCR, quantity, price, amount).values());
        values.put(LineField.AMOUNT, new FieldValue(amount, raw,
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.65, null)));
        return values;
    }

    private static Document scannedInvoice(Map<LineField, FieldValue> line) {
        return new Document("d1", DocumentType.INVOICE, "scan.png", "test", ExtractionMethod.OCR, 0.8, Map.of(),
                List.of(new LineItem(1, line)), null);
    }

    /** a packing list with net weights per line (each "raw" as printed) and the total net weight */
    private static Document packingList(ExtractionMethod method, String total, String... netWeights) {
        List<LineItem> lines = new java.util.ArrayList<>();
        for (String weight : netWeights) {
            Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
            values.put(LineField.NET_WEIGHT, new FieldValue(weight.replaceFirst("kg$", "").replace(",", "."), weight,
                    new Provenance("d1", 1, new Box(1, 1, 50, 20), method, 0.9, null)));
            lines.add(new LineItem(lines.size() + 1, values));
        }
        return new Document("d1", DocumentType.PACKING_LIST, "scan.png", "test", method, 0.8,
                Map.of(io.customsreview.hub.domain.Field.NET_WEIGHT, List.of(value(method, total))), lines, null);
    }

    @Test
    void aWeightThatLostItsDecimalMarkIsRestoredFromTheTotal() {
        // "424,40" read "42440": the lines add up to the stated 5,708.28 kg only with 424.40
        Document repaired = ArithmeticRepair.repair(packingList(ExtractionMethod.OCR, "5708.28",
                "2729,93", "1612,82", "42440", "763,15", "177,98"));
        FieldValue weight = repaired.lines().get(2).values().get(LineField.NET_WEIGHT);
        assertThat(weight.value()).isEqualTo("424.40");
        assertThat(weight.raw()).isEqualTo("42440");
        assertThat(weight.source().assumption()).isEqualTo(ArithmeticRepair.SUM_ASSUMPTION);
    }

    @Test
    void weightsThatLostTheirDecimalMarksOnTwoLinesAreRestoredFromTheTotal() {
        // "51423kg" and "55859kg" for 514.23 and 558.59 on a degraded packing list: no single moved mark makes the
        // stated 8,017.68 kg, both moved do (a false NET_EXCEEDS_GROSS: 51,423 kg against a line's gross of 782.72)
        Document repaired = ArithmeticRepair.repair(packingList(ExtractionMethod.OCR, "8017.68",
                "51423kg", "55859kg", "4380,63kg", "2564,23kg"));
        assertThat(repaired.lines()).extracting(l -> l.values().get(LineField.NET_WEIGHT).value())
                .containsExactly("514.23", "558.59", "4380.63", "2564.23");
        assertThat(repaired.lines().get(0).values().get(LineField.NET_WEIGHT).source().assumption())
                .isEqualTo(ArithmeticRepair.SUM_ASSUMPTION);

        Document otherTotal = packingList(ExtractionMethod.OCR, "8017.70", "51423", "55859", "4380,63", "2564,23");
        assertThat(ArithmeticRepair.repair(otherTotal)).as("the total not made: as read").isSameAs(otherTotal);
        Document digital = packingList(ExtractionMethod.PDF_TEXT, "8017.68", "51423", "55859", "4380,63", "2564,23");
        assertThat(ArithmeticRepair.repair(digital)).isSameAs(digital);
    }

    @Test
    void weightsAreLeftAsReadWhereNoSingleMovedMarkExplainsTheTotal() {
        Document otherDigits = packingList(ExtractionMethod.OCR, "5708.28", "2729,93", "1612,82", "42450", "763,15", "177,98");
        assertThat(ArithmeticRepair.repair(otherDigits)).isSameAs(otherDigits);
        Document digital = packingList(ExtractionMethod.PDF_TEXT, "5708.28", "2729,93", "1612,82", "42440", "763,15", "177,98");
        assertThat(ArithmeticRepair.repair(digital)).isSameAs(digital);
        // two values without their marks, either of which could be the one: neither is guessed
        Document ambiguous = packingList(ExtractionMethod.OCR, "1110.00", "900", "900", "90,00", "10,00", "20,00");
        assertThat(ArithmeticRepair.repair(ambiguous)).isSameAs(ambiguous);
    }

    /** a declaration's lines: amounts only (each "value|raw"), and the total */
    @Test
    void theOnlyLinesAmountReadDoubtfullyWithoutItsMarkIsTheTotalItsMarkMakes() {
        // a one-line declaration: "4624.8" read "46248" at 0.83 against the total EUR 4624.8 read surely (a false
        // LINE_ARITHMETIC_ERROR on a degraded scan)
        Document doubtful = declaration(0.83, "4624.80", "46248.00|46248");
        FieldValue amount = ArithmeticRepair.repair(doubtful).lines().get(0).values().get(LineField.AMOUNT);
        assertThat(amount.value()).isEqualTo("4624.80");
        assertThat(amount.source().assumption()).isEqualTo(ArithmeticRepair.SUM_ASSUMPTION);

        Document sure = declaration(0.9, "4624.80", "46248.00|46248");
        assertThat(ArithmeticRepair.repair(sure)).as("read surely: as read").isSameAs(sure);
        Document otherTotal = declaration(0.83, "4624.00", "46248.00|46248");
        assertThat(ArithmeticRepair.repair(otherTotal)).isSameAs(otherTotal);
    }

    private static Document declaration(String total, String... amounts) {
        return declaration(0.9, total, amounts);
    }

    private static Document declaration(double confidence, String total, String... amounts) {
        List<LineItem> lines = new java.util.ArrayList<>();
        for (String amount : amounts) {
            String[] valueAndRaw = amount.split("\\|");
            Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
            values.put(LineField.AMOUNT, new FieldValue(valueAndRaw[0], valueAndRaw[1],
                    new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, confidence, null)));
            lines.add(new LineItem(lines.size() + 1, values));
        }
        return new Document("d1", DocumentType.DECLARATION, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT, List.of(value(ExtractionMethod.OCR, total))),
                lines, null);
    }

    @Test
    void aDoubtfulAmountReadWithoutItsLeadingDigitAndMarkIsWhatMakesTheTotal() {
        // "5.224,04" read "224 04" at 0.87 (its "5." and comma lost) and parsed as 224; the total is 17.436,54
        Document repaired = ArithmeticRepair.repair(declaration(0.87, "17436.54", "224.00|224 04",
                "12212.50|12.212,50"));
        FieldValue amount = repaired.lines().get(0).values().get(LineField.AMOUNT);
        assertThat(amount.value()).isEqualTo("5224.04");
        assertThat(amount.source().assumption()).isEqualTo(ArithmeticRepair.LEAD_AND_MARK_SUMMED);

        Document sure = declaration(0.95, "17436.54", "224.00|224 04", "12212.50|12.212,50");
        assertThat(ArithmeticRepair.repair(sure)).as("read surely: as read").isSameAs(sure);
        Document otherDigits = declaration(0.87, "17436.54", "234.00|234 04", "12212.50|12.212,50");
        assertThat(ArithmeticRepair.repair(otherDigits)).as("its digits are not what the total leaves")
                .isSameAs(otherDigits);
        Document threeDigitsLost = declaration(0.87, "112436.54", "224.00|224 04", "12212.50|12.212,50");
        assertThat(ArithmeticRepair.repair(threeDigitsLost)).as("more than two digits lost: a wrong amount")
                .isSameAs(threeDigitsLost);
    }

    @Test
    void anAmountWhoseDigitGroupsWereReadApartIsOneNumberWhereTheLinesAddUpToTheTotal() {
        // "2 416 840,00" read "2416 840,00" and parsed as 2416; with no unit price, only the total can tell
        Document repaired = ArithmeticRepair.repair(declaration("2945740.00", "2416.00|2416 840,00",
                "528900.00|528 900,00"));
        FieldValue amount = repaired.lines().get(0).values().get(LineField.AMOUNT);
        assertThat(amount.value()).isEqualTo("2416840.00");
        assertThat(amount.source().assumption()).isEqualTo(ArithmeticRepair.GROUPS_SUMMED);

        Document otherTotal = declaration("2945000.00", "2416.00|2416 840,00", "528900.00|528 900,00");
        assertThat(ArithmeticRepair.repair(otherTotal)).isSameAs(otherTotal);
    }

    @Test
    void severalAmountsWhoseDigitGroupsWereReadApartAreJoinedWhereAllTogetherTheyMakeTheTotal() {
        // a JPY declaration: "63675 000,00" and "6660 940,00" both stopped at the gap
        Document repaired = ArithmeticRepair.repair(declaration("70465120.00", "129180.00|129 180,00",
                "63675.00|63675 000,00", "6660.00|6660 940,00"));
        assertThat(repaired.lines()).extracting(l -> l.values().get(LineField.AMOUNT).value())
                .containsExactly("129180.00", "63675000.00", "6660940.00");

        Document otherTotal = declaration("70465000.00", "129180.00|129 180,00", "63675.00|63675 000,00",
                "6660.00|6660 940,00");
        assertThat(ArithmeticRepair.repair(otherTotal)).isSameAs(otherTotal);
    }

    @Test
    void amountsWhoseDigitGroupsWereReadApartAreJoinedThoughTheWeightsUnitWasReadIntoTheirCell() {
        // a JPY declaration whose weight's "kg" fell into the value's cell: "kg 2874 410,00", "kg 14583 400,00" (a
        // false LINE_ARITHMETIC_ERROR on a degraded scan)
        Document repaired = ArithmeticRepair.repair(declaration("20517860.00", "2874.00|kg 2874 410,00",
                "3060050.00|kg 3060050,00", "14583.00|kg 14583 400,00"));
        assertThat(repaired.lines()).extracting(l -> l.values().get(LineField.AMOUNT).value())
                .containsExactly("2874410.00", "3060050.00", "14583400.00");
        Document words = declaration("20517860.00", "2874.00|No. 2874 410,00", "3060050.00|kg 3060050,00",
                "14583.00|item 14583 400,00");
        assertThat(ArithmeticRepair.repair(words)).as("words, no unit or currency").isSameAs(words);
    }

    @Test
    void theOnlyLinesAmountWhoseDigitGroupsWereReadApartIsJoinedWhereThatMakesTheTotal() {
        // a one-line JPY declaration: "1067 952,00" (a grouping space closed) read as 1,067.00 against the total
        // ¥ 1 067 952,00 (a false LINE_ARITHMETIC_ERROR on a clean scan)
        Document repaired = ArithmeticRepair.repair(declaration("1067952.00", "1067.00|1067 952,00"));
        assertThat(repaired.lines().get(0).values().get(LineField.AMOUNT).value()).isEqualTo("1067952.00");

        Document otherTotal = declaration("1067950.00", "1067.00|1067 952,00");
        assertThat(ArithmeticRepair.repair(otherTotal)).as("joined, no total: as read").isSameAs(otherTotal);
        Document markLost = declaration("10679.52", "1067952.00|1067952");
        assertThat(ArithmeticRepair.repair(markLost)).as("a single line's mark is not moved to make its total")
                .isSameAs(markLost);
    }

    @Test
    void anAmountWhoseDigitGroupsWereReadApartIsJoinedThoughASpeckAfterItWasReadAsAFullStop() {
        // "2968 800,00." (the declaration's weight and value read as one cell, a speck after the value): no join had
        // been tried, and the lines missed the total by millions (a false LINE_ARITHMETIC_ERROR)
        Document repaired = ArithmeticRepair.repair(declaration("11902512.00", "2968.00|2968 800,00.",
                "1172.00|1172 400,00", "453312.00|453 312,00", "7308000.00|7 308 000,00"));
        assertThat(repaired.lines()).extracting(l -> l.values().get(LineField.AMOUNT).value())
                .containsExactly("2968800.00", "1172400.00", "453312.00", "7308000.00");
    }

    @Test
    void anAmountMisreadIsTheLinesProductWhereWithItTheLinesAddUpToTheTotal() {
        // "306,833.40" read for 780 × 39.53 = 30,833.40; the contract's total 42,306.40 confirms the product
        List<LineItem> lines = List.of(item(1, ExtractionMethod.OCR, "1100", "10.43", "11473.00"),
                item(2, ExtractionMethod.OCR, "780", "39.53", "306833.40"));
        Document contract = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT, List.of(value(ExtractionMethod.OCR, "42306.40"))),
                lines, null);
        FieldValue amount = ArithmeticRepair.repair(contract).lines().get(1).values().get(LineField.AMOUNT);
        assertThat(amount.value()).isEqualTo("30833.40");
        assertThat(amount.source().assumption()).isEqualTo(ArithmeticRepair.PRODUCT_SUMMED);

        // a unit price that is wrong on the document (the amount and the total agree): left for the rules to report
        List<LineItem> wrongPrice = List.of(item(1, ExtractionMethod.OCR, "1100", "10.43", "11473.00"),
                item(2, ExtractionMethod.OCR, "780", "39.93", "30833.40"));
        Document printed = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT, List.of(value(ExtractionMethod.OCR, "42306.40"))),
                wrongPrice, null);
        assertThat(ArithmeticRepair.repair(printed)).isSameAs(printed);
    }

    @Test
    void aPriceAndAnAmountThatBothLostTheirMarksAreRestoredWhereThatMakesTheTotal() {
        // a degraded purchase order: "960 PCS 1.47 1411.2" read "147" and "14112" — the line's arithmetic holds as
        // read, but the lines add up to 123,031.00 against the total 110,330.20 (a false LINE_ARITHMETIC_ERROR)
        List<LineItem> lines = List.of(item(1, ExtractionMethod.OCR, "2400", "24.53", "58872"),
                item(2, ExtractionMethod.OCR, "4080", "3.67", "14973.6"),
                item(3, ExtractionMethod.OCR, "3000", "6.96", "20880"),
                item(4, ExtractionMethod.OCR, "212", "66.95", "14193.4"),
                item(5, ExtractionMethod.OCR, "960", "147", "14112"));
        Document contract = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT,
                        List.of(value(ExtractionMethod.OCR, "110330.2"))),
                lines, null);
        LineItem repaired = ArithmeticRepair.repair(contract).lines().get(4);
        assertThat(repaired.values().get(LineField.UNIT_PRICE).value()).isEqualTo("1.47");
        assertThat(repaired.values().get(LineField.AMOUNT).value()).isEqualTo("1411.20");
        assertThat(repaired.values().get(LineField.AMOUNT).source().assumption())
                .isEqualTo(ArithmeticRepair.BOTH_MARKS_SUMMED);

        Document otherTotal = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT,
                        List.of(value(ExtractionMethod.OCR, "110000.2"))),
                lines, null);
        assertThat(ArithmeticRepair.repair(otherTotal).lines().get(4).values().get(LineField.AMOUNT).value())
                .as("no mark makes the total").isEqualTo("14112");
    }

    @Test
    void aPriceThatLostItsMarkBesideAnAmountTheTotalRestoredIsRestoredByTheLine() {
        // a degraded invoice: "150 PCS 6.35 952.50" read "635 9525" — the amount restored from the total (952.50),
        // the price left at 635 (a false LINE_ARITHMETIC_ERROR: 150 × 635.00 is no 952.50)
        List<LineItem> lines = List.of(item(1, ExtractionMethod.OCR, "150", "635", "9525"),
                item(2, ExtractionMethod.OCR, "116", "23.22", "2693.52"),
                item(3, ExtractionMethod.OCR, "672", "2.74", "1841.28"));
        Document invoice = new Document("d1", DocumentType.INVOICE, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT, List.of(value(ExtractionMethod.OCR, "5487.30"))),
                lines, null);
        LineItem repaired = ArithmeticRepair.repair(invoice).lines().get(0);
        assertThat(repaired.values().get(LineField.AMOUNT).value()).isEqualTo("952.50");
        assertThat(repaired.values().get(LineField.UNIT_PRICE).value()).isEqualTo("6.35");
        assertThat(ArithmeticRepair.arithmeticHolds(repaired)).isTrue();
    }

    @Test
    void anAmountThatLostItsOneDecimalWhereFewShowAnyIsTheProductTheTotalConfirms() {
        // amounts printed "3873.6", "7008": decimals only where there are any; "4524.8" read "45248"
        List<LineItem> lines = List.of(item(1, ExtractionMethod.OCR, "480", "8.07", "3873.6"),
                item(2, ExtractionMethod.OCR, "20", "226.24", "45248"),
                item(3, ExtractionMethod.OCR, "160", "28.02", "4483.2"),
                item(4, ExtractionMethod.OCR, "2400", "2.92", "7008"),
                item(5, ExtractionMethod.OCR, "400", "27.89", "11156"));
        Document contract = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT, List.of(value(ExtractionMethod.OCR, "31045.6"))),
                lines, null);
        FieldValue amount = ArithmeticRepair.repair(contract).lines().get(1).values().get(LineField.AMOUNT);
        assertThat(amount.value()).isEqualTo("4524.80");
        assertThat(amount.source().assumption()).isEqualTo(ArithmeticRepair.PRODUCT_SUMMED);

        Document otherTotal = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT, List.of(value(ExtractionMethod.OCR, "71768.8"))),
                lines, null);
        assertThat(ArithmeticRepair.repair(otherTotal)).as("the total is what the lines add up to as read")
                .isSameAs(otherTotal);
    }

    @Test
    void aTotalWhoseDigitGroupsWereReadApartIsTheJoinedNumberWhereTheLinesMakeIt() {
        // "¥ 4 994 400,00" read "¥ 4994 400,00" and parsed as 4,994.00; the lines add up to 4,994,400.00
        Document declaration = declaration("4994.00", "1506720.00|1 506 720,00", "1080000.00|1 080 000,00",
                "2407680.00|2 407 680,00");
        Document read = new Document("d1", DocumentType.INVOICE, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT, List.of(new FieldValue("4994.00",
                        "¥ 4994 400,00", new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.74,
                        null)))), declaration.lines(), null);
        FieldValue total = ArithmeticRepair.repair(read).first(io.customsreview.hub.domain.Field.TOTAL_AMOUNT)
                .orElseThrow();
        assertThat(total.value()).isEqualTo("4994400.00");
        assertThat(total.source().assumption()).isEqualTo(ArithmeticRepair.GROUPS_SUMMED);

        Document otherLines = new Document("d1", DocumentType.INVOICE, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                read.fields(), declaration("1.00", "1506720.00|1 506 720,00", "1080000.00|1 080 000,00").lines(),
                null);
        assertThat(ArithmeticRepair.repair(otherLines).first(io.customsreview.hub.domain.Field.TOTAL_AMOUNT))
                .get().extracting(FieldValue::value).as("the lines make another number").isEqualTo("4994.00");
    }

    @Test
    void aDigitMoreReadIntoADoubtfulPriceIsTakenOutWhereTheLineHoldsWithoutIt() {
        // "7,906" read at 0.74 for 7,06: 2,350 × 7.06 = 16,591.00
        Map<LineField, FieldValue> line = lineReadAt("2350", "7.906", "16591.00", 0.74);
        FieldValue price = ArithmeticRepair.repair(scannedInvoice(line)).lines().get(0).values()
                .get(LineField.UNIT_PRICE);
        assertThat(price.value()).isEqualTo("7.06");
        assertThat(price.source().assumption()).isEqualTo(ArithmeticRepair.ONE_DIGIT_MORE);

        Document surelyRead = scannedInvoice(lineReadAt("2350", "7.906", "16591.00", 0.95));
        assertThat(ArithmeticRepair.repair(surelyRead)).as("read surely: what the document says")
                .isSameAs(surelyRead);
        Document otherPrice = scannedInvoice(lineReadAt("2350", "7.956", "16591.00", 0.74));
        assertThat(ArithmeticRepair.repair(otherPrice)).as("no digit taken out makes 7.06").isSameAs(otherPrice);
        // a contract's price changed from 424.00 to 424.05 and read at 0.79: its cent taken out made "424.0" and the
        // line held (130 × 424.00 = 55,120.00) — the planted LINE_ARITHMETIC_ERROR went unseen
        Document cents = scannedInvoice(lineReadAt("130", "424.05", "55120.00", 0.79));
        assertThat(ArithmeticRepair.repair(cents)).as("two decimals read: cents, none of them a digit more")
                .isSameAs(cents);
    }

    @Test
    void aDoubtfulAmountWhoseLeadingDigitGroupWasLostIsWhatTheLineMakes() {
        // "6 627,20" read "627, 20" at 0.87 on a clean scan: 380 × 17.44 = 6,627.20 — a false LINE_ARITHMETIC_ERROR
        FieldValue amount = ArithmeticRepair.repair(scannedInvoice(lineReadAt("380", "17.44", "627.20", 0.87)))
                .lines().get(0).values().get(LineField.AMOUNT);
        assertThat(amount.value()).isEqualTo("6627.20");
        assertThat(amount.source().assumption()).isEqualTo(ArithmeticRepair.LEAD_GROUP_LOST);

        Document surelyRead = scannedInvoice(lineReadAt("380", "17.44", "627.20", 0.95));
        assertThat(ArithmeticRepair.repair(surelyRead)).as("read surely: what the document says")
                .isSameAs(surelyRead);
        Document otherDigits = scannedInvoice(lineReadAt("380", "17.44", "672.20", 0.87));
        assertThat(ArithmeticRepair.repair(otherDigits)).as("not the end of 6,627.20").isSameAs(otherDigits);
        Document partOfAGroup = scannedInvoice(lineReadAt("380", "17.44", "27.20", 0.87));
        assertThat(ArithmeticRepair.repair(partOfAGroup)).as("no whole group lost").isSameAs(partOfAGroup);
    }

    @Test
    void aQuantityWhoseLeadingDigitAndGroupingMarkWereLostIsWhatTheLineMakesHoweverSurelyRead() {
        // "1,400 PCS" read "400 PCS" at 0.96 on a degraded scan, its "1," lost: 1,400 × 4.63 = 6,482.00 — a false
        // LINE_ARITHMETIC_ERROR. A wrong price or amount leaves no whole number of lost thousands.
        FieldValue quantity = ArithmeticRepair.repair(scannedInvoice(lineReadAt("400", "4.63", "6482.00", 0.96)))
                .lines().get(0).values().get(LineField.QUANTITY);
        assertThat(quantity.value()).isEqualTo("1400");
        assertThat(quantity.source().assumption()).isEqualTo(ArithmeticRepair.LEAD_GROUP_LOST);

        Document otherDigits = scannedInvoice(lineReadAt("410", "4.63", "6482.00", 0.96));
        assertThat(ArithmeticRepair.repair(otherDigits)).as("not the end of 1,400").isSameAs(otherDigits);
        Document priceChanged = scannedInvoice(lineReadAt("400", "4.64", "6482.00", 0.96));
        assertThat(ArithmeticRepair.repair(priceChanged)).as("no whole quantity makes it").isSameAs(priceChanged);
        Document partOfAGroup = scannedInvoice(lineReadAt("40", "4.63", "6482.00", 0.96));
        assertThat(ArithmeticRepair.repair(partOfAGroup)).as("no whole group lost").isSameAs(partOfAGroup);
    }

    @Test
    void aDigitMoreReadIntoADoubtfulGroupedQuantityIsTakenOutWhereTheLineHoldsWithoutIt() {
        // "9,200 PCS" read "9,2000PCS" at 0.66 on a clean scan (parsed 9.2): 9,200 × 482.00 = 4,434,400.00 — a false
        // LINE_ARITHMETIC_ERROR
        Map<LineField, FieldValue> line = lineReadAt("9.2", "482.00", "4434400.00", 0.9);
        line.put(LineField.QUANTITY, new FieldValue("9.2", "9,2000PCS",
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.66, null)));
        FieldValue quantity = ArithmeticRepair.repair(scannedInvoice(line)).lines().get(0).values()
                .get(LineField.QUANTITY);
        assertThat(quantity.value()).isEqualTo("9200");
        assertThat(quantity.source().assumption()).isEqualTo(ArithmeticRepair.GROUPED_DIGIT_MORE);

        line.put(LineField.QUANTITY, new FieldValue("9.2", "9,2000PCS",
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.95, null)));
        Document surelyRead = scannedInvoice(line);
        assertThat(ArithmeticRepair.repair(surelyRead)).as("read surely: what the document says").isSameAs(surelyRead);
    }

    @Test
    void aUnitPriceAndAmountReadAsOneCellAreToldApartByTheLinesArithmetic() {
        Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
        values.put(LineField.QUANTITY, value(ExtractionMethod.OCR, "380"));
        values.put(LineField.AMOUNT, new FieldValue("9.59", "9.59 3,644.20",
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.9, null)));
        Document contract = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(), List.of(new LineItem(1, values)), null);
        Map<LineField, FieldValue> told = ArithmeticRepair.repair(contract).lines().get(0).values();
        assertThat(told.get(LineField.UNIT_PRICE).value()).isEqualTo("9.59");
        assertThat(told.get(LineField.AMOUNT).value()).isEqualTo("3644.20");

        values.put(LineField.AMOUNT, new FieldValue("9.59", "9.59 3,644.00",
                new Provenance("d1", 1, new Box(1, 1, 50, 20), ExtractionMethod.OCR, 0.9, null)));
        Document otherNumbers = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR,
                0.8, Map.of(), List.of(new LineItem(1, values)), null);
        assertThat(ArithmeticRepair.repair(otherNumbers)).isSameAs(otherNumbers);
    }

    @Test
    void aPriceAndAnAmountBothPrintedWithoutDecimalMarksAreToldApartByTheTotalTheAmountsMake() {
        // "4.4" read "44" beside an amount printed "10032": 2,280 × 4.4 = 10,032, but 2,280 × 44 = 100,320 too; the
        // amounts as read add up to the contract's total, so the price lost its mark (a false arithmetic error)
        List<LineItem> lines = List.of(item(1, ExtractionMethod.OCR, "2280", "44", "10032"),
                item(2, ExtractionMethod.OCR, "118", "62.29", "7350.22"),
                item(3, ExtractionMethod.OCR, "196", "17.36", "3402.56"));
        Document contract = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT, List.of(value(ExtractionMethod.OCR, "20784.78"))),
                lines, null);
        FieldValue price = ArithmeticRepair.repair(contract).lines().get(0).values().get(LineField.UNIT_PRICE);
        assertThat(price.value()).isEqualTo("4.40");
        assertThat(price.source().assumption()).isEqualTo(ArithmeticRepair.ASSUMPTION);

        Document otherTotal = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(io.customsreview.hub.domain.Field.TOTAL_AMOUNT, List.of(value(ExtractionMethod.OCR, "20785.78"))),
                lines, null);
        // without the total: a mark lost makes a number read larger, the price's (an amount of 100,320 read
        // "10032" would have lost a digit, not a mark)
        assertThat(ArithmeticRepair.repair(otherTotal).lines().get(0).values().get(LineField.UNIT_PRICE).value())
                .isEqualTo("4.40");
    }
    @Test
    void aPricesCentsReadAsLettersIntoTheAmountsCellAreWhatQuantityAndAmountMake() {
        // "5,280 PCS 27.71 146,308.80" on a degraded contract read "27" (0.93) then "HA, 146, 308.80": the price's
        // cents read as letters at the head of the amount's cell (a false LINE_ARITHMETIC_ERROR, 5,280 x 27.00)
        Document read = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(), List.of(new LineItem(1, lineWithAmountAsRead("5280", "27", "146308.80", "HA, 146, 308.80")),
                item(2, ExtractionMethod.OCR, "168", "56.32", "9461.76")), null);
        FieldValue price = ArithmeticRepair.repair(read).lines().get(0).values().get(LineField.UNIT_PRICE);
        assertThat(price.value()).isEqualTo("27.71");
        assertThat(price.source().assumption()).isEqualTo(ArithmeticRepair.CENTS_READ_INTO_THE_AMOUNT);

        Document otherPrice = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(), List.of(new LineItem(1, lineWithAmountAsRead("5280", "26", "146308.80", "HA, 146, 308.80")),
                item(2, ExtractionMethod.OCR, "168", "56.32", "9461.76")), null);
        assertThat(ArithmeticRepair.repair(otherPrice)).as("27.71 is no 26 with its cents lost").isSameAs(otherPrice);
        Document amountAlone = new Document("d1", DocumentType.CONTRACT, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                Map.of(), List.of(new LineItem(1, lineWithAmountAsRead("5280", "27", "146308.80", "146, 308.80")),
                item(2, ExtractionMethod.OCR, "168", "56.32", "9461.76")), null);
        assertThat(ArithmeticRepair.repair(amountAlone)).as("nothing read between price and amount")
                .isSameAs(amountAlone);
    }
}
