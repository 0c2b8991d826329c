package io.customsreview.hub.domain;

import java.util.Map;
import java.util.Optional;

/** One goods line; {@code number} is 1-based in document order. */
public record LineItem(int number, Map<LineField, FieldValue> values) {

    public LineItem {
        values = Map.copyOf(values);
    }

    public Optional<FieldValue> get(LineField field) {
        return Optional.ofNullable(values.get(field));
    }
}
