package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Box;

import java.util.List;

/** One visual line of a page, its segments left to right. */
public record TextLine(int page, List<TextSegment> segments) {

    public TextLine {
        segments = List.copyOf(segments);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextSegment s : segments) {
            if (!sb.isEmpty()) {
                sb.append("   ");
            }
            sb.append(s.text());
        }
        return sb.toString();
    }

    public double top() {
        return segments.stream().mapToDouble(s -> s.box().y1()).min().orElse(0);
    }

    public double bottom() {
        return segments.stream().mapToDouble(s -> s.box().y2()).max().orElse(0);
    }

    public Box box() {
        Box box = null;
        for (TextSegment s : segments) {
            box = box == null ? s.box() : box.union(s.box());
        }
        return box;
    }
}
