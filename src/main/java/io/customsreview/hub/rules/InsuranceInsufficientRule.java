package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * INSURANCE_INSUFFICIENT: under CIF or CIP the seller must insure at least 110 % (configurable) of the invoice
 * value. Compared only in one currency: converting would need a rate the dossier does not give.
 */
final class InsuranceInsufficientRule implements Rule, FieldDependent {

    @Override
    public RuleId id() {
        return RuleId.INSURANCE_INSUFFICIENT;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        Optional<Total> invoice = Total.of(dossier, DocumentType.INVOICE);
        List<Document> policies = insured(dossier);
        if (!Incoterms.insuranceRequired(dossier) || invoice.isEmpty() || policies.isEmpty()) {
            return List.of();
        }
        List<String> currencies = policies.stream().map(InsuranceInsufficientRule::insuredCurrency)
                .filter(Objects::nonNull).distinct().toList();
        String invoiceCurrency = invoice.get().currency();
        if (currencies.size() > 1
                || (!currencies.isEmpty() && invoiceCurrency != null && !currencies.get(0).equals(invoiceCurrency))) {
            return List.of();
        }
        String currency = currencies.isEmpty() ? invoiceCurrency : currencies.get(0);
        BigDecimal insured = policies.stream().map(d -> d.first(Field.INSURED_AMOUNT).orElseThrow().decimal())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal percent = context.settings().insuranceMinimumPercent();
        BigDecimal required = invoice.get().amount().multiply(percent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        if (required.subtract(insured).compareTo(context.settings().amountTolerance()) <= 0) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        policies.forEach(d -> evidence.add(Evidence.of(Field.INSURED_AMOUNT, d.first(Field.INSURED_AMOUNT).orElseThrow())));
        evidence.addAll(invoice.get().evidence());
        String message = "Insured amount " + Describe.money(currency, insured) + " on " + Describe.docs(policies)
                + " is less than " + Describe.number(percent) + " % of the " + invoice.get().label("invoice total") + " "
                + Describe.money(currency, invoice.get().amount()) + " (" + Describe.money(currency, required)
                + ") required under " + Incoterms.insuredTerm(dossier).orElse("CIF/CIP");
        return List.of(Finding.of(id(), message, evidence));
    }

    private static List<Document> insured(Dossier dossier) {
        return dossier.ofType(DocumentType.INSURANCE).stream().filter(d -> d.has(Field.INSURED_AMOUNT)).toList();
    }

    /** the insured currency, else the currency the policy states */
    private static String insuredCurrency(Document policy) {
        return policy.first(Field.INSURED_CURRENCY).or(() -> policy.first(Field.CURRENCY))
                .map(v -> Normalize.code(v.value())).orElse(null);
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        if (!Incoterms.insuranceRequired(dossier)) {
            return List.of();
        }
        List<Document> invoices = dossier.ofType(DocumentType.INVOICE);
        List<Document> policies = dossier.ofType(DocumentType.INSURANCE);
        List<Evidence> invoiceTotals = invoices.stream().filter(d -> d.has(Field.TOTAL_AMOUNT))
                .map(d -> Evidence.of(Field.TOTAL_AMOUNT, d.first(Field.TOTAL_AMOUNT).orElseThrow())).toList();
        List<Evidence> insuredAmounts = policies.stream().filter(d -> d.has(Field.INSURED_AMOUNT))
                .map(d -> Evidence.of(Field.INSURED_AMOUNT, d.first(Field.INSURED_AMOUNT).orElseThrow())).toList();
        List<MissingField> missing = new ArrayList<>();
        if (!invoiceTotals.isEmpty()) {
            policies.stream().filter(d -> !d.has(Field.INSURED_AMOUNT))
                    .forEach(d -> missing.add(new MissingField(d, Field.INSURED_AMOUNT, id(), invoiceTotals)));
        }
        if (!insuredAmounts.isEmpty()) {
            invoices.stream().filter(d -> !d.has(Field.TOTAL_AMOUNT))
                    .forEach(d -> missing.add(new MissingField(d, Field.TOTAL_AMOUNT, id(), insuredAmounts)));
        }
        return missing;
    }
}
