package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.Provenance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * OCR loses decimal marks ("7.34" read as "734", "619,20" as "61920"): a line whose quantity × unit price misses
 * its amount by a power of ten in exactly one of its price and amount, the one printed without a decimal mark, is
 * repaired, the way a clerk would read the line, and
 * the value says so in its provenance. Where more than one repair would do, or none, the line is left as read:
 * the rules then report what the document shows.
 */
final class ArithmeticRepair {

    static final String ASSUMPTION = "decimal mark restored from the line's arithmetic (quantity × unit price = amount)";
    private static final BigDecimal CENT = new BigDecimal("0.011");
    /** a decimal mark and its decimals, at a word's end or before a weight's unit set against them ("4,380.63kg") */
    private static final java.util.regex.Pattern DECIMAL_MARK =
            java.util.regex.Pattern.compile("[.,]\\d{1,3}(?:\\b|(?=(?i:kgs?|lbs?)\\b))(?![.,]\\d)");
    private static final int[] SHIFTS = {-3, -2, -1, 1, 2, 3};
    static final String GROUPS_JOINED = "digit groups read apart taken as one amount (quantity × unit price = amount)";
    private static final java.util.regex.Pattern DIGIT_GROUPS = java.util.regex.Pattern.compile("\\d[\\d .,]*\\d");
    private static final java.util.regex.Pattern GAP = java.util.regex.Pattern.compile("\\d\\s+\\d");
    private static final java.util.regex.Pattern TWO_DECIMALS = java.util.regex.Pattern.compile("(.*)[.,](\\d{2})");
    private static final LineField[] TERMS = {LineField.QUANTITY, LineField.UNIT_PRICE, LineField.AMOUNT};

    private ArithmeticRepair() {
    }

    static Document repair(Document document) {
        if (!document.readable() || document.extraction() != ExtractionMethod.OCR) {
            return document;
        }
        // a column printed without decimals ("1468", "30084") has none to lose: only columns that mostly show
        // their decimal mark are repaired
        boolean pricesShowDecimals = mostlyShowDecimals(document, LineField.UNIT_PRICE);
        // amounts that add up to the document's total as read lost no decimal mark (a price printed "4.4" read "44"
        // beside an amount printed "10032": the price's mark was lost, not the amount's)
        boolean amountsMayHaveLostMarks = mostlyShowDecimals(document, LineField.AMOUNT)
                && !DoubtfulValues.linesAddUpTo(document, Field.TOTAL_AMOUNT, true);
        List<LineItem> lines = new ArrayList<>();
        boolean changed = false;
        // one price is too short a column to tell: a one-line document's amount printed with its decimals says its
        // price has them too ("146" beside "245.28" for 168 × 1.46)
        boolean onePrice = document.lines().stream().filter(l -> l.values().containsKey(LineField.UNIT_PRICE))
                .count() == 1;
        // ... and so does its doubt ("845" at 0.86 for 8.45 beside "2366": a plain-numbered contract's whole amount)
        for (LineItem line : document.lines()) {
            FieldValue price = line.values().get(LineField.UNIT_PRICE);
            LineItem repaired = repair(line, pricesShowDecimals || onePrice && (showsDecimalMark(line.values()
                    .get(LineField.AMOUNT)) || price != null && doubted(price)), amountsMayHaveLostMarks);
            changed |= repaired != line;
            lines.add(repaired);
        }
        if (!pricesShowDecimals && mostlyShowDecimals(lines, LineField.UNIT_PRICE)) {
            // a price read into one cell with its amount ("8.39 22,233.50") is a price only once told apart above:
            // counted, the prices mostly show their marks, and the lines are repaired again ("1440" for 14.40)
            pricesShowDecimals = true;
            for (int i = 0; i < lines.size(); i++) {
                LineItem repaired = repair(lines.get(i), true, amountsMayHaveLostMarks);
                changed |= repaired != lines.get(i);
                lines.set(i, repaired);
            }
        }
        Map<Field, List<FieldValue>> fields = totalsWithADigitMore(totalsJoined(document.fields(), lines), lines);
        changed |= fields != document.fields();
        Document withTotals = new Document(document.id(), document.type(), document.fileName(), document.source(),
                document.extraction(), document.confidence(), fields, lines, document.unreadableReason());
        for (Map.Entry<Field, LineField> total : DoubtfulValues.TOTALS.entrySet()) {
            if (total.getKey() == Field.PACKAGE_COUNT) {
                continue; // package counts are whole numbers: no decimal mark or digit group to lose
            }
            List<LineItem> summed = repairedBySum(withTotals, lines, total.getKey(), total.getValue());
            changed |= summed != lines;
            lines = summed;
        }
        List<LineItem> priceAndAmount = priceAndAmountEachALookAlikeOffBySum(withTotals, lines);
        changed |= priceAndAmount != lines;
        lines = priceAndAmount;
        if (pricesShowDecimals) {
            List<LineItem> bothRestored = bothMarksRestoredBySum(withTotals, lines);
            changed |= bothRestored != lines;
            lines = bothRestored;
        }
        // a line whose amount the total restored is repaired again: its price may have lost its mark too ("635 9525"
        // for 6.35 and 952.50 — the amount's mark told by the total, then the price's by the line)
        List<LineItem> again = new ArrayList<>(lines);
        for (int i = 0; i < again.size(); i++) {
            FieldValue amount = again.get(i).values().get(LineField.AMOUNT);
            if (amount != null && amount.source() != null && amount.source().assumption() != null
                    && amount.source().assumption().equals(SUM_ASSUMPTION)) {
                LineItem repaired = repair(again.get(i), pricesShowDecimals, false);
                changed |= repaired != again.get(i);
                again.set(i, repaired);
            }
        }
        lines = again;
        return !changed ? document : new Document(document.id(), document.type(), document.fileName(),
                document.source(), document.extraction(), document.confidence(), fields, lines,
                document.unreadableReason());
    }

    /**
     * "¥ 4994 400,00" read as 4,994.00: a total whose digit groups were read apart, where joined they are what the
     * goods lines add up to (every line stating its value), is the joined number
     */
    private static Map<Field, List<FieldValue>> totalsJoined(Map<Field, List<FieldValue>> fields, List<LineItem> lines) {
        Map<Field, List<FieldValue>> result = fields;
        for (Map.Entry<Field, LineField> total : DoubtfulValues.TOTALS.entrySet()) {
            List<FieldValue> read = fields.getOrDefault(total.getKey(), List.of());
            BigDecimal sum = lines.size() < 2 ? null : columnSum(lines, total.getValue());
            if (read.isEmpty() || sum == null || sum.signum() <= 0) {
                continue;
            }
            FieldValue value = read.get(0);
            Matcher groups = DIGIT_GROUPS.matcher(value.raw());
            BigDecimal joined = groups.find() ? joinedGroups(groups.group()) : null;
            try {
                if (joined == null || joined.compareTo(sum) != 0 || value.decimal().compareTo(joined) == 0) {
                    continue;
                }
            } catch (NumberFormatException e) {
                continue;
            }
            if (result == fields) {
                result = new EnumMap<>(fields);
            }
            Provenance p = value.source();
            List<FieldValue> repaired = new ArrayList<>(read);
            repaired.set(0, new FieldValue(total.getKey().kind() == io.customsreview.hub.domain.ValueKind.AMOUNT
                    ? Numbers.amount(joined) : Numbers.plain(joined), value.raw(), new Provenance(p.documentId(),
                    p.page(), p.box(), p.method(), p.confidence(), GROUPS_SUMMED)));
            result.put(total.getKey(), repaired);
        }
        return result;
    }

