package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.ArrayList;
import java.util.List;

/**
 * MISSING_DOCUMENT: a required document is absent: declaration, invoice, packing list, B/L and contract always,
 * insurance too when a document states CIF or CIP. An unreadable file does not count as the document it may be.
 */
final class MissingDocumentRule implements Rule {

    static final List<DocumentType> ALWAYS_REQUIRED = List.of(DocumentType.DECLARATION, DocumentType.INVOICE,
            DocumentType.PACKING_LIST, DocumentType.BILL_OF_LADING, DocumentType.CONTRACT);

    @Override
    public RuleId id() {
        return RuleId.MISSING_DOCUMENT;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentType type : ALWAYS_REQUIRED) {
            if (dossier.ofType(type).isEmpty()) {
                findings.add(Finding.of(id(), "No " + Describe.typeName(type) + " in the dossier" + unreadableNote(dossier),
                        List.of()));
            }
        }
        if (dossier.ofType(DocumentType.INSURANCE).isEmpty()) {
            Incoterms.insuredTerm(dossier).ifPresent(term -> {
                List<Evidence> evidence = dossier.readable().stream()
                        .flatMap(d -> d.all(Field.INCOTERM).stream())
                        .filter(v -> Incoterms.SELLER_INSURES.contains(Normalize.incoterm(v.value())))
                        .map(v -> Evidence.of(Field.INCOTERM, v)).toList();
                findings.add(Finding.of(id(), "No insurance in the dossier, required as the Incoterm is " + term
                        + unreadableNote(dossier), evidence));
            });
        }
        return findings;
    }

    /** says so when an unreadable file might be the missing document */
    private static String unreadableNote(Dossier dossier) {
        List<String> unreadable = dossier.documents().stream().filter(d -> !d.readable()).map(Document::fileName).toList();
        return unreadable.isEmpty() ? "" : " (unreadable: " + String.join(", ", unreadable) + ")";
    }
}
