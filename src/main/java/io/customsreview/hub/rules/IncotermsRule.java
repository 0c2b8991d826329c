package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.EnumSet;
import java.util.List;

/** INCOTERMS_MISMATCH: the Incoterm differs from the contract's, which sets the terms of delivery. */
final class IncotermsRule implements Rule, FieldDependent {

    private static final List<DocumentType> PREFERENCE = List.of(DocumentType.CONTRACT, DocumentType.INVOICE,
            DocumentType.DECLARATION);

    @Override
    public RuleId id() {
        return RuleId.INCOTERMS_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        return Consistency.againstReference(dossier,
                Consistency.Spec.normalised(id(), Field.INCOTERM, "Incoterm", PREFERENCE, Normalize::incoterm));
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        return MissingFields.among(dossier, id(), Field.INCOTERM,
                EnumSet.of(DocumentType.CONTRACT, DocumentType.INVOICE, DocumentType.DECLARATION));
    }
}
