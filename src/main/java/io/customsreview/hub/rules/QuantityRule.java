package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.RuleId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * QUANTITY_MISMATCH: the quantity of the same goods differs between documents: per matched line, and a document's
 * overall quantity (certificate of origin) against the sum of the reference lines. Quantities in different units
 * (pieces against cartons) are not compared.
 */
final class QuantityRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.QUANTITY_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        Map<String, List<Lines.Pair>> differing = new LinkedHashMap<>();
        // a reference line whose scanned quantity another document shows misread puts the reference's sum in doubt
        boolean referenceInDoubt = false;
        List<Lines.Pair> pairs = Lines.pairs(dossier);
        for (Lines.Pair pair : pairs) {
            Optional<FieldValue> quantity = pair.line().get(LineField.QUANTITY);
            Optional<FieldValue> refQuantity = pair.referenceLine().get(LineField.QUANTITY);
            if (quantity.isEmpty() || refQuantity.isEmpty() || !unitsAgree(pair.line(), pair.referenceLine())) {
                continue;
            }
            if (quantity.get().decimal().compareTo(refQuantity.get().decimal()) == 0) {
                continue;
            }
            if (referenceMisread(pair.referenceLine(), refQuantity.get(), quantity.get(),
                    context.settings().amountTolerance()) || neighbourDigitsJoined(refQuantity.get(), quantity.get())) {
                referenceInDoubt = true;
            } else if (!separatorMisread(quantity.get(), refQuantity.get())
                    && !separatorMisread(refQuantity.get(), quantity.get())
                    && !neighbourDigitsJoined(quantity.get(), refQuantity.get())
                    && !doubtfullyMisread(quantity.get(), refQuantity.get())
                    && !doubtfullyMisread(refQuantity.get(), quantity.get())
                    && !glyphAgainstThree(pairs, pair, quantity.get(), refQuantity.get())) {
                String key = pair.referenceLine().number() + "/" + quantity.get().decimal().stripTrailingZeros();
                differing.computeIfAbsent(key, k -> new ArrayList<>()).add(pair);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Lines.Pair> group : differing.values()) {
            Lines.Pair first = group.get(0);
            StringBuilder where = new StringBuilder();
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Lines.evidence(first.referenceLine(), LineField.QUANTITY));
            for (Lines.Pair pair : group) {
                where.append(where.length() == 0 ? "" : ", ").append("line ").append(pair.line().number())
                        .append(" of ").append(Describe.doc(pair.document()));
                evidence.add(Lines.evidence(pair.line(), LineField.QUANTITY));
            }
            findings.add(Finding.of(id(), "Quantity " + quantity(first.line()) + " on " + where + " differs from "
                    + quantity(first.referenceLine()) + " on line " + first.referenceLine().number() + " of "
                    + Describe.doc(first.referenceDocument()), evidence));
        }
        if (!referenceInDoubt) {
            Lines.referenceDocument(dossier).ifPresent(ref -> findings.addAll(documentQuantities(dossier, ref,
                    context.settings().amountTolerance())));
        }
        return findings;
    }

    /** a document without lines that states one quantity for all goods, against the sum of the reference lines */
    private List<Finding> documentQuantities(Dossier dossier, Document ref, BigDecimal tolerance) {
        List<Finding> findings = new ArrayList<>();
        if (ref.lines().stream().anyMatch(l -> l.get(LineField.QUANTITY).isEmpty()
                || quantityInDoubt(l, tolerance))) {
            return findings; // a line's quantity unknown or misread on a scan: the sum proves nothing
        }
        List<String> lineUnits = ref.lines().stream().map(QuantityRule::unit).distinct().toList();
        if (lineUnits.size() != 1) {
            return findings; // pieces and sets do not add up
        }
        BigDecimal sum = ref.lines().stream().map(l -> l.get(LineField.QUANTITY).orElseThrow().decimal())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Document document : dossier.readable()) {
            Optional<FieldValue> quantity = document.first(Field.QUANTITY);
            if (document == ref || !document.lines().isEmpty() || quantity.isEmpty()) {
                continue;
            }
            String unit = document.first(Field.UNIT).map(v -> Normalize.code(v.value())).orElse(null);
            if (!Objects.equals(unit, lineUnits.get(0)) || quantity.get().decimal().compareTo(sum) == 0) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidence.of(Field.QUANTITY, quantity.get()));
            ref.lines().forEach(l -> evidence.add(Lines.evidence(l, LineField.QUANTITY)));
            String unitText = unit == null ? "" : " " + unit;
            findings.add(Finding.of(id(), "Quantity " + Describe.number(quantity.get().decimal()) + unitText + " on "
                    + Describe.doc(document) + " differs from " + Describe.number(sum) + unitText + ", the sum of the lines of "
                    + Describe.doc(ref), evidence));
        }
        return findings;
    }

    /**
     * A scanned quantity whose thousands separator OCR read as the decimal mark, or the other way round: "2.520" for
     * "2,520" is 2.52 — the same digits a thousand times smaller or larger than the other document's, with the
     * separator before the last three. Not a different quantity; OCR confuses the two marks.
     */
    static boolean separatorMisread(FieldValue scanned, FieldValue other) {
        if (!Consistency.scanned(scanned) || scanned.raw() == null
                || !GROUPED_THOUSANDS.matcher(scanned.raw()).find()) {
            return false;
        }
        BigDecimal thousand = BigDecimal.valueOf(1000);
        return scanned.decimal().multiply(thousand).compareTo(other.decimal()) == 0
                || other.decimal().multiply(thousand).compareTo(scanned.decimal()) == 0;
    }

    /**
     * A scanned reference line whose own arithmetic fails with the quantity it was read with and holds with the
     * other document's ("90,775" read for "775", a neighbour's digits joined to it; "9,066" for "9,000"): the
     * reference's quantity was misread, the other document states what the invoice's price and amount say.
     */
    static boolean referenceMisread(LineItem referenceLine, FieldValue refQuantity, FieldValue quantity,
                                    BigDecimal tolerance) {
        Optional<FieldValue> price = referenceLine.get(LineField.UNIT_PRICE);
        Optional<FieldValue> amount = referenceLine.get(LineField.AMOUNT);
        if (!Consistency.scanned(refQuantity) || price.isEmpty() || amount.isEmpty()) {
            return false;
        }
        BigDecimal unitPrice = price.get().decimal();
        BigDecimal stated = amount.get().decimal();
        return !LineArithmeticRule.makesAmount(refQuantity.decimal(), unitPrice, stated, tolerance)
                && LineArithmeticRule.makesAmount(quantity.decimal(), unitPrice, stated, tolerance);
    }

    /**
     * A quantity read on a scan, however surely, one look-alike digit and less than 1 % from the reference's, where two
     * more documents' lines for the same goods state the reference's quantity too ("7,606" at 0.94 on a certificate
     * for the 7,600 of invoice, contract and packing list): three statements outweigh one glyph. A real difference of
     * a tenth ("66" for 60) is no glyph's slip, however it is shaped — unless read doubtfully, where two look-alike
     * glyphs are no more than the recogniser's doubt says.
     */
    private static boolean glyphAgainstThree(List<Lines.Pair> pairs, Lines.Pair pair, FieldValue quantity,
                                             FieldValue refQuantity) {
        BigDecimal read = quantity.decimal();
        BigDecimal stated = refQuantity.decimal();
        String digitsRead = read.stripTrailingZeros().toPlainString();
        String digitsStated = stated.stripTrailingZeros().toPlainString();
        boolean glyph = read.subtract(stated).abs().multiply(BigDecimal.valueOf(100)).compareTo(stated) < 0
                && Normalize.oneLookAlikeDigitApart(digitsRead, digitsStated);
        // read doubtfully, two look-alike glyphs ("2946" at 0.87 for 2,040: the comma and a 0 read as a 9, a 0 as a 6)
        // — two of its digits at least read as printed: "57" for 61 changes every digit, a quantity of its own
        boolean twoGlyphsDoubted = Consistency.doubtful(quantity)
                && Normalize.fewLookAlikeDigitsApart(digitsRead, digitsStated)
                && digitsAlike(digitsRead, digitsStated) >= 2;
        if (!Consistency.scanned(quantity) || stated.signum() <= 0 || !glyph && !twoGlyphsDoubted) {
            return false;
        }
        long alsoStating = pairs.stream().filter(p -> p.referenceLine() == pair.referenceLine() && p != pair)
                .map(p -> p.line().get(LineField.QUANTITY))
                .filter(q -> q.isPresent() && q.get().decimal().compareTo(stated) == 0).count();
        return alsoStating >= 2;
    }

    /** how many places two numbers of the same length hold the same digit */
    private static long digitsAlike(String a, String b) {
        return a.length() != b.length() ? 0 : java.util.stream.IntStream.range(0, a.length())
                .filter(i -> a.charAt(i) == b.charAt(i)).count();
    }

    /** a scanned line whose quantity does not make its amount with its unit price: the quantity may be misread */
    private static boolean quantityInDoubt(LineItem line, BigDecimal tolerance) {
        Optional<FieldValue> quantity = line.get(LineField.QUANTITY);
        Optional<FieldValue> price = line.get(LineField.UNIT_PRICE);
        Optional<FieldValue> amount = line.get(LineField.AMOUNT);
        return quantity.filter(Consistency::scanned).isPresent() && price.isPresent() && amount.isPresent()
                && !LineArithmeticRule.makesAmount(quantity.get().decimal(), price.get().decimal(),
                amount.get().decimal(), tolerance);
    }

    /**
     * A scanned quantity that is the other document's with one or two digits more in front ("90,775" for "775",
     * "4,152" for "152"): a neighbouring cell's digits (a line number, a code's end) read into the cell. Ten times the
     * quantity or more is no miscount.
     */
    static boolean neighbourDigitsJoined(FieldValue scanned, FieldValue other) {
        if (!Consistency.scanned(scanned)) {
            return false;
        }
        String read = scanned.decimal().stripTrailingZeros().toPlainString();
        String printed = other.decimal().stripTrailingZeros().toPlainString();
        int extra = read.length() - printed.length();
        return printed.matches("\\d{2,}") && read.matches("\\d+") && extra >= 1 && extra <= 2
                && read.endsWith(printed);
    }

    /**
     * A scanned quantity read doubtfully that is the other document's with one digit more after it or within it
     * ("808" for 80, "6,490" at 0.71 for 640: a speck read as one more digit; ten times the goods is no miscount), or
     * with one digit read as its look-alike ("2,900" at 0.76 for 2,000, the comma's tail joining the 0; "2,348" at
     * 0.72 for 2,340), or its first digit read as a letter and lost ("S6PCS" at 0.45 for 56 PCS, "S9SETS" for 99).
     */
    static boolean doubtfullyMisread(FieldValue scanned, FieldValue other) {
        if (!Consistency.doubtful(scanned)) {
            return false;
        }
        String read = digitsRead(scanned);
        String printed = other.decimal().stripTrailingZeros().toPlainString();
        java.math.BigDecimal withFirstDigit = io.customsreview.hub.extraction.Numbers.firstDigitReadAsLetter(
                scanned.raw());
        return printed.matches("\\d{2,}") && read.matches("\\d+") && (Normalize.oneCharacterMore(read, printed)
                || Normalize.oneLookAlikeDigitApart(read, printed)
                || withFirstDigit != null && (withFirstDigit.compareTo(other.decimal()) == 0
                || printed.length() == read.length() + 1 && printed.endsWith(read)));
    }

    /** the quantity as read; "2.2280 PCS" for 2.220 as 22280: a thousands group with a digit more, no decimals */
    private static String digitsRead(FieldValue scanned) {
        java.util.regex.Matcher group = GROUP_WITH_A_DIGIT_MORE.matcher(scanned.raw() == null ? "" : scanned.raw());
        return group.lookingAt() ? group.group().replaceAll("\\D", "")
                : scanned.decimal().stripTrailingZeros().toPlainString();
    }

    /** thousands grouped, a digit more read into the group: "2.2280" */
    private static final Pattern GROUP_WITH_A_DIGIT_MORE = Pattern.compile("\\s*\\d{1,3}[.,]\\d{4}(?![\\d.,])");

    /** one separator with exactly three digits after it, as thousands are grouped: "2.520", "1,620" */
    private static final Pattern GROUPED_THOUSANDS =
            Pattern.compile("(?<![\\d.,])\\d{1,3}[.,]\\d{3}(?![\\d.,])");

    /** units agree when equal or when one side does not state its unit */
    private static boolean unitsAgree(LineItem a, LineItem b) {
        String ua = unit(a);
        String ub = unit(b);
        return ua == null || ub == null || ua.equals(ub);
    }

    private static String unit(LineItem line) {
        return line.get(LineField.UNIT).map(v -> Normalize.code(v.value())).orElse(null);
    }

    private static String quantity(LineItem line) {
        String unit = unit(line);
        return Describe.number(line.get(LineField.QUANTITY).orElseThrow().decimal()) + (unit == null ? "" : " " + unit);
    }
}
