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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * LINE_ARITHMETIC_ERROR: on any document, quantity × unit price (rounded half-up to the cent) differs from the line
 * amount, or the line amounts do not add up to the document's total (not checked on a scan that lists fewer lines
 * than another document, or a line with fewer cells than another: a row or a cell it did not read).
 */
final class LineArithmeticRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.LINE_ARITHMETIC_ERROR;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        BigDecimal tolerance = context.settings().amountTolerance();
        List<Finding> findings = new ArrayList<>();
        for (Document document : dossier.readable()) {
            String currency = Total.currencyOf(document);
            for (LineItem line : document.lines()) {
                lineError(document, line, currency, tolerance).ifPresent(findings::add);
            }
            if (!Lines.lineLostOnScan(dossier, document) && !cellLostOnScan(document)) {
                sumError(dossier, document, currency, tolerance).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private Optional<Finding> lineError(Document document, LineItem line, String currency, BigDecimal tolerance) {
        Optional<FieldValue> quantity = line.get(LineField.QUANTITY);
        Optional<FieldValue> unitPrice = line.get(LineField.UNIT_PRICE);
        Optional<FieldValue> amount = line.get(LineField.AMOUNT);
        if (quantity.isEmpty() || unitPrice.isEmpty() || amount.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal stated = amount.get().decimal();
        if (makesAmount(quantity.get().decimal(), unitPrice.get().decimal(), stated, tolerance)) {
            return Optional.empty();
        }
        BigDecimal rounded = quantity.get().decimal().multiply(unitPrice.get().decimal())
                .setScale(2, RoundingMode.HALF_UP);
        String message = "Line " + line.number() + " of " + Describe.doc(document) + ": "
                + Describe.number(quantity.get().decimal()) + " × " + Describe.money(currency, unitPrice.get().decimal())
                + " = " + Describe.money(currency, rounded) + ", but the line amount is "
                + Describe.money(currency, stated);
        return Optional.of(Finding.of(id(), message, List.of(Lines.evidence(line, LineField.QUANTITY),
                Lines.evidence(line, LineField.UNIT_PRICE), Lines.evidence(line, LineField.AMOUNT))));
    }

    /**
     * below this a scanned line amount is doubtful here: stricter than other values' doubt, since each line of a long
     * table is one more chance to explain a real difference away
     */
    private static final double SURE_LINE_AMOUNT = 0.9;

    /**
     * One line amount read doubtfully on a scan, one look-alike digit from the amount that makes the lines add up to
     * the total ("11 770,50" read "11 776,50" at 0.69), or two where another document's line for the same goods
     * states that amount ("19,404.00" read "19, 464.60" at 0.75): a misreading, not lines that fail to add up.
     */
    private static boolean lineAmountMisread(List<Lines.Pair> pairs, Document document, BigDecimal sum,
                                             BigDecimal stated) {
        BigDecimal difference = stated.subtract(sum);
        for (LineItem line : document.lines()) {
            FieldValue amount = line.get(LineField.AMOUNT).orElseThrow();
            if (!Consistency.scanned(amount) || amount.source().confidence() >= SURE_LINE_AMOUNT) {
                continue;
            }
            try {
                BigDecimal read = amount.decimal();
                BigDecimal needed = read.add(difference);
                String readDigits = read.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
                String neededDigits = needed.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
                if (needed.signum() > 0 && (Normalize.oneLookAlikeDigitApart(readDigits, neededDigits)
                        || Normalize.fewLookAlikeDigitsApart(readDigits, neededDigits)
                        && sameGoodsElsewhereStates(pairs, line, needed))) {
                    return true;
                }
            } catch (ArithmeticException e) {
                // more than cents: no misread digit to tell
            }
        }
        return false;
    }

    /**
     * The lines' sum, each scanned amount whose leading digit groups OCR lost ("862,56" for "8 862,56": a lone digit
     * dropped) taken as another document's line for the same goods states it in full.
     */
    private static BigDecimal sumWithLostGroupsRestored(List<Lines.Pair> pairs, Document document) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LineItem line : document.lines()) {
            FieldValue amount = line.get(LineField.AMOUNT).orElseThrow();
            BigDecimal read = amount.decimal();
            int digits = read.precision() - read.scale(); // of its whole part
            BigDecimal groups = BigDecimal.TEN.pow(Math.max(0, digits));
            BigDecimal whole = !Consistency.scanned(amount) || digits < 3 || digits % 3 != 0 ? read
                    : sameGoodsElsewhere(pairs, line).stream()
                    .flatMap(other -> other.get(LineField.AMOUNT).stream()).map(FieldValue::decimal)
                    .filter(stated -> stated.compareTo(read) > 0 && stated.remainder(groups).compareTo(read) == 0)
                    .findFirst().orElse(read);
            sum = sum.add(whole);
        }
        return sum;
    }

    /** another document's lines paired with {@code line} (either way) */
    private static List<LineItem> sameGoodsElsewhere(List<Lines.Pair> pairs, LineItem line) {
        return pairs.stream()
                .map(p -> p.line() == line ? p.referenceLine() : p.referenceLine() == line ? p.line() : null)
                .filter(Objects::nonNull).toList();
    }

    /** whether another document's line paired with {@code line} (either way) states {@code amount} */
    private static boolean sameGoodsElsewhereStates(List<Lines.Pair> pairs, LineItem line, BigDecimal amount) {
        return sameGoodsElsewhere(pairs, line).stream().anyMatch(other -> other.get(LineField.AMOUNT)
                .filter(a -> a.decimal().compareTo(amount) == 0).isPresent());
    }

    /** {@link Normalize#makesAmount}: the review's and the extraction's one test of a line's arithmetic */
    static boolean makesAmount(BigDecimal quantity, BigDecimal price, BigDecimal amount, BigDecimal tolerance) {
        return Normalize.makesAmount(quantity, price, amount, tolerance);
    }

    /**
     * Whether a scanned document has a line with fewer cells than another of its lines: a cell lost, or a value read
     * into the wrong column (a net weight or unit price taken for the amount when the amount was not read), so
     * that its amounts adding up wrong proves nothing.
     */
    private static boolean cellLostOnScan(Document document) {
        if (document.extraction() != io.customsreview.hub.domain.ExtractionMethod.OCR) {
            return false;
        }
        java.util.Set<LineField> all = java.util.EnumSet.noneOf(LineField.class);
        document.lines().forEach(l -> all.addAll(l.values().keySet()));
        return document.lines().stream().anyMatch(l -> !l.values().keySet().containsAll(all));
    }

    /** checked only when every line states an amount: a partial sum proves nothing */
    private Optional<Finding> sumError(Dossier dossier, Document document, String currency, BigDecimal tolerance) {
        Optional<FieldValue> total = document.first(Field.TOTAL_AMOUNT);
        if (total.isEmpty() || document.lines().isEmpty()
                || document.lines().stream().anyMatch(l -> l.get(LineField.AMOUNT).isEmpty())) {
            return Optional.empty();
        }
        BigDecimal sum = document.lines().stream().map(l -> l.get(LineField.AMOUNT).orElseThrow().decimal())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal stated = total.get().decimal();
        if (Normalize.sameAmount(sum, stated, tolerance)) {
            return Optional.empty();
        }
        List<Lines.Pair> pairs = Lines.pairs(dossier); // the other documents' lines, for amounts misread here
        if (lineAmountMisread(pairs, document, sum, stated)
                || Normalize.sameAmount(sumWithLostGroupsRestored(pairs, document), stated, tolerance)) {
            return Optional.empty();
        }
        String message = "The lines of " + Describe.doc(document) + " add up to " + Describe.money(currency, sum)
                + ", but its total is " + Describe.money(currency, stated) + " (difference "
                + Describe.money(currency, sum.subtract(stated).abs()) + ")";
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.of(Field.TOTAL_AMOUNT, total.get()));
        document.lines().forEach(l -> evidence.add(Lines.evidence(l, LineField.AMOUNT)));
        return Optional.of(Finding.of(id(), message, evidence));
    }
}
