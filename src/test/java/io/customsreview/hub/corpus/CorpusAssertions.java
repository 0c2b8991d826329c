package io.customsreview.hub.corpus;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Helpers shared by the corpus tests. */
final class CorpusAssertions {
    private CorpusAssertions() {
    }

    static String norm(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    static boolean textContains(String text, String value) {
        return norm(text).contains(norm(value));
    }

    /** Every word of the value occurs (values in narrow columns wrap, and two columns interleave in the text). */
    static boolean textContainsWords(String text, String value) {
        String t = norm(text);
        for (String w : value.split("\\s+")) {
            if (!w.isEmpty() && !t.contains(norm(w))) {
                return false;
            }
        }
        return true;
    }

    /** Reads "key", "lines[i].key" or "containers[j]" from a document's truth map. */
    @SuppressWarnings("unchecked")
    static Object truth(Map<String, Object> truth, String field) {
        if (field.startsWith("lines[")) {
            int i = Integer.parseInt(field.substring(6, field.indexOf(']')));
            String key = field.substring(field.indexOf("].") + 2);
            List<Map<String, String>> lines = (List<Map<String, String>>) truth.get("lines");
            return lines == null ? null : lines.get(i).get(key);
        }
        if (field.startsWith("containers[")) {
            int j = Integer.parseInt(field.substring(11, field.indexOf(']')));
            return ((List<String>) truth.get("containers")).get(j);
        }
        if (field.equals("totalValue")) {
            return truth.get("totalValue");
        }
        return truth.get(field);
    }

    static boolean arithmeticHolds(Shipment s) {
        BigDecimal sum = BigDecimal.ZERO;
        for (GoodsLine l : s.lines()) {
            if (l.quantity().multiply(l.unitPrice()).compareTo(l.amount()) != 0) {
                return false;
            }
            sum = sum.add(l.amount());
        }
        return sum.compareTo(s.totalAmount()) == 0;
    }
}
