package io.customsreview.hub.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Reads dates as printed: 2025-03-04, 04 MAR 2025, 4-Mar-25, March 4, 2025, 04.03.2025, 04/03/2025 and 03/04/2025.
 * For all-numeric dates the day/month order is learnt from the document itself (a day above 12 tells).
 */
public final class Dates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            entry("jan", 1), entry("january", 1), entry("janvier", 1), entry("enero", 1), entry("januar", 1),
            entry("feb", 2), entry("february", 2), entry("fevrier", 2), entry("febrero", 2), entry("februar", 2),
            entry("mar", 3), entry("march", 3), entry("mars", 3), entry("marzo", 3), entry("marz", 3), entry("maerz", 3),
            entry("apr", 4), entry("april", 4), entry("avril", 4), entry("abril", 4),
            entry("may", 5), entry("mai", 5), entry("mayo", 5),
            entry("jun", 6), entry("june", 6), entry("juin", 6), entry("junio", 6), entry("juni", 6),
            entry("jul", 7), entry("july", 7), entry("juillet", 7), entry("julio", 7), entry("juli", 7),
            entry("aug", 8), entry("august", 8), entry("aout", 8), entry("agosto", 8),
            entry("sep", 9), entry("sept", 9), entry("september", 9), entry("septembre", 9), entry("septiembre", 9),
            entry("oct", 10), entry("october", 10), entry("octobre", 10), entry("octubre", 10), entry("oktober", 10),
            entry("okt", 10),
            entry("nov", 11), entry("november", 11), entry("novembre", 11), entry("noviembre", 11),
            entry("dec", 12), entry("december", 12), entry("decembre", 12), entry("diciembre", 12),
            entry("dez", 12), entry("dezember", 12));

    private static final String MONTH_NAME = "([A-Za-z\u00C0-\u00FF]{3,10})\\.?";
    static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?![\\d])");
    static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/.]*(?:of\\s+)?" + MONTH_NAME + "[\\s\\-/.,]*(\\d{4}|\\d{2})(?!\\d)");
    /** "March 4, 2025"; "August 30. 2024" too, its comma read as a full stop on a scan */
    static final Pattern MONTH_NAME_DAY = Pattern.compile(
            "\\b" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[,.]?\\s+(\\d{4})(?!\\d)");
    /** "24. 04.2024", "24. 04. 2024": a dotted date with a space after a dot (a scan's, or a typesetter's) */
    static final Pattern DOTTED_SPACED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.(?: (\\d{1,2})\\. ?| ?(\\d{1,2})\\. )(\\d{4})(?!\\d)");
    static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2})(\\d{2})(\\d{2})(?!\\d)");

    private Dates() {
    }

    /** How the document orders day and month in all-numeric dates. */
    public enum DayOrder {
        DAY_FIRST, MONTH_FIRST;

        /** Learns the order from numeric dates whose first or second part is above 12; day-first when nothing tells. */
        public static DayOrder of(String text) {
            int dayFirst = 0;
            int monthFirst = 0;
            Matcher m = NUMERIC.matcher(text);
            while (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                if (aDayOnly(a) && b <= 12) {
                    dayFirst++;
                } else if (aDayOnly(b) && a <= 12) {
                    monthFirst++;
                }
            }
            return monthFirst > dayFirst ? MONTH_FIRST : DAY_FIRST;
        }

        /** whether the text shows its order at all (a numeric date with a day above 12) */
        public static boolean shownIn(String text) {
            Matcher m = NUMERIC.matcher(text);
            while (m.find()) {
                if (aDayOnly(Integer.parseInt(m.group(1))) || aDayOnly(Integer.parseInt(m.group(2)))) {
                    return true;
                }
            }
            return false;
        }

        /** a number that can be a day and no month; above 31 it is neither ("97/11/2025": a 0 read as 9) */
        private static boolean aDayOnly(int number) {
            return number > 12 && number <= 31;
        }
    }

    /** An all-numeric date whose day and month could be read either way ("03/04/2025"; "03.04.2025" is day-first). */
    public static boolean readsBothWays(String text) {
        Matcher m = NUMERIC.matcher(text);
        if (!m.find()) {
            return false;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        // "11.10.2024": a date written with dots puts its day first (no one writes the month first so)
        boolean dotted = text.charAt(m.end(1)) == '.' && text.charAt(m.end(2)) == '.';
        return a != b && a <= 12 && b <= 12 && !dotted;
    }

    /** The first date in the text. */
    public static Optional<LocalDate> first(String text, DayOrder order) {
        return find(text, order).map(Found::date);
    }

    /** A date found in text, with where it stood. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** "12.06,2025": a numeric date's second mark read as a comma (scans), put back as its first (same length) */
    private static final Pattern SECOND_MARK_READ_AS_COMMA =
            Pattern.compile("(?<![\\d.,])(\\d{1,2})([/.])(\\d{1,2}),(\\d{4})(?![\\d.,])");

    /** "13,04.2025": its first mark read as a comma, put back as its second (same length) */
    private static final Pattern FIRST_MARK_READ_AS_COMMA =
            Pattern.compile("(?<![\\d.,])(\\d{1,2}),(\\d{1,2})([/.])(\\d{4})(?![\\d.,])");

    /** "J anuary": a month's capital read apart from its other letters (scans) */
    private static final Pattern CAPITAL_APART = Pattern.compile("(?<!\\p{L})(\\p{Lu}) (\\p{Ll}{2,8})(?!\\p{L})");

    /** the text with a month's capital read apart joined to it again, the space set after it (same length) */
    private static String monthsJoined(String text) {
        Matcher m = CAPITAL_APART.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String month = m.group(1) + m.group(2);
            m.appendReplacement(out, MONTHS.containsKey(stripAccents(month.toLowerCase(Locale.ROOT)))
                    ? Matcher.quoteReplacement(month + " ") : "$0");
        }
        return m.appendTail(out).toString();
    }

    public static Optional<Found> find(String text, DayOrder order) {
        text = monthsJoined(FIRST_MARK_READ_AS_COMMA.matcher(SECOND_MARK_READ_AS_COMMA.matcher(text)
                .replaceAll("$1$2$3$2$4")).replaceAll("$1$3$2$3$4"));
        Found best = null;
        best = earliest(best, ISO.matcher(text), m -> of(m.group(1), m.group(2), m.group(3)));
        best = earliest(best, DAY_MONTH_NAME.matcher(text), m -> named(m.group(3), m.group(2), m.group(1)));
        best = earliest(best, MONTH_NAME_DAY.matcher(text), m -> named(m.group(3), m.group(1), m.group(2)));
        best = earliest(best, NUMERIC.matcher(text), m -> order == DayOrder.MONTH_FIRST
                ? of(year(m.group(3)), m.group(1), m.group(2))
                : of(year(m.group(3)), m.group(2), m.group(1)));
        best = earliest(best, DOTTED_SPACED.matcher(text), m -> {
            String month = m.group(2) != null ? m.group(2) : m.group(3);
            return order == DayOrder.MONTH_FIRST ? of(m.group(4), m.group(1), month)
                    : of(m.group(4), month, m.group(1));
        });
        if (best == null) {
            best = earliest(null, COMPACT.matcher(text), m -> of(m.group(1), m.group(2), m.group(3)));
        }
        return Optional.ofNullable(best);
    }

    /**
     * A date as printed where OCR read one digit as its look-alike and so made it no date ("67/04/2024",
     * "01.07.2625", "61 OCT 2025"): the one date that a single look-alike digit ({@link io.customsreview.hub.rules.Normalize#LOOK_ALIKE_DIGITS}) gives;
     * empty when the text holds a date as read, no date shape, or the repair is not unique. For scanned text only: on
     * a text layer, "31/02/2025" is what the document says.
     */
    public static Optional<Found> lookAlikeRepaired(String text, DayOrder order) {
        if (find(text, order).isPresent()) {
            return Optional.empty();
        }
        for (Pattern shape : List.of(ISO, NUMERIC, DAY_MONTH_NAME, MONTH_NAME_DAY)) {
            Matcher m = shape.matcher(text);
            while (m.find()) {
                Set<LocalDate> readings = new HashSet<>();
                char[] chars = m.group().toCharArray();
                for (int i = 0; i < chars.length; i++) {
                    char read = chars[i];
                    for (String pair : io.customsreview.hub.rules.Normalize.LOOK_ALIKE_DIGITS) {
                        if (pair.charAt(0) == read) {
                            chars[i] = pair.charAt(1);
                            String candidate = new String(chars);
                            find(candidate, order).or(() -> shape == NUMERIC && DayOrder.shownIn(candidate)
                                    // "97/30/2025": repaired, the 30 shows the month comes first
                                    ? find(candidate, order == DayOrder.DAY_FIRST ? DayOrder.MONTH_FIRST
                                    : DayOrder.DAY_FIRST) : Optional.empty()).ifPresent(f -> readings.add(f.date()));
                        }
                    }
                    chars[i] = read;
                }
                if (readings.size() == 1) {
                    return Optional.of(new Found(readings.iterator().next(), m.start(), m.end()));
                }
                if (!readings.isEmpty()) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** a day of three digits before or after a month's name: one of them read from a speck ("906 MAY 2025") */
    private static final Pattern DAY_DIGIT_MORE_BEFORE_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{3})[\\s\\-/.]*" + MONTH_NAME + "[\\s\\-/.,]*(\\d{4})(?!\\d)");
    private static final Pattern DAY_DIGIT_MORE_AFTER_MONTH = Pattern.compile(
            "\\b" + MONTH_NAME + "\\s+(\\d{3})\\s*[,.]?\\s+(\\d{4})(?!\\d)");

    /**
     * A date whose day was read with a digit more ("906 MAY 2025" for 06 May: a speck read as a 9): the one date that
     * leaving a digit out of the day gives; empty when the text holds a date as read or no or several such dates.
     * For scanned text only.
     */
    public static Optional<Found> digitMoreRepaired(String text) {
        if (find(text, DayOrder.DAY_FIRST).isPresent()) {
            return Optional.empty();
        }
        for (boolean dayFirst : new boolean[]{true, false}) {
            Matcher m = (dayFirst ? DAY_DIGIT_MORE_BEFORE_MONTH : DAY_DIGIT_MORE_AFTER_MONTH).matcher(text);
            while (m.find()) {
                String day = dayFirst ? m.group(1) : m.group(2);
                String month = dayFirst ? m.group(2) : m.group(1);
                Set<LocalDate> readings = new HashSet<>();
                for (int i = 0; i < day.length(); i++) {
                    LocalDate date = named(m.group(3), month, day.substring(0, i) + day.substring(i + 1));
                    if (date != null) {
                        readings.add(date);
                    }
                }
                if (readings.size() == 1) {
                    return Optional.of(new Found(readings.iterator().next(), m.start(), m.end()));
                }
            }
        }
        return yearDigitMoreRepaired(text);
    }

    /** a year of five digits after or before a month's name and a day: one of them read from a speck */
    private static final Pattern YEAR_DIGIT_MORE_AFTER_DAY_AND_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{1,2})[\\s\\-/.]*" + MONTH_NAME + "[\\s\\-/.,]*(\\d{5})(?!\\d)");
    private static final Pattern YEAR_DIGIT_MORE_AFTER_MONTH_AND_DAY = Pattern.compile(
            "\\b" + MONTH_NAME + "\\s+(\\d{1,2})\\s*[,.]?\\s+(\\d{5})(?!\\d)");
    /** a document's date is not more than this many years ahead of today (a shipment's latest date included) */
    private static final int YEARS_AHEAD = 5;

    /**
     * "19 AUG 20625" for 19 August 2025: a year read with a digit more; the one date that leaving a digit out of the
     * year gives, among years from 1990 to a few years ahead ("2062", "2065" are no document's year)
     */
    private static Optional<Found> yearDigitMoreRepaired(String text) {
        int latest = LocalDate.now().getYear() + YEARS_AHEAD;
        for (boolean dayFirst : new boolean[]{true, false}) {
            Matcher m = (dayFirst ? YEAR_DIGIT_MORE_AFTER_DAY_AND_MONTH : YEAR_DIGIT_MORE_AFTER_MONTH_AND_DAY)
                    .matcher(text);
            while (m.find()) {
                String day = dayFirst ? m.group(1) : m.group(2);
                String month = dayFirst ? m.group(2) : m.group(1);
                String year = m.group(3);
                Set<LocalDate> readings = new HashSet<>();
                for (int i = 0; i < year.length(); i++) {
                    String shorter = year.substring(0, i) + year.substring(i + 1);
                    int y = Integer.parseInt(shorter);
                    LocalDate date = y >= 1990 && y <= latest ? named(shorter, month, day) : null;
                    if (date != null) {
                        readings.add(date);
                    }
                }
                if (readings.size() == 1) {
                    return Optional.of(new Found(readings.iterator().next(), m.start(), m.end()));
                }
            }
        }
        return Optional.empty();
    }

    private interface Reader {
        LocalDate read(Matcher m);
    }

    private static Found earliest(Found best, Matcher m, Reader reader) {
        while (m.find()) {
            if (best != null && m.start() >= best.start()) {
                return best;
            }
            LocalDate date = reader.read(m);
            if (date != null) {
                return new Found(date, m.start(), m.end());
            }
        }
        return best;
    }

    private static String year(String y) {
        return y.length() == 2 ? "20" + y : y;
    }

    private static LocalDate named(String year, String monthName, String day) {
        Integer month = MONTHS.get(stripAccents(monthName.toLowerCase(Locale.ROOT)));
        if (month == null) {
            return null;
        }
        return of(year(year), String.valueOf(month), day);
    }

    private static String stripAccents(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1950 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
