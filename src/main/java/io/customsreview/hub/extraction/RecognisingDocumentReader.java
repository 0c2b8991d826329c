package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.ExtractionMethod;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Supplier;

/**
 * Tells the format of a received file from its bytes (never its name) and hands it to the matching reader.
 */
public final class RecognisingDocumentReader implements DocumentReader {

    private final ExtractionSettings settings;
    private final PdfTextReader pdf;
    /** reads EDIFACT interchanges (one document per message); null: EDIFACT is reported as not mapped */
    private final DocumentReader edifact;

    public RecognisingDocumentReader(ExtractionSettings settings) {
        this(settings, null);
    }

    public RecognisingDocumentReader(ExtractionSettings settings, DocumentReader edifact) {
        this.settings = settings;
        this.pdf = new PdfTextReader(settings.maxPages());
        this.edifact = edifact;
    }

    @Override
    public List<Document> readAll(Supplier<String> nextId, String fileName, byte[] content, String source) {
        if (edifact != null && content.length > 0 && content.length <= settings.maxFileBytes()
                && FileFormat.sniff(content) == FileFormat.EDIFACT) {
            return edifact.readAll(nextId, fileName, content, source);
        }
        return DocumentReader.super.readAll(nextId, fileName, content, source);
    }

    @Override
    public Document read(String documentId, String fileName, byte[] content, String source) {
        if (content.length == 0) {
            return Document.unreadable(documentId, fileName, source, null, "the file is empty (0 bytes)");
        }
        if (content.length > settings.maxFileBytes()) {
            return Document.unreadable(documentId, fileName, source, null,
                    "the file is too large (" + content.length + " bytes; the limit is " + settings.maxFileBytes() + ")");
        }
        FileFormat format = FileFormat.sniff(content);
        try {
            return switch (format) {
                case PDF -> {
                    DocumentText text = pdf.read(content);
                    if (text.isBlank()) {
                        yield Document.unreadable(documentId, fileName, source, ExtractionMethod.PDF_TEXT,
                                "the PDF has no text layer (a scan); OCR is needed to read it");
                    }
                    yield TextDocumentExtractor.extract(documentId, fileName, source, text);
                }
                case TEXT -> TextDocumentExtractor.extract(documentId, fileName, source,
                        PlainTextReader.read(decode(content)));
                case EDIFACT -> edifact != null ? edifact.read(documentId, fileName, content, source)
                        : Document.unreadable(documentId, fileName, source, ExtractionMethod.EDI,
                        "UN/EDIFACT interchanges are not mapped yet");
                case IMAGE -> Document.unreadable(documentId, fileName, source, ExtractionMethod.OCR,
                        "an image: OCR is needed to read it");
                case BINARY -> Document.unreadable(documentId, fileName, source, null,
                        "not a document: binary content of no supported format (PDF, image, EDIFACT or text)");
            };
        } catch (UnreadableDocumentException e) {
            return Document.unreadable(documentId, fileName, source, format.method(), e.getMessage());
        }
    }

    /** UTF-8 (with or without byte-order mark) when it decodes, else ISO-8859-1. */
    static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }
}
