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

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DoubtfulValuesTest {

    private static FieldValue read(String value, double confidence) {
        return new FieldValue(value, value, new Provenance("d1", 1, new Box(10, 10, 100, 40), ExtractionMethod.OCR,
                confidence, null));
    }

    private static Document document(Map<Field, List<FieldValue>> fields, List<LineItem> lines) {
        return new Document("d1", DocumentType.INVOICE, "scan.png", "test", ExtractionMethod.OCR, 0.8,
                fields, lines, null);
    }

    @Test
    void aDoubtfulNumberIsWithheldButANameOrADateReadAsDoubtfullyIsKept() {
        Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
        fields.put(Field.GROSS_WEIGHT, List.of(read("1221.66", 0.4)));
        fields.put(Field.SELLER, List.of(read("Harbourside Industries S.r.l.", 0.4)));
        fields.put(Field.PORT_OF_LOADING, List.of(read("Ho Chi Minh City", 0.1)));
        fields.put(Field.DOCUMENT_DATE, List.of(read("2025-01-07", 0.43))); // "07 JAN 2025" doubted
        fields.put(Field.ON_BOARD_DATE, List.of(read("2025-01-09", 0.05)));

        Document kept = DoubtfulValues.withhold(document(fields, List.of()), 0.6);

        assertThat(kept.fields()).containsKey(Field.SELLER).containsKey(Field.DOCUMENT_DATE)
                .doesNotContainKey(Field.GROSS_WEIGHT).doesNotContainKey(Field.PORT_OF_LOADING)
                .doesNotContainKey(Field.ON_BOARD_DATE);
    }

    @Test
    void numbersTheDocumentsArithmeticVouchesForAreKept() {
        Map<LineField, FieldValue> line1 = new EnumMap<>(LineField.class);
        line1.put(LineField.QUANTITY, read("200", 0.3));
        line1.put(LineField.UNIT_PRICE, read("7.34", 0.3));
        line1.put(LineField.AMOUNT, read("1468.00", 0.3));
        Map<LineField, FieldValue> line2 = new EnumMap<>(LineField.class);
        line2.put(LineField.QUANTITY, read("2500", 0.3)); // 2500 x 9.20 is not 23,001.00: one of them is misread
        line2.put(LineField.UNIT_PRICE, read("9.20", 0.3));
        line2.put(LineField.AMOUNT, read("23001.00", 0.9));
        Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
        fields.put(Field.TOTAL_AMOUNT, List.of(read("24469.00", 0.3)));

        Document kept = DoubtfulValues.withhold(document(fields,
                List.of(new LineItem(1, line1), new LineItem(2, line2))), 0.6);

        assertThat(kept.lines().get(0).values()).containsKeys(LineField.QUANTITY, LineField.UNIT_PRICE, LineField.AMOUNT);
        assertThat(kept.lines().get(1).values()).containsOnlyKeys(LineField.AMOUNT);
        assertThat(kept.fields()).as("lines add up to the total").containsKey(Field.TOTAL_AMOUNT);
    }

    @Test
    void aDoubtfulAmountOnlyWithinACentOfItsLinesProductIsNotVouchedFor() {
        // "163.328,006" at 0.39 on a degraded invoice (a speck read as a third decimal) for 4,400 × 37.12: vouched for
        // by the line's arithmetic within a cent, it made a false LINE_ARITHMETIC_ERROR of USD 0.006
        Map<LineField, FieldValue> speck = new EnumMap<>(LineField.class);
        speck.put(LineField.QUANTITY, read("4400", 0.72));
        speck.put(LineField.UNIT_PRICE, read("37.12", 0.93));
        speck.put(LineField.AMOUNT, read("163328.006", 0.39));
        Map<LineField, FieldValue> rounded = new EnumMap<>(LineField.class);
        rounded.put(LineField.QUANTITY, read("3", 0.72));
        rounded.put(LineField.UNIT_PRICE, read("33.335", 0.93));
        rounded.put(LineField.AMOUNT, read("100.01", 0.39)); // 100.005 rounded half up to the cent

        Document kept = DoubtfulValues.withhold(document(Map.of(),
                List.of(new LineItem(1, speck), new LineItem(2, rounded))), 0.6);

        assertThat(kept.lines().get(0).values()).doesNotContainKey(LineField.AMOUNT);
        assertThat(kept.lines().get(1).values()).as("the product rounded to the cent").containsKey(LineField.AMOUNT);
    }

    @Test
    void aDoubtfulLineAmountTheTotalVouchesForIsKeptWhereTheLinesArithmeticFails() {
        // 780 x 3.71 is not 2,854.80 (the unit price is wrong on the contract), but the amounts make its total
        Map<LineField, FieldValue> line1 = new EnumMap<>(LineField.class);
        line1.put(LineField.QUANTITY, read("780", 0.96));
        line1.put(LineField.UNIT_PRICE, read("3.71", 0.96));
        line1.put(LineField.AMOUNT, read("2854.80", 0.46));
        Map<LineField, FieldValue> line2 = new EnumMap<>(LineField.class);
        line2.put(LineField.QUANTITY, read("8", 0.96));
        line2.put(LineField.UNIT_PRICE, read("24.51", 0.96));
        line2.put(LineField.AMOUNT, read("196.08", 0.96));
        List<LineItem> lines = List.of(new LineItem(1, line1), new LineItem(2, line2));
        Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
        fields.put(Field.TOTAL_AMOUNT, List.of(read("3050.88", 0.53)));

        assertThat(DoubtfulValues.withhold(document(fields, lines), 0.6).lines().get(0).get(LineField.AMOUNT))
                .get().extracting(FieldValue::value).isEqualTo("2854.80");

        fields.put(Field.TOTAL_AMOUNT, List.of(read("3050.80", 0.53)));
        assertThat(DoubtfulValues.withhold(document(fields, lines), 0.6).lines().get(0).get(LineField.AMOUNT))
                .as("a total the amounts do not make vouches for none").isEmpty();
    }

    @Test
    void aDoubtfulTotalACentFromItsLinesIsNotVouchedFor() {
        // lines add up to 38,197.46; the total read doubtfully "38.197,45": its last digit may be misread (6 as 5)
        Map<LineField, FieldValue> line1 = new EnumMap<>(LineField.class);
        line1.put(LineField.AMOUNT, read("11147.76", 0.9));
        Map<LineField, FieldValue> line2 = new EnumMap<>(LineField.class);
        line2.put(LineField.AMOUNT, read("27049.70", 0.9));
        List<LineItem> lines = List.of(new LineItem(1, line1), new LineItem(2, line2));
        Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
        fields.put(Field.TOTAL_AMOUNT, List.of(read("38197.45", 0.28)));

        Document kept = DoubtfulValues.withhold(document(fields, lines), 0.6);

        assertThat(kept.fields()).doesNotContainKey(Field.TOTAL_AMOUNT);
        assertThat(kept.withheld().get(Field.TOTAL_AMOUNT)).extracting(FieldValue::value).contains("38197.45");

        fields.put(Field.TOTAL_AMOUNT, List.of(read("38197.46", 0.28)));
        assertThat(DoubtfulValues.withhold(document(fields, lines), 0.6).fields())
                .as("lines that make it exactly vouch for it").containsKey(Field.TOTAL_AMOUNT);
    }

    private static LineItem weighed(int number, String net, String gross, String packages) {
        Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
        values.put(LineField.NET_WEIGHT, read(net, 0.9));
        values.put(LineField.GROSS_WEIGHT, read(gross, 0.8));
        values.put(LineField.PACKAGES, read(packages, 0.95));
        return new LineItem(number, values);
    }

    @Test
    void aTotalTheScanDidNotGiveIsTheSumOfACompleteTable() {
        // the net total's label lost to noise; the lines' gross weights add up to the stated gross total, so no
        // line is missing and the net weights add up to the net total
        List<LineItem> lines = List.of(weighed(1, "65.53", "70.07", "4"), weighed(2, "1573.63", "1634.72", "50"),
                weighed(3, "1485.91", "1501.03", "28"));
        Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
        fields.put(Field.GROSS_WEIGHT, List.of(read("3205.82", 0.96)));
        fields.put(Field.NET_WEIGHT, List.of(read("1", 0.0)));

        Document kept = DoubtfulValues.withhold(document(fields, lines), 0.6);

        assertThat(kept.first(Field.NET_WEIGHT)).get().satisfies(net -> {
            assertThat(net.decimal()).isEqualByComparingTo("3125.07");
            assertThat(net.source().confidence()).isEqualTo(0.9);
            assertThat(net.source().assumption()).contains("sum of its 3 lines' net weights");
        });
        assertThat(kept.first(Field.PACKAGE_COUNT)).get().extracting(FieldValue::value).isEqualTo("82");
        assertThat(kept.withheld()).containsKey(Field.NET_WEIGHT);
    }

    @Test
    void withoutProofThatTheTableIsCompleteNoTotalIsMadeUp() {
        // a line lost from the table: the gross weights miss the stated total, the net total stays missing
        List<LineItem> lines = List.of(weighed(1, "65.53", "70.07", "4"), weighed(2, "1573.63", "1634.72", "50"));
        Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
        fields.put(Field.GROSS_WEIGHT, List.of(read("3205.82", 0.96)));

        Document kept = DoubtfulValues.withhold(document(fields, lines), 0.6);

        assertThat(kept.fields()).doesNotContainKeys(Field.NET_WEIGHT, Field.PACKAGE_COUNT);
    }

    @Test
    void aDoubtfulCommodityCodeKeepsOnlyTheSubheadingTheNomenclatureConfirms() {
        Map<LineField, FieldValue> doubtful = new EnumMap<>(LineField.class);
        doubtful.put(LineField.HS_CODE, read("0901116000", 0.37)); // printed 0901.11.0000
        Map<LineField, FieldValue> sure = new EnumMap<>(LineField.class);
        sure.put(LineField.HS_CODE, read("8471300000", 0.9));

        Document kept = DoubtfulValues.withhold(document(Map.of(),
                List.of(new LineItem(1, doubtful), new LineItem(2, sure))), 0.6);

        FieldValue subheading = kept.lines().get(0).values().get(LineField.HS_CODE);
        assertThat(subheading.value()).isEqualTo("090111");
        assertThat(subheading.raw()).isEqualTo("0901116000");
        assertThat(subheading.source().assumption()).isEqualTo(DoubtfulValues.SUBHEADING_ONLY);
        assertThat(kept.lines().get(1).values().get(LineField.HS_CODE).value()).isEqualTo("8471300000");
    }
}
