package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A reference number one type of document issues and others cite, checked by {@link Consistency#citations}. */
abstract class ReferenceRule implements Rule, FieldDependent {

    private final RuleId id;
    private final Field field;
    private final String label;
    private final DocumentType issuer;
    /** the issuer and the documents that cite its number, per the contract's key-field table */
    private final Set<DocumentType> carriers;

    ReferenceRule(RuleId id, Field field, String label, DocumentType issuer, Set<DocumentType> carriers) {
        this.id = id;
        this.field = field;
        this.label = label;
        this.issuer = issuer;
        this.carriers = carriers;
    }

    @Override
    public RuleId id() {
        return id;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        return Consistency.citations(dossier, id, field, label, issuer);
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        return MissingFields.among(dossier, id, field, carriers);
    }
}
