package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.Document;

import java.util.List;
import java.util.function.Supplier;

/** Turns the bytes of one received file into recognised documents (or an unreadable one, with the reason). */
public interface DocumentReader {

    /** One file, one document (PDF, image, text). */
    Document read(String documentId, String fileName, byte[] content, String source);

    /**
     * One file, any number of documents: an EDIFACT interchange carries several messages. Each document takes its id
     * from {@code nextId}.
     */
    default List<Document> readAll(Supplier<String> nextId, String fileName, byte[] content, String source) {
        return List.of(read(nextId.get(), fileName, content, source));
    }

    /**
     * A second look at boxes of one page of a document read by OCR (see {@link ScanReader#readBoxesAgain}) from the
     * file {@code content}, the document named {@code fileName} as read (an e-mail's attachment "mail.eml#scan.png");
     * all empty for a document that was not (an EDIFACT message, a digital PDF) or a reader without OCR.
     */
    default List<List<ScanReader.BoxReading>> readBoxesAgain(byte[] content, String fileName, int page,
                                                             List<Box> boxes) {
        return ScanReader.noReadings(boxes);
    }

    /**
     * Whether a value of {@code kind} read by OCR this surely is kept, not withheld for doubt; every value for a
     * reader without OCR.
     */
    default boolean keeps(io.customsreview.hub.domain.ValueKind kind, double confidence) {
        return true;
    }
}
