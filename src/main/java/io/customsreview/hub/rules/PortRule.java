package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * PORT_MISMATCH: port of loading or of discharge differs; the B/L is the reference. Names compare without case,
 * punctuation, "Port of" and a trailing country ("Shanghai, China" = "SHANGHAI"); UN/LOCODEs compare as codes. A
 * code against a name is never a finding: without a code list it cannot be proven to be another port.
 */
final class PortRule implements Rule, FieldDependent {

    private static final List<DocumentType> PREFERENCE = List.of(DocumentType.BILL_OF_LADING, DocumentType.DECLARATION);

    @Override
    public RuleId id() {
        return RuleId.PORT_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(Consistency.againstReference(dossier, spec(Field.PORT_OF_LOADING, "Port of loading")));
        findings.addAll(Consistency.againstReference(dossier, spec(Field.PORT_OF_DISCHARGE, "Port of discharge")));
        return findings;
    }

    private Consistency.Spec spec(Field field, String label) {
        return new Consistency.Spec(id(), field, label, PREFERENCE, PortRule::key, PortRule::same, FieldValue::value,
                (a, b) -> "");
    }

    private static String key(FieldValue port) {
        String code = Normalize.locode(port.value());
        return code != null ? "code:" + code : "name:" + Normalize.portName(port.value());
    }

    static boolean same(FieldValue a, FieldValue b) {
        String codeA = Normalize.locode(a.value());
        String codeB = Normalize.locode(b.value());
        if (codeA != null && codeB != null) {
            return codeA.equals(codeB);
        }
        if (codeA != null || codeB != null) {
            return true; // a code against a name: not provably different
        }
        return Normalize.portName(a.value()).equals(Normalize.portName(b.value()))
                || Normalize.sameOrTruncated(a.value(), b.value());
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        EnumSet<DocumentType> carriers = EnumSet.of(DocumentType.BILL_OF_LADING, DocumentType.DECLARATION);
        List<MissingField> missing = new ArrayList<>(MissingFields.among(dossier, id(), Field.PORT_OF_LOADING, carriers));
        missing.addAll(MissingFields.among(dossier, id(), Field.PORT_OF_DISCHARGE, carriers));
        return missing;
    }
}
