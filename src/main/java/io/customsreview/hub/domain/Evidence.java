package io.customsreview.hub.domain;

/**
 * One value a finding rests on.
 *
 * @param document the document id ({@code d1})
 * @param field    the field's report name ({@code totalAmount}, {@code lines[2].quantity})
 * @param value    the canonical value compared
 * @param page     1-based page, or null when the format has no pages
 * @param box      pixels of the page image, or null when not read by OCR
 */
public record Evidence(String document, String field, String value, Integer page, Box box) {

    public static Evidence of(String fieldName, FieldValue value) {
        Provenance p = value.source();
        Integer page = p.page() > 0 ? p.page() : null;
        return new Evidence(p.documentId(), fieldName, value.value(), page, p.box());
    }

    public static Evidence of(Field field, FieldValue value) {
        return of(field.jsonName(), value);
    }

    public static Evidence absent(String document, String fieldName) {
        return new Evidence(document, fieldName, null, null, null);
    }
}
