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

/** INVOICE_CONTRACT_AMOUNT_MISMATCH: the invoice total differs from the contract total (same or unknown currency). */
final class InvoiceContractAmountRule implements Rule, FieldDependent {

    @Override
    public RuleId id() {
        return RuleId.INVOICE_CONTRACT_AMOUNT_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        Optional<Total> invoice = Total.of(dossier, DocumentType.INVOICE);
        if (invoice.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Total contract : Total.each(dossier, DocumentType.CONTRACT)) {
            Total inv = invoice.get();
            if (!inv.comparableWith(contract)
                    || Normalize.sameAmount(inv.amount(), contract.amount(), context.settings().amountTolerance())) {
                continue;
            }
            String currency = inv.currencyOr(contract);
            String message = Describe.capitalise(inv.label("invoice total")) + " " + Describe.money(currency, inv.amount())
                    + " differs from " + contract.label("contract total") + " " + Describe.money(currency, contract.amount())
                    + " by " + Describe.money(currency, inv.amount().subtract(contract.amount()).abs());
            List<Evidence> evidence = new ArrayList<>(inv.evidence());
            evidence.addAll(contract.evidence());
            findings.add(Finding.of(id(), message, evidence));
        }
        return findings;
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        return MissingFields.among(dossier, id(), Field.TOTAL_AMOUNT,
                EnumSet.of(DocumentType.INVOICE, DocumentType.CONTRACT));
    }
}