    static final String TOTAL_DIGIT_MORE = "a digit more read into a doubtful total (a speck), taken out: the lines "
            + "add up to it without that digit";

    /**
     * "595.754,52" at 0.37 for 55.754,52: a doubtful total read with a digit more, where taking one of its digits out
     * gives exactly what the goods lines (every one stating its value) add up to, is that sum
     */
    private static Map<Field, List<FieldValue>> totalsWithADigitMore(Map<Field, List<FieldValue>> fields,
                                                                     List<LineItem> lines) {
        Map<Field, List<FieldValue>> result = fields;
        for (Map.Entry<Field, LineField> total : DoubtfulValues.TOTALS.entrySet()) {
            List<FieldValue> read = fields.getOrDefault(total.getKey(), List.of());
            BigDecimal sum = columnSum(lines, total.getValue());
            if (read.isEmpty() || sum == null || sum.signum() <= 0 || !doubted(read.get(0))) {
                continue;
            }
            FieldValue value = read.get(0);
            BigDecimal stated;
            try {
                stated = value.decimal();
            } catch (NumberFormatException e) {
                continue;
            }
            String digits = stated.unscaledValue().toString();
            String summed = sum.setScale(Math.max(sum.scale(), stated.scale()), java.math.RoundingMode.UNNECESSARY)
                    .unscaledValue().toString();
            if (sameToTheCent(sum, stated) || sum.scale() > stated.scale() || digits.length() != summed.length() + 1
                    || java.util.stream.IntStream.range(0, digits.length()).noneMatch(k ->
                    (digits.substring(0, k) + digits.substring(k + 1)).equals(summed))) {
                continue;
            }
            if (result == fields) {
                result = new EnumMap<>(fields);
            }
            Provenance p = value.source();
            List<FieldValue> repaired = new ArrayList<>(read);
            BigDecimal fixed = new BigDecimal(new java.math.BigInteger(summed), stated.scale());
            repaired.set(0, new FieldValue(total.getKey().kind() == io.customsreview.hub.domain.ValueKind.AMOUNT
                    ? Numbers.amount(fixed) : Numbers.plain(fixed), value.raw(), new Provenance(p.documentId(),
                    p.page(), p.box(), p.method(), p.confidence(), TOTAL_DIGIT_MORE)));
            result.put(total.getKey(), repaired);
        }
        return result;
    }

    static final String SUM_ASSUMPTION = "decimal mark restored from the column's sum (the lines add up to the total)";
    static final String PRODUCT_SUMMED = "amount misread: quantity × unit price, with which the lines add up to the total";
    static final String GROUPS_SUMMED = "digit groups read apart taken as one number (the lines add up to the total)";

    /**
     * "424,40" read "42440" in a weight column: where the lines miss the document's total and exactly one value
     * printed without its decimal mark, moved by a power of ten, makes them add up to it, that value is repaired
     * (weights have no quantity × price to check them by line); likewise an amount whose digit groups were read
     * apart ("2416 840,00" read as 2416) on a document whose lines show no unit price (a declaration).
     */
    private static List<LineItem> repairedBySum(Document document, List<LineItem> lines, Field totalField,
                                                LineField column) {
        // a column printed with its decimals only where it has any ("3873.6", "7008", "11156") has few to lose, and
        // only the line's own arithmetic and the total together restore one
        boolean showsDecimals = mostlyShowDecimals(lines, column);
        // a single line is the total: only its digit groups read apart are joined to make it ("1067 952,00" for
        // ¥ 1 067 952,00), no mark is moved nor product taken
        boolean single = lines.size() == 1;
        // ... unless read doubtfully without any mark ("4624.8" read "46248" at 0.83 against EUR 4624.8)
        boolean doubtfulSingle = single && column == LineField.AMOUNT && doubtfulWithoutMark(lines.get(0)
                .values().get(column));
        if (lines.isEmpty() || !(showsDecimals || doubtfulSingle || column == LineField.AMOUNT
                && lines.stream().anyMatch(l -> showsDecimalMark(l.values().get(column))))) {
            return lines;
        }
        BigDecimal total = statedTotal(document, totalField);
        BigDecimal sum = columnSum(lines, column);
        if (total == null || sum == null || sameToTheCent(sum, total)) {
            return lines;
        }
        int repairs = 0;
        int repairedLine = -1;
        BigDecimal repairedValue = null;
        String assumption = SUM_ASSUMPTION;
        for (int i = 0; i < lines.size(); i++) {
            FieldValue value = lines.get(i).values().get(column);
            if (column == LineField.AMOUNT && arithmeticHolds(lines.get(i))) {
                continue; // quantity × unit price vouches for the amount as read
            }
            List<BigDecimal> candidates = new ArrayList<>();
            BigDecimal joined = showsDecimals ? joinedGroups(value.raw()) : null;
            if (joined != null && joined.compareTo(value.decimal()) != 0) {
                candidates.add(joined); // "2416 840,00" for "2 416 840,00", read as 2416
            }
            if (showsDecimals && !showsDecimalMark(value) && !single || doubtfulSingle) {
                // (a value that shows its mark did not lose it)
                for (int shift : new int[]{1, 2, 3}) {
                    candidates.add(value.decimal().movePointLeft(shift));
                }
            }
            BigDecimal product = column == LineField.AMOUNT && !single ? product(lines.get(i)) : null;
            if (product != null && (showsDecimals || !showsDecimalMark(value)
                    && DoubtfulValues.decimalMarkLost(value.decimal(), product))
                    && candidates.stream().noneMatch(c -> c.compareTo(product) == 0)) {
                // "306,833.40" for 780 × 39.53 = 30,833.40: the line's own arithmetic and the total agree on it
                candidates.add(product);
            }
            BigDecimal leadLost = column == LineField.AMOUNT
                    ? leadAndMarkLost(value, total.subtract(sum.subtract(value.decimal()))) : null;
            if (leadLost != null) {
                candidates.add(leadLost);
            }
            for (BigDecimal candidate : candidates) {
                if (sameToTheCent(sum.subtract(value.decimal()).add(candidate), total)) {
                    repairs++;
                    repairedLine = i;
                    repairedValue = candidate;
                    assumption = candidate == joined ? GROUPS_SUMMED : candidate == product ? PRODUCT_SUMMED
                            : candidate == leadLost ? LEAD_AND_MARK_SUMMED : SUM_ASSUMPTION;
                }
            }
        }
        if (repairs == 0 && showsDecimals && column != LineField.AMOUNT) {
            List<LineItem> together = marksRestoredTogether(lines, column, sum, total);
            if (together != lines) {
                return together;
            }
        }
        if (repairs != 1) {
            return repairs == 0 ? allGroupsJoined(lines, column, sum, total) : lines;
        }
        List<LineItem> result = new ArrayList<>(lines);
        LineItem line = lines.get(repairedLine);
        result.set(repairedLine, repaired(line, column, repairedValue, assumption));
        return result;
    }

    static final String LEAD_AND_MARK_SUMMED = "an amount's leading digits and decimal mark lost, its other digits "
            + "read, restored from the lines' sum (the lines add up to the total)";

