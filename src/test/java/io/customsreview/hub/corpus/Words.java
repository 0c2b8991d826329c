package io.customsreview.hub.corpus;

import java.math.BigDecimal;
import java.util.Locale;

/** Amounts in words, as printed on invoices and contracts ("SAY US DOLLARS ... ONLY"). */
final class Words {
    private Words() {
    }

    private static final String[] ONES = {"", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN",
            "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN"};
    private static final String[] TENS = {"", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"};

    static String number(long n) {
        if (n == 0) {
            return "ZERO";
        }
        StringBuilder sb = new StringBuilder();
        long[] scales = {1_000_000_000L, 1_000_000L, 1000L, 1L};
        String[] names = {" BILLION", " MILLION", " THOUSAND", ""};
        for (int i = 0; i < scales.length; i++) {
            int chunk = (int) (n / scales[i] % 1000);
            if (chunk != 0) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(hundreds(chunk)).append(names[i]);
            }
        }
        return sb.toString();
    }

    private static String hundreds(int n) {
        StringBuilder sb = new StringBuilder();
        if (n >= 100) {
            sb.append(ONES[n / 100]).append(" HUNDRED");
            n %= 100;
            if (n > 0) {
                sb.append(" AND ");
            }
        }
        if (n >= 20) {
            sb.append(TENS[n / 10]);
            if (n % 10 > 0) {
                sb.append('-').append(ONES[n % 10]);
            }
        } else if (n > 0) {
            sb.append(ONES[n]);
        }
        return sb.toString();
    }

    static String currencyName(String code) {
        return switch (code) {
            case "USD" -> "US DOLLARS";
            case "EUR" -> "EUROS";
            case "GBP" -> "POUNDS STERLING";
            case "JPY" -> "JAPANESE YEN";
            case "CNY" -> "CHINESE YUAN RENMINBI";
            default -> code;
        };
    }

    static String amount(String currency, BigDecimal v) {
        long whole = v.longValue();
        int cents = v.subtract(BigDecimal.valueOf(whole)).movePointRight(2).intValue();
        String s = "SAY " + currencyName(currency) + " " + number(whole);
        if (cents > 0) {
            s += " AND CENTS " + number(cents);
        }
        return (s + " ONLY").toUpperCase(Locale.ROOT);
    }
}
