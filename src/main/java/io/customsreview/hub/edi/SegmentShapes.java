package io.customsreview.hub.edi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many data elements each segment has and how many components each of them, from the D.01B segment directory
 * (EDSD.01B, generated into segment-shapes-d01b.txt; D.01B segments extend those of D.96A, so one table serves
 * both). A segment with more constituents than its definition allows is the error a sender makes when a ':' or
 * '+' in a text is not released with '?', which would shift every value after it.
 */
final class SegmentShapes {

    private static final Map<String, int[]> SHAPES = load();

    private SegmentShapes() {
    }

    private static Map<String, int[]> load() {
        Map<String, int[]> shapes = new HashMap<>();
        try (InputStream in = SegmentShapes.class.getResourceAsStream("segment-shapes-d01b.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.trim().split(" ");
                shapes.put(parts[0], Arrays.stream(parts, 1, parts.length).mapToInt(Integer::parseInt).toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(shapes);
    }

    /** Checks the segment against its definition; unknown (and service) segments pass. */
    static void check(Segment segment) throws EdifactSyntaxException {
        int[] shape = SHAPES.get(segment.tag());
        if (shape == null) {
            return;
        }
        List<List<String>> elements = segment.elements();
        int used = lastNonEmpty(elements);
        if (used > shape.length) {
            throw new EdifactSyntaxException(segment.position(), segment.tag(), "16", segment.tag() + " has "
                    + used + " data elements, the directory allows " + shape.length
                    + " (an unreleased '+' in a text?)");
        }
        for (int i = 0; i < used; i++) {
            int components = lastNonEmptyComponent(elements.get(i));
            if (components > shape[i]) {
                throw new EdifactSyntaxException(segment.position(), segment.tag(), "16", segment.tag()
                        + " data element " + (i + 1) + " has " + components + " components, the directory allows "
                        + shape[i] + " (an unreleased ':' in a text?)");
            }
        }
    }

    private static int lastNonEmpty(List<List<String>> elements) {
        for (int i = elements.size(); i > 0; i--) {
            if (lastNonEmptyComponent(elements.get(i - 1)) > 0) {
                return i;
            }
        }
        return 0;
    }

    private static int lastNonEmptyComponent(List<String> components) {
        for (int i = components.size(); i > 0; i--) {
            if (!components.get(i - 1).isBlank()) {
                return i;
            }
        }
        return 0;
    }
}