    /**
     * What the total leaves for a doubtful amount whose every digit read is the end of it, one or two leading digits
     * and the decimal mark lost ("224 04" at 0.87 for 5.224,04, parsed as 224); else null.
     */
    private static BigDecimal leadAndMarkLost(FieldValue value, BigDecimal needed) {
        if (!doubted(value) || needed.signum() <= 0 || needed.compareTo(value.decimal()) <= 0
                || needed.stripTrailingZeros().scale() > 2) {
            return null;
        }
        String read = value.raw().replaceAll("\\D", "");
        String wanted = needed.setScale(2, java.math.RoundingMode.UNNECESSARY).unscaledValue().toString();
        int lost = wanted.length() - read.length();
        return read.length() >= 4 && lost >= 1 && lost <= 2 && wanted.endsWith(read) ? needed : null;
    }

    /**
     * "51423kg" and "55859kg" for 514.23 and 558.59 in a weight column: where the lines miss the document's total,
     * no single value moved makes it, and every value of two or more printed without its decimal mark, each moved by
     * the same power of ten, does (one power only), they are repaired
     */
    private static List<LineItem> marksRestoredTogether(List<LineItem> lines, LineField column, BigDecimal sum,
                                                        BigDecimal total) {
        List<LineItem> found = lines;
        for (int shift : new int[]{1, 2, 3}) {
            List<LineItem> result = new ArrayList<>(lines);
            BigDecimal movedSum = sum;
            int moved = 0;
            for (int i = 0; i < lines.size(); i++) {
                FieldValue value = lines.get(i).values().get(column);
                if (showsDecimalMark(value)) {
                    continue;
                }
                BigDecimal candidate = value.decimal().movePointLeft(shift);
                movedSum = movedSum.subtract(value.decimal()).add(candidate);
                moved++;
                result.set(i, repaired(lines.get(i), column, candidate, SUM_ASSUMPTION));
            }
            if (moved >= 2 && sameToTheCent(movedSum, total)) {
                if (found != lines) {
                    return lines; // two powers make the total: none is taken
                }
                found = result;
            }
        }
        return found;
    }

