package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;

import io.customsreview.hub.domain.ValueKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Withholds values read by OCR from words the recogniser was unsure of: a value that is not reported makes a rule
 * say MISSING_FIELD, which an officer can settle, where a misread value would make it say something false.
 * How sure is sure enough depends on what the value is: names, places and descriptions are compared loosely and
 * codes and references are checked or compared with the recogniser's look-alikes in mind, so a doubtful letter
 * rarely turns into a false finding there; numbers and dates are compared exactly and keep the full floor, unless
 * the document's own arithmetic vouches for them (quantity × unit price = amount on a line, lines adding up to the
 * total amount, packages or weights).
 */
public final class DoubtfulValues {

    private DoubtfulValues() {
    }

    public static Document withhold(Document document, double minConfidence) {
        if (!document.readable()) {
            return document;
        }
        Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
        document.fields().forEach((field, values) -> {
            boolean vouched = linesAddUpTo(document, field);
            List<FieldValue> sure = values.stream().filter(v -> vouched
                    || sure(v, floor(field.kind(), minConfidence))).toList();
            if (!sure.isEmpty()) {
                fields.put(field, sure);
            }
        });
        List<LineItem> lines = new ArrayList<>();
        for (LineItem line : document.lines()) {
            Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
            boolean arithmeticHolds = arithmeticHolds(line);
            line.values().forEach((field, value) -> {
                boolean vouched = arithmeticHolds && (field == LineField.QUANTITY || field == LineField.UNIT_PRICE
                        || field == LineField.AMOUNT);
                if (vouched || sure(value, floor(field.kind(), minConfidence))) {
                    values.put(field, value);
                }
            });
            lines.add(new LineItem(line.number(), values));
        }
        return new Document(document.id(), document.type(), document.fileName(), document.source(),
                document.extraction(), document.confidence(), fields, lines, document.unreadableReason());
    }

    static double floor(ValueKind kind, double minConfidence) {
        return switch (kind) {
            case TEXT, PARTY, PLACE, CURRENCY, COUNTRY, INCOTERM, UNIT, REFERENCE -> minConfidence * 0.25;
            case HS_CODE, CONTAINER -> minConfidence * 0.5;
            default -> minConfidence;
        };
    }

    private static boolean arithmeticHolds(LineItem line) {
        FieldValue quantity = line.values().get(LineField.QUANTITY);
        FieldValue price = line.values().get(LineField.UNIT_PRICE);
        FieldValue amount = line.values().get(LineField.AMOUNT);
        if (quantity == null || price == null || amount == null) {
            return false;
        }
        try {
            return ArithmeticRepair.holds(quantity.decimal(), price.decimal(), amount.decimal());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** the column of the goods lines whose sum a document-level total states */
    private static final Map<Field, LineField> TOTALS = Map.of(Field.TOTAL_AMOUNT, LineField.AMOUNT,
            Field.PACKAGE_COUNT, LineField.PACKAGES, Field.NET_WEIGHT, LineField.NET_WEIGHT,
            Field.GROSS_WEIGHT, LineField.GROSS_WEIGHT);

    /** whether every goods line states the column and the lines add up to the document's (first) total */
    private static boolean linesAddUpTo(Document document, Field total) {
        LineField column = TOTALS.get(total);
        List<FieldValue> totals = document.fields().getOrDefault(total, List.of());
        if (column == null || totals.isEmpty() || document.lines().isEmpty()) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        try {
            for (LineItem line : document.lines()) {
                FieldValue value = line.values().get(column);
                if (value == null) {
                    return false;
                }
                sum = sum.add(value.decimal());
            }
            return sum.signum() > 0 && ArithmeticRepair.sameToTheCent(sum, totals.get(0).decimal());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean sure(FieldValue value, double minConfidence) {
        // values that rest on no words of their own (confidence 0, e.g. a currency from a table header) are kept
        return value.source().method() != ExtractionMethod.OCR || value.source().box() == null
                || value.source().confidence() >= minConfidence;
    }
}
