package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.ExtractionMethod;

import java.util.List;
import java.util.stream.Collectors;

/** The text of a document as lines with positions, however it was obtained. */
public record DocumentText(List<TextLine> lines, ExtractionMethod method, int pages) {

    public DocumentText {
        lines = List.copyOf(lines);
    }

    public String plainText() {
        return lines.stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }

    public boolean isBlank() {
        return lines.stream().allMatch(l -> l.text().isBlank());
    }
}
