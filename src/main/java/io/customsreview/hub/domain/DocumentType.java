package io.customsreview.hub.domain;

/** The documents of a dossier (contract section 1). {@code UNKNOWN} marks a file that could not be recognised. */
public enum DocumentType {
    CONTRACT,
    INVOICE,
    PACKING_LIST,
    BILL_OF_LADING,
    DECLARATION,
    CERTIFICATE_OF_ORIGIN,
    INSURANCE,
    UNKNOWN
}
