package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** DECLARED_INVOICE_VALUE_MISMATCH: a declaration's total value differs from the invoice total. */
final class DeclaredInvoiceValueRule implements Rule, FieldDependent {

    @Override
    public RuleId id() {
        return RuleId.DECLARED_INVOICE_VALUE_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        Optional<Total> invoice = Total.of(dossier, DocumentType.INVOICE);
        if (invoice.isEmpty()) {
            return List.of();
        }
        Total inv = invoice.get();
        List<Finding> findings = new ArrayList<>();
        for (Total declared : Total.each(dossier, DocumentType.DECLARATION)) {
            // a declared value in another currency (e.g. converted to the importer's) is not comparable here
            if (!declared.comparableWith(inv)
                    || Normalize.sameAmount(declared.amount(), inv.amount(), context.settings().amountTolerance())) {
                continue;
            }
            String currency = declared.currencyOr(inv);
            String message = "Declared total value " + Describe.money(currency, declared.amount()) + " on "
                    + Describe.docs(declared.documents()) + " differs from " + inv.label("invoice total") + " "
                    + Describe.money(currency, inv.amount()) + " by "
                    + Describe.money(currency, declared.amount().subtract(inv.amount()).abs());
            List<Evidence> evidence = new ArrayList<>(declared.evidence());
            evidence.addAll(inv.evidence());
            findings.add(Finding.of(id(), message, evidence));
        }
        return findings;
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        return MissingFields.among(dossier, id(), Field.TOTAL_AMOUNT,
                EnumSet.of(DocumentType.DECLARATION, DocumentType.INVOICE));
    }
}
