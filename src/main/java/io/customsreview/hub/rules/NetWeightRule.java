package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.RuleId;

import java.util.EnumSet;

/** NET_WEIGHT_MISMATCH: packing list and declaration state different net weights. */
final class NetWeightRule extends WeightRule {
    NetWeightRule() {
        super(RuleId.NET_WEIGHT_MISMATCH, Field.NET_WEIGHT, "Net weight",
                EnumSet.of(DocumentType.PACKING_LIST, DocumentType.DECLARATION));
    }
}
