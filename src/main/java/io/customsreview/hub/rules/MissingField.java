package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.RuleId;

import java.util.List;

/**
 * A field that {@code document} should carry (contract section 1) but does not, so that {@code rule} could not check
 * it against the value other documents give ({@code counterparts}).
 */
record MissingField(Document document, Field field, RuleId rule, List<Evidence> counterparts) {

    MissingField {
        counterparts = List.copyOf(counterparts);
    }
}
