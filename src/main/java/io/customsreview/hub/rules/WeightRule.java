package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.List;
import java.util.Set;

/**
 * A document-level weight compared across documents within {@link RuleSettings#weightTolerancePercent()} of the
 * larger value; the packing list, which weighs the goods, is the reference.
 */
abstract class WeightRule implements Rule, FieldDependent {

    private static final List<DocumentType> PREFERENCE = List.of(DocumentType.PACKING_LIST,
            DocumentType.BILL_OF_LADING, DocumentType.DECLARATION);

    private final RuleId id;
    private final Field field;
    private final String label;
    private final Set<DocumentType> carriers;

    WeightRule(RuleId id, Field field, String label, Set<DocumentType> carriers) {
        this.id = id;
        this.field = field;
        this.label = label;
        this.carriers = carriers;
    }

    @Override
    public RuleId id() {
        return id;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        Consistency.Spec spec = new Consistency.Spec(id, field, label, PREFERENCE,
                v -> v.decimal().stripTrailingZeros().toPlainString(),
                (a, b) -> Normalize.withinPercent(a.decimal(), b.decimal(), context.settings().weightTolerancePercent()),
                v -> Describe.kg(v.decimal()),
                (ref, other) -> " by " + Describe.kg(other.decimal().subtract(ref.decimal()).abs()));
        return Consistency.againstReference(dossier, spec);
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        return MissingFields.among(dossier, id, field, carriers);
    }
}
