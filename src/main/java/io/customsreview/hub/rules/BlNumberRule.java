package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.RuleId;

import java.util.EnumSet;

/** BL_NUMBER_MISMATCH: the transport document number cited by declaration or insurance differs from the B/L's. */
final class BlNumberRule extends ReferenceRule {
    BlNumberRule() {
        super(RuleId.BL_NUMBER_MISMATCH, Field.BL_NUMBER, "B/L number", DocumentType.BILL_OF_LADING,
                EnumSet.of(DocumentType.BILL_OF_LADING, DocumentType.DECLARATION, DocumentType.INSURANCE));
    }
}
