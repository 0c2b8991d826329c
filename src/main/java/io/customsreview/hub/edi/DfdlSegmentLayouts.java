package io.customsreview.hub.edi;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each data element and component sits in a segment, from a directory's DFDL segment schema (the
 * {@code edifact-schemas} jar's {@code d96a/EDIFACT-Segments.dfdl.xsd}, ...; service segments UNH, UNT from
 * {@code EDIFACT-Common/EDIFACT-Service-Segments-4.1.dfdl.xsd}). The XML Smooks makes of a segment names its data
 * elements (C506, E1004) and leaves absent ones out; these layouts give their 1-based positions back. An element
 * that may repeat ({@code maxOccurs="5"}) takes that many consecutive positions. Read once per directory (lazily)
 * and shared.
 */
final class DfdlSegmentLayouts {

    private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final Map<String, DfdlSegmentLayouts> BY_DIRECTORY = new ConcurrentHashMap<>();

    /** one data element (or component) definition: its first position and how often it may repeat */
    record Slot(int position, int maxOccurs, Layout composite) {
    }

    /** a segment's or composite's constituents by name */
    record Layout(Map<String, Slot> slots) {
        Slot slot(String name) {
            return slots.get(name);
        }
    }

    private final Map<String, Layout> segments;

    private DfdlSegmentLayouts(Map<String, Layout> segments) {
        this.segments = segments;
    }

    /** the layouts of a directory (D96A, D01B) */
    static DfdlSegmentLayouts of(String directory) {
        return BY_DIRECTORY.computeIfAbsent(directory.toUpperCase(Locale.ROOT), DfdlSegmentLayouts::load);
    }

    /** the layout of a segment tag, or null when the directory does not define it */
    Layout segment(String tag) {
        return segments.get(tag);
    }

    private static DfdlSegmentLayouts load(String directory) {
        Map<String, Element> types = new HashMap<>();
        read("/" + directory.toLowerCase(Locale.ROOT) + "/EDIFACT-Segments.dfdl.xsd", types, true);
        read("/EDIFACT-Common/EDIFACT-Service-Segments-4.1.dfdl.xsd", types, false);
        Map<String, Layout> composites = new HashMap<>();
        Map<String, Layout> segments = new HashMap<>();
        for (Map.Entry<String, Element> type : types.entrySet()) {
            String name = type.getKey();
            int dash = name.indexOf('-');
            if (dash == 3) {
                segments.put(name.substring(0, 3), layout(type.getValue(), types, composites));
            }
        }
        return new DfdlSegmentLayouts(Map.copyOf(segments));
    }

    private static void read(String resource, Map<String, Element> types, boolean required) {
        try (InputStream in = DfdlSegmentLayouts.class.getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("no " + resource + " on the classpath (edifact-schemas jar)");
                }
                return;
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Element schema = factory.newDocumentBuilder().parse(in).getDocumentElement();
            for (Node n = schema.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && XSD.equals(e.getNamespaceURI()) && "complexType".equals(e.getLocalName())) {
                    types.putIfAbsent(e.getAttribute("name"), e); // the directory's own before the service ones
                }
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** the elements of a complex type in order (nested sequences flattened), each at its position */
    private static Layout layout(Element type, Map<String, Element> types, Map<String, Layout> composites) {
        Map<String, Slot> slots = new HashMap<>();
        NodeList elements = type.getElementsByTagNameNS(XSD, "element");
        int position = 1;
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String max = element.getAttribute("maxOccurs");
            int occurs = max.isEmpty() ? 1 : "unbounded".equals(max) ? 99 : Integer.parseInt(max);
            String typeName = element.getAttribute("type");
            typeName = typeName.substring(typeName.indexOf(':') + 1);
            Layout composite = null;
            Element compositeType = types.get(typeName);
            if (compositeType != null) {
                composite = composites.get(typeName);
                if (composite == null) {
                    composite = layout(compositeType, types, composites);
                    composites.put(typeName, composite);
                }
            }
            slots.putIfAbsent(element.getAttribute("name"), new Slot(position, occurs, composite));
            position += occurs;
        }
        return new Layout(Map.copyOf(slots));
    }

    /** for tests: the element names of a segment in position order */
    List<String> names(String tag) {
        Layout layout = segments.get(tag);
        return layout == null ? List.of() : layout.slots().entrySet().stream()
                .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparingInt(Slot::position)))
                .map(Map.Entry::getKey).toList();
    }
}
