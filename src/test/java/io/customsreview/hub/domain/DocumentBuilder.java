package io.customsreview.hub.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds documents for rule tests: {@code DocumentBuilder.of("d1", INVOICE).with(Field.TOTAL_AMOUNT, "12345.60")
 * .line(Map.of(LineField.QUANTITY, "10")).build()}. Values are given in their canonical form.
 */
public final class DocumentBuilder {

    private final String id;
    private final DocumentType type;
    private final Map<Field, List<FieldValue>> fields = new LinkedHashMap<>();
    private final List<LineItem> lines = new ArrayList<>();
    private ExtractionMethod method = ExtractionMethod.PDF_TEXT;
    private double confidence = 0.95;

    private DocumentBuilder(String id, DocumentType type) {
        this.id = id;
        this.type = type;
    }

    public static DocumentBuilder of(String id, DocumentType type) {
        return new DocumentBuilder(id, type);
    }

    public DocumentBuilder method(ExtractionMethod method) {
        this.method = method;
        return this;
    }

    /** how sure the reader was of the values added from here on */
    public DocumentBuilder confidence(double confidence) {
        this.confidence = confidence;
        return this;
    }

    /** adds a value; call again with the same field for multi-valued fields (containers, seals) */
    public DocumentBuilder with(Field field, String value) {
        fields.computeIfAbsent(field, f -> new ArrayList<>()).add(value(value, 1));
        return this;
    }

    public DocumentBuilder line(Map<LineField, String> values) {
        Map<LineField, FieldValue> line = new EnumMap<>(LineField.class);
        values.forEach((k, v) -> line.put(k, value(v, 1)));
        lines.add(new LineItem(lines.size() + 1, line));
        return this;
    }

    public Document build() {
        return new Document(id, type, id + ".pdf", "test", method, 0.95, fields, lines, null);
    }

    private FieldValue value(String value, int page) {
        return new FieldValue(value, value, new Provenance(id, page, null, method, confidence, null));
    }
}
