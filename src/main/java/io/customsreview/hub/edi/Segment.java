package io.customsreview.hub.edi;

import java.util.List;

/**
 * One EDIFACT segment as written: its tag and its data elements, each a list of components (release characters
 * already resolved). {@code position} is the segment's 1-based position in the interchange, the number CONTRL reports.
 */
record Segment(String tag, List<List<String>> elements, int position) {

    /** component {@code component} (1-based) of data element {@code element} (1-based), "" when absent */
    String get(int element, int component) {
        if (element < 1 || element > elements.size()) {
            return "";
        }
        List<String> components = elements.get(element - 1);
        return component < 1 || component > components.size() ? "" : components.get(component - 1).trim();
    }

    String get(int element) {
        return get(element, 1);
    }
}
