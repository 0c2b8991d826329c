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
                v -> Describe.number(v.decimal()), (a, b) -> "")
                .forgivingDoubtfulScans((a, b) -> dottedZeroReadAsTwo(a, b) || dottedZeroReadAsTwo(b, a));
        return Consistency.againstReference(dossier, spec);
    }

    /**
     * "1506" for 150: a zero printed with a dot inside (Courier) read as the zero and a six or eight of its own; the
     * count read otherwise is as printed
     */
    static boolean dottedZeroReadAsTwo(String misread, String count) {
        for (int i = 1; i < misread.length(); i++) {
            if (misread.charAt(i - 1) == '0' && "68".indexOf(misread.charAt(i)) >= 0
                    && (misread.substring(0, i) + misread.substring(i + 1)).equals(count)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        return MissingFields.among(dossier, id(), Field.PACKAGE_COUNT,
                EnumSet.of(DocumentType.PACKING_LIST, DocumentType.BILL_OF_LADING, DocumentType.DECLARATION));
    }
}
