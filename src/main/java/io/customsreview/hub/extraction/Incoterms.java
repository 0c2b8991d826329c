package io.customsreview.hub.extraction;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Incoterms 2020 codes (and the older ones people still print) with the named place that follows. */
public final class Incoterms {

    /** a code glued to digits ("CIP241368", "FOB-2024-113") is a reference that starts with its letters */
    static final Pattern CODE = Pattern.compile(
            "(?<![A-Za-z0-9])(EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP|DAT|DDU|C&F|CNF|C\\+F)(?![A-Za-z0-9]|[-/]\\d)");

    private static final Pattern LAST_LETTER_READ_TWICE = Pattern.compile(
            "(?<![A-Za-z])([A-Z]{2})([a-z])([A-Z])(?![A-Za-z])");

    private static final Pattern MIDDLE_LETTER_IN_LOWER_CASE = Pattern.compile(
            "(?<![A-Za-z])([A-Z])([a-z!|1])([A-Z])(?![A-Za-z])");

    private static final Pattern LAST_LETTER_IN_LOWER_CASE = Pattern.compile(
            "(?<![A-Za-z])([A-Z]{2})([a-z])(?![A-Za-z])");

    /** three capitals with an E first or in the middle: a code's F whose lower bar a scan lost ("CER" for CFR) */
    private static final Pattern E_FOR_F = Pattern.compile("(?<![A-Za-z])(E[A-Z]{2}|[A-Z]E[A-Z])(?![A-Za-z])");

    /** three capitals with a P first or in the middle: a code's F read as a P ("CPR" for CFR) */
    private static final Pattern P_FOR_F = Pattern.compile("(?<![A-Za-z])(P[A-Z]{2}|[A-Z]P[A-Z])(?![A-Za-z])");

    private Incoterms() {
    }

    /** "CPR Rotterdam" as "CFR Rotterdam", "POB Ningbo" as "FOB Ningbo": a code's F read as a P (codes stay codes) */
    private static String fReadAsP(String text) {
        return codeAsPrinted(text, P_FOR_F, m -> CODE.matcher(m.group()).matches() ? null
                : m.group().charAt(0) == 'P' ? "F" + m.group().substring(1)
                : m.group().charAt(0) + "F" + m.group().substring(2));
    }

    /**
     * "CER Singapore" as "CFR Singapore", "EOB Ningbo" as "FOB Ningbo": a code's F read as an E on a scan (not its
     * last letter: "ET CIE" closes a company's name)
     */
    private static String fReadAsE(String text) {
        // (the first E is the one at the start or in the middle; "EXW" made "FXW" is no code and stays)
        return codeAsPrinted(text, E_FOR_F, m -> m.group().replaceFirst("E", "F"));
    }

    public record Term(String code, String place) {
    }

    /**
     * The text with the first code a scan misread written as printed: {@code misread} finds candidates, {@code code}
     * gives the code a candidate stands for (or null), which must be a known code.
     */
    private static String codeAsPrinted(String text, Pattern misread, Function<Matcher, String> code) {
        Matcher m = misread.matcher(text);
        while (m.find()) {
            String printed = code.apply(m);
            if (printed != null && CODE.matcher(printed).matches()) {
                return text.substring(0, m.start()) + printed + text.substring(m.end());
            }
        }
        return text;
    }

    /** "EXwW Shanghai" as "EXW Shanghai": a code's last letter read twice on a scan, once in lower case */
    private static String lastLetterReadOnce(String text) {
        return codeAsPrinted(text, LAST_LETTER_READ_TWICE,
                m -> m.group(2).toUpperCase(Locale.ROOT).equals(m.group(3)) ? m.group(1) + m.group(3) : null);
    }

    /** "EXw Yokohama" as "EXW Yokohama": a code's last capital read in lower case on a scan */
    private static String lastLetterInCapitals(String text) {
        return codeAsPrinted(text, LAST_LETTER_IN_LOWER_CASE,
                m -> m.group(1) + m.group(2).toUpperCase(Locale.ROOT));
    }

    /**
     * "CiF Santos" as "CIF Santos": a code's middle capital read in lower case on a scan ("i" for "I"), or an I read
     * as a mark or digit of its shape ("C!P", "C|F", "C1F")
     */
    private static String middleLetterInCapitals(String text) {
        return codeAsPrinted(text, MIDDLE_LETTER_IN_LOWER_CASE, m -> m.group(1)
                + ("!|1l".contains(m.group(2)) ? "I" : m.group(2).toUpperCase(Locale.ROOT)) + m.group(3));
    }

    public static Optional<Term> find(String text) {
        return locate(text).map(Stated::term);
    }

    /** a term and the characters [start, end) of the text that state it (code to place) */
    record Stated(Term term, int start, int end) {
    }

    static Optional<Stated> locate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        text = fReadAsP(fReadAsE(lastLetterInCapitals(middleLetterInCapitals(lastLetterReadOnce(text)))));
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
        int end = place.isEmpty() ? m.end() : text.indexOf(place, m.end()) + place.length();
        return Optional.of(new Stated(new Term(code, place.isEmpty() ? null : place), m.start(), end));
    }
}
