package io.customsreview.hub.domain;

/**
 * Where an extracted value came from.
 *
 * @param documentId the document's id within the dossier
 * @param page       1-based page number, 0 when the format has no pages (EDI, plain text)
 * @param box        where on the page image the value was read, or null when unknown
 * @param method     how the text was obtained
 * @param confidence 0..1, how sure the extractor is of the value
 * @param assumption what the reading of the value rests on that the document itself does not settle (e.g. the order
 *                   of day and month in 03/04/2025), or null when nothing was assumed
 */
public record Provenance(String documentId, int page, Box box, ExtractionMethod method, double confidence,
                         String assumption) {
}
