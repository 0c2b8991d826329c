package io.customsreview.hub.extraction;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sum of money written out in words, as invoices and contracts print their total: "SAY US DOLLARS EIGHT THOUSAND
 * THREE HUNDRED AND TWELVE AND CENTS FIFTY ONLY", "... AND 50/100 ONLY". A word that is no number word (a misread
 * "THOUSANO") makes no amount: a sum is read whole or not at all.
 */
final class AmountInWords {

    private static final Pattern SAY = Pattern.compile("(?i)\\bSAY\\b[:\\s]+(.+?)\\s+ONLY\\b");
    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("ZERO", 0), Map.entry("ONE", 1),
            Map.entry("TWO", 2), Map.entry("THREE", 3), Map.entry("FOUR", 4), Map.entry("FIVE", 5), Map.entry("SIX", 6),
            Map.entry("SEVEN", 7), Map.entry("EIGHT", 8), Map.entry("NINE", 9), Map.entry("TEN", 10),
            Map.entry("ELEVEN", 11), Map.entry("TWELVE", 12), Map.entry("THIRTEEN", 13), Map.entry("FOURTEEN", 14),
            Map.entry("FIFTEEN", 15), Map.entry("SIXTEEN", 16), Map.entry("SEVENTEEN", 17), Map.entry("EIGHTEEN", 18),
            Map.entry("NINETEEN", 19), Map.entry("TWENTY", 20), Map.entry("THIRTY", 30), Map.entry("FORTY", 40),
            Map.entry("FIFTY", 50), Map.entry("SIXTY", 60), Map.entry("SEVENTY", 70), Map.entry("EIGHTY", 80),
            Map.entry("NINETY", 90));
    private static final Map<String, Long> SCALES = Map.of("THOUSAND", 1_000L, "MILLION", 1_000_000L,
            "BILLION", 1_000_000_000L);
    /** words naming the currency before the number ("US DOLLARS", "CHINESE YUAN RENMINBI"); a few at most */
    private static final int MOST_WORDS_BEFORE = 4;
    private static final Pattern CENTS_IN_FIGURES = Pattern.compile("(\\d{1,2})/100");

    private AmountInWords() {
    }

    /** the sum and the characters [start, end) of the text that state it */
    record Stated(BigDecimal amount, int start, int end) {
    }

    static Optional<Stated> find(String text) {
        Matcher say = SAY.matcher(text);
        if (!say.find()) {
            return Optional.empty();
        }
        String[] words = say.group(1).toUpperCase(Locale.ROOT).replaceAll("[,.]", " ").split("[\\s\\-]+");
        int i = 0;
        while (i < words.length && !isNumberWord(words[i])) {
            if (++i > MOST_WORDS_BEFORE) {
                return Optional.empty();
            }
        }
        long whole = 0;
        long group = 0;
        boolean any = false;
        Integer cents = null;
        for (; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || w.equals("AND")) {
                continue;
            }
            if (w.equals("CENTS") || w.equals("CENT") || w.equals("POINT")) {
                cents = cents(words, i + 1, w.equals("POINT"));
                if (cents == null) {
                    return Optional.empty();
                }
                break;
            }
            Matcher figures = CENTS_IN_FIGURES.matcher(w);
            if (figures.matches() && any) {
                cents = Integer.parseInt(figures.group(1));
                if (i + 1 < words.length) {
                    return Optional.empty();
                }
                break;
            }
            if (SMALL.containsKey(w)) {
                group += SMALL.get(w);
            } else if (w.equals("HUNDRED")) {
                group = (group == 0 ? 1 : group) * 100;
            } else if (SCALES.containsKey(w)) {
                whole += (group == 0 ? 1 : group) * SCALES.get(w);
                group = 0;
            } else {
                return Optional.empty();
            }
            any = true;
        }
        whole += group;
        if (!any || whole <= 0) {
            return Optional.empty();
        }
        BigDecimal amount = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(cents == null ? 0 : cents, 2));
        return Optional.of(new Stated(amount.setScale(2), say.start(), say.end()));
    }

    /** cents in words after "CENTS" (below a hundred), or digit by digit after "POINT"; null if none or not words */
    private static Integer cents(String[] words, int from, boolean digitByDigit) {
        int cents = 0;
        int digits = 0;
        boolean any = false;
        for (int i = from; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || w.equals("AND")) {
                continue;
            }
            Integer v = SMALL.get(w);
            if (v == null || (digitByDigit && v > 9)) {
                return null;
            }
            if (digitByDigit) {
                if (++digits > 2) {
                    return null;
                }
                cents += digits == 1 ? v * 10 : v;
            } else {
                cents += v;
            }
            any = true;
        }
        return any && cents < 100 ? cents : null;
    }

    private static boolean isNumberWord(String w) {
        return SMALL.containsKey(w) || w.equals("HUNDRED") || SCALES.containsKey(w);
    }
}
