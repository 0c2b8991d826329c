package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.RuleId;

import java.util.EnumSet;

/** GROSS_WEIGHT_MISMATCH: packing list, B/L and declaration state different gross weights. */
final class GrossWeightRule extends WeightRule {
    GrossWeightRule() {
        super(RuleId.GROSS_WEIGHT_MISMATCH, Field.GROSS_WEIGHT, "Gross weight",
                EnumSet.of(DocumentType.PACKING_LIST, DocumentType.BILL_OF_LADING, DocumentType.DECLARATION));
    }
}
