package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The total amount of one kind of document. Several invoices of one dossier add up (a shipment invoiced in parts);
 * their total is only known when they state one currency.
 *
 * @param documents the documents that state a total
 * @param amount    their sum
 * @param currency  their currency, or null when none states one
 */
record Total(List<Document> documents, BigDecimal amount, String currency) {

    /** the total of the documents of {@code type}; empty when none states one or they state different currencies */
    static Optional<Total> of(Dossier dossier, DocumentType type) {
        List<Document> withTotal = dossier.ofType(type).stream().filter(d -> d.has(Field.TOTAL_AMOUNT)).toList();
        if (withTotal.isEmpty()) {
            return Optional.empty();
        }
        List<String> currencies = withTotal.stream().map(Total::currencyOf).filter(Objects::nonNull).distinct().toList();
        if (currencies.size() > 1) {
            return Optional.empty();
        }
        BigDecimal sum = withTotal.stream().map(d -> d.first(Field.TOTAL_AMOUNT).orElseThrow().decimal())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Total(withTotal, sum, currencies.isEmpty() ? null : currencies.get(0)));
    }

    /** one total per document of {@code type} that states one (declarations are compared one by one) */
    static List<Total> each(Dossier dossier, DocumentType type) {
        return dossier.ofType(type).stream().filter(d -> d.has(Field.TOTAL_AMOUNT))
                .map(d -> new Total(List.of(d), d.first(Field.TOTAL_AMOUNT).orElseThrow().decimal(), currencyOf(d)))
                .toList();
    }

    static String currencyOf(Document document) {
        return document.first(Field.CURRENCY).map(v -> Normalize.code(v.value())).orElse(null);
    }

    /** false only when both currencies are known and differ: then amounts cannot be compared */
    boolean comparableWith(Total other) {
        return currency == null || other.currency == null || currency.equals(other.currency);
    }

    /** the currency to print, taking the other side's when this one states none */
    String currencyOr(Total other) {
        return currency != null ? currency : other.currency;
    }

    /** "invoice total" or "invoice total (invoice d2 and invoice d5)" */
    String label(String name) {
        return documents.size() == 1 ? name : name + " (" + Describe.docs(documents) + ")";
    }

    List<Evidence> evidence() {
        return documents.stream().map(d -> {
            FieldValue value = d.first(Field.TOTAL_AMOUNT).orElseThrow();
            return Evidence.of(Field.TOTAL_AMOUNT, value);
        }).toList();
    }
}
