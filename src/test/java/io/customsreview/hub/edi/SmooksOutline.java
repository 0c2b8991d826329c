package io.customsreview.hub.edi;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xml.sax.InputSource;

/**
 * The golden-file form of the XML Smooks makes of a message: one line per segment group and per segment, indented
 * as nested, each segment with its data elements ({@code C002/E1001=380; C106/E1004=INV-1}), the message-type
 * element with its namespace (which names the directory whose schema parsed it). The canonical envelope
 * (UNA, UNB, UNZ, the same for every message) is left out. Without values only the data elements present are
 * listed: the structure, not the content (for public samples, which the project does not copy).
 */
final class SmooksOutline {

    private static final Set<String> ENVELOPE = Set.of("UNA", "UNB", "UNZ");

    private SmooksOutline() {
    }

    static String render(String xml, boolean values) {
        Element interchange;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            interchange = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("Smooks output is no XML: " + xml, e);
        }
        StringBuilder out = new StringBuilder();
        for (Element child : children(interchange)) {
            if (!ENVELOPE.contains(child.getLocalName())) {
                render(child, 0, values, out);
            }
        }
        return out.toString();
    }

    private static void render(Element element, int depth, boolean values, StringBuilder out) {
        String name = element.getLocalName();
        out.append("  ".repeat(depth)).append(name);
        if (isSegment(name)) {
            List<String> elements = new ArrayList<>();
            dataElements(element, "", values, elements);
            out.append(' ').append(String.join("; ", elements)).append('\n');
            return;
        }
        if (element.getPrefix() != null && element.getNamespaceURI() != null) {
            out.append(' ').append(element.getNamespaceURI());
        }
        out.append('\n');
        for (Element child : children(element)) {
            render(child, depth + 1, values, out);
        }
    }

    /** a segment: three capitals or digits (BGM, UNH, FII); groups are SegGrp-n, messages their type name */
    private static boolean isSegment(String name) {
        return name.matches("[A-Z][A-Z0-9]{2}");
    }

    private static void dataElements(Element parent, String path, boolean values, List<String> out) {
        for (Element child : children(parent)) {
            String name = path + child.getLocalName();
            if (!children(child).isEmpty()) {
                dataElements(child, name + "/", values, out);
            } else {
                out.add(values ? name + "=" + child.getTextContent() : name);
            }
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
