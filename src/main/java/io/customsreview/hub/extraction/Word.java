package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Box;

/** A word with its box in page-image pixels (300 DPI) and the recogniser's confidence (0..1). */
public record Word(String text, Box box, double confidence) {
}
