package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import org.smooks.api.ExecutionContext;
import org.smooks.api.TypedKey;
import org.smooks.api.resource.visitor.sax.ng.ParameterizedVisitor;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The Smooks visitor of the configurations in edi-mappings/: bound to the {@code Message} element of the XML the
 * EDIFACT reader makes of an interchange, with the whole message below it (SAX NG, unlimited node depth), it turns
 * the message's segments, segment groups, composites (C####, S###) and simple elements (E####) back into positional
 * {@link Segment}s (positions from the directory's DFDL segment schema, {@link DfdlSegmentLayouts}; absent optional
 * elements leave empty positions) and maps them with {@link EdifactMessageMapper} into a document of the type the
 * configuration names ({@code <param name="documentType">INVOICE</param>}). The document goes into the
 * {@link Request} the caller put in the execution context; without one the visitor does nothing. A message that does
 * not follow its directory's structure is not mapped: the reader wrote its segments into a {@code BadMessage}
 * element instead of the message-type element, and the request says so. Public only because Smooks instantiates it
 * reflectively from the configuration (its request and helpers stay package-private).
 */
public final class SmooksMessageMapping implements ParameterizedVisitor {

    /** where the caller puts its request before filtering */
    static final TypedKey<Request> REQUEST = TypedKey.of(SmooksMessageMapping.class.getName() + ".request");

    /** what the document is made of and where it goes: set by the caller, filled in by the visitor */
    static final class Request {
        final String directory;
        final String documentId;
        final String fileName;
        final String source;
        final char decimalMark;
        /** messages visited (the canonical interchange holds one; none when Smooks made a BadMessage of it) */
        int messages;
        /** Smooks made a BadMessage of it: its segments do not follow the directory's message structure */
        boolean badMessage;
        Document document;
        List<Segment> segments;
        RuntimeException mappingError;

        Request(String directory, String documentId, String fileName, String source, char decimalMark) {
            this.directory = directory;
            this.documentId = documentId;
            this.fileName = fileName;
            this.source = source;
            this.decimalMark = decimalMark;
        }
    }

    @Inject
    @Named("documentType")
    private String documentType;

    private volatile DocumentType type;

    @Override
    public int getMaxNodeDepth() {
        return Integer.MAX_VALUE; // the message's whole subtree in visitAfter
    }

    @Override
    public void visitBefore(Element element, ExecutionContext executionContext) {
        // everything happens once the message is complete
    }

    @Override
    public void visitAfter(Element message, ExecutionContext executionContext) {
        Request request = executionContext.get(REQUEST);
        if (request == null) {
            return;
        }
        request.messages++;
        if (hasChild(message, "BadMessage")) {
            // the reader puts the segments of a message that does not follow its schema in a BadMessage element
            request.badMessage = true;
            return;
        }
        DocumentType documentType = type();
        List<Segment> segments = segments(message, DfdlSegmentLayouts.of(request.directory));
        request.segments = segments;
        try {
            request.document = EdifactMessageMapper.map(documentType, segments, request.documentId,
                    request.fileName, request.source, request.decimalMark);
        } catch (RuntimeException e) {
            request.mappingError = e; // the reader reports it as a message that could not be mapped
        }
    }

    private static boolean hasChild(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && name.equals(name(child))) {
                return true;
            }
        }
        return false;
    }

    private DocumentType type() {
        DocumentType t = type;
        if (t == null) {
            t = DocumentType.valueOf(documentType.trim());
            type = t;
        }
        return t;
    }

    /** the segments below a message element, in order, each with its data elements at their positions */
    static List<Segment> segments(Element message, DfdlSegmentLayouts layouts) {
        List<Segment> segments = new ArrayList<>();
        collect(message, layouts, segments);
        return segments;
    }

    private static void collect(Element parent, DfdlSegmentLayouts layouts, List<Segment> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                String name = name(child);
                DfdlSegmentLayouts.Layout layout = isTag(name) ? layouts.segment(name) : null;
                if (layout != null) {
                    out.add(segment(name, child, layout, out.size() + 1));
                } else {
                    collect(child, layouts, out); // a segment group or the message-type element
                }
            }
        }
    }

    private static boolean isTag(String name) {
        return name.length() == 3 && Character.isUpperCase(name.charAt(0));
    }

    private static Segment segment(String tag, Element segment, DfdlSegmentLayouts.Layout layout, int position) {
        List<List<String>> elements = new ArrayList<>();
        Positions seen = new Positions();
        for (Node n = segment.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                String name = name(child);
                DfdlSegmentLayouts.Slot slot = layout.slot(name);
                if (slot == null) {
                    throw new IllegalStateException(tag + " has no data element " + name + " in the directory");
                }
                int index = slot.position() + seen.next(name) - 1;
                while (elements.size() < index) {
                    elements.add(new ArrayList<>(List.of("")));
                }
                elements.set(index - 1, slot.composite() == null ? List.of(text(child))
                        : components(tag, child, slot.composite()));
            }
        }
        return new Segment(tag, elements, position);
    }

    private static List<String> components(String tag, Element composite, DfdlSegmentLayouts.Layout layout) {
        List<String> components = new ArrayList<>();
        Positions seen = new Positions();
        for (Node n = composite.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                String name = name(child);
                DfdlSegmentLayouts.Slot slot = layout.slot(name);
                if (slot == null) {
                    throw new IllegalStateException(tag + " " + name(composite) + " has no component " + name);
                }
                int index = slot.position() + seen.next(name) - 1;
                while (components.size() < index) {
                    components.add("");
                }
                components.set(index - 1, text(child));
            }
        }
        if (components.isEmpty()) {
            components.add("");
        }
        return components;
    }

    /** occurrences of repeatable elements so far: the k-th takes the definition's position + k - 1 */
    private static final class Positions {
        private final java.util.Map<String, Integer> counts = new java.util.HashMap<>(4);

        int next(String name) {
            return counts.merge(name, 1, Integer::sum);
        }
    }

    private static String text(Element element) {
        return element.getTextContent();
    }

    private static String name(Element element) {
        String local = element.getLocalName();
        if (local != null) {
            return local;
        }
        String name = element.getNodeName();
        return name.substring(name.indexOf(':') + 1);
    }
}
