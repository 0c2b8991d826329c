package io.customsreview.hub.llm;

import io.customsreview.hub.domain.DecidedBy;

/** A semantic decision with its reason and confidence (0..1). */
public record Judgment(boolean same, double confidence, String reason, DecidedBy decidedBy) {
}
