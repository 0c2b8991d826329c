package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Box;

import java.util.List;

/**
 * Words of one line that stand together; a wide gap starts a new segment (a table column, a value set apart
 * from its label).
 */
public record TextSegment(List<Word> words) {

    public TextSegment {
        words = List.copyOf(words);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }

    public Box box() {
        Box box = null;
        for (Word w : words) {
            box = box == null ? w.box() : box.union(w.box());
        }
        return box;
    }

    public double x1() {
        return words.stream().mapToInt(w -> w.box().x1()).min().orElse(0);
    }

    public double x2() {
        return words.stream().mapToInt(w -> w.box().x2()).max().orElse(0);
    }

    public double confidence() {
        return words.stream().mapToDouble(Word::confidence).min().orElse(0);
    }
}
