package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.ExtractionMethod;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Tells the format of a received file from its bytes (never its name) and hands it to the matching reader.
 */
public final class RecognisingDocumentReader implements DocumentReader {

    private static final int MIN_TEXT_LAYER_CHARACTERS = 20;

    private final ExtractionSettings settings;
    private final PdfTextReader pdf;
    private final EmailReader email = new EmailReader(this);
    private final ScanReader scans;
    /** reads EDIFACT interchanges (one document per message); null: EDIFACT is reported as not mapped */
    private final DocumentReader edifact;

    /** Without OCR: images and scanned PDFs come out unreadable ("OCR is needed"). */
    public RecognisingDocumentReader(ExtractionSettings settings) {
        this(settings, null, null);
    }

    /** With OCR for images and for PDF pages without a text layer; {@code scans} may be null (no OCR). */
    public RecognisingDocumentReader(ExtractionSettings settings, ScanReader scans) {
        this(settings, scans, null);
    }

    /**
     * @param scans   OCR for images and PDF pages without a text layer, or null (then they are unreadable)
     * @param edifact reads EDIFACT interchanges (one document per message), or null (then "not mapped")
     */
    public RecognisingDocumentReader(ExtractionSettings settings, ScanReader scans, DocumentReader edifact) {
        this.settings = settings;
        this.pdf = new PdfTextReader(settings.maxPages());
        this.scans = scans;
        this.edifact = edifact;
    }

    @Override
    public List<Document> readAll(Supplier<String> nextId, String fileName, byte[] content, String source) {
        if (content.length == 0 || content.length > settings.maxFileBytes()) {
            return DocumentReader.super.readAll(nextId, fileName, content, source);
        }
        FileFormat format = FileFormat.sniff(content);
        if (format == FileFormat.EMAIL) {
            return email.read(nextId, fileName, content, source);
        }
        if (format == FileFormat.EDIFACT && edifact != null) {
            return edifact.readAll(nextId, fileName, content, source);
        }
        return DocumentReader.super.readAll(nextId, fileName, content, source);
    }

    /**
     * Whether a mail's text read as a document states shipment data: two fields at least. A cover note naming the
     * documents attached ("Please find the packing list attached", read as a title) states none, or a reference.
     */
    public static boolean statesShipmentData(Document mailText) {
        return mailText.readable() && mailText.fields().size() >= 2;
    }

    @Override
    public List<List<ScanReader.BoxReading>> readBoxesAgain(byte[] content, String fileName, int page,
                                                            List<Box> boxes) {
        FileFormat format = content.length == 0 ? FileFormat.BINARY : FileFormat.sniff(content);
        if (format == FileFormat.EMAIL) {
            return email.attachment(content, fileName)
                    .map(attachment -> readBoxesAgain(attachment, fileName, page, boxes))
                    .orElseGet(() -> ScanReader.noReadings(boxes));
        }
        return scans != null && (format == FileFormat.IMAGE || format == FileFormat.PDF)
                ? scans.readBoxesAgain(content, format == FileFormat.PDF, page, boxes)
                : ScanReader.noReadings(boxes);
    }

    @Override
    public boolean keeps(io.customsreview.hub.domain.ValueKind kind, double confidence) {
        return scans == null || confidence >= DoubtfulValues.floor(kind, scans.minConfidence());
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
                    DocumentText text = withScannedPages(pdf.read(content), content);
                    if (text.isBlank()) {
                        yield Document.unreadable(documentId, fileName, source, ExtractionMethod.PDF_TEXT,
                                "the PDF has no text layer (a scan); OCR is needed to read it");
                    }
                    yield screened(TextDocumentExtractor.extract(documentId, fileName, source, text));
                }
                case TEXT, EMAIL -> TextDocumentExtractor.extract(documentId, fileName, source,
                        PlainTextReader.read(decode(content)));
                case EDIFACT -> edifact != null ? edifact.read(documentId, fileName, content, source)
                        : Document.unreadable(documentId, fileName, source, ExtractionMethod.EDI,
                        "UN/EDIFACT interchanges are not mapped yet");
                case IMAGE -> scans == null
                        ? Document.unreadable(documentId, fileName, source, ExtractionMethod.OCR,
                                "an image: OCR is needed to read it")
                        : screened(TextDocumentExtractor.extract(documentId, fileName, source, scans.readImage(content)));
                case BINARY -> Document.unreadable(documentId, fileName, source, null,
                        "not a document: binary content of no supported format (PDF, image, EDIFACT or text)");
            };
        } catch (UnreadableDocumentException e) {
            return Document.unreadable(documentId, fileName, source, format.method(), e.getMessage());
        }
    }

    /**
     * A PDF whose pages lack a real text layer (scans, or scanned pages among digital ones): those pages are read by
     * OCR, the others keep their text layer.
     */
    private DocumentText withScannedPages(DocumentText text, byte[] content) throws UnreadableDocumentException {
        if (scans == null) {
            return text;
        }
        SortedSet<Integer> scanned = new TreeSet<>();
        for (int page = 1; page <= Math.min(text.pages(), settings.maxPages()); page++) {
            scanned.add(page);
        }
        Map<Integer, Integer> characters = new HashMap<>();
        text.lines().forEach(l -> characters.merge(l.page(), l.text().replaceAll("\\s+", "").length(), Integer::sum));
        // a few characters (a page number, a stamp) are no text layer to read a page from
        characters.forEach((page, count) -> {
            if (count >= MIN_TEXT_LAYER_CHARACTERS) {
                scanned.remove(page);
            }
        });
        if (scanned.isEmpty()) {
            return text;
        }
        List<TextLine> lines = new ArrayList<>();
        text.lines().stream().filter(l -> !scanned.contains(l.page())).forEach(lines::add);
        lines.addAll(scans.readPdfPages(content, scanned));
        lines.sort(Comparator.comparingInt(TextLine::page)); // stable: keeps each page's line order
        return new DocumentText(lines, ExtractionMethod.OCR, text.pages());
    }

    private Document screened(Document document) {
        return scans == null || document.extraction() != ExtractionMethod.OCR ? document
                : DoubtfulValues.withhold(ArithmeticRepair.repair(document), scans.minConfidence());
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
