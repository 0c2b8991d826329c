package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Withholds values read by OCR from words the recogniser was unsure of: a value that is not reported makes a rule
 * say MISSING_FIELD, which an officer can settle, where a misread value would make it say something false.
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
            List<FieldValue> sure = values.stream().filter(v -> sure(v, minConfidence)).toList();
            if (!sure.isEmpty()) {
                fields.put(field, sure);
            }
        });
        List<LineItem> lines = new ArrayList<>();
        for (LineItem line : document.lines()) {
            Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
            line.values().forEach((field, value) -> {
                if (sure(value, minConfidence)) {
                    values.put(field, value);
                }
            });
            lines.add(new LineItem(line.number(), values));
        }
        return new Document(document.id(), document.type(), document.fileName(), document.source(),
                document.extraction(), document.confidence(), fields, lines, document.unreadableReason());
    }

    private static boolean sure(FieldValue value, double minConfidence) {
        // values that rest on no words of their own (confidence 0, e.g. a currency from a table header) are kept
        return value.source().method() != ExtractionMethod.OCR || value.source().box() == null
                || value.source().confidence() >= minConfidence;
    }
}
