package io.customsreview.hub.domain;

/** A rectangle in pixels of the page image (x1, y1 top-left; x2, y2 bottom-right). */
public record Box(int x1, int y1, int x2, int y2) {

    public Box union(Box other) {
        if (other == null) {
            return this;
        }
        return new Box(Math.min(x1, other.x1), Math.min(y1, other.y1), Math.max(x2, other.x2), Math.max(y2, other.y2));
    }
}
