package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.RuleId;

import java.util.EnumSet;

/** CONTRACT_NUMBER_MISMATCH: the contract number cited by invoice or declaration differs from the contract's. */
final class ContractNumberRule extends ReferenceRule {
    ContractNumberRule() {
        super(RuleId.CONTRACT_NUMBER_MISMATCH, Field.CONTRACT_NUMBER, "Contract number", DocumentType.CONTRACT,
                EnumSet.of(DocumentType.CONTRACT, DocumentType.INVOICE, DocumentType.DECLARATION));
    }
}
