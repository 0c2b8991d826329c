package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Field;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the rules compare values so that formatting alone is never a finding (contract section 2):
 * {@code COSU 612345678} = {@code COSU612345678}, {@code 8471.30.00} = {@code 84713000},
 * {@code Shanghai, China} = {@code SHANGHAI}, {@code M/V Ever Given} = {@code EVER GIVEN}.
 * Values arrive canonical per {@link io.customsreview.hub.domain.ValueKind}; this class only removes the
 * differences that canonical form still allows.
 */
public final class Normalize {

    private static final Pattern REFERENCE_NOISE = Pattern.compile("[\\s\\-/.]+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern NON_DIGIT = Pattern.compile("\\D+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern PARENTHESES = Pattern.compile("\\(.*?\\)");
    /** "MV", "M/V", "M.V.", "MS", "M/S" once punctuation has become spaces */
    private static final Pattern VESSEL_PREFIX = Pattern.compile("^(M V|MV|M S|MS) ");
    private static final Pattern LOCODE = Pattern.compile("[A-Z]{2} ?[A-Z2-9]{3}");
    private static final Pattern CONTAINER = Pattern.compile("[A-Z]{4}\\d{7}");

    /** country names (and common short forms) that may trail a port name; longest first, so that
     *  "PAPUA NEW GUINEA" is removed whole rather than as "GUINEA" */
    private static final List<String> COUNTRY_NAMES = countryNames();
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    private Normalize() {
    }

    /**
     * below this a value read on a scan is doubtful: Tesseract reads clean print at 0.93–0.97 (the rules' forgiveness
     * of misreadings and the dossier-level confirmations share it)
     */
    public static final double SURE_SCAN_READING = 0.93;

    /** digits Tesseract reads for each other on worn or noisy scans ("2,970.04" for "2,570.04"), as pairs read/printed */
    public static final Set<String> LOOK_ALIKE_DIGITS = Set.of("59", "95", "56", "65", "38",
            "83", "08", "80", "68", "86", "17", "71", "06", "60", "09", "90", "89", "98");

    /** two strings of the same length that differ in one place only, there by look-alike digits */
    public static boolean oneLookAlikeDigitApart(String a, String b) {
        return lookAlikeDigitsApart(a, b, 1, LOOK_ALIKE_DIGITS);
    }

    /**
     * two strings of the same length that differ in one or two places, each by look-alike digits: a code read on a
     * scan whose zeros are slashed ("461116" for 401110, both zeros read as 6)
     */
    public static boolean fewLookAlikeDigitsApart(String a, String b) {
        return lookAlikeDigitsApart(a, b, 2, LOOK_ALIKE_DIGITS);
    }

    /** same length, differing in 1 to {@code most} places, each by a pair of digits among {@code pairs} */
    private static boolean lookAlikeDigitsApart(String a, String b, int most, Set<String> pairs) {
        if (a.length() != b.length()) {
            return false;
        }
        int differing = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)
                    && (++differing > most || !pairs.contains("" + a.charAt(i) + b.charAt(i)))) {
                return false;
            }
        }
        return differing > 0;
    }

    /** reference numbers: upper case, without spaces, dashes, slashes and dots */
    public static String reference(String value) {
        return value == null ? null : REFERENCE_NOISE.matcher(value.trim().toUpperCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * A reference as OCR may have read it: the look-alike letters and digits (O/0, I/L/1, S/5, B/8, Z/2, G/6, V/W) made
     * one and repeats counted once, so that a reference read from a scan can be compared without its recogniser's
     * confusions.
     */
    public static String ocrFolded(String reference) {
        return ocrFolded(reference, true);
    }

    private static String ocrFolded(String reference, boolean repeatsOnce) {
        if (reference == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(reference.length());
        for (char c : reference.toCharArray()) {
            char folded = switch (c) {
                case 'O', 'D', 'Q' -> '0';
                // "STH249680" for "SIH249680", "CHENNAT" for "CHENNAI": a serif I's bars read as a T
                // "IRS/2624/660" for "JRS/2024/660": a J whose hook a worn scan lost
                case 'I', 'L', '|', 'T', 'J' -> '1';
                case 'S', '$' -> '5'; // "$C241430D": an S read as a dollar sign
                case 'B' -> '8';
                case 'Z' -> '2';
                case 'G' -> '6';
                case 'F' -> 'E'; // the lower bar of an E lost in a worn or blurred scan
                case 'W' -> 'V'; // "WTG/2025/522" for "VTG/2025/522"
                default -> c;
            };
            // Tesseract sometimes reads one glyph as two look-alikes ("PO" as "P0O", "CI/" as "C1I/"): a repeated
            // character counts once, on both sides of the comparison
            if (!repeatsOnce || out.isEmpty() || out.charAt(out.length() - 1) != folded) {
                out.append(folded);
            }
        }
        return out.toString();
    }

    /**
     * Whether two names (a vessel, a port) could be one name as OCR reads it: the same once look-alike characters
     * are made one ("NING8O"/"NINGBO", "HARNBURG"/"HAMBURG": an m read as r and n), or, for names of eight letters or
     * more, differing in at most one letter in eight ("EVER ACF"/"EVER ACE", "ANTOINF."/"ANTOINE").
     */
    public static boolean readAlike(String first, String second) {
        String a = NON_ALNUM.matcher(words(first).toUpperCase(Locale.ROOT)).replaceAll("");
        String b = NON_ALNUM.matcher(words(second).toUpperCase(Locale.ROOT)).replaceAll("");
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (ocrFolded(a).equals(ocrFolded(b))) {
            return true;
        }
        if (ocrFolded(archesFolded(a)).equals(ocrFolded(archesFolded(b)))) {
            return true;
        }
        int longer = Math.max(a.length(), b.length());
        return Math.min(a.length(), b.length()) >= 8
                && io.customsreview.hub.llm.PartyNames.levenshtein(a, b) <= longer / 8;
    }

    /**
     * "HARNBURG" for HAMBURG: an m's two arches read as r and n; "SAVAIINAH" for SAVANNAH: an n's arch lost, its two
     * stems read as i's
     */
    private static String archesFolded(String upperCase) {
        return upperCase.replace("RN", "M").replace("II", "N");
    }

    /**
     * whether two readings of a reference field are one as OCR reads them: a voyage as {@link VesselVoyageRule}
     * forgives it on scans (the leg letter lost or read twice), other references as {@link #referencesReadAlike}
     */
    public static boolean scannedReferencesReadAlike(Field field, String first, String second) {
        // a voyage read doubtfully with a digit more ("8641S" for 861S, a speck) is the other's too
        return field == Field.VOYAGE ? VesselVoyageRule.voyagesReadAlike(first, second)
                || VesselVoyageRule.digitMoreRead(first, second) || VesselVoyageRule.digitMoreRead(second, first)
                : referencesReadAlike(first, second);
    }

    /**
     * whether two references are one as OCR reads them: equal once normalised and look-alikes made one, an I and its
     * slash read as a V or not (a reference's own V before an I read twice, "GV1I243791" for GVI243791, is no I and
     * slash)
     */
    public static boolean referencesReadAlike(String first, String second) {
        return foldedReference(first).equals(foldedReference(second))
                || foldedWithSlashesAsRead(first).equals(foldedWithSlashesAsRead(second));
    }

    /** a reference normalised and folded, a V before a digit left a V (no I and its slash merged) */
    public static String foldedWithSlashesAsRead(String value) {
        return ocrFolded(reference(value));
    }

    /** a reference normalised and folded as OCR may have read it; equal for references that read alike */
    static String foldedReference(String value) {
        return ocrFolded(reference(slashMerged(value)));
    }

    /**
     * the same with every character kept: for telling how far apart two readings are, where counting repeats once
     * would make a changed digit a lost one ("4101" and "4100" as "4101" and "410": one character more)
     */
    public static String foldedReferenceKeepingRepeats(String value) {
        return ocrFolded(reference(slashMerged(value)), false);
    }

    /**
     * "CI/3076/24" as OCR reads it: the I and the slash merged into one V ("CV3076/24"), or the I read twice
     * ("C1I/3076/24"); both forms made one ("C13076/24")
     */
    private static String slashMerged(String reference) {
        // spaces, dashes and points out before a V is taken for an I and its slash: "EGLV 255076595895" and
        // "EGLV255076595895", "INV-7781" and "INV 7731" fold alike
        return reference == null ? null : V_BEFORE_DIGIT.matcher(I_SLASH.matcher(reference).replaceAll("1")
                .replaceAll("[\\s.\\-]+", "")).replaceAll("1");
    }

    /**
     * "I/", "l/", "1I/", "W/" (the I and the speck of a worn slash read as one W, seen on two seeds), "V/" (the I
     * read as a V, its slash kept) and "WV/", "Vv/" (both); before a digit, or a digit read as its letter
     * ("CV/S261/24")
     */
    private static final Pattern I_SLASH = Pattern.compile("(?<=[A-Z])(?:[Il1|]+|[WV][WVwv]?)/(?=\\d|[SOB]\\d)");
    /** "CV3076/24", and "CVv9070/25", "BOWU2024/977": the I and the slash read as one or two letters before a digit */
    private static final Pattern V_BEFORE_DIGIT = Pattern.compile("(?<=[A-Z])(?:V[Vv]?|W[UVv])(?=\\d|[SOB]\\d)");

    /** commodity codes: digits only ("8471.30.00" is "84713000") */
    public static String hsCode(String value) {
        return value == null ? null : NON_DIGIT.matcher(value).replaceAll("");
    }

    /** codes (currency, country, Incoterm, unit, voyage): upper case letters and digits only */
    public static String code(String value) {
        return value == null ? null : NON_ALNUM.matcher(ascii(value).toUpperCase(Locale.ROOT)).replaceAll("");
    }

    /** Incoterms 2020 and the older terms still printed on documents */
    private static final Set<String> INCOTERMS = Set.of("EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP",
            "DPU", "DDP", "DAT", "DAF", "DES", "DEQ", "DDU");

    /**
     * Incoterms: the three-letter term, without a named place or edition that may stand beside it
     * ("CIF Hamburg", "FOB Shanghai Incoterms 2020"); "C&F" and "CNF" are CFR
     */
    public static String incoterm(String value) {
        if (value == null) {
            return null;
        }
        String words = words(value.replace("&", ""));
        if (words.startsWith("CF ") || words.equals("CF") || words.startsWith("CNF")) {
            return "CFR";
        }
        for (String word : words.split(" ")) {
            if (INCOTERMS.contains(word)) {
                return word;
            }
        }
        return code(value);
    }

    /** container numbers: upper case letters and digits only */
    public static String container(String value) {
        return code(value);
    }

    /**
     * quantity × unit price, rounded half-up to the cent, is the amount within the tolerance; an amount printed with
     * more than two decimals may carry the exact product
     */
    public static boolean makesAmount(BigDecimal quantity, BigDecimal price, BigDecimal amount, BigDecimal tolerance) {
        BigDecimal exact = quantity.multiply(price);
        return exact.compareTo(amount) == 0
                || sameAmount(exact.setScale(2, java.math.RoundingMode.HALF_UP), amount, tolerance);
    }

    /** true when {@code a} and {@code b} differ by no more than {@code tolerance} (absolute) */
    public static boolean sameAmount(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }

    /** true when {@code a} and {@code b} differ by no more than {@code percent} % of the larger of the two */
    public static boolean withinPercent(BigDecimal a, BigDecimal b, BigDecimal percent) {
        BigDecimal larger = a.abs().max(b.abs());
        BigDecimal allowed = larger.multiply(percent).movePointLeft(2);
        return a.subtract(b).abs().compareTo(allowed) <= 0;
    }

    /** free text as words: upper case, no accents, punctuation as single spaces */
    public static String words(String value) {
        if (value == null) {
            return null;
        }
        return NON_ALNUM.matcher(ascii(value).toUpperCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** vessel names: words without the "M/V", "MV", "MS" prefix, compared without spaces */
    public static String vessel(String value) {
        if (value == null) {
            return null;
        }
        String words = words(value);
        return VESSEL_PREFIX.matcher(words).replaceFirst("").replace(" ", "");
    }

    /**
     * Names that agree word by word as far as the shorter goes ("CMA CGM ANTOINE DE SAINT" and "CMA CGM ANTOINE DE
     * SAINT EXUPERY"): a name cut where a line wrapped is not a different name.
     */
    public static boolean sameOrTruncated(String a, String b) {
        String wa = words(a);
        String wb = words(b);
        if (wa == null || wb == null) {
            return false;
        }
        if (wa.equals(wb)) {
            return true;
        }
        String shorter = wa.length() <= wb.length() ? wa : wb;
        String longer = shorter == wa ? wb : wa;
        return !shorter.isEmpty() && longer.startsWith(shorter + " ");
    }

    /** a port written as a 5-character UN/LOCODE ("CNSHA", "CN SHA"), or null when it is a name */
    public static String locode(String value) {
        if (value == null) {
            return null;
        }
        // Case-sensitive on purpose: codes are printed in capitals, names such as "Seoul" are not.
        String trimmed = value.trim();
        if (!LOCODE.matcher(trimmed).matches() || !COUNTRY_CODES.contains(trimmed.substring(0, 2))) {
            return null;
        }
        return trimmed.replace(" ", "");
    }

    /**
     * port names: words, without "PORT OF", a parenthesised or comma-separated tail ("Shanghai, China") and a
     * trailing country name ("SHANGHAI CHINA"); compared without spaces
     */
    public static String portName(String value) {
        if (value == null) {
            return null;
        }
        String text = PARENTHESES.matcher(value).replaceAll(" ");
        int comma = text.indexOf(',');
        if (comma > 0) {
            text = text.substring(0, comma);
        }
        String words = words(text);
        if (words.startsWith("PORT OF ")) {
            words = words.substring("PORT OF ".length());
        }
        String country = trailingCountry(words);
        if (country != null) {
            words = words.substring(0, words.length() - country.length() - 1);
        }
        return words.replace(" ", "");
    }

    /** {@code longer} is {@code shorter} with one character more, anywhere ("6490" for 640) */
    public static boolean oneCharacterMore(String longer, String shorter) {
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** letters of an owner code that a worn or blurred scan turns into each other (E and F differ by one bar) */
    private static final Map<Character, String> OWNER_LETTER_LOOKALIKES = Map.ofEntries(Map.entry('E', "F"),
            Map.entry('F', "E"), Map.entry('C', "G"), Map.entry('G', "C"), Map.entry('O', "DQ"), Map.entry('D', "O"),
            Map.entry('Q', "O"), Map.entry('L', "I"), Map.entry('I', "LTJ"), Map.entry('T', "I"), // a serif I as a T
            Map.entry('J', "I")); // an I whose foot a speck bent

    /**
     * A container number failing its check digit that is {@code valid} with one letter of its owner code read as its
     * look-alike ("FMCU9080339" for EMCU9080339, "ELSU1736866" for EISU1736866): serial and check digit the same.
     */
    public static boolean ownerCodeReadAlike(String misread, String valid) {
        String a = container(misread);
        String b = container(valid);
        if (a == null || b == null || a.length() != 11 || b.length() != 11 || validContainerNumber(a)
                || !validContainerNumber(b) || !a.substring(4).equals(b.substring(4))) {
            return false;
        }
        return oneOwnerLetterReadAlike(a, b);
    }

    /** owner codes (the first four letters) one letter apart, that letter read as its look-alike */
    private static boolean oneOwnerLetterReadAlike(String a, String b) {
        int differing = 0;
        for (int i = 0; i < 4; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differing++;
                if (OWNER_LETTER_LOOKALIKES.getOrDefault(a.charAt(i), "").indexOf(b.charAt(i)) < 0) {
                    return false;
                }
            }
        }
        return differing == 1;
    }

    /**
     * A container number failing its check digit that is {@code valid} with one digit read as its look-alike
     * ("KOCU3180739" for KOCU3180730): the owner code the same.
     */
    public static boolean digitReadAlike(String misread, String valid) {
        String a = container(misread);
        String b = container(valid);
        return a != null && b != null && a.length() == 11 && b.length() == 11 && !validContainerNumber(a)
                && validContainerNumber(b) && a.substring(0, 4).equals(b.substring(0, 4))
                && (oneLookAlikeDigitApart(a.substring(4), b.substring(4))
                || lookAlikeDigitsApart(a.substring(4), b.substring(4), 1, CHECKED_LOOK_ALIKE_DIGITS));
    }

    /**
     * A container number failing its check digit that is {@code valid} with one letter of its owner code and one
     * digit read as their look-alikes ("HOMU6307286" for HDMU6307280): two misreadings, to be taken only for a
     * doubtful reading that other documents contradict.
     */
    public static boolean ownerLetterAndDigitReadAlike(String misread, String valid) {
        String a = container(misread);
        String b = container(valid);
        if (a == null || b == null || a.length() != 11 || b.length() != 11 || validContainerNumber(a)
                || !validContainerNumber(b) || !oneLookAlikeDigitApart(a.substring(4), b.substring(4))) {
            return false;
        }
        return oneOwnerLetterReadAlike(a, b);
    }

    /**
     * a blurred 5 read as an 8 and back ("ONEU0992082" for ONEU0992052): too often a real difference to forgive in a
     * reference, but a container number that fails its check digit is a misreading
     */
    private static final Set<String> CHECKED_LOOK_ALIKE_DIGITS = Set.of("58", "85");

    /** true when {@code value} is a well-formed ISO 6346 container number whose check digit is right */
    public static boolean validContainerNumber(String value) {
        String number = container(value);
        if (number == null || !CONTAINER.matcher(number).matches()) {
            return false;
        }
        return iso6346CheckDigit(number.substring(0, 10)) == number.charAt(10) - '0';
    }

    /**
     * ISO 6346 check digit of owner code, category and serial (10 characters): letters count from A = 10
     * upwards skipping multiples of 11, each position is weighted 2^i, the sum is taken modulo 11 and a
     * remainder of 10 becomes 0.
     */
    static int iso6346CheckDigit(String first10) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += letterOrDigitValue(first10.charAt(i)) << i;
        }
        return sum % 11 % 10;
    }

    private static int letterOrDigitValue(char c) {
        if (Character.isDigit(c)) {
            return c - '0';
        }
        int value = 10;
        for (char letter = 'A'; letter < c; letter++) {
            value++;
            if (value % 11 == 0) {
                value++;
            }
        }
        return value;
    }

    /** "... luggage 24 China" -> "... luggage 24": the text without a country name closing it (any case) */
    static String withoutTrailingCountry(String text) {
        String country = trailingCountry(words(text));
        if (country == null) {
            return text;
        }
        String result = text.strip();
        for (int i = 0; i < country.split(" ").length; i++) {
            result = result.replaceFirst("[\\s,;]*\\S+$", "");
        }
        return result.strip();
    }

    /** the country name (longest first) that closes text in {@link #words} form after a space, or null */
    private static String trailingCountry(String words) {
        for (String country : COUNTRY_NAMES) {
            if (words.endsWith(" " + country)) {
                return country;
            }
        }
        return null;
    }

    private static String ascii(String value) {
        return DIACRITICS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
    }

    private static List<String> countryNames() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            names.add(words(new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
        }
        // the short and official forms seen on shipping documents that the JDK's names do not cover
        names.addAll(Set.of("USA", "U S A", "UNITED STATES OF AMERICA", "UK", "GREAT BRITAIN", "PRC", "P R CHINA",
                "PR CHINA", "PEOPLES REPUBLIC OF CHINA", "PEOPLE S REPUBLIC OF CHINA", "KOREA", "REPUBLIC OF KOREA",
                "HONG KONG", "VIET NAM", "UAE", "U A E", "THE NETHERLANDS", "HOLLAND", "TAIWAN", "TURKEY",
                "RUSSIA", "RUSSIAN FEDERATION"));
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
