package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.EnumSet;
import java.util.List;

/** PACKAGE_COUNT_MISMATCH: the number of packages differs; the packing list, which counts them, is the reference. */
final class PackageCountRule implements Rule, FieldDependent {

    private static final List<DocumentType> PREFERENCE = List.of(DocumentType.PACKING_LIST,
            DocumentType.BILL_OF_LADING, DocumentType.DECLARATION);

    @Override
    public RuleId id() {
        return RuleId.PACKAGE_COUNT_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        Consistency.Spec spec = new Consistency.Spec(id(), Field.PACKAGE_COUNT, "Package count", PREFERENCE,
                v -> v.decimal().stripTrailingZeros().toPlainString(),
                (a, b) -> a.decimal().compareTo(b.decimal()) == 0,
                v -> Describe.number(v.decimal()), (a, b) -> "");
        return Consistency.againstReference(dossier, spec);
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        return MissingFields.among(dossier, id(), Field.PACKAGE_COUNT,
                EnumSet.of(DocumentType.PACKING_LIST, DocumentType.BILL_OF_LADING, DocumentType.DECLARATION));
    }
}
