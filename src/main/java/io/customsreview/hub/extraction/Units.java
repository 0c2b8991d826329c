package io.customsreview.hub.extraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/** Units of measure and package kinds, to one canonical code each (KGS = kg = KGM = KG). */
public final class Units {

    private static final Map<String, String> UNITS = Map.ofEntries(
            entry("PCS", "PCS"), entry("PC", "PCS"), entry("PCE", "PCS"), entry("PIECE", "PCS"), entry("PIECES", "PCS"),
            entry("EA", "PCS"), entry("EACH", "PCS"), entry("UNIT", "PCS"), entry("UNITS", "PCS"), entry("NOS", "PCS"),
            entry("NO", "PCS"), entry("NAR", "PCS"), entry("H87", "PCS"), entry("C62", "PCS"), entry("ST", "PCS"),
            entry("STK", "PCS"), entry("STUCK", "PCS"),
            entry("SET", "SET"), entry("SETS", "SET"), entry("SE", "SET"),
            entry("PR", "PAIR"), entry("PRS", "PAIR"), entry("PAIR", "PAIR"), entry("PAIRS", "PAIR"), entry("PA", "PAIR"),
            entry("DOZ", "DOZ"), entry("DZ", "DOZ"), entry("DOZEN", "DOZ"), entry("DZN", "DOZ"),
            entry("KG", "KG"), entry("KGS", "KG"), entry("KGM", "KG"), entry("KILO", "KG"), entry("KILOS", "KG"),
            entry("KILOGRAM", "KG"), entry("KILOGRAMS", "KG"), entry("KILOGRAMME", "KG"), entry("KILOGRAMMES", "KG"),
            entry("G", "G"), entry("GR", "G"), entry("GRM", "G"), entry("GRAM", "G"), entry("GRAMS", "G"),
            entry("T", "T"), entry("MT", "T"), entry("TNE", "T"), entry("TON", "T"), entry("TONS", "T"),
            entry("TONNE", "T"), entry("TONNES", "T"),
            entry("LB", "LB"), entry("LBS", "LB"), entry("POUND", "LB"), entry("POUNDS", "LB"),
            entry("L", "L"), entry("LTR", "L"), entry("LITRE", "L"), entry("LITRES", "L"), entry("LITER", "L"),
            entry("LITERS", "L"),
            entry("M", "M"), entry("MTR", "M"), entry("METER", "M"), entry("METERS", "M"), entry("METRE", "M"),
            entry("METRES", "M"), entry("M2", "M2"), entry("SQM", "M2"), entry("MTK", "M2"), entry("M3", "M3"),
            entry("CBM", "M3"), entry("MTQ", "M3"),
            entry("CTN", "CTN"), entry("CTNS", "CTN"), entry("CARTON", "CTN"), entry("CARTONS", "CTN"), entry("CT", "CTN"),
            entry("BOX", "BOX"), entry("BOXES", "BOX"), entry("BX", "BOX"),
            entry("PLT", "PLT"), entry("PLTS", "PLT"), entry("PALLET", "PLT"), entry("PALLETS", "PLT"), entry("PX", "PLT"),
            entry("CS", "CASE"), entry("CASE", "CASE"), entry("CASES", "CASE"), entry("CRATE", "CRATE"),
            entry("CRATES", "CRATE"), entry("BAG", "BAG"), entry("BAGS", "BAG"), entry("BG", "BAG"),
            entry("DRUM", "DRUM"), entry("DRUMS", "DRUM"), entry("DR", "DRUM"), entry("ROLL", "ROLL"),
            entry("ROLLS", "ROLL"), entry("BALE", "BALE"), entry("BALES", "BALE"), entry("PKG", "PKG"),
            entry("PKGS", "PKG"), entry("PACKAGE", "PKG"), entry("PACKAGES", "PKG"), entry("PK", "PKG"),
            entry("PACKS", "PKG"), entry("PACK", "PKG"), entry("BUNDLE", "BUNDLE"), entry("BUNDLES", "BUNDLE"),
            entry("COIL", "COIL"), entry("COILS", "COIL"), entry("SKID", "PLT"), entry("SKIDS", "PLT"));

    private static final BigDecimal POUND_IN_KG = new BigDecimal("0.45359237");

    private static final Pattern WEIGHT = Pattern.compile(
            "(" + Numbers.NUMBER.pattern() + ")\\s*(kgs?|kgm|kilos?|kilograms?|kilogrammes?|mt|t|tonnes?|tons?|lbs?|g|grams?)?\\b",
            Pattern.CASE_INSENSITIVE);

