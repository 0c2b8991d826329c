package io.customsreview.hub.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/** ISO 4217 codes, and the signs and words people print instead of them. */
public final class Currencies {

    private static final Set<String> CODES = load();

    /** signs and names, longest first where one contains another */
    private static final Map<String, String> SIGNS = Map.ofEntries(
            entry("US$", "USD"), entry("U.S.$", "USD"), entry("US DOLLARS", "USD"), entry("U.S. DOLLARS", "USD"),
            entry("US DOLLAR", "USD"), entry("DOLLARS", "USD"), entry("$", "USD"),
            entry("€", "EUR"), entry("EURO", "EUR"), entry("EUROS", "EUR"),
            entry("£", "GBP"), entry("POUNDS STERLING", "GBP"), entry("STERLING", "GBP"),
            entry("¥", "JPY"), entry("YEN", "JPY"), entry("RMB", "CNY"), entry("YUAN", "CNY"), entry("RENMINBI", "CNY"),
            entry("HK$", "HKD"), entry("S$", "SGD"), entry("A$", "AUD"), entry("C$", "CAD"), entry("CHF", "CHF"),
            entry("₹", "INR"), entry("RS.", "INR"), entry("RS", "INR"), entry("INR", "INR"), entry("₩", "KRW"), entry("R$", "BRL"));

    /**
     * a code, not a reference that starts with a code's letters: "SHP253812" (five digits or more glued on, and no
     * decimal mark: a comma or stop with no digit after it ends the sentence) or "SHP-5200002-0169" (a dash and a
     * digit); "GBP25,124.67" is a currency and its amount
     */
    private static final Pattern CODE =
            Pattern.compile("(?<![A-Za-z])([A-Z]{3})(?![A-Za-z]|\\d{5,}(?!\\d|[.,]\\d)|-\\d)");

    private Currencies() {
    }

    /** codes that are also everyday words or units in trade documents ("KGS" is a weight far more often than a som) */
    private static final Set<String> AMBIGUOUS = Set.of("KGS", "ALL", "TOP", "CUP", "MOP", "BOB", "PEN", "CAD", "SOS",
            "MAD", "GEL", "NIO", "TRY", "LAK", "UYU",
            // fund and unit-of-account codes, never an invoice currency ("CHE-123.456.789" is a Swiss company number)
            "CHE", "CHW", "USN", "BOV", "CLF", "COU", "MXV", "UYI", "UYW", "XDR", "XSU", "XUA", "XBA", "XBB", "XBC",
            "XBD", "XAU", "XAG", "XPD", "XPT");

    public static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }

    /** a code that, printed in running text, surely names a currency */
    static boolean isUnambiguousCode(String code) {
        return isCode(code) && !AMBIGUOUS.contains(code);
    }

    /** The currency a piece of text names, by code first, then by sign or word. */
    public static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(text.toUpperCase(java.util.Locale.ROOT));
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        Matcher exact = CODE.matcher(text);
        boolean bare = text.strip().length() == 3;
        while (exact.find()) {
            if (bare ? CODES.contains(exact.group(1)) : isUnambiguousCode(exact.group(1))) {
                return Optional.of(exact.group(1));
            }
        }
        while (text.strip().length() == 3 && m.find()) {
            String code = m.group(1);
            // lower-case words like "eur" or "usd" count; English words that happen to be codes ("ALL") do not
            if (CODES.contains(code) && !code.equals("ALL") && !code.equals("TOP") && !code.equals("CUP")
                    && !code.equals("MOP") && !code.equals("BOB")) {
                return Optional.of(code);
            }
        }
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, String> sign : SIGNS.entrySet()) {
            String key = sign.getKey();
            int at = upper.indexOf(key);
            if (at >= 0 && key.length() > bestLength && isWordLike(upper, at, key)) {
                best = sign.getValue();
                bestLength = key.length();
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isWordLike(String text, int at, String key) {
        if (!Character.isLetter(key.charAt(0))) {
            return true;
        }
        boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
        int end = at + key.length();
        boolean endOk = end >= text.length() || !Character.isLetter(text.charAt(end));
        return startOk && endOk;
    }

    private static Set<String> load() {
        Set<String> codes = new HashSet<>();
        try (var in = Currencies.class.getResourceAsStream("/reference/currencies.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    codes.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
