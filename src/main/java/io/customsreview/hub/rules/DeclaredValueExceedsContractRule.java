package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** DECLARED_VALUE_EXCEEDS_CONTRACT: a declaration's total value is more than the contract total. */
final class DeclaredValueExceedsContractRule implements Rule, FieldDependent {

    @Override
    public RuleId id() {
        return RuleId.DECLARED_VALUE_EXCEEDS_CONTRACT;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Total contract : Total.each(dossier, DocumentType.CONTRACT)) {
            for (Total declared : Total.each(dossier, DocumentType.DECLARATION)) {
                BigDecimal excess = declared.amount().subtract(contract.amount());
                if (!declared.comparableWith(contract) || excess.compareTo(context.settings().amountTolerance()) <= 0) {
                    continue;
                }
                String currency = declared.currencyOr(contract);
                String message = "Declared total value " + Describe.money(currency, declared.amount()) + " on "
                        + Describe.docs(declared.documents()) + " exceeds the contract total "
                        + Describe.money(currency, contract.amount()) + " on " + Describe.docs(contract.documents())
                        + " by " + Describe.money(currency, excess);
                List<Evidence> evidence = new ArrayList<>(declared.evidence());
                evidence.addAll(contract.evidence());
                findings.add(Finding.of(id(), message, evidence));
            }
        }
        return findings;
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        return MissingFields.among(dossier, id(), Field.TOTAL_AMOUNT,
                EnumSet.of(DocumentType.DECLARATION, DocumentType.CONTRACT));
    }
}
