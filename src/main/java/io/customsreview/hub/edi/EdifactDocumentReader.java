package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.extraction.DocumentReader;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reads a UN/EDIFACT interchange into documents, one per message, and writes the CONTRL that answers it. A rejected
 * interchange or message becomes an unreadable document whose reason names the segment position and the error.
 * Plain Java (no Spring): the command line builds it through {@link #standard()}.
 */
public final class EdifactDocumentReader implements DocumentReader {

    private final AtomicLong contrlReferences = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    /** Smooks check of each message's structure against its directory, or null when not wanted */
    private final SmooksStructureCheck structureCheck;

    private EdifactDocumentReader(SmooksStructureCheck structureCheck) {
        this.structureCheck = structureCheck;
    }

    /** syntax, envelope and segment shapes checked; no Smooks (no schema compile) */
    public static EdifactDocumentReader standard() {
        return new EdifactDocumentReader(null);
    }

    /**
     * Reads each D.96A / D.01B message of the five mapped types with Smooks: its configuration checks the structure
     * against the directory and maps the message into its document ({@link SmooksMessageMapping}), from the
     * configurations in
     * {@code mappingsDir} (null: ./edi-mappings, else the packaged copy), one per message type and directory. The
     * first use of a configuration compiles its schema (15-30 s, then cached on disk in the default folder, see
     * {@link CachingEdifactDataProcessorFactory}).
     */
    public static EdifactDocumentReader withStructureCheck(Path mappingsDir) {
        return withStructureCheck(mappingsDir, null);
    }

    /** as {@link #withStructureCheck(Path)}, the compiled schemas kept in {@code smooksCacheDir} (null: default) */
    public static EdifactDocumentReader withStructureCheck(Path mappingsDir, Path smooksCacheDir) {
        return new EdifactDocumentReader(SmooksStructureCheck.at(mappingsDir, smooksCacheDir));
    }

    /**
     * The documents of a file's interchanges and the CONTRL acknowledging them (one CONTRL interchange per
     * interchange received, one after the other); accepted when every interchange was.
     */
    public record Reading(List<Document> documents, String contrl, boolean accepted, String sender) {
    }

    public Reading readInterchange(Supplier<String> nextId, String fileName, byte[] content, String source) {
        List<Interchange> interchanges;
        try {
            interchanges = EdifactSyntax.parseAll(content);
        } catch (RuntimeException e) {
            // the syntax reader is meant to reject with a reason, never to throw: this is a last line of defence
            interchanges = List.of(new Interchange("", "", "", "", '.', List.of(), new EdifactSyntaxException(0,
                    "", "18", "the interchange could not be read (" + e.getClass().getSimpleName() + ")")));
        }
        List<Document> documents = new ArrayList<>();
        StringBuilder contrl = new StringBuilder();
        boolean accepted = true;
        for (Interchange received : interchanges) {
            Interchange interchange = read(received, nextId, fileName, source, documents);
            contrl.append(Contrl.render(interchange, String.valueOf(contrlReferences.incrementAndGet()),
                    LocalDateTime.now(ZoneOffset.UTC)));
            accepted &= interchange.accepted();
        }
        return new Reading(List.copyOf(documents), contrl.toString(), accepted, interchanges.get(0).sender());
    }

    /**
     * Adds the interchange's documents, one per message (ids drawn in message order): with the structure check, each
     * D.96A / D.01B message of a mapped type is read by Smooks, whose configuration maps it
     * ({@link SmooksMessageMapping}); otherwise (or without the check) it is mapped directly. Returns the
     * interchange as checked (messages Smooks rejected carry their structure error), for the CONTRL.
     */
    private Interchange read(Interchange interchange, Supplier<String> nextId, String fileName, String source,
                             List<Document> documents) {
        if (interchange.error() != null) {
            documents.add(Document.unreadable(nextId.get(), fileName, source, ExtractionMethod.EDI,
                    "EDIFACT interchange rejected: " + interchange.error().describe()));
            return interchange;
        }
        List<EdifactMessage> checked = new ArrayList<>();
        for (EdifactMessage message : interchange.messages()) {
            String id = nextId.get();
            if (structureCheck != null && message.error() == null && structureCheck.covers(message)) {
                SmooksStructureCheck.Outcome outcome = structureCheck.read(message, interchange.decimalMark(), id,
                        fileName, source);
                if (outcome.structureError() != null) {
                    Segment unh = message.segments().get(0);
                    message = new EdifactMessage(message.reference(), message.type(), message.directory(),
                            message.segments(), new EdifactSyntaxException(unh.position(), "UNH", "18",
                            outcome.structureError()));
                    documents.add(document(message, id, fileName, source, interchange.decimalMark()));
                } else if (outcome.mappingError() != null || outcome.document() == null) {
                    documents.add(Document.unreadable(id, fileName, source, ExtractionMethod.EDI, "EDIFACT message "
                            + EdifactSyntax.printable(message.reference()) + " could not be mapped: "
                            + outcome.mappingError()));
                } else {
                    documents.add(outcome.document());
                }
            } else {
                documents.add(document(message, id, fileName, source, interchange.decimalMark()));
            }
            checked.add(message);
        }
        return new Interchange(interchange.syntaxId(), interchange.sender(), interchange.recipient(),
                interchange.controlReference(), interchange.decimalMark(), List.copyOf(checked), null);
    }

    private static Document document(EdifactMessage message, String id, String fileName, String source,
                                     char decimalMark) {
        if (message.error() != null) {
            return Document.unreadable(id, fileName, source, ExtractionMethod.EDI, "EDIFACT message "
                    + EdifactSyntax.printable(message.reference()) + " rejected: " + message.error().describe());
        }
        if (!EdifactMessageMapper.mapped(message.type())) {
            return Document.unreadable(id, fileName, source, ExtractionMethod.EDI, "EDIFACT message "
                    + EdifactSyntax.printable(message.reference()) + " is a " + EdifactSyntax.printable(message.type())
                    + ", a message type the hub does not review (INVOIC, ORDERS, DESADV, IFTMIN, CUSDEC)");
        }
        try {
            return EdifactMessageMapper.map(message, id, fileName, source, decimalMark);
        } catch (RuntimeException e) {
            return Document.unreadable(id, fileName, source, ExtractionMethod.EDI, "EDIFACT message "
                    + EdifactSyntax.printable(message.reference()) + " could not be mapped: " + e);
        }
    }

    @Override
    public List<Document> readAll(Supplier<String> nextId, String fileName, byte[] content, String source) {
        return readInterchange(nextId, fileName, content, source).documents();
    }

    @Override
    public Document read(String documentId, String fileName, byte[] content, String source) {
        List<Document> documents = readAll(() -> documentId, fileName, content, source);
        return documents.get(0);
    }
}