    /**
     * Several values of the column whose digit groups were read apart ("63675 000,00", "6660 940,00" in a JPY
     * declaration): where joining every one of them makes the lines add up to the total, they are joined.
     */
    private static List<LineItem> allGroupsJoined(List<LineItem> lines, LineField column, BigDecimal sum,
                                                  BigDecimal total) {
        List<LineItem> result = new ArrayList<>(lines);
        BigDecimal joinedSum = sum;
        int joinedLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            FieldValue value = line.values().get(column);
            BigDecimal joined = joinedGroups(value.raw());
            if (joined == null || joined.compareTo(value.decimal()) == 0
                    || (column == LineField.AMOUNT && arithmeticHolds(line))) {
                continue;
            }
            joinedSum = joinedSum.subtract(value.decimal()).add(joined);
            joinedLines++;
            result.set(i, repaired(line, column, joined, GROUPS_SUMMED));
        }
        return joinedLines >= 2 && sameToTheCent(joinedSum, total) ? result : lines;
    }

    static final String BOTH_MARKS_SUMMED = "decimal marks of unit price and amount restored from the lines' sum "
            + "(the line's arithmetic holds either way; the lines add up to the total)";

    /**
     * "960 PCS 1.47 1411.2" read "147" and "14112": both marks lost, the line's arithmetic holds as read and only the
     * total tells. Where the lines miss it and exactly one line whose price shows no mark (the prices mostly do),
     * both its price and amount moved by one power of ten, makes them add up to it, that line is repaired.
     */
    private static List<LineItem> bothMarksRestoredBySum(Document document, List<LineItem> lines) {
        BigDecimal total = statedTotal(document, Field.TOTAL_AMOUNT);
        BigDecimal sum = columnSum(lines, LineField.AMOUNT);
        if (total == null || sum == null || sameToTheCent(sum, total)) {
            return lines;
        }
        int found = -1;
        int shiftFound = 0;
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            FieldValue price = line.values().get(LineField.UNIT_PRICE);
            if (price == null || showsDecimalMark(price) || !arithmeticHolds(line)) {
                continue;
            }
            BigDecimal amount = line.values().get(LineField.AMOUNT).decimal();
            for (int shift : new int[]{1, 2, 3}) {
                if (sameToTheCent(sum.subtract(amount).add(amount.movePointLeft(shift)), total)) {
                    if (found >= 0) {
                        return lines; // two ways to make the total: none is taken
                    }
                    found = i;
                    shiftFound = shift;
                }
            }
        }
        if (found < 0) {
            return lines;
        }
        LineItem line = lines.get(found);
        LineItem fixed = repaired(line, LineField.UNIT_PRICE,
                line.values().get(LineField.UNIT_PRICE).decimal().movePointLeft(shiftFound), BOTH_MARKS_SUMMED);
        fixed = repaired(fixed, LineField.AMOUNT,
                line.values().get(LineField.AMOUNT).decimal().movePointLeft(shiftFound), BOTH_MARKS_SUMMED);
        List<LineItem> result = new ArrayList<>(lines);
        result.set(found, fixed);
        return result;
    }

    static final String PRICE_AND_AMOUNT_APART = "unit price and amount read as one cell, told apart by the line's "
            + "arithmetic (quantity × unit price = amount)";

    /**
     * "9.59 3,644.20" under the amount's header and no unit price: the two columns read as one cell. Where the
     * quantity times the first number is the second, they are the unit price and the amount.
     */
    private static LineItem priceAndAmountReadAsOne(LineItem line) {
        FieldValue quantity = line.values().get(LineField.QUANTITY);
        FieldValue amount = line.values().get(LineField.AMOUNT);
        if (quantity == null || amount == null || line.values().containsKey(LineField.UNIT_PRICE)) {
            return line;
        }
        List<String> numbers = new ArrayList<>();
        Matcher m = Numbers.NUMBER.matcher(amount.raw());
        while (m.find()) {
            numbers.add(m.group());
        }
        if (numbers.size() != 2) {
            return line;
        }
        for (Numbers.DecimalStyle style : Numbers.DecimalStyle.values()) {
            Optional<BigDecimal> price = Numbers.parse(numbers.get(0), style);
            Optional<BigDecimal> total = Numbers.parse(numbers.get(1), style);
            try {
                if (price.isPresent() && total.isPresent() && holds(quantity.decimal(), price.get(), total.get())) {
                    Provenance p = amount.source();
                    Provenance told = new Provenance(p.documentId(), p.page(), p.box(), p.method(), p.confidence(),
                            PRICE_AND_AMOUNT_APART);
                    Map<LineField, FieldValue> fixed = new EnumMap<>(line.values());
                    fixed.put(LineField.UNIT_PRICE, new FieldValue(Numbers.amount(price.get()), numbers.get(0), told));
                    fixed.put(LineField.AMOUNT, new FieldValue(Numbers.amount(total.get()), numbers.get(1), told));
                    return new LineItem(line.number(), fixed);
                }
            } catch (NumberFormatException e) {
                return line;
            }
        }
        return line;
    }

    /** quantity × unit price of a line that states both, or null */
    static BigDecimal product(LineItem line) {
        FieldValue quantity = line.values().get(LineField.QUANTITY);
        FieldValue price = line.values().get(LineField.UNIT_PRICE);
        try {
            return quantity == null || price == null ? null
                    : quantity.decimal().multiply(price.decimal()).setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** whether the line states quantity, unit price and amount, and quantity × unit price = amount */
    static boolean arithmeticHolds(LineItem line) {
        BigDecimal[] terms = terms(line);
        return terms != null && holds(terms[0], terms[1], terms[2]);
    }

    /** the line's quantity, unit price and amount as numbers; null where one is missing or no number */
    private static BigDecimal[] terms(LineItem line) {
        try {
            BigDecimal[] terms = new BigDecimal[3];
            for (int i = 0; i < 3; i++) {
                FieldValue term = line.values().get(TERMS[i]);
                if (term == null) {
                    return null;
                }
                terms[i] = term.decimal();
            }
            return terms;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * whether the line's quantity × unit price makes its amount as the review checks it: exactly, or rounded half up
     * to the cent (no cent either way: "163.328,006", a speck read as a third decimal, is no amount of 4,400 × 37.12)
     */
    static boolean amountMadeExactly(LineItem line) {
        BigDecimal[] terms = terms(line);
        if (terms == null || terms[2].signum() <= 0) {
            return false;
        }
        return io.customsreview.hub.rules.Normalize.makesAmount(terms[0], terms[1], terms[2], BigDecimal.ZERO);
    }

    private static boolean doubtfulWithoutMark(FieldValue value) {
        return value != null && value.source() != null && value.source().confidence() < SURE_READING
                && !showsDecimalMark(value);
    }

    private static boolean showsDecimalMark(FieldValue value) {
        return value != null && DECIMAL_MARK.matcher(value.raw()).find();
    }

    private static boolean mostlyShowDecimals(Document document, LineField field) {
        return mostlyShowDecimals(document.lines(), field);
    }

    private static boolean mostlyShowDecimals(List<LineItem> lines, LineField field) {
        long shown = 0;
        long all = 0;
        for (LineItem line : lines) {
            FieldValue v = line.values().get(field);
            if (v != null) {
                all++;
                shown += DECIMAL_MARK.matcher(v.raw()).find() ? 1 : 0;
            }
        }
        return all > 0 && 2 * shown >= all;
    }

    private static LineItem repair(LineItem line, boolean pricesShowDecimals, boolean amountsShowDecimals) {
        Map<LineField, FieldValue> values = line.values();
        if (!values.keySet().containsAll(List.of(TERMS))) {
            return priceAndAmountReadAsOne(line);
        }
        BigDecimal[] read = new BigDecimal[3];
        try {
            for (int i = 0; i < 3; i++) {
                read[i] = values.get(TERMS[i]).decimal();
            }
        } catch (NumberFormatException e) {
            return line;
        }
        BigDecimal withoutSpeck = digitAfterTheCents(read[2]);
        if (withoutSpeck != null && read[0].multiply(read[1]).compareTo(withoutSpeck) == 0) {
            // within a cent, so before the line is taken to hold: the rules compare to the cent
            return repaired(line, LineField.AMOUNT, withoutSpeck, DIGIT_AFTER_THE_CENTS);
        }
        if (holds(read[0], read[1], read[2])) {
            return line;
        }
        MarkRestored mark = markRestored(line, read, read[0], pricesShowDecimals, amountsShowDecimals);
        LineField repairedField = mark.field();
        BigDecimal repairedValue = mark.value();
        int repairs = mark.count();
        String assumption = ASSUMPTION;
        if (repairs == 0) {
            // one term read in a way its own text shows, tried in this order; the first that makes the line hold
            // is taken: a quantity's grouping read as its decimal mark ("5.760"), digit groups read apart
            // ("2271 480,00" for "2 271 480,00": OCR closed a grouping space, and the number read stops at the gap),
            // a neighbour's digits before the quantity, a decimal mark read as a space, a quantity's first digit
            // read as a letter ("S9SETS") or its first group as letters ("yO 400")
            FieldValue amount = values.get(LineField.AMOUNT);
            FieldValue quantity = values.get(LineField.QUANTITY);
            List<TermReading> readings = List.of(
                    new TermReading(0, () -> groupingReadAsDecimalMark(quantity.raw(), read[0]),
                            GROUPING_READ_AS_DECIMAL_MARK),
                    new TermReading(2, () -> joinedGroups(amount.raw()), GROUPS_JOINED),
                    new TermReading(0, () -> lastGroupAlone(quantity.raw()), NEIGHBOUR_DIGITS_APART),
                    new TermReading(2, () -> decimalMarkReadAsSpace(amount.raw()), MARK_READ_AS_SPACE),
                    new TermReading(2, () -> markReadAsSpaceAndLeadGroupLost(amount.raw(), read),
                            MARK_READ_AS_SPACE_LEAD_GROUP_LOST),
                    new TermReading(2, () -> centsUnread(amount.raw(), read), CENTS_UNREAD),
                    new TermReading(0, () -> Numbers.firstDigitReadAsLetter(quantity.raw()),
                            FIRST_DIGIT_READ_AS_LETTER),
                    new TermReading(0, () -> leadGroupReadAsLetters(quantity, read), LEAD_GROUP_READ_AS_LETTERS),
                    new TermReading(0, () -> lastGroupWithTheUnit(quantity, values.get(LineField.UNIT)),
                            LAST_GROUP_WITH_THE_UNIT),
                    new TermReading(0, () -> groupedDigitMore(quantity, read), GROUPED_DIGIT_MORE),
                    // however surely read: a wrong price or amount leaves no whole number of thousands lost
                    new TermReading(0, () -> leadGroupLost(read, 0), LEAD_GROUP_LOST),
                    new TermReading(1, () -> wholePartLost(values.get(LineField.UNIT_PRICE), read), WHOLE_PART_LOST),
                    new TermReading(1, () -> markReadAsDigit(values.get(LineField.UNIT_PRICE), read),
                            MARK_READ_AS_DIGIT),
                    new TermReading(1, () -> centsReadIntoTheAmount(values.get(LineField.UNIT_PRICE), amount, read,
                            pricesShowDecimals), CENTS_READ_INTO_THE_AMOUNT));
            for (TermReading reading : readings) {
                BigDecimal value = reading.value().get();
                if (value == null) {
                    continue;
                }
                BigDecimal[] terms = read.clone();
                terms[reading.term()] = value;
                if (holds(terms[0], terms[1], terms[2])) {
                    repairs = 1;
                    repairedField = TERMS[reading.term()];
                    repairedValue = value;
                    assumption = reading.assumption();
                    break;
                }
            }
            // a doubtful term misread: one look-alike digit, else one digit more (each tried on all three terms)
            for (Map.Entry<String, TermMisreading> misreading : TERM_MISREADINGS) {
                if (repairs > 0) {
                    break;
                }
                for (int i = 0; i < 3; i++) {
                    FieldValue term = values.get(TERMS[i]);
                    BigDecimal made = term.source() == null || term.source().confidence() >= SURE_READING ? null
                            : misreading.getValue().made(read, i);
                    if (made != null) {
                        repairs++;
                        repairedField = TERMS[i];
                        repairedValue = made;
                        assumption = misreading.getKey();
                    }
                }
            }
            if (repairs == 0) {
                LineItem both = letterAndMarkMisread(line, read, pricesShowDecimals, amountsShowDecimals);
                if (both != null) {
                    return both;
                }
                LineItem quantityAndAmount = quantityAndAmountEachALookAlikeOff(line, read);
                if (quantityAndAmount != null) {
                    return quantityAndAmount;
                }
            }
        }
        if (repairs != 1) {
            return line;
        }
        return repaired(line, repairedField, repairedValue, assumption);
    }

    /**
     * "S6SETS 2443 1368.08" for 56 SETS × 24.43 = 1,368.08: the quantity's first digit read as a letter and the
     * price's (or amount's) decimal mark lost on one line; where exactly one such pair makes the line hold, both are
     * restored
     */
    private static LineItem letterAndMarkMisread(LineItem line, BigDecimal[] read, boolean pricesShowDecimals,
                                                 boolean amountsShowDecimals) {
        BigDecimal quantity = Numbers.firstDigitReadAsLetter(line.values().get(LineField.QUANTITY).raw());
        if (quantity == null) {
            return null;
        }
        // the other money term printed with its decimals says the line's prices have them too (a one-line
        // contract's price column is too short to tell by itself)
        MarkRestored mark = markRestored(line, read, quantity,
                pricesShowDecimals || showsDecimalMark(line.values().get(LineField.AMOUNT)),
                amountsShowDecimals || showsDecimalMark(line.values().get(LineField.UNIT_PRICE)));
        return mark.count() != 1 ? null : repaired(repaired(line, LineField.QUANTITY, quantity,
                FIRST_DIGIT_READ_AS_LETTER), mark.field(), mark.value(), ASSUMPTION);
    }

    /** how many decimal marks restored make the line hold, and the last such term and value */
    private record MarkRestored(int count, LineField field, BigDecimal value) {
    }

    /**
     * The price or amount with its lost decimal mark put back where that makes the line hold with {@code quantity}:
     * only a term printed without a mark, in a column that may have lost one (prices and amounts have decimals to
     * lose; quantities are counted)
     */
    private static MarkRestored markRestored(LineItem line, BigDecimal[] read, BigDecimal quantity,
                                             boolean pricesMayLackMarks, boolean amountsMayLackMarks) {
        LineField field = null;
        BigDecimal value = null;
        int count = 0;
        // a mark lost makes a number read larger: a term made smaller is tried first, and one made larger (as if a
        // digit had been lost) only where none is
        for (boolean smaller : new boolean[]{true, false}) {
            for (int i = 1; i < 3; i++) {
                boolean mayLackMark = i == 1 ? pricesMayLackMarks : amountsMayLackMarks;
                if (!mayLackMark || showsDecimalMark(line.values().get(TERMS[i]))) {
                    continue; // a value that shows its decimal mark did not lose it
                }
                for (int shift : SHIFTS) {
                    if (shift > 0 != smaller) {
                        continue;
                    }
                    BigDecimal[] candidate = read.clone();
                    candidate[0] = quantity;
                    candidate[i] = read[i].movePointLeft(shift);
                    if (holds(candidate[0], candidate[1], candidate[2])) {
                        count++;
                        field = TERMS[i];
                        value = candidate[i];
                    }
                }
            }
            if (count > 0) {
                break;
            }
        }
        return new MarkRestored(count, field, value);
    }

    static final String GROUPING_READ_AS_DECIMAL_MARK = "a quantity's thousands separator read as its decimal mark "
            + "('5.760' for 5,760), restored from the line's arithmetic (quantity × unit price = amount)";
    private static final java.util.regex.Pattern THOUSANDS_ALONE =
            java.util.regex.Pattern.compile("(?<![\\d.,])\\d{1,3}[.,]\\d{3}(?![\\d.,])");

    /**
     * a quantity read "5.760" (5.76) or "4.000" (4) whose three digits after the mark are a thousands group: 5,760,
     * 4,000; else null (read below a thousand: the mark was taken for a decimal one)
     */
    private static BigDecimal groupingReadAsDecimalMark(String raw, BigDecimal read) {
        return THOUSANDS_ALONE.matcher(raw).find() && read.compareTo(BigDecimal.valueOf(1000)) < 0
                ? read.movePointRight(3).setScale(0, java.math.RoundingMode.UNNECESSARY) : null;
    }

    /** term {@code term} (an index of {@link #TERMS}) as its text may be read otherwise, and why */
    private record TermReading(int term, java.util.function.Supplier<BigDecimal> value, String assumption) {
    }

    /** what the line's two other terms make of term {@code i} as read, where it was misread in one way; else null */
    @FunctionalInterface
    private interface TermMisreading {
        BigDecimal made(BigDecimal[] read, int i);
    }

    static final String LOOK_ALIKE_DIGIT = "a digit read doubtfully as its look-alike, restored from the line's "
            + "arithmetic (quantity × unit price = amount)";

    /**
     * below this a scanned term is doubtful; lower than the rules' doubt of a quantity or reference: a line's three
     * terms give three chances to explain a real error away by a look-alike digit
     */
    private static final double SURE_READING = 0.9;

    /**
     * What the line's two other terms make of term {@code i}, where the recogniser doubted it and that value is one
     * look-alike digit from it as read ("7,93" at 0.85 where 550 × 7.03 = 3,866.50: a 0 read as 9); else null.
     */
    private static BigDecimal lookAlikeDigitMisread(BigDecimal[] read, int i) {
        BigDecimal made = madeByTheOthers(read, i);
        return made != null && io.customsreview.hub.rules.Normalize.oneLookAlikeDigitApart(
                read[i].unscaledValue().toString(), made.unscaledValue().toString()) ? made : null;
    }

    /** what the line's two other terms make of term {@code i}, to its scale, where the line then holds; else null */
    private static BigDecimal madeByTheOthers(BigDecimal[] read, int i) {
        int scale = Math.max(0, read[i].scale());
        BigDecimal made;
        try {
            made = switch (i) {
                case 0 -> read[2].divide(read[1], scale, java.math.RoundingMode.HALF_UP);
                case 1 -> read[2].divide(read[0], scale, java.math.RoundingMode.HALF_UP);
                default -> read[0].multiply(read[1]).setScale(scale, java.math.RoundingMode.HALF_UP);
            };
        } catch (ArithmeticException e) {
            return null; // a zero term
        }
        BigDecimal[] terms = read.clone();
        terms[i] = made;
        return holds(terms[0], terms[1], terms[2]) ? made : null;
    }

    /**
     * What the line's two other terms make of term {@code i}, where the recogniser doubted it and read only its last
     * whole digit groups ("627, 20" at 0.87 where 380 × 17.44 = 6,627.20: the "6 " before it lost); else null.
     */
    private static BigDecimal leadGroupLost(BigDecimal[] read, int i) {
        BigDecimal made = madeByTheOthers(read, i);
        int digits = read[i].precision() - read[i].scale(); // of its whole part
        if (made == null || digits < 3 || digits % 3 != 0 || made.compareTo(read[i]) <= 0) {
            return null;
        }
        BigDecimal groups = BigDecimal.TEN.pow(digits);
        return made.remainder(groups).compareTo(read[i]) == 0 ? made : null;
    }

    /**
     * A price read as whole digits that are exactly the cents of what the quantity and amount make, whose whole part
     * is a digit or two ("92" for 1,92: the whole part and the mark lost; ":94" for 6.94); else null
     */
    private static BigDecimal wholePartLost(FieldValue price, BigDecimal[] read) {
        // ":94" for 6.94: the whole part read as a speck or a mark before the cents
        String digits = price.raw().strip().replaceFirst("^[:;.,'\u2019]", "");
        BigDecimal made = digits.matches("\\d{2}") ? priceInCents(read) : null;
        if (made == null) {
            return null;
        }
        String whole = made.toBigInteger().toString();
        return made.compareTo(BigDecimal.ONE) >= 0 && whole.length() <= 2
                && made.toPlainString().endsWith("." + digits) ? made : null;
    }

    /** the price in whole cents that makes the line's quantity come to its amount; null where none does */
    private static BigDecimal priceInCents(BigDecimal[] read) {
        if (read[0].signum() == 0) {
            return null;
        }
        try {
            return read[2].divide(read[0], 2, java.math.RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static final String CENTS_READ_INTO_THE_AMOUNT = "a price's decimal mark and cents read as letters at the head "
            + "of the amount's cell, restored from the line's arithmetic (quantity × unit price = amount)";
    /** letters, not a currency's code, and a mark at the head of an amount's cell, before its digits ("HA, 146") */
    private static final java.util.regex.Pattern LETTERS_BEFORE_THE_DIGITS =
            java.util.regex.Pattern.compile("^([A-Za-z]{1,3})[,.:;']?\\s+\\d");

    /**
     * A price read as a whole number, where prices show decimals, beside an amount whose cell opens with letters:
     * its cents ("27" then "HA, 146, 308.80" for 27.71 | 146,308.80) — the price whose whole part it is, to the cent,
     * that quantity and amount make; else null
     */
    private static BigDecimal centsReadIntoTheAmount(FieldValue price, FieldValue amount, BigDecimal[] read,
                                                     boolean pricesShowDecimals) {
        Matcher letters = LETTERS_BEFORE_THE_DIGITS.matcher(amount.raw().strip());
        if (!pricesShowDecimals || !price.raw().strip().matches("\\d{1,3}(,\\d{3})*") || !letters.find()
                || Currencies.isCode(letters.group(1).toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        BigDecimal made = priceInCents(read);
        boolean itsWholePart = made != null
                && made.setScale(0, java.math.RoundingMode.DOWN).compareTo(read[1]) == 0;
        return itsWholePart ? made : null;
    }

    static final String WHOLE_PART_LOST = "a price's whole part and decimal mark lost, its cents read alone, restored "
            + "from the line's arithmetic (quantity × unit price = amount)";

    static final String LEAD_GROUP_LOST = "the leading digit group of a number lost, restored from the line's "
            + "arithmetic (quantity × unit price = amount)";

    static final String GROUPED_DIGIT_MORE = "a digit more read into a doubtful grouped quantity, taken out where "
            + "its groups of three and the line's arithmetic hold without it (quantity × unit price = amount)";

    /** a number's digits and marks as read, before its unit ("9,2000" of "9,2000PCS") */
    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("^\\d[\\d,.]*\\d");

    /**
     * A doubtful quantity whose digits, one taken out, are groups of three making the line hold ("9,2000PCS" at 0.66
     * for 9,200 PCS: the gap before the unit read as a 0); null where none or more than one such digit does.
     */
    private static BigDecimal groupedDigitMore(FieldValue quantity, BigDecimal[] read) {
        java.util.regex.Matcher number = LEADING_NUMBER.matcher(quantity.raw().strip());
        if (quantity.source() == null || quantity.source().confidence() >= SURE_READING || !number.find()) {
            return null;
        }
        return withOneDigitTakenOut(number.group(), "\\d{1,3}([,.]\\d{3})+",
                shorter -> new BigDecimal(shorter.replaceAll("\\D", "")), read, 0);
    }

    static final String MARK_READ_AS_DIGIT = "a doubtful price's decimal mark read as a digit, restored from the "
            + "line's arithmetic (quantity × unit price = amount)";

    /**
     * A doubtful price read as digits only, one of which, inside them, is its decimal mark ("237" at 0.64 for 2.7:
     * 1,500 × 2.70 = 4,050); null where no such digit, or more than one, makes the line hold.
     */
    private static BigDecimal markReadAsDigit(FieldValue price, BigDecimal[] read) {
        java.util.regex.Matcher number = LEADING_NUMBER.matcher(price.raw().strip());
        if (price.source() == null || price.source().confidence() >= SURE_READING || !number.find()
                || !number.group().matches("\\d{3,}")) {
            return null;
        }
        String digits = number.group();
        BigDecimal found = null;
        for (int k = 1; k + 1 < digits.length(); k++) {
            BigDecimal candidate = new BigDecimal(digits.substring(0, k) + "." + digits.substring(k + 1));
            if (holds(read[0], candidate, read[2])) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    static final String ONE_DIGIT_MORE = "a digit more read into a doubtful number (a speck or a rule's remains), "
            + "taken out where the line's arithmetic holds without it (quantity × unit price = amount)";

    /** the ways a doubtful term is misread, tried in this order, each with the assumption it states */
    static final String TWO_LOOK_ALIKE_DIGITS = "two digits of a quantity read doubtfully as their look-alikes, "
            + "restored from the line's arithmetic (quantity × unit price = amount)";

    private static final List<Map.Entry<String, TermMisreading>> TERM_MISREADINGS = List.of(
            Map.entry(LOOK_ALIKE_DIGIT, ArithmeticRepair::lookAlikeDigitMisread),
            Map.entry(ONE_DIGIT_MORE, ArithmeticRepair::oneDigitMoreRead),
            Map.entry(LEAD_GROUP_LOST, ArithmeticRepair::leadGroupLost),
            Map.entry(TWO_LOOK_ALIKE_DIGITS, ArithmeticRepair::quantitysTwoLookAlikeDigitsMisread));

    /**
     * The whole quantity the price and amount make, where the recogniser doubted the quantity and it is two look-alike
     * digits from it as read ("28,600" at 0.64 for 20,000); else null. Quantities only: a price or amount two digits
     * off is as likely a planted error the other terms do not check.
     */
    private static BigDecimal quantitysTwoLookAlikeDigitsMisread(BigDecimal[] read, int i) {
        BigDecimal made = i == 0 ? madeByTheOthers(read, 0) : null;
        return made != null && made.stripTrailingZeros().scale() <= 0
                && io.customsreview.hub.rules.Normalize.fewLookAlikeDigitsApart(read[0].toBigInteger().toString(),
                made.toBigInteger().toString()) ? made : null;
    }

    /**
     * Term {@code i} without the one digit that keeps the line's arithmetic from holding, where the recogniser
     * doubted it ("7,906" at 0.74 where 2,350 × 7.06 = 16,591.00) and exactly one digit taken out makes it hold;
     * else null.
     */
    private static BigDecimal oneDigitMoreRead(BigDecimal[] read, int i) {
        // a number read with two decimals was read with its cents: a digit more is one before the mark ("424.05"
        // is no "424.0" with a 5 more)
        String shape = read[i].scale() == 2 ? "\\d+\\.\\d{2}" : "\\d+(\\.\\d+)?";
        return withOneDigitTakenOut(read[i].toPlainString(), shape, BigDecimal::new, read, i);
    }

    /**
     * Term {@code i} as {@code text} makes it with one of its digits taken out, where what remains has the shape
     * {@code shape} and the line then holds; null where no digit or more than one (to another value) does.
     */
    private static BigDecimal withOneDigitTakenOut(String text, String shape,
                                                   java.util.function.Function<String, BigDecimal> value,
                                                   BigDecimal[] read, int i) {
        BigDecimal found = null;
        for (int k = 0; k < text.length(); k++) {
            String shorter = text.substring(0, k) + text.substring(k + 1);
            if (!Character.isDigit(text.charAt(k)) || !shorter.matches(shape)) {
                continue;
            }
            BigDecimal candidate = value.apply(shorter);
            BigDecimal[] terms = read.clone();
            terms[i] = candidate;
            if (holds(terms[0], terms[1], terms[2])) {
                if (found != null && found.compareTo(candidate) != 0) {
                    return null; // two digits either of which may be the one more: no telling
                }
                found = candidate;
            }
        }
        return found;
    }

    static final String QUANTITY_AND_AMOUNT_LOOK_ALIKE = "a digit of the quantity and one of the amount, both read "
            + "doubtfully, read as their look-alikes, restored from the line's arithmetic (quantity × unit price = amount)";

    /**
     * "726 × 18,59 = 13 384,86" for 720 and 13 384,80: a scan that reads its zeros as sixes misread both the quantity
     * and the amount, each doubted. Where exactly one pair of a quantity and an amount, each one look-alike digit from
     * its reading, makes the line hold with the price as read, both are restored; else null. The price is never
     * changed: a changed price is the error a line's arithmetic is checked for.
     */
    private static LineItem quantityAndAmountEachALookAlikeOff(LineItem line, BigDecimal[] read) {
        FieldValue quantity = line.values().get(LineField.QUANTITY);
        FieldValue amount = line.values().get(LineField.AMOUNT);
        if (!doubted(quantity) || !doubted(amount) || read[0].stripTrailingZeros().scale() > 0) {
            return null;
        }
        BigDecimal[] found = null;
        for (BigDecimal q : oneLookAlikeDigitOff(read[0])) {
            BigDecimal a = q.multiply(read[1]).setScale(Math.max(0, read[2].scale()), java.math.RoundingMode.HALF_UP);
            if (q.multiply(read[1]).compareTo(a) == 0 && io.customsreview.hub.rules.Normalize.oneLookAlikeDigitApart(
                    read[2].unscaledValue().toString(), a.unscaledValue().toString())) {
                if (found != null) {
                    return null; // two pairs would do: no telling
                }
                found = new BigDecimal[]{q, a};
            }
        }
        return found == null ? null : repaired(repaired(line, LineField.QUANTITY, found[0],
                QUANTITY_AND_AMOUNT_LOOK_ALIKE), LineField.AMOUNT, found[1], QUANTITY_AND_AMOUNT_LOOK_ALIKE);
    }

    static final String PRICE_AND_AMOUNT_LOOK_ALIKE = "a digit of the price, read doubtfully, and one of the amount "
            + "read as their look-alikes, restored from the line's arithmetic and the document's total";

    /**
     * "60 × 25.62 = 1561.2" (the price at 0.71) for 25.02 and 1501.2 beside a total of 1501.2: a scan reading its
     * zeros as sixes misread the price and the amount. A price is what a planted error changes, so it is restored only
     * where the document's total, read apart, is a third witness: exactly one line that does not hold, whose doubted
     * price and whose amount are each one look-alike digit from a pair that makes it hold and with which the lines
     * then add up to the total exactly, when as read they do not.
     */
    private static List<LineItem> priceAndAmountEachALookAlikeOffBySum(Document document, List<LineItem> lines) {
        BigDecimal total = statedTotal(document, Field.TOTAL_AMOUNT);
        BigDecimal sum = columnSum(lines, LineField.AMOUNT);
        if (total == null || sum == null || sameToTheCent(sum, total)) {
            return lines;
        }
        int found = -1;
        BigDecimal[] pair = null;
        for (int i = 0; i < lines.size(); i++) {
            Map<LineField, FieldValue> values = lines.get(i).values();
            if (!values.keySet().containsAll(List.of(TERMS)) || arithmeticHolds(lines.get(i))
                    || !doubted(values.get(LineField.UNIT_PRICE))) {
                continue;
            }
            BigDecimal quantity;
            BigDecimal price;
            BigDecimal amount;
            try {
                quantity = values.get(LineField.QUANTITY).decimal();
                price = values.get(LineField.UNIT_PRICE).decimal();
                amount = values.get(LineField.AMOUNT).decimal();
            } catch (NumberFormatException e) {
                continue;
            }
            for (BigDecimal p : oneLookAlikeDigitOff(price)) {
                BigDecimal a = quantity.multiply(p).setScale(Math.max(2, amount.scale()), java.math.RoundingMode.HALF_UP);
                if (quantity.multiply(p).compareTo(a) != 0 || sum.subtract(amount).add(a).compareTo(total) != 0
                        || !io.customsreview.hub.rules.Normalize.oneLookAlikeDigitApart(
                        amount.setScale(a.scale(), java.math.RoundingMode.UNNECESSARY).unscaledValue().toString(),
                        a.unscaledValue().toString())) {
                    continue;
                }
                if (found >= 0) {
                    return lines; // two repairs would do: no telling
                }
                found = i;
                pair = new BigDecimal[]{p, a};
            }
        }
        if (found < 0) {
            return lines;
        }
        List<LineItem> result = new ArrayList<>(lines);
        result.set(found, repaired(repaired(lines.get(found), LineField.UNIT_PRICE, pair[0],
                PRICE_AND_AMOUNT_LOOK_ALIKE), LineField.AMOUNT, pair[1], PRICE_AND_AMOUNT_LOOK_ALIKE));
        return result;
    }

    private static boolean doubted(FieldValue term) {
        return term.source() != null && term.source().confidence() < SURE_READING;
    }

    /** the numbers one look-alike digit from {@code read}, to its scale, none with a leading zero */
    private static List<BigDecimal> oneLookAlikeDigitOff(BigDecimal read) {
        String digits = read.unscaledValue().toString();
        List<BigDecimal> off = new ArrayList<>();
        for (int k = 0; k < digits.length(); k++) {
            for (String pair : io.customsreview.hub.rules.Normalize.LOOK_ALIKE_DIGITS) {
                if (pair.charAt(0) == digits.charAt(k) && !(k == 0 && pair.charAt(1) == '0')) {
                    off.add(new BigDecimal(new java.math.BigInteger(digits.substring(0, k) + pair.charAt(1)
                            + digits.substring(k + 1)), read.scale()));
                }
            }
        }
        return off;
    }

    /** the line with {@code field} set to {@code value}, read from the same words, and why it was changed */
    private static LineItem repaired(LineItem line, LineField field, BigDecimal value, String assumption) {
        FieldValue old = line.values().get(field);
        Provenance p = old.source();
        Map<LineField, FieldValue> fixed = new EnumMap<>(line.values());
        fixed.put(field, new FieldValue(plain(value, field), old.raw(),
                new Provenance(p.documentId(), p.page(), p.box(), p.method(), p.confidence(), assumption)));
        return new LineItem(line.number(), fixed);
    }

    /**
     * the digits of "2271 480,00" or "2 100000,00" as one number (with the two decimals it shows), or null when the
     * text is not digit groups read apart
     */
    static BigDecimal joinedGroups(String raw) {
        String text = raw.strip().replaceFirst("(?<=[.,]\\d\\d)\\.$", "") // "800,00." a speck after the cents
                .replaceFirst(UNIT_OR_CURRENCY_BEFORE, ""); // "kg 2874 410,00": the weight's unit in the value's cell
        if (!DIGIT_GROUPS.matcher(text).matches() || !GAP.matcher(text).find()) {
            return null;
        }
        Matcher decimals = TWO_DECIMALS.matcher(text);
        return decimals.matches()
                ? new BigDecimal(decimals.group(1).replaceAll("\\D", "") + "." + decimals.group(2))
                : new BigDecimal(text.replaceAll("\\D", ""));
    }

    /** a weight's unit or a currency read into a number's cell before it ("kg 2874 410,00", "JPY 2874 410,00") */
    private static final String UNIT_OR_CURRENCY_BEFORE = "^(?:\\p{Sc}|[A-Z]{3}|(?i:kgs?|kgm|lbs?))\\.?\\s*(?=\\d)";

    static final String NEIGHBOUR_DIGITS_APART = "the digits before the quantity's own belong to the cell before "
            + "it (quantity × unit price = amount)";
    private static final java.util.regex.Pattern GROUP_AFTER_A_GAP = java.util.regex.Pattern.compile(
            "\\d{1,3}\\s+(\\d{3})(?:\\s+\\p{L}+\\.?)?");

    /**
     * "24 720" as 720: a quantity with a neighbouring cell's number set before it ("... shell, 24 inch" the
     * description's end, under the quantity's column), read as one number grouped by a space; null for other text
     */
    static BigDecimal lastGroupAlone(String raw) {
        Matcher m = raw == null ? null : GROUP_AFTER_A_GAP.matcher(raw.strip());
        return m != null && m.matches() ? new BigDecimal(m.group(1)) : null;
    }

    static final String FIRST_DIGIT_READ_AS_LETTER = "the quantity's first digit read as the letter of its shape "
            + "('S9' for 59), restored from the line's arithmetic (quantity × unit price = amount)";
    static final String LAST_GROUP_WITH_THE_UNIT = "the quantity's last digit group read with its unit, joined from "
            + "the line's arithmetic (quantity × unit price = amount)";
    /** "13,": a count's lead group alone, its grouping mark after it (the rest read elsewhere) */
    static final java.util.regex.Pattern GROUP_BEFORE_A_SEPARATOR =
            java.util.regex.Pattern.compile("\\s*(\\d{1,3})[.,]\\s*");
    private static final java.util.regex.Pattern GROUP_BEFORE_A_UNIT =
            java.util.regex.Pattern.compile("\\s*(\\d{3})(?!\\d)\\W*\\p{L}.*");

    /** "13," and "200|PCS" for 13,200 PCS: the quantity's groups split between its cell's words; else null */
    private static BigDecimal lastGroupWithTheUnit(FieldValue quantity, FieldValue unit) {
        if (unit == null || unit.raw() == null || quantity.raw() == null) {
            return null;
        }
        java.util.regex.Matcher first = GROUP_BEFORE_A_SEPARATOR.matcher(quantity.raw());
        java.util.regex.Matcher last = GROUP_BEFORE_A_UNIT.matcher(unit.raw());
        return first.matches() && last.matches() ? new BigDecimal(first.group(1) + last.group(1)) : null;
    }

    static final String LEAD_GROUP_READ_AS_LETTERS = "the quantity's first digit group read as letters, restored "
            + "from the line's arithmetic (quantity × unit price = amount)";
    /** letters where a space-grouped quantity's first group stood, then its next group ("yO 400 KGS" for 2 400) */
    private static final java.util.regex.Pattern LETTERS_BEFORE_A_GROUP =
            java.util.regex.Pattern.compile("^\\s*\\p{L}{1,3}\\s+(\\d{3})(?![\\d.,]).*");

    /**
     * A doubtful quantity whose first digit group was read as letters ("yO 400" for "2 400"): amount ÷ unit price,
     * where that is whole and ends with the digits read; else null
     */
    private static BigDecimal leadGroupReadAsLetters(FieldValue quantity, BigDecimal[] read) {
        java.util.regex.Matcher m = LETTERS_BEFORE_A_GROUP.matcher(quantity.raw());
        if (quantity.source() == null || quantity.source().confidence() >= SURE_READING || !m.matches()
                || read[1].signum() == 0) {
            return null;
        }
        BigDecimal made;
        try {
            made = read[2].divide(read[1]).stripTrailingZeros();
        } catch (ArithmeticException e) {
            return null; // no whole quotient
        }
        String digits = made.toPlainString();
        return made.scale() <= 0 && digits.matches("\\d{1,3}" + m.group(1)) && holds(made, read[1], read[2])
                ? made : null;
    }

    static final String CENTS_UNREAD = "the amount's cents not read after its decimal mark, taken from the line's "
            + "arithmetic (quantity × unit price = amount)";
    private static final java.util.regex.Pattern ENDS_WITH_A_MARK = java.util.regex.Pattern.compile(
            "\\d[\\d.,]*[.,]\\s*$");

    /**
     * "636," read where 636.88 is printed (its cents ran into the next cell): quantity × unit price where that has the
     * whole part read and the amount's text ends with its decimal mark; else null
     */
    private static BigDecimal centsUnread(String raw, BigDecimal[] read) {
        if (raw == null || !ENDS_WITH_A_MARK.matcher(raw).find() || read[0] == null || read[1] == null) {
            return null;
        }
        BigDecimal product = read[0].multiply(read[1]).setScale(2, java.math.RoundingMode.HALF_UP);
        return product.setScale(0, java.math.RoundingMode.DOWN).compareTo(read[2]) == 0 ? product : null;
    }

    static final String DIGIT_AFTER_THE_CENTS = "a digit read after the amount's cents (a speck), left out: the line's "
            + "arithmetic then holds exactly (quantity × unit price = amount)";

    /** "27,417.606": an amount to the cent with a third decimal, a speck read after its cents; else null */
    private static BigDecimal digitAfterTheCents(BigDecimal amount) {
        return amount.scale() == 3 ? amount.setScale(2, java.math.RoundingMode.DOWN) : null;
    }

    static final String MARK_READ_AS_SPACE = "decimal mark read as a space, restored from the line's arithmetic "
            + "(quantity × unit price = amount)";
    private static final java.util.regex.Pattern CENTS_APART = java.util.regex.Pattern.compile(
            "(\\d[\\d.,]*)\\s+(\\d{2})[)\\]|}]?");

    /** "268 16)" as 268.16: an amount whose decimal mark OCR read as a space; null for any other text */
    static BigDecimal decimalMarkReadAsSpace(String raw) {
        Matcher m = CENTS_APART.matcher(raw.strip());
        if (!m.matches() || m.group(1).matches(".*[.,]\\d{1,2}")) {
            return null;
        }
        return new BigDecimal(m.group(1).replaceAll("\\D", "") + "." + m.group(2));
    }

    static final String MARK_READ_AS_SPACE_LEAD_GROUP_LOST = "decimal mark read as a space and the leading digit "
            + "group lost, restored from the line's arithmetic (quantity × unit price = amount)";

    /** "298 40" for 4.298,40: the amount's decimal mark read as a space, and its leading group lost too; else null */
    private static BigDecimal markReadAsSpaceAndLeadGroupLost(String raw, BigDecimal[] read) {
        BigDecimal joined = raw == null ? null : decimalMarkReadAsSpace(raw);
        if (joined == null) {
            return null;
        }
        BigDecimal[] terms = read.clone();
        terms[2] = joined;
        return leadGroupLost(terms, 2);
    }

    private static String plain(BigDecimal value, LineField field) {
        BigDecimal v = value.stripTrailingZeros();
        if (field != LineField.QUANTITY && v.scale() < 2) {
            v = v.setScale(2);
        }
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    /** the document's first stated {@code total}, or null where it states none or no number */
    private static BigDecimal statedTotal(Document document, Field total) {
        List<FieldValue> totals = document.fields().getOrDefault(total, List.of());
        try {
            return totals.isEmpty() ? null : totals.get(0).decimal();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** the sum of a column over all lines, or null when a line does not state it or states no number */
    static BigDecimal columnSum(List<LineItem> lines, LineField column) {
        BigDecimal sum = BigDecimal.ZERO;
        try {
            for (LineItem line : lines) {
                FieldValue value = line.values().get(column);
                if (value == null) {
                    return null;
                }
                sum = sum.add(value.decimal());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return sum;
    }

    static boolean holds(BigDecimal quantity, BigDecimal price, BigDecimal amount) {
        return amount.signum() > 0 && sameToTheCent(quantity.multiply(price), amount);
    }

    static boolean sameToTheCent(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(CENT) <= 0;
    }
}
