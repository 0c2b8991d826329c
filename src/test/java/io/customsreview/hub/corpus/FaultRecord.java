package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.DocumentType;

/**
 * What a fault changed: on which document (null = all documents), which truth key, from/to (canonical values),
 * and a text that must appear in the faulted document's PDF text (whitespace-insensitive, case-insensitive) or null.
 */
public record FaultRecord(Fault fault, DocumentType document, String field, String from, String to, String expectText) {
}
