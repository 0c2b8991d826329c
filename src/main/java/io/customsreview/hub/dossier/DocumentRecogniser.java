package io.customsreview.hub.dossier;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.extraction.DocumentReader;
import io.customsreview.hub.extraction.RecognisingDocumentReader;
import io.customsreview.hub.intake.HubHeaders;
import org.apache.camel.Exchange;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Recognises a received file with the review engine's reader, to learn what it is and the references that tie it
 * to a shipment (B/L, invoice, contract and declaration numbers). The review reads the file again, from the store.
 */
@Component
public class DocumentRecogniser {

    /** header: the file's references, {@code TYPE:VALUE} comma-separated, sorted */
    public static final String REFERENCES = "hubReferences";
    /** header: the document types recognised in the file, comma-separated */
    public static final String DOC_TYPES = "hubDocTypes";

    private static final Map<Field, String> KEYS = Map.of(Field.BL_NUMBER, "BL", Field.INVOICE_NUMBER, "INV",
            Field.CONTRACT_NUMBER, "CT", Field.DECLARATION_NUMBER, "DEC");

    private final DocumentReader reader;

    public DocumentRecogniser(@Qualifier("intakeDocumentReader") DocumentReader reader) {
        this.reader = reader;
    }

    public void recognise(Exchange exchange) {
        byte[] content = exchange.getMessage().getBody(byte[].class);
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        String source = exchange.getMessage().getHeader(HubHeaders.HUB_SOURCE, String.class);
        AtomicInteger n = new AtomicInteger();
        List<Document> documents = reader.readAll(() -> "r" + n.incrementAndGet(), name, content, source);
        exchange.getMessage().setHeader(REFERENCES, String.join(",", references(documents)));
        TreeSet<String> types = new TreeSet<>();
        documents.forEach(d -> types.add(d.type().name()));
        exchange.getMessage().setHeader(DOC_TYPES, String.join(",", types));
        exchange.getMessage().setBody(null); // the content is in the store; the assembly needs only the headers
    }

    /** true when the text (a mail body) is recognised as a document stating shipment data and its references */
    public boolean hasShipmentData(String name, byte[] content) {
        if (content.length == 0 || content.length > 1_000_000) {
            return false;
        }
        List<Document> documents = reader.readAll(() -> "b1", name, content, "email");
        return documents.stream().anyMatch(RecognisingDocumentReader::statesShipmentData)
                && !references(documents).isEmpty();
    }

    static TreeSet<String> references(List<Document> documents) {
        TreeSet<String> refs = new TreeSet<>();
        for (Document d : documents) {
            if (!d.readable() || d.type() == DocumentType.UNKNOWN && d.fields().isEmpty()) {
                continue;
            }
            KEYS.forEach((field, key) -> {
                for (FieldValue v : d.all(field)) {
                    String norm = normalise(v.value());
                    if (norm.length() >= 3) {
                        refs.add(key + ":" + norm);
                    }
                }
            });
        }
        return refs;
    }

    static String normalise(String reference) {
        return reference == null ? "" : reference.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
