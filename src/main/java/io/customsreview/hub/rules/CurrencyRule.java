package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.EnumSet;
import java.util.List;

/**
 * CURRENCY_MISMATCH: the documents state different currencies (their {@code currency} fields; an insurance's
 * insured currency is its own matter, see {@link InsuranceInsufficientRule}). The invoice is the reference.
 */
final class CurrencyRule implements Rule, FieldDependent {

    private static final List<DocumentType> PREFERENCE = List.of(DocumentType.INVOICE, DocumentType.CONTRACT,
            DocumentType.DECLARATION);

    @Override
    public RuleId id() {
        return RuleId.CURRENCY_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        return Consistency.againstReference(dossier,
                Consistency.Spec.normalised(id(), Field.CURRENCY, "Currency", PREFERENCE, Normalize::code));
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        return MissingFields.among(dossier, id(), Field.CURRENCY,
                EnumSet.of(DocumentType.CONTRACT, DocumentType.INVOICE, DocumentType.DECLARATION));
    }
}
