package io.customsreview.hub.domain;

/**
 * Where an extracted value came from.
 *
 * @param documentId the document's id within the dossier
 * @param page       1-based page number, 0 when the format has no pages (EDI, plain text)
 * @param box        where on the page image the value was read, or null when unknown
 * @param method     how the text was obtained
 * @param confidence 0..1, how sure the extractor is of the value
 * @param label      the label text the value was found next to (e.g. "Inv. #"), or null
 */
public record Provenance(String documentId, int page, Box box, ExtractionMethod method, double confidence, String label) {
}
