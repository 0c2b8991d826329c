package io.customsreview.hub.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One recognised document of a dossier.
 *
 * @param id               short id within the dossier ({@code d1}, {@code d2}, ...)
 * @param type             what the content says it is; {@code UNKNOWN} when it could not be recognised
 * @param fileName         the name it arrived under (means nothing for recognition)
 * @param source           the channel it came from: folder, email, sftp, edi, cli
 * @param extraction       how its text was obtained
 * @param confidence       0..1, overall confidence of recognition and extraction
 * @param fields           document-level fields; most hold one value, {@code CONTAINER_NUMBER} and
 *                         {@code SEAL_NUMBER} one per container or seal
 * @param lines            goods lines in document order
 * @param unreadableReason why the document could not be read, or null when it was read
 * @param withheld         document-level values that were read, but from words too doubtful to report on their own
 *                         (OCR); not in {@code fields}, and taken into them only where another document of the
 *                         dossier states the very same value
 */
public record Document(String id, DocumentType type, String fileName, String source, ExtractionMethod extraction,
                       double confidence, Map<Field, List<FieldValue>> fields, List<LineItem> lines,
                       String unreadableReason, Map<Field, List<FieldValue>> withheld) {

    public Document {
        fields = Map.copyOf(fields);
        lines = List.copyOf(lines);
        withheld = Map.copyOf(withheld);
    }

    /** A document with nothing withheld. */
    public Document(String id, DocumentType type, String fileName, String source, ExtractionMethod extraction,
                    double confidence, Map<Field, List<FieldValue>> fields, List<LineItem> lines,
                    String unreadableReason) {
        this(id, type, fileName, source, extraction, confidence, fields, lines, unreadableReason, Map.of());
    }

    public static Document unreadable(String id, String fileName, String source, ExtractionMethod extraction,
                                      String reason) {
        return new Document(id, DocumentType.UNKNOWN, fileName, source, extraction, 0.0, Map.of(), List.of(), reason);
    }

    public boolean readable() {
        return unreadableReason == null;
    }

    public Optional<FieldValue> first(Field field) {
        List<FieldValue> values = fields.get(field);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public List<FieldValue> all(Field field) {
        return fields.getOrDefault(field, List.of());
    }

    public boolean has(Field field) {
        return !all(field).isEmpty();
    }
}
