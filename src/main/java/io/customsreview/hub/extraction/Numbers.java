package io.customsreview.hub.extraction;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as people print them: 12,345.60 / 12.345,60 / 12 345,60 / 12'345.60 / 12345.6. Where a value alone is
 * ambiguous (1,234 or 1.234), the document's own convention decides.
 */
public final class Numbers {

    /** a number with optional grouping; sign allowed; the caller strips currency and units */
    static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,])-?(?:\\d{1,3}(?:[ ,.'\u00A0\u202F]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?!\\d|[.,]\\d)");

    /**
     * "7 060, 20", "361.198, 60": OCR put a space after the decimal mark of a grouped number; also at a sentence's end
     * ("2.400, 84.")
     */
    private static final Pattern SPACE_AFTER_DECIMAL_MARK =
            Pattern.compile("(\\d{3})\\s*([.,])\\s+(\\d{2})(?![\\d,]|\\.\\d)");
    /** "5.594,.18": a speck beside the decimal mark read as a second mark */
    private static final Pattern MARK_READ_TWICE = Pattern.compile("(\\d)([.,])[.,](\\d)");
    /** "243 .033,00": a speck's space before the grouping mark */
    private static final Pattern SPACE_BEFORE_GROUPING_MARK =
            Pattern.compile("(\\d)\\s+([.,]\\d{3}(?:[.,]\\d{3})*[.,]\\d{2})(?![\\d.,])");
    /** "1915 200,00": a number grouped by spaces whose first space OCR lost (a count's four digits take no cents) */
    private static final Pattern FIRST_GROUPING_SPACE_LOST =
            Pattern.compile("(?<![\\d.,])(\\d{1,3})(\\d{3}) (\\d{3}[.,]\\d{2})(?![\\d.,])");
    /** "21,444, 840.00" — also at a sentence's end ("840.00.") */
    private static final Pattern SPACE_AFTER_GROUPING_MARK =
            Pattern.compile("(\\d[.,])\\s+(\\d{3}(?:[.,]\\d{3})*[.,]\\d{2})(?!\\d|[.,]\\d)");

    private Numbers() {
    }

    /** The document's decimal separator, learnt from unambiguous numbers in its text. */
    public enum DecimalStyle {
        POINT, COMMA;

        public static DecimalStyle of(String text) {
            int point = 0;
            int comma = 0;
            Matcher m = Pattern.compile("\\d[.,]\\d{3}([.,])\\d{1,2}(?!\\d)").matcher(text);
            while (m.find()) {
                if (m.group(1).equals(",")) {
                    comma += 2;
                } else {
                    point += 2;
                }
            }
            // 12,5 or 1.234,56 style decimals with one or two digits after the separator
            Matcher d = Pattern.compile("(?<![\\d.,])\\d+([.,])\\d{1,2}(?![\\d.,])").matcher(text);
            while (d.find()) {
                if (d.group(1).equals(",")) {
                    comma++;
                } else {
                    point++;
                }
            }
            return comma > point ? COMMA : POINT;
        }
    }

    /** Parses one number token (no currency, no unit). Empty when it is not a number. */
    public static Optional<BigDecimal> parse(String token, DecimalStyle style) {
        if (token == null) {
            return Optional.empty();
        }
        String s = token.strip().replace("\u00A0", " ").replace("\u202F", " ");
        boolean negative = s.startsWith("-") || (s.startsWith("(") && s.endsWith(")"));
        s = s.replaceAll("^[-(]|\\)$", "").strip();
        if (!s.matches("[0-9][0-9 ,.']*")) {
            return Optional.empty();
        }
        s = s.replace("'", "");
        if (s.contains(" ")) {
            // space as thousands separator: 12 345,60
            if (!s.matches("\\d{1,3}( \\d{3})+([.,]\\d+)?")) {
                return Optional.empty();
            }
            s = s.replace(" ", "");
        }
        if (MIXED_GROUPING.matcher(s).matches()) {
            // "4,904.724,00": groups of three, their marks read one as the other on a scan, the cents after the last
            String digits = s.replaceAll("[.,]", "");
            return Optional.of(new BigDecimal(digits.substring(0, digits.length() - 2) + "."
                    + digits.substring(digits.length() - 2))).map(v -> negative ? v.negate() : v);
        }
        int lastPoint = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String normal;
        if (lastPoint >= 0 && lastComma >= 0) {
            normal = lastPoint > lastComma ? s.replace(",", "") : s.replace(".", "").replace(',', '.');
        } else if (lastComma >= 0) {
            normal = separatorOnly(s, ',', style == DecimalStyle.COMMA);
        } else if (lastPoint >= 0) {
            normal = separatorOnly(s, '.', style == DecimalStyle.POINT);
        } else {
            normal = s;
        }
        if (normal == null || !normal.matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(normal);
        return Optional.of(negative ? value.negate() : value);
    }

    /** "4.018 694,00": digits grouped by three, by spaces and by a point or comma at once, and two decimals */
    private static final Pattern GROUPED_BY_SPACE_AND_MARK =
            Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[ .,]\\d{3})+[.,]\\d{2}(?![\\d.,])");

    /**
     * "4.018 694,00" for 4 018 694,00: a number grouped by spaces one of which a scan read as a point (or a comma);
     * {@link #parse} reads no number there (a space and a mark group alike on no document). The digits, their last two
     * the decimals — a guess, to be taken only where another document states that very number.
     */
    static Optional<BigDecimal> withGroupingSpaceReadAsMark(String text) {
        Matcher m = GROUPED_BY_SPACE_AND_MARK.matcher(text);
        while (m.find()) {
            String groups = m.group().substring(0, m.group().length() - 3);
            if (groups.contains(" ") && (groups.contains(".") || groups.contains(","))) {
                String digits = m.group().replaceAll("\\D", "");
                return Optional.of(new BigDecimal(digits.substring(0, digits.length() - 2) + "."
                        + digits.substring(digits.length() - 2)));
            }
        }
        return Optional.empty();
    }

    /**
     * "1,12930" where commas group (1,129.30), "4.55943" where points do (4.559,43): a group and its two decimals,
     * the mark between them lost on a scan. {@link #parse} reads no number there; these are the digits of the one
     * printed, its decimals last — a guess, to be taken only where another document states that very number.
     */
    static Optional<BigDecimal> withDecimalMarkLost(String token, DecimalStyle style) {
        String grouping = style == DecimalStyle.COMMA ? "." : ",";
        String s = token.strip();
        if (!s.matches("[1-9]\\d{0,2}" + Pattern.quote(grouping) + "\\d{5}")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replace(grouping, "")).movePointLeft(2));
    }

    /** groups of three whose marks are not all one, then a mark and two decimals: "4,904.724,00", "4.904,724.00" */
    private static final Pattern MIXED_GROUPING =
            Pattern.compile("\\d{1,3}(?=.*\\.)(?=.*,)(?:[.,]\\d{3}){2,}[.,]\\d{2}");

    /** only one kind of separator: several of them are grouping; one is decimal unless it groups exactly 3 digits in a
     * document whose decimals use the other separator */
    private static String separatorOnly(String s, char separator, boolean separatorIsDecimalInDocument) {
        String quoted = Pattern.quote(String.valueOf(separator));
        int count = s.length() - s.replace(String.valueOf(separator), "").length();
        if (count > 1) {
            if (s.matches("\\d{1,3}(" + quoted + "\\d{3})+" + quoted + "\\d{2}")) {
                // "5,212,34", "5.113.53": grouping marks and cents, one mark read as the other (seen on scans)
                String digits = s.replace(String.valueOf(separator), "");
                return digits.substring(0, digits.length() - 2) + "." + digits.substring(digits.length() - 2);
            }
            return s.matches("\\d{1,3}(" + quoted + "\\d{3})+") ? s.replace(String.valueOf(separator), "") : null;
        }
        int digitsAfter = s.length() - s.indexOf(separator) - 1;
        if (digitsAfter == 3 && !separatorIsDecimalInDocument && s.indexOf(separator) <= 3) {
            return s.replace(String.valueOf(separator), "");
        }
        if (digitsAfter == 5 && !separatorIsDecimalInDocument && s.indexOf(separator) <= 3 && s.charAt(0) != '0') {
            // "1,11940" where decimals follow the other mark: a group and its decimals, their mark lost in a scan
            // (1,119.40) — no number to read
            return null;
        }
        return s.replace(separator, '.');
    }

    /**
     * "7 060, 20" -> "7 060,20", "50, 400.00" -> "50,400.00", "243 .033,00" -> "243.033,00", "1 .010, 88" ->
     * "1.010,88": a space OCR set
     * before or after a separator inside a number, taken out again; "5.594,.18" -> "5.594,18": a mark read twice
     */
    static String ocrSpacesClosed(String text) {
        // the space after the decimal mark first: "1 .010, 88" has one on each side of its grouped part
        String joined = SPACE_AFTER_DECIMAL_MARK.matcher(MARK_READ_TWICE.matcher(text).replaceAll("$1$2$3"))
                .replaceAll("$1$2$3");
        joined = SPACE_BEFORE_GROUPING_MARK.matcher(joined).replaceAll("$1$2");
        joined = FIRST_GROUPING_SPACE_LOST.matcher(joined).replaceAll("$1 $2 $3");
        // "26, 880, 000.00": each space closed makes the group before it one the pattern finds
        for (int groups = 0; groups < 4; groups++) {
            String closed = SPACE_AFTER_GROUPING_MARK.matcher(joined).replaceAll("$1$2");
            if (closed.equals(joined)) {
                break;
            }
            joined = closed;
        }
        return joined;
    }

    private static final Pattern SHORT_SPACE_AFTER_DECIMAL_COMMA = Pattern.compile("(?<![\\d.,])(\\d{1,3}),\\s+(\\d{2})(?![\\d.,])");
    private static final Pattern SHORT_SPACE_AFTER_DECIMAL_POINT = Pattern.compile("(?<![\\d.,])(\\d{1,3})\\.\\s+(\\d{2})(?![\\d.,])");

    /**
     * {@link #ocrSpacesClosed(String)}, and a space after the document's own decimal mark in a number without
     * grouping ("61, 80" on a document that writes decimal commas): "1, 20" stays a list where commas group
     */
    static String ocrSpacesClosed(String text, DecimalStyle style) {
        boolean comma = style == DecimalStyle.COMMA;
        String closed = (comma ? SHORT_SPACE_BEFORE_DECIMAL_COMMA : SHORT_SPACE_BEFORE_DECIMAL_POINT).matcher(text)
                .replaceAll(comma ? "$1,$2" : "$1.$2");
        Pattern shortNumber = comma ? SHORT_SPACE_AFTER_DECIMAL_COMMA : SHORT_SPACE_AFTER_DECIMAL_POINT;
        closed = shortNumber.matcher(closed).replaceAll(comma ? "$1,$2" : "$1.$2");
        closed = (comma ? ONE_DECIMAL_SET_APART_BY_COMMA : ONE_DECIMAL_SET_APART_BY_POINT).matcher(closed)
                .replaceAll(comma ? "$1,$2" : "$1.$2");
        return ocrSpacesClosed(closed);
    }

    /**
     * "591. 2": a number printed with one decimal (591.2, its trailing zero left out) and a space OCR set after the
     * document's decimal mark; a digit alone after a mark and a space is no other number's start
     */
    private static final Pattern ONE_DECIMAL_SET_APART_BY_POINT =
            Pattern.compile("(?<![\\d.,])(\\d+)\\.\\s+(\\d)(?![\\d.,])");
    private static final Pattern ONE_DECIMAL_SET_APART_BY_COMMA =
            Pattern.compile("(?<![\\d.,])(\\d+),\\s+(\\d)(?![\\d.,])");

    /** "142 .55", "25124 .67": a space before the document's decimal mark in a number without grouping */
    private static final Pattern SHORT_SPACE_BEFORE_DECIMAL_POINT =
            Pattern.compile("(?<![\\d.,])(\\d+)\\s+\\.(\\d{2})(?![\\d.,])");
    private static final Pattern SHORT_SPACE_BEFORE_DECIMAL_COMMA =
            Pattern.compile("(?<![\\d.,])(\\d+)\\s+,(\\d{2})(?![\\d.,])");

    /** Finds the first number in free text (after currency signs or before units). */
    public static Optional<BigDecimal> first(String text, DecimalStyle style) {
        Matcher m = NUMBER.matcher(ocrSpacesClosed(text, style));
        while (m.find()) {
            Optional<BigDecimal> value = parse(m.group(), style);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** The canonical text of an amount: plain, at least 2 decimals. */
    public static String amount(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 2) {
            v = v.setScale(2);
        }
        return v.toPlainString();
    }

    /** The canonical text of a quantity or weight: plain, no trailing zeros. */
    public static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.toPlainString();
    }

    /** a quantity opening with a letter of a digit's shape ("S9SETS", "O50 PCS"): the letter, the digits */
    private static final Pattern LETTER_BEFORE_DIGITS =
            Pattern.compile("^\\s*([SOIlBZ])(\\d[\\d,.]*)(?=\\s*\\p{L}|\\s*$).*");
    private static final java.util.Map<Character, Character> DIGIT_OF_LETTER = java.util.Map.of('S', '5', 'O', '0',
            'I', '1', 'l', '1', 'B', '8', 'Z', '2');

    /** the digit whose shape a letter read on a scan has ('S' for 5, 'I' or 'l' for 1), or null */
    public static Character digitOfLetter(char letter) {
        return DIGIT_OF_LETTER.get(letter);
    }

    /** "S9SETS" as 59: the quantity with its opening letter read as the digit of its shape; null for other text */
    public static BigDecimal firstDigitReadAsLetter(String raw) {
        Matcher m = raw == null ? null : LETTER_BEFORE_DIGITS.matcher(raw);
        if (m == null || !m.matches()) {
            return null;
        }
        String digits = DIGIT_OF_LETTER.get(m.group(1).charAt(0)) + m.group(2).replaceAll("[,.]", "");
        return digits.matches("0\\d*") ? null : new BigDecimal(digits);
    }
}
