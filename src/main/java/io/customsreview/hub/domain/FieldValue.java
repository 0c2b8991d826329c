package io.customsreview.hub.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One extracted value.
 *
 * @param value  the canonical form that rules compare (see {@link Field} for each kind's form)
 * @param raw    the text as it stood in the document
 * @param source where it was read
 */
public record FieldValue(String value, String raw, Provenance source) {

    public BigDecimal decimal() {
        return new BigDecimal(value);
    }

    public LocalDate date() {
        return LocalDate.parse(value);
    }
}
