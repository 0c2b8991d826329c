package io.customsreview.hub.domain;

/** How the text of a document was obtained. */
public enum ExtractionMethod {
    EDI,
    PDF_TEXT,
    OCR,
    TEXT
}
