package io.customsreview.hub.extraction;

/** A file that cannot be read as a document; the message says why, for the officer. */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String reason) {
        super(reason);
    }
}
