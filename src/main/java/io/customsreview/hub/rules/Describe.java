package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Wording shared by the rules' messages, so that every finding reads alike. */
final class Describe {

    private Describe() {
    }

    /** "invoice d2" */
    static String doc(Document document) {
        return typeName(document.type()) + " " + document.id();
    }

    /** "declaration d3 and insurance d5" */
    static String docs(List<Document> documents) {
        List<String> names = documents.stream().map(Describe::doc).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String typeName(DocumentType type) {
        return switch (type) {
            case CONTRACT -> "contract";
            case INVOICE -> "invoice";
            case PACKING_LIST -> "packing list";
            case BILL_OF_LADING -> "bill of lading";
            case DECLARATION -> "declaration";
            case CERTIFICATE_OF_ORIGIN -> "certificate of origin";
            case INSURANCE -> "insurance";
            case UNKNOWN -> "document";
        };
    }

    /** "USD 12,345.60"; without a currency just "12,345.60" */
    static String money(String currency, BigDecimal amount) {
        String number = twoDecimals().format(amount.setScale(Math.max(2, amount.scale()), RoundingMode.HALF_UP));
        return currency == null ? number : currency + " " + number;
    }

    /** "1,234.5 kg" */
    static String kg(BigDecimal weight) {
        return number(weight) + " kg";
    }

    /** "1,200" or "12.5": grouped, without trailing zeros */
    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String joined(List<String> values) {
        return values.stream().collect(Collectors.joining(", "));
    }

    private static DecimalFormat twoDecimals() {
        return new DecimalFormat("#,##0.00########", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
