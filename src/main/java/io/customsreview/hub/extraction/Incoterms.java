package io.customsreview.hub.extraction;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Incoterms 2020 codes (and the older ones people still print) with the named place that follows. */
public final class Incoterms {

    static final Pattern CODE = Pattern.compile(
            "(?<![A-Za-z])(EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP|DAT|DDU|C&F|CNF|C\\+F)(?![A-Za-z])");

    private static final Pattern LAST_LETTER_READ_TWICE = Pattern.compile(
            "(?<![A-Za-z])([A-Z]{2})([a-z])([A-Z])(?![A-Za-z])");

    private static final Pattern MIDDLE_LETTER_IN_LOWER_CASE = Pattern.compile(
            "(?<![A-Za-z])([A-Z])([a-z])([A-Z])(?![A-Za-z])");

    private Incoterms() {
    }

    /** "CiF Santos" as "CIF Santos": a code's middle capital read in lower case on a scan ("i" for "I") */
    private static String middleLetterInCapitals(String text) {
        Matcher m = MIDDLE_LETTER_IN_LOWER_CASE.matcher(text);
        while (m.find()) {
            String code = m.group(1) + m.group(2).toUpperCase(Locale.ROOT) + m.group(3);
            if (CODE.matcher(code).matches()) {
                return text.substring(0, m.start()) + code + text.substring(m.end());
            }
        }
        return text;
    }

    public record Term(String code, String place) {
    }

    /** "EXwW Shanghai" as "EXW Shanghai": a code's last letter read twice on a scan, once in lower case */
    private static String lastLetterReadOnce(String text) {
        Matcher m = LAST_LETTER_READ_TWICE.matcher(text);
        while (m.find()) {
            String code = m.group(1) + m.group(3);
            if (m.group(2).toUpperCase(Locale.ROOT).equals(m.group(3)) && CODE.matcher(code).matches()) {
                return text.substring(0, m.start()) + code + text.substring(m.end());
            }
        }
        return text;
    }

    public static Optional<Term> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        text = middleLetterInCapitals(lastLetterReadOnce(text));
        // codes are printed in capitals; "des" or "fob" in running text are words
        Matcher m = CODE.matcher(text.strip().length() <= 3 ? text.toUpperCase(Locale.ROOT) : text);
        if (!m.find()) {
            return Optional.empty();
        }
        String code = switch (m.group(1)) {
            case "C&F", "CNF", "C+F" -> "CFR";
            default -> m.group(1);
        };
        String rest = text.substring(m.end()).replaceFirst("^[\\s,:\\-]+", "")
                .replaceFirst("(?i)^incoterms?\\s*(20\\d\\d)?[\\s,:\\-]*", "");
        String place = ValueParsers.firstPart(rest, "[,;(]|\\.\\s|\\.$|\\s{2,}|(?i)\\bincoterms?\\b|(?i)\\s+terms\\b|(?i)\\s+basis\\b").strip();
        return Optional.of(new Term(code, place.isEmpty() ? null : place));
    }
}
