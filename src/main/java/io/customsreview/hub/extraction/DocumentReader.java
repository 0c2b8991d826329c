package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;

/** Turns the bytes of one received file into a recognised document (or an unreadable one, with the reason). */
public interface DocumentReader {

    Document read(String documentId, String fileName, byte[] content, String source);
}
