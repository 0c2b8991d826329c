package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.ExtractionMethod;

import java.util.List;
import java.util.Map;

/**
 * PLACEHOLDER until real recognition lands: an empty file is unreadable, anything else an UNKNOWN document.
 * Only wired by {@link io.customsreview.hub.review.ReviewConfiguration}; to be replaced.
 */
public final class PlaceholderDocumentReader implements DocumentReader {

    @Override
    public Document read(String documentId, String fileName, byte[] content, String source) {
        if (content.length == 0) {
            return Document.unreadable(documentId, fileName, source, null, "empty file");
        }
        return new Document(documentId, DocumentType.UNKNOWN, fileName, source, ExtractionMethod.TEXT, 0.0,
                Map.of(), List.of(), null);
    }
}
