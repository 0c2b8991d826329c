package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The golden-file form of a reading: per document its type and every field and line value in canonical form, one
 * per line, so that a person can check a golden file against the interchange beside it.
 */
final class GoldenFormat {

    private GoldenFormat() {
    }

    static String render(EdifactDocumentReader.Reading reading) {
        StringBuilder out = new StringBuilder();
        out.append("accepted: ").append(reading.accepted()).append('\n');
        for (Document d : reading.documents()) {
            out.append("document ").append(d.id()).append(": ").append(d.type()).append('\n');
            if (!d.readable()) {
                out.append("  unreadable: ").append(d.unreadableReason()).append('\n');
            }
            for (Field f : Field.values()) {
                List<FieldValue> values = d.all(f);
                if (!values.isEmpty()) {
                    out.append("  ").append(f.jsonName()).append(" = ")
                            .append(values.stream().map(FieldValue::value).collect(Collectors.joining(" | ")))
                            .append('\n');
                }
            }
            for (LineItem line : d.lines()) {
                out.append("  line ").append(line.number()).append(':');
                for (LineField f : LineField.values()) {
                    line.get(f).ifPresent(v -> out.append(' ').append(f.jsonName()).append('=').append(v.value())
                            .append(';'));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
