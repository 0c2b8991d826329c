package io.customsreview.hub.corpus;

import java.math.BigDecimal;

/**
 * One goods line. {@code hsCode} is the full 10-digit national code (first 6 = HS subheading);
 * documents print 6, 8 or 10 of its digits. {@code amount} = quantity x unitPrice exactly, unless a fault says otherwise.
 * {@code altDescription} describes the same goods in other words (compliant variant).
 */
public record GoodsLine(String description, String altDescription, String hsCode, BigDecimal quantity, String unit,
                        BigDecimal unitPrice, BigDecimal amount, int packages, BigDecimal netWeight,
                        BigDecimal grossWeight) {

    public String description(boolean alt) {
        return alt ? altDescription : description;
    }

    public GoodsLine with(String component, Object value) {
        return Records.with(this, component, value);
    }
}
