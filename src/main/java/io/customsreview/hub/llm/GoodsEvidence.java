package io.customsreview.hub.llm;

import java.math.BigDecimal;

/** A goods description with the neighbouring evidence that helps judge it (any of which may be null). */
public record GoodsEvidence(String description, String hsCode, BigDecimal quantity, String unit) {
}