    /** a mark after a speck before a number ("S«.2015.71 KG"): no decimal mark of the number after it */
    private static final Pattern SPECK_MARK_BEFORE_DIGITS = Pattern.compile("(?<=[^\\d\\s.,])[.,](?=\\d)");
    /**
     * a weight's decimals set apart by a space where its mark was ("685 83 KGS" for 685.83): a group of two digits is
     * no thousands group
     */
    private static final Pattern DECIMALS_APART = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{3})+|\\d+) (\\d{2})(?=\\s*(?i:kgs?|kgm|kilos?|kilograms?)\\b)");
    /** "5/780,89Kgs": a weight's grouping space read as a stroke (no weight is a fraction or a date) */
    private static final Pattern GROUP_AFTER_A_STROKE = Pattern.compile(
            "(?<![\\d/|.,])(\\d{1,3})[/|](\\d{3}[.,]\\d{1,3})(?=\\s*(?i:kgs?|kgm|kilos?|kilograms?)\\b)");
    /**
     * "3: 013,65 KGS": a weight's grouping space with a speck read as a colon; a group starting with a zero is no
     * number of its own ("Item 2: 123.45 KGS" is another matter)
     */
    private static final Pattern ZERO_GROUP_AFTER_A_COLON = Pattern.compile(
            "(?<![\\d/|.,:;])(\\d{1,3})[:;]\\s?(0\\d{2}[.,]\\d{1,3})(?=\\s*(?i:kgs?|kgm|kilos?|kilograms?)\\b)");
    private static final Pattern VOLUME = Pattern.compile("\\s*(cbm|m3|m\u00B3|cu\\.?\\s?m|cft)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_WORD = Pattern.compile("\\s*([A-Za-z]+)\\b");

    private Units() {
    }

    /** whether the word after a number is a unit that no weight has: a volume, a count, a package kind */
    private static boolean otherUnitFollows(String text, int end) {
        if (VOLUME.matcher(text).region(end, text.length()).lookingAt()) {
            return true;
        }
        Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
        return next.lookingAt() && unit(next.group(1)).filter(u -> !List.of("KG", "T", "LB", "G").contains(u))
                .isPresent();
    }

    /** "KGS" -> KG, "cartons" -> CTN; empty when it is no unit we know */
    public static Optional<String> unit(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return Optional.ofNullable(UNITS.get(key));
    }

    public static boolean isPackageKind(String canonical) {
        return switch (canonical) {
            case "CTN", "BOX", "PLT", "CASE", "CRATE", "BAG", "DRUM", "ROLL", "BALE", "PKG", "BUNDLE", "COIL" -> true;
            default -> false;
        };
    }

    /** units counted whole: pieces, sets, pairs, packages (not weights, volumes or lengths) */
    static boolean countedInPieces(String canonical) {
        return canonical.equals("PCS") || canonical.equals("SET") || canonical.equals("PAIR") || isPackageKind(canonical);
    }

    /** A weight in kilograms from text such as "12,500.00 KGS", "1.2 MT", "2,000 lbs"; no unit means kilograms. */
    /** a number in words and in figures, and no unit after it: "THIRTY-TWO (32)", "SAY ONE HUNDRED (100)" */
    private static final Pattern COUNT_IN_WORDS = Pattern.compile("(?i)^\\W*(say\\s+)?([a-z]+[\\s-]+)*[a-z]*(one|two|"
            + "three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundred|thousand)"
            + "\\s*\\(\\s*[\\d.,]+\\s*\\)\\W*$");

    /**
     * A weight in kilograms whose decimal mark a scan lost ("1,12930KGS" for 1,129.30 kg, {@link
     * Numbers#withDecimalMarkLost}), in a text where {@link #kilograms} reads none; empty where none has that shape
     */
    static Optional<BigDecimal> kilogramsWithDecimalMarkLost(String text, Numbers.DecimalStyle style) {
        Matcher m = WEIGHT.matcher(text);
        while (m.find()) {
            String unit = m.group(m.groupCount());
            Optional<BigDecimal> number = Numbers.withDecimalMarkLost(m.group(1), style);
            if (number.isPresent() && (unit == null ? !otherUnitFollows(text, m.end())
                    : unit(unit).orElse("KG").equals("KG"))) {
                return number;
            }
        }
        return Optional.empty();
    }

    public static Optional<BigDecimal> kilograms(String text, Numbers.DecimalStyle style) {
        if (text == null) {
            return Optional.empty();
        }
        if (COUNT_IN_WORDS.matcher(text).matches()) {
            return Optional.empty(); // "THIRTY-TWO (32)": a package count written out, its unit cut off
        }
        String cleaned = Numbers.ocrSpacesClosed(SPECK_MARK_BEFORE_DIGITS.matcher(GROUP_AFTER_A_STROKE.matcher(
                ZERO_GROUP_AFTER_A_COLON.matcher(text).replaceAll("$1 $2")).replaceAll("$1 $2")).replaceAll(" "));
        cleaned = DECIMALS_APART.matcher(cleaned).replaceAll(style == Numbers.DecimalStyle.COMMA ? "$1,$2" : "$1.$2");
        Matcher m = WEIGHT.matcher(cleaned);
        while (m.find()) {
            Optional<BigDecimal> number = Numbers.parse(m.group(1), style);
            if (number.isEmpty() || m.group(m.groupCount()) == null && otherUnitFollows(cleaned, m.end())) {
                continue; // "21.477 CBM" is the measurement beside the weight, "164 PACKAGES" the count
            }
            String unit = m.group(m.groupCount()) == null ? "KG" : unit(m.group(m.groupCount())).orElse("KG");
            BigDecimal value = number.get().abs(); // "-56.50 kg": a speck read as a dash; nothing weighs less than 0
            return Optional.of(switch (unit) {
                case "T" -> value.multiply(BigDecimal.valueOf(1000));
                case "LB" -> value.multiply(POUND_IN_KG, MathContext.DECIMAL64);
                case "G" -> value.divide(BigDecimal.valueOf(1000), MathContext.DECIMAL64);
                default -> value;
            });
        }
        return Optional.empty();
    }
}
