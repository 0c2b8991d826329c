package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.Provenance;

import io.customsreview.hub.domain.ValueKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Withholds values read by OCR from words the recogniser was unsure of: a value that is not reported makes a rule
 * say MISSING_FIELD, which an officer can settle, where a misread value would make it say something false.
 * How sure is sure enough depends on what the value is: names, places and descriptions are compared loosely and
 * codes and references are checked or compared with the recogniser's look-alikes in mind, so a doubtful letter
 * rarely turns into a false finding there; a date must parse as a real day, so a misread one is rarely a date at
 * all; numbers are compared exactly and keep the full floor, unless
 * the document's own arithmetic vouches for them (quantity × unit price = amount on a line, lines adding up to the
 * total amount, packages or weights).
 */
public final class DoubtfulValues {

    private DoubtfulValues() {
    }

    public static Document withhold(Document document, double minConfidence) {
        if (!document.readable()) {
            return document;
        }
        Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
        Map<Field, List<FieldValue>> withheld = new EnumMap<>(Field.class);
        document.withheld().forEach((field, values) -> withheld.put(field, new ArrayList<>(values)));
        document.fields().forEach((field, values) -> {
            // a doubtful total is vouched for only by lines that make it exactly: a cent's rounding apart, its
            // doubtful digit may be misread ("38.197,45" read for 38.197,46, the sum of its lines)
            boolean vouched = linesAddUpTo(document, field, true);
            List<FieldValue> sure = new ArrayList<>();
            List<FieldValue> doubtful = new ArrayList<>();
            for (FieldValue v : values) {
                (vouched || sure(v, floor(field.kind(), minConfidence)) ? sure : doubtful).add(
                        field.kind() == ValueKind.HS_CODE ? subheadingIfDoubtful(v, minConfidence) : v);
            }
            if (!sure.isEmpty()) {
                fields.put(field, sure);
            }
            if (!doubtful.isEmpty()) {
                withheld.computeIfAbsent(field, f -> new ArrayList<>()).addAll(0, doubtful);
            }
        });
        // a column whose lines add up exactly to the total the document states: each line's value vouched for, even
        // where the line's own arithmetic fails ("2.854, 80" at 0.46 on a line whose unit price is wrong: the
        // amounts make the contract's total, and the wrong price is what the review must find)
        java.util.Set<LineField> columnsMakingTheirTotal = java.util.EnumSet.noneOf(LineField.class);
        TOTALS.forEach((total, column) -> {
            if (linesAddUpTo(document, total, true)) {
                columnsMakingTheirTotal.add(column);
            }
        });
        List<LineItem> lines = new ArrayList<>();
        for (LineItem line : document.lines()) {
            Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
            // vouched for by the line's arithmetic only as the review checks it (within a cent, a misread cent or a
            // speck read as a third decimal would be kept, and reported as the line's error)
            boolean arithmeticHolds = ArithmeticRepair.amountMadeExactly(line);
            line.values().forEach((field, value) -> {
                boolean vouched = columnsMakingTheirTotal.contains(field) || arithmeticHolds
                        && (field == LineField.QUANTITY || field == LineField.UNIT_PRICE || field == LineField.AMOUNT);
                if (vouched || sure(value, floor(field.kind(), minConfidence))) {
                    values.put(field, field.kind() == ValueKind.HS_CODE ? subheadingIfDoubtful(value, minConfidence) : value);
                }
            });
            lines.add(new LineItem(line.number(), values));
        }
        return totalsFromCompleteTable(with(document, fields, lines, withheld));
    }

    /** the document with these fields, lines and withheld values; what it is and how it was read kept */
    private static Document with(Document document, Map<Field, List<FieldValue>> fields, List<LineItem> lines,
                                 Map<Field, List<FieldValue>> withheld) {
        return new Document(document.id(), document.type(), document.fileName(), document.source(),
                document.extraction(), document.confidence(), fields, lines, document.unreadableReason(), withheld);
    }

    /** the document with these fields, its lines and withheld values kept */
    private static Document withFields(Document document, Map<Field, List<FieldValue>> fields) {
        return with(document, fields, document.lines(), document.withheld());
    }

    static final String SUMMED_FROM_LINES = "no total read on the document: the sum of its %d lines' %s, the way a "
            + "clerk adds them up; the table is complete, its lines' %s add up to the total it states";

    /**
     * A total the scan did not give (its label lost to noise, its value withheld), where every goods line states the
     * column and the table is shown complete — another column's lines add up to the total the document states:
     * the total is the sum of the lines, as an officer would add them up. Without such a proof a line lost from
     * the table would make a wrong total, and the field stays missing.
     */
    private static Document totalsFromCompleteTable(Document document) {
        if (document.extraction() != ExtractionMethod.OCR || document.lines().isEmpty()) {
            return document;
        }
        Map.Entry<Field, LineField> proof = TOTALS.entrySet().stream()
                .filter(t -> document.fields().containsKey(t.getKey()) && linesAddUpTo(document, t.getKey(), false))
                .findFirst().orElse(null);
        if (proof == null) {
            return document;
        }
        Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
        fields.putAll(document.fields());
        for (Map.Entry<Field, LineField> total : TOTALS.entrySet()) {
            BigDecimal sum = ArithmeticRepair.columnSum(document.lines(), total.getValue());
            if (fields.containsKey(total.getKey()) || sum == null || sum.signum() <= 0) {
                continue;
            }
            List<FieldValue> column = document.lines().stream().map(l -> l.values().get(total.getValue())).toList();
            double confidence = column.stream().mapToDouble(v -> v.source().confidence()).min().orElse(0);
            String value = total.getKey() == Field.PACKAGE_COUNT ? sum.stripTrailingZeros().toPlainString()
                    : sum.toPlainString();
            String note = String.format(java.util.Locale.ROOT, SUMMED_FROM_LINES, column.size(),
                    columnName(total.getValue()), columnName(proof.getValue()));
            fields.put(total.getKey(), List.of(new FieldValue(value, value, new Provenance(document.id(),
                    column.get(0).source().page(), null, ExtractionMethod.OCR, confidence, note))));
        }
        return fields.size() == document.fields().size() ? document : withFields(document, fields);
    }

    private static String columnName(LineField column) {
        return column.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "s";
    }

    /** whether two readings of a reference field are one value as OCR reads them */
    @FunctionalInterface
    public interface ReadAlike {
        boolean test(Field field, String first, String second);
    }

    /**
     * Takes a withheld value into its document where another document of the dossier states the very same value
     * (read with confidence, or doubtfully too): a doubtful reading that agrees exactly with an independent document
     * is no guess (misread characters give some other value, not the one printed elsewhere). A doubtful reading that disagrees stays
     * withheld — the rules then say MISSING_FIELD, never a mismatch on a guess, and never a match on one.
     */
    public static List<Document> confirmedAcrossDocuments(List<Document> documents) {
        return confirmedAcrossDocuments(documents, (field, a, b) -> false);
    }

    /**
     * The same, where references also agree when {@code referencesReadAlike} says they are one as OCR reads them:
     * "C1/3600/25" read at 0.01 (Tesseract doubts a digit among letters) is the invoice's "CI/3600/25".
     */
    public static List<Document> confirmedAcrossDocuments(List<Document> read, ReadAlike referencesReadAlike) {
        // a line's amount told by the total and another document first: its quantity is then told by its line
        List<Document> documents = totalsTwoOthersState(totalsTheirLinesMake(termsTheirLinesMake(
                lineValuesOthersState(leadingGroupsLostOthersState(quantitiesThreeOthersState(read))))));
        List<Document> result = new ArrayList<>(documents.size());
        for (Document document : documents) {
            if (document.withheld().isEmpty()) {
                result.add(document);
                continue;
            }
            Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
            fields.putAll(document.fields());
            Map<Field, List<FieldValue>> stillWithheld = new EnumMap<>(Field.class);
            document.withheld().forEach((field, values) -> {
                List<FieldValue> kept = new ArrayList<>(fields.getOrDefault(field, List.of()));
                for (FieldValue doubtful : values) {
                    if (!kept.isEmpty() && UnlabelledValues.offeredWithoutLabel(doubtful)) {
                        continue; // the label's value stands (offered readings come last): no value found elsewhere
                    }
                    if (garbledContainer(doubtful)) {
                        Map.Entry<Document, FieldValue> near = containerItGarbles(documents, document, doubtful, kept);
                        if (near == null) {
                            stillWithheld.computeIfAbsent(field, f -> new ArrayList<>()).add(doubtful);
                        } else {
                            String number = io.customsreview.hub.rules.Normalize.container(near.getValue().value());
                            Provenance p = doubtful.source();
                            // up to two characters told by the other document, not read: half as sure as read
                            kept.add(new FieldValue(number, doubtful.raw(), new Provenance(p.documentId(), p.page(),
                                    p.box(), p.method(), p.confidence() / 2, String.format(java.util.Locale.ROOT,
                                    GARBLED_CONTAINER, doubtful.value(), p.confidence(), described(near.getKey()),
                                    number))));
                        }
                        continue;
                    }
                    Document confirming = confirming(documents, document, field, doubtful, referencesReadAlike);
                    boolean known = kept.stream().anyMatch(v -> v.value().equals(doubtful.value()));
                    Map.Entry<Document, FieldValue> prefixLost = confirming != null
                            || field.kind() != ValueKind.REFERENCE ? null
                            : letterPrefixLostElsewhere(documents, document, field, doubtful);
                    Map.Entry<Document, FieldValue> lookAlike = confirming != null ? null
                            : field.kind() != ValueKind.REFERENCE
                            ? lookAlikeDigitElsewhere(documents, document, field, doubtful)
                            : prefixLost != null ? prefixLost
                            : UnlabelledValues.offeredWithoutLabel(doubtful) || hardlyRead(doubtful)
                            ? characterLostOrMoreElsewhere(documents, document, field, doubtful) : null;
                    Cover covered = confirming != null || lookAlike != null
                            || field != Field.INSURED_AMOUNT ? null : invoiceItCovers(documents, doubtful);
                    if (lookAlike != null) {
                        FieldValue stated = lookAlike.getValue();
                        if (kept.stream().noneMatch(v -> v.value().equals(stated.value()))) {
                            kept.add(taken(doubtful, stated.value(), String.format(java.util.Locale.ROOT,
                                    field.kind() == ValueKind.REFERENCE
                                            ? prefixLost != null ? LETTER_PREFIX_LOST : CHARACTER_LOST_OR_MORE
                                            : decimalMarkLost(doubtful, stated) ? DECIMAL_MARK_LOST
                                            : oneLookAlikeDigitApart(doubtful, stated) ? LOOK_ALIKE_DIGIT
                                            : digitReadTwiceAndMarkLost(doubtful, stated) ? DIGIT_TWICE_MARK_LOST
                                            : TWO_LOOK_ALIKE_DIGITS,
                                    doubtful.value(), doubtful.source().confidence(),
                                    described(lookAlike.getKey()), stated.value())));
                        }
                    } else if (confirming == null && covered != null) {
                        kept.add(taken(doubtful, doubtful.value(), String.format(java.util.Locale.ROOT,
                                CUSTOMARY_COVER, doubtful.source().confidence(), covered.percent(),
                                described(covered.invoice()), covered.total().value(), covered.how())));
                    } else if (confirming == null) {
                        stillWithheld.computeIfAbsent(field, f -> new ArrayList<>()).add(doubtful);
                    } else if (!known) {
                        String where = described(confirming);
                        kept.add(taken(doubtful, doubtful.value(), UnlabelledValues.offeredWithoutLabel(doubtful)
                                ? "the same as on " + where : String.format(java.util.Locale.ROOT,
                                "read with low confidence (%.2f); the same as on %s",
                                doubtful.source().confidence(), where)));
                    }
                }
                if (!kept.isEmpty()) {
                    fields.put(field, kept);
                }
            });
            result.add(with(document, fields, document.lines(), stillWithheld));
        }
        return result;
    }

    static final String NOT_A_CONTAINER_NUMBER = "container-shaped, but no container number as read";

    static final String GARBLED_CONTAINER = "read '%s' (%.2f), no container number; %s states %s, the only valid "
            + "number of that owner within two characters of it";

    private static boolean garbledContainer(FieldValue value) {
        return value.source() != null && value.source().assumption() != null
                && value.source().assumption().startsWith(NOT_A_CONTAINER_NUMBER);
    }

    /**
     * The container number a garbled reading is, as another document states it: the only valid number (check
     * digit) of the same owner code whose serial is within two characters (edits) of the reading's, and one this
     * document does not list already; null where there is none or more than one. A container replaced by another
     * is a new serial altogether, not two characters of one.
     */
    private static Map.Entry<Document, FieldValue> containerItGarbles(List<Document> documents, Document document,
                                                                      FieldValue garbled, List<FieldValue> kept) {
        String owner = garbled.value().substring(0, 4);
        String serial = garbled.value().substring(4);
        Set<String> listed = new java.util.HashSet<>();
        kept.forEach(v -> listed.add(io.customsreview.hub.rules.Normalize.container(v.value())));
        Map<String, Map.Entry<Document, FieldValue>> near = new java.util.TreeMap<>();
        for (Document other : documents) {
            if (other == document || !other.readable()) {
                continue;
            }
            for (FieldValue stated : other.all(Field.CONTAINER_NUMBER)) {
                String number = io.customsreview.hub.rules.Normalize.container(stated.value());
                if (number != null && number.startsWith(owner) && !listed.contains(number)
                        && io.customsreview.hub.rules.Normalize.validContainerNumber(number)
                        && io.customsreview.hub.llm.PartyNames.levenshtein(serial, number.substring(4)) <= 2) {
                    near.putIfAbsent(number, Map.entry(other, stated));
                }
            }
        }
        return near.size() == 1 ? near.values().iterator().next() : null;
    }

    static final String CUSTOMARY_COVER = "read with low confidence (%.2f); %d %% of the total %s states (%s), %s: a "
            + "customary cover";

    /** the covers insurers customarily write, as shares of the invoice's value (UCP 600: 110 % at least) */
    private static final List<BigDecimal> CUSTOMARY_COVERS = List.of(new BigDecimal("1.10"), new BigDecimal("1.15"),
            new BigDecimal("1.20"), new BigDecimal("1.25"), new BigDecimal("1.30"));

    /** an invoice's total and the customary cover of it a doubtful insured amount is */
    private record Cover(Document invoice, FieldValue total, int percent, String how) {
    }

    /**
     * The invoice (and its total) of which a doubtful insured amount is a customary cover — 110 %, 115 %, 120 %,
     * 125 % or 130 % —, to the cent ("9.519,60" at 0.46 where the invoice's total is 8,654.18) or rounded up to a
     * whole unit ("2,334.00" at 0.35 for 110 % of 2,121.60): a misread amount would not make one by chance; null where
     * none
     */
    private static Cover invoiceItCovers(List<Document> documents, FieldValue insured) {
        for (Document invoice : documents) {
            if (invoice.type() != io.customsreview.hub.domain.DocumentType.INVOICE || !invoice.readable()) {
                continue;
            }
            for (FieldValue total : invoice.all(Field.TOTAL_AMOUNT)) {
                try {
                    if (total.decimal().signum() <= 0) {
                        continue;
                    }
                    for (BigDecimal share : CUSTOMARY_COVERS) {
                        BigDecimal cover = total.decimal().multiply(share);
                        int percent = share.movePointRight(2).intValue();
                        if (cover.setScale(2, java.math.RoundingMode.HALF_UP).compareTo(insured.decimal()) == 0) {
                            return new Cover(invoice, total, percent, "to the cent");
                        }
                        if (cover.setScale(0, java.math.RoundingMode.CEILING).compareTo(insured.decimal()) == 0) {
                            return new Cover(invoice, total, percent, "rounded up to a whole unit");
                        }
                    }
                } catch (NumberFormatException e) {
                    // a total not read as a number covers nothing
                }
            }
        }
        return null;
    }

    static final String QUANTITY_ITS_LINE_MAKES = "read as %s; its line's amount and unit price make %s, one "
            + "look-alike digit apart, and %s states %s";
    static final String PRICE_ITS_LINE_MAKES = "read as %s; its line's amount and quantity make %s, one "
            + "look-alike digit apart, and %s states %s";

    /**
     * A goods line's quantity or unit price read on a scan one look-alike digit from what the line's two other terms
     * make, where another document's line states that value and none states it as read: the value is misread ("266
     * PRS" read surely for 260, 260 x 7.87 = 2,046.20, and the packing list says 260; "22,97" at 0.91 for 22.57, 240 x
     * 22.57 = 5,416.80, and the contract says 22.57). A value truly wrong on the document is the one the other
     * documents state, or leaves the line's arithmetic as wrong with either.
     */
    static List<Document> termsTheirLinesMake(List<Document> documents) {
        List<Document> result = new ArrayList<>(documents.size());
        for (Document document : documents) {
            if (!document.readable() || document.extraction() != ExtractionMethod.OCR) {
                result.add(document);
                continue;
            }
            List<LineItem> lines = new ArrayList<>(document.lines().size());
            boolean changed = false;
            for (LineItem line : document.lines()) {
                LineItem repaired = termItsLineMakes(documents, document, line, LineField.QUANTITY);
                repaired = termItsLineMakes(documents, document, repaired, LineField.UNIT_PRICE);
                repaired = quantityAnotherLinePrices(documents, document, repaired);
                repaired = quantityAndPriceAnotherLineStates(documents, document, repaired);
                changed |= repaired != line;
                lines.add(repaired);
            }
            result.add(changed ? with(document, document.fields(), lines, document.withheld()) : document);
        }
        return result;
    }

    static final String QUANTITY_GROUPS_LOST = "read as %s, the leading digits of %s its line's amount and unit "
            + "price make, the rest lost to the scan; %s states %s";

    static final String DOUBTFUL_QUANTITY_ITS_LINE_MAKES = "read with low confidence as %s (%.2f); its line's "
            + "amount and unit price, read surely, make %s, and %s states %s";

    private static boolean sureScanReading(FieldValue value) {
        return value.source() != null
                && value.source().confidence() >= io.customsreview.hub.rules.Normalize.SURE_SCAN_READING;
    }

    /** read at 0.85 or more, and more surely than {@code doubtful} by a tenth at least */
    private static boolean readWellAbove(FieldValue value, FieldValue doubtful) {
        return value.source() != null && value.source().confidence() >= 0.85
                && value.source().confidence() >= doubtful.source().confidence() + 0.1;
    }

    /** the line with its {@code term} (quantity or unit price) as its other terms make it, where that is shown */
    private static LineItem termItsLineMakes(List<Document> documents, Document self, LineItem line, LineField term) {
        LineField divisor = term == LineField.QUANTITY ? LineField.UNIT_PRICE : LineField.QUANTITY;
        FieldValue value = line.values().get(term);
        FieldValue other = line.values().get(divisor);
        FieldValue amount = line.values().get(LineField.AMOUNT);
        if (value == null || other == null || amount == null || ArithmeticRepair.arithmeticHolds(line)
                || value.source() == null || value.source().method() != ExtractionMethod.OCR) {
            return line;
        }
        BigDecimal read;
        BigDecimal made;
        try {
            read = value.decimal();
            if (other.decimal().signum() <= 0) {
                return line;
            }
            made = amount.decimal().divide(other.decimal(), read.scale(), java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException | ArithmeticException e) {
            return line;
        }
        Map<LineField, FieldValue> values = new EnumMap<>(line.values());
        values.put(term, new FieldValue(Numbers.plain(made), value.raw(), value.source()));
        LineItem candidate = new LineItem(line.number(), values);
        boolean lookAlike = io.customsreview.hub.rules.Normalize.oneLookAlikeDigitApart(
                read.unscaledValue().toString(), made.unscaledValue().toString());
        // "5268 PCS" at 0.65 for 520: a doubtful quantity, whatever its digits, where a price and an amount read
        // well (0.93 and 0.91), both surer than it, make a whole quantity
        boolean doubtfulQuantity = term == LineField.QUANTITY && !sureScanReading(value)
                && readWellAbove(other, value) && readWellAbove(amount, value)
                && made.stripTrailingZeros().scale() <= 0;
        // "1" (0.89) for 1,880 read "1 88e;PCS", its last group read apart under the next column: the leading digits
        // of a whole quantity the line makes, two or more digits lost
        String readDigits = read.stripTrailingZeros().toPlainString();
        String madeDigits = made.stripTrailingZeros().toPlainString();
        boolean groupsLost = term == LineField.QUANTITY && made.stripTrailingZeros().scale() <= 0
                && read.stripTrailingZeros().scale() <= 0 && madeDigits.length() >= readDigits.length() + 2
                && madeDigits.startsWith(readDigits);
        // another document stating the value as read vouches for it, unless more documents state what the line makes
        // ("3,126" on a contract and on a scanned declaration, 3,120 on invoice, packing list and certificate)
        if (!ArithmeticRepair.arithmeticHolds(candidate) || !lookAlike && !doubtfulQuantity && !groupsLost
                || linesStating(documents, self, term, read) >= Math.max(1, linesStating(documents, self, term, made))) {
            return line;
        }
        Document stating = lineStating(documents, self, term, made);
        if (stating == null) {
            return line;
        }
        String why = lookAlike ? String.format(java.util.Locale.ROOT,
                term == LineField.QUANTITY ? QUANTITY_ITS_LINE_MAKES : PRICE_ITS_LINE_MAKES, value.value(),
                Numbers.plain(made), described(stating), Numbers.plain(made))
                : !doubtfulQuantity ? String.format(java.util.Locale.ROOT, QUANTITY_GROUPS_LOST, value.value(),
                Numbers.plain(made), described(stating), Numbers.plain(made))
                : String.format(java.util.Locale.ROOT, DOUBTFUL_QUANTITY_ITS_LINE_MAKES, value.value(),
                value.source().confidence(), Numbers.plain(made), described(stating), Numbers.plain(made));
        values.put(term, taken(value, Numbers.plain(made), why));
        return new LineItem(line.number(), values);
    }

    static final String QUANTITY_ANOTHER_LINE_PRICES = "read with low confidence as %s (%.2f); %s's line %d states "
            + "%s × %s = %s, the same amount, one digit apart";
    static final String QUANTITY_ANOTHER_LINE_PRICES_SURE = "read as %s (%.2f); %s's line %d states %s × %s = %s, "
            + "the same amount, one look-alike digit apart";

    /**
     * A goods line stating no unit price (a declaration's) whose quantity was read doubtfully one digit (of any shape)
     * from the quantity of another document's line of the same number that states the very same amount and a unit
     * price making it ("2,020 PCS" at 0.77 for 2,520; the invoice: 2,520 × 308.00 = 776,160.00, the declared
     * amount): the quantity is the one that amount is of.
     */
    private static LineItem quantityAnotherLinePrices(List<Document> documents, Document self, LineItem line) {
        FieldValue quantity = line.values().get(LineField.QUANTITY);
        FieldValue amount = line.values().get(LineField.AMOUNT);
        if (quantity == null || amount == null || line.values().containsKey(LineField.UNIT_PRICE)
                || quantity.source() == null || quantity.source().method() != ExtractionMethod.OCR) {
            return line;
        }
        // read surely, only a look-alike digit: "4,900" at 0.95 for 4,000 beside the very amount 4,000 pieces make
        boolean sure = sureScanReading(quantity);
        try {
            for (Document other : documents) {
                if (other == self || !other.readable()) {
                    continue;
                }
                for (LineItem pricing : other.lines()) {
                    FieldValue stated = pricing.values().get(LineField.QUANTITY);
                    FieldValue price = pricing.values().get(LineField.UNIT_PRICE);
                    FieldValue priced = pricing.values().get(LineField.AMOUNT);
                    if (pricing.number() != line.number() || stated == null || price == null || priced == null
                            || !ArithmeticRepair.arithmeticHolds(pricing)
                            || priced.decimal().compareTo(amount.decimal()) != 0
                            || !(sure ? oneLookAlikeDigitApart(quantity, stated.decimal())
                            : oneDigitApart(quantity, stated.decimal()))) {
                        continue;
                    }
                    Map<LineField, FieldValue> values = new EnumMap<>(line.values());
                    values.put(LineField.QUANTITY, taken(quantity, stated.value(), String.format(java.util.Locale.ROOT,
                            sure ? QUANTITY_ANOTHER_LINE_PRICES_SURE : QUANTITY_ANOTHER_LINE_PRICES, quantity.value(),
                            quantity.source().confidence(),
                            described(other), pricing.number(), stated.value(), price.value(), priced.value())));
                    return new LineItem(line.number(), values);
                }
            }
        } catch (NumberFormatException e) {
            return line; // a quantity or amount not read as a number
        }
        return line;
    }

    static final String QUANTITY_AND_PRICE_ANOTHER_LINE_STATES = "read with low confidence as %s (%.2f); %s's line %d "
            + "states %s × %s = %s, the same amount, each term one look-alike digit apart";

    /**
     * A line that does not hold whose quantity and unit price, both read doubtfully, are each one look-alike digit from
     * those of another document's line of the same number that states the very same amount and holds ("2586" at 0.83
     * and "1001.60" at 0.84, zeros read as sixes, for the invoice's 2,580 × 1,001.00 = 2,582,580.00): both misread. A
     * price changed on the document leaves its quantity as the others state it.
     */
    private static LineItem quantityAndPriceAnotherLineStates(List<Document> documents, Document self, LineItem line) {
        FieldValue quantity = line.values().get(LineField.QUANTITY);
        FieldValue price = line.values().get(LineField.UNIT_PRICE);
        FieldValue amount = line.values().get(LineField.AMOUNT);
        if (quantity == null || price == null || amount == null || ArithmeticRepair.arithmeticHolds(line)
                || quantity.source() == null || quantity.source().method() != ExtractionMethod.OCR
                || sureScanReading(quantity) || price.source() == null || sureScanReading(price)) {
            return line;
        }
        try {
            for (Document other : documents) {
                if (other == self || !other.readable()) {
                    continue;
                }
                for (LineItem stating : other.lines()) {
                    FieldValue q = stating.values().get(LineField.QUANTITY);
                    FieldValue p = stating.values().get(LineField.UNIT_PRICE);
                    FieldValue a = stating.values().get(LineField.AMOUNT);
                    if (stating.number() != line.number() || q == null || p == null || a == null
                            || !ArithmeticRepair.arithmeticHolds(stating)
                            || a.decimal().compareTo(amount.decimal()) != 0
                            || !oneLookAlikeDigitApart(quantity, q.decimal())
                            || !oneLookAlikeDigitApart(price, p.decimal())) {
                        continue;
                    }
                    Map<LineField, FieldValue> values = new EnumMap<>(line.values());
                    values.put(LineField.QUANTITY, taken(quantity, q.value(), String.format(java.util.Locale.ROOT,
                            QUANTITY_AND_PRICE_ANOTHER_LINE_STATES, quantity.value(), quantity.source().confidence(),
                            described(other), stating.number(), q.value(), p.value(), a.value())));
                    values.put(LineField.UNIT_PRICE, taken(price, p.value(), String.format(java.util.Locale.ROOT,
                            QUANTITY_AND_PRICE_ANOTHER_LINE_STATES, price.value(), price.source().confidence(),
                            described(other), stating.number(), q.value(), p.value(), a.value())));
                    return new LineItem(line.number(), values);
                }
            }
        } catch (NumberFormatException e) {
            return line; // a term not read as a number
        }
        return line;
    }

    /** how many other documents have a goods line whose {@code term} is {@code stated} */
    private static long linesStating(List<Document> documents, Document self, LineField term, BigDecimal stated) {
        return documents.stream().filter(other -> other != self && statesOnALine(other, term, stated)).count();
    }

    /** the first other document with a goods line whose {@code term} is {@code stated}, or null */
    private static Document lineStating(List<Document> documents, Document self, LineField term, BigDecimal stated) {
        return documents.stream().filter(other -> other != self && statesOnALine(other, term, stated)).findFirst()
                .orElse(null);
    }

    private static boolean statesOnALine(Document document, LineField term, BigDecimal stated) {
        return document.readable() && document.lines().stream().anyMatch(line -> {
            FieldValue value = line.values().get(term);
            try {
                return value != null && value.decimal().compareTo(stated) == 0;
            } catch (NumberFormatException e) {
                return false; // a value not read as a number states nothing
            }
        });
    }

    static final String QUANTITY_STATED_BY_THREE = "read as %s (%.2f); %s, %s and %s all state %s on the same line, "
            + "one digit apart, and that digit a look-alike of the one read";

    /**
     * A scanned line's quantity one look-alike digit from what three other documents' lines at its place state
     * alike, none of them what was read ("146" at 0.95 for 140, the zero printed with a dot inside): the quantity
     * misread, however surely. Three statements outweigh one glyph; as for weights, a quantity truly changed is
     * seldom one glyph's shape away from what three documents say.
     */
    static List<Document> quantitiesThreeOthersState(List<Document> documents) {
        List<Document> result = new ArrayList<>(documents.size());
        for (Document document : documents) {
            List<LineItem> lines = document.lines();
            if (!document.readable() || document.extraction() != ExtractionMethod.OCR) {
                result.add(document);
                continue;
            }
            List<LineItem> repaired = lines;
            for (int i = 0; i < lines.size(); i++) {
                FieldValue read = lines.get(i).values().get(LineField.QUANTITY);
                if (read == null || read.source() == null || read.source().method() != ExtractionMethod.OCR) {
                    continue;
                }
                List<Document> stating = new ArrayList<>();
                BigDecimal value = null;
                boolean readElsewhere = false;
                for (Document other : documents) {
                    FieldValue stated = other == document || !other.readable()
                            || other.lines().size() != lines.size() ? null
                            : other.lines().get(i).values().get(LineField.QUANTITY);
                    if (stated == null) {
                        continue;
                    }
                    try {
                        readElsewhere |= stated.decimal().compareTo(read.decimal()) == 0;
                        if (io.customsreview.hub.rules.Normalize.oneLookAlikeDigitApart(
                                Numbers.plain(read.decimal()), Numbers.plain(stated.decimal()))
                                && (value == null || value.compareTo(stated.decimal()) == 0)) {
                            value = stated.decimal();
                            stating.add(other);
                        }
                    } catch (NumberFormatException e) {
                        // not a number: states nothing
                    }
                }
                if (stating.size() < 3 || readElsewhere) {
                    continue;
                }
                String taken = Numbers.plain(value);
                Map<LineField, FieldValue> values = new java.util.EnumMap<>(lines.get(i).values());
                values.put(LineField.QUANTITY, taken(read, taken, String.format(java.util.Locale.ROOT,
                        QUANTITY_STATED_BY_THREE, read.value(), read.source().confidence(), described(stating.get(0)),
                        described(stating.get(1)), described(stating.get(2)), taken)));
                repaired = repaired == lines ? new ArrayList<>(lines) : repaired;
                repaired.set(i, new LineItem(lines.get(i).number(), values));
            }
            result.add(repaired == lines ? document : with(document, document.fields(), repaired,
                    document.withheld()));
        }
        return result;
    }

    static final String LINE_STATED_ELSEWHERE = "read as %s; %s states %s on a line, %s apart, and with it "
            + "the lines add up to the total %s";

    /**
     * A scanned line's amount or weight one digit (or two look-alike digits: "5992.95" for 5,552.95) from what
     * another document's line states, where with that value the document's lines add up to its total and no other
     * line's would ("5 002,49" at 0.93 for 5,002.40, the invoice's line): the value misread. The total, the other
     * line and the sum are three witnesses against one glyph; a document whose lines truly miss its total keeps them
     * as read.
     */
    static List<Document> lineValuesOthersState(List<Document> documents) {
        List<Document> result = new ArrayList<>(documents.size());
        for (Document document : documents) {
            List<LineItem> lines = document.lines();
            if (!document.readable() || document.extraction() != ExtractionMethod.OCR || lines.size() < 2) {
                result.add(document);
                continue;
            }
            List<LineItem> repaired = lines;
            for (Map.Entry<Field, LineField> total : TOTALS.entrySet()) {
                BigDecimal stated;
                try {
                    stated = document.first(total.getKey()).map(FieldValue::decimal).orElse(null);
                } catch (NumberFormatException e) {
                    continue;
                }
                BigDecimal sum = ArithmeticRepair.columnSum(repaired, total.getValue());
                if (total.getKey() == Field.PACKAGE_COUNT || stated == null || sum == null
                        || sum.compareTo(stated) == 0) {
                    continue;
                }
                int found = 0;
                int at = -1;
                BigDecimal wanted = null;
                Document stating = null;
                for (int i = 0; i < repaired.size(); i++) {
                    FieldValue value = repaired.get(i).values().get(total.getValue());
                    BigDecimal made = value.decimal().add(stated.subtract(sum));
                    Document other = made.signum() > 0 && (oneDigitApart(value, made)
                            || twoLookAlikeDigitsApart(value, made))
                            ? lineStating(documents, document, total.getValue(), made) : null;
                    if (other != null) {
                        found++;
                        at = i;
                        wanted = made;
                        stating = other;
                    }
                }
                if (found != 1) {
                    continue;
                }
                FieldValue read = repaired.get(at).values().get(total.getValue());
                String value = total.getKey().kind() == ValueKind.AMOUNT ? Numbers.amount(wanted)
                        : Numbers.plain(wanted);
                Map<LineField, FieldValue> values = new java.util.EnumMap<>(repaired.get(at).values());
                values.put(total.getValue(), taken(read, value, String.format(java.util.Locale.ROOT,
                        LINE_STATED_ELSEWHERE, read.value(), described(stating), value,
                        oneDigitApart(read, wanted) ? "one digit" : "two look-alike digits", Numbers.plain(stated))));
                repaired = new ArrayList<>(repaired);
                repaired.set(at, new LineItem(repaired.get(at).number(), values));
            }
            result.add(repaired == lines ? document : with(document, document.fields(), repaired,
                    document.withheld()));
        }
        return result;
    }

    static final String LEADING_GROUP_LOST_ELSEWHERE = "read as %s; %s's line %d states %s, the same digits after "
            + "a leading group the scan lost, and with the lines so the document's lines add up to its total %s";

    /**
     * Scanned line amounts or weights whose leading digit group was lost with its grouping mark ("787.50" for
     * 6.787,50, read at 0.96; on one clean declaration three lines so), each the end of what another document's
     * line of the same number states, where with all of them the document's lines add up to its total exactly and
     * as read they do not: the lines' values are the other document's.
     */
    static List<Document> leadingGroupsLostOthersState(List<Document> documents) {
        List<Document> result = new ArrayList<>(documents.size());
        for (Document document : documents) {
            List<LineItem> lines = document.lines();
            if (!document.readable() || document.extraction() != ExtractionMethod.OCR || lines.isEmpty()) {
                result.add(document);
                continue;
            }
            List<LineItem> repaired = lines;
            for (Map.Entry<Field, LineField> total : TOTALS.entrySet()) {
                try {
                    BigDecimal stated = document.first(total.getKey()).map(FieldValue::decimal).orElse(null);
                    BigDecimal sum = ArithmeticRepair.columnSum(repaired, total.getValue());
                    if (total.getKey() == Field.PACKAGE_COUNT || stated == null || sum == null
                            || sum.compareTo(stated) == 0) {
                        continue;
                    }
                    List<LineItem> candidate = new ArrayList<>(repaired);
                    BigDecimal newSum = sum;
                    for (int i = 0; i < candidate.size(); i++) {
                        LineItem line = candidate.get(i);
                        FieldValue read = line.values().get(total.getValue());
                        Map.Entry<Document, FieldValue> whole = read == null ? null
                                : leadingGroupElsewhere(documents, document, line.number(), total.getValue(), read);
                        if (whole == null) {
                            continue;
                        }
                        BigDecimal wanted = whole.getValue().decimal();
                        newSum = newSum.subtract(read.decimal()).add(wanted);
                        String value = total.getKey().kind() == ValueKind.AMOUNT ? Numbers.amount(wanted)
                                : Numbers.plain(wanted);
                        Map<LineField, FieldValue> values = new java.util.EnumMap<>(line.values());
                        values.put(total.getValue(), taken(read, value, String.format(java.util.Locale.ROOT,
                                LEADING_GROUP_LOST_ELSEWHERE, read.value(), described(whole.getKey()), line.number(),
                                value, Numbers.plain(stated))));
                        candidate.set(i, new LineItem(line.number(), values));
                    }
                    if (newSum.compareTo(stated) == 0) {
                        repaired = candidate;
                    }
                } catch (NumberFormatException | ArithmeticException e) {
                    // a value not read as a number repairs nothing
                }
            }
            result.add(repaired == lines ? document : with(document, document.fields(), repaired,
                    document.withheld()));
        }
        return result;
    }

    /** another document's value on the line of that number whose digits end in those read, one to three more first */
    private static Map.Entry<Document, FieldValue> leadingGroupElsewhere(List<Document> documents, Document self,
                                                                        int number, LineField term, FieldValue read) {
        String tail = toTheCent(read.decimal());
        for (Document other : documents) {
            if (other == self || !other.readable()) {
                continue;
            }
            for (LineItem line : other.lines()) {
                FieldValue stated = line.number() == number ? line.values().get(term) : null;
                if (stated == null) {
                    continue;
                }
                try {
                    String whole = toTheCent(stated.decimal());
                    int lost = whole.length() - tail.length();
                    if (lost >= 1 && lost <= 3 && whole.endsWith(tail) && whole.substring(0, lost).matches("\\d+")) {
                        return Map.entry(other, stated);
                    }
                } catch (NumberFormatException | ArithmeticException e) {
                    // states nothing
                }
            }
        }
        return null;
    }

    /** "86886 96 EUR" read as 86,886 where the lines make 86,886.96: its decimal mark read as a space */
    private static boolean markReadAsSpaceMakes(FieldValue read, BigDecimal sum) {
        if (read.raw() == null) {
            return false;
        }
        BigDecimal joined = ArithmeticRepair.decimalMarkReadAsSpace(
                read.raw().strip().replaceAll("^(?:[A-Z]{3}|\\p{Sc})\\s*|\\s*(?:[A-Z]{3}|\\p{Sc})$", ""));
        return joined != null && joined.compareTo(sum) == 0;
    }

    static final String TOTAL_OF_ITS_LINES_MARK_AS_SPACE = "read as %s; its lines add up to %s, its decimal mark "
            + "read as a space, and %s states %s";

    static final String TOTAL_OF_ITS_LINES = "read as %s; its lines add up to %s, a digit or two apart, and "
            + "%s states %s";

    /** below this a weight total is hardly read: two of its digits may be misread ("3,950.86" at 0.69 for 3,555.86) */
    private static final double HARDLY_READ_WEIGHT = 0.75;

    private static boolean hardlyReadWeight(FieldValue read, Field field) {
        return field.kind() == ValueKind.WEIGHT && read.source().confidence() < HARDLY_READ_WEIGHT;
    }

    /**
     * a reading two places (or one) from {@code value}, both to the cent: a total made otherwise (a planted or true
     * difference of some percent) changes its cents too
     */
    private static boolean twoDigitsApart(FieldValue read, BigDecimal value) {
        try {
            String a = toTheCent(read.decimal());
            String b = toTheCent(value);
            if (a.length() != b.length()) {
                return false;
            }
            int apart = 0;
            for (int i = 0; i < a.length(); i++) {
                apart += a.charAt(i) != b.charAt(i) ? 1 : 0;
            }
            return apart <= 2;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    /**
     * A total read on a scan one look-alike digit from what its own goods lines add up to, where another document
     * states that sum: the total is misread ("2,930.91" read surely for 2,530.91: the lines make 2,530.91 and the
     * declaration says so). Two independent statements of the value outweigh one glyph; a document whose lines and
     * total truly disagree differs from the sum by more than a glyph's shape.
     */
    static List<Document> totalsTheirLinesMake(List<Document> documents) {
        List<Document> result = new ArrayList<>(documents.size());
        for (Document document : documents) {
            // (a single line is the total printed twice: read alike by another document, it tells the misread one)
            if (!document.readable() || document.extraction() != ExtractionMethod.OCR || document.lines().isEmpty()) {
                result.add(document);
                continue;
            }
            Map<Field, List<FieldValue>> fields = null;
            for (Map.Entry<Field, LineField> total : TOTALS.entrySet()) {
                // the total as read, else as withheld for doubt ("885548 .4" at 0.02 for 885,548.40)
                FieldValue read = document.first(total.getKey()).or(() -> document.withheld()
                        .getOrDefault(total.getKey(), List.of()).stream()
                        .filter(v -> !UnlabelledValues.offeredWithoutLabel(v)).findFirst()).orElse(null);
                BigDecimal sum = ArithmeticRepair.columnSum(document.lines(), total.getValue());
                if (read == null || sum == null || sum.signum() <= 0 || read.source() == null
                        || read.source().method() != ExtractionMethod.OCR) {
                    continue;
                }
                boolean markReadAsSpace = markReadAsSpaceMakes(read, sum);
                boolean misread = misreadSum(documents, document, total.getKey(), read, sum);
                BigDecimal priced = total.getValue() == LineField.AMOUNT ? pricedSum(document.lines()) : null;
                if (!misread && priced != null && priced.compareTo(sum) != 0
                        && oneLookAlikeDigitApart(read, priced)) {
                    // "47 712,60" for 47,712.00 beside a line's "29 624,00" for 29,024.00, zeros read as sixes: what
                    // the lines' quantities and prices make is the sum their amounts should make
                    sum = priced;
                    misread = true;
                }
                if (!misread) {
                    continue;
                }
                Document stating = stating(documents, document, total.getKey(), sum);
                if (stating != null) {
                    if (fields == null) {
                        fields = new EnumMap<>(Field.class); // (an EnumMap is not made from an empty map)
                        fields.putAll(document.fields());
                    }
                    String value = total.getKey().kind() == ValueKind.AMOUNT ? Numbers.amount(sum) : Numbers.plain(sum);
                    fields.put(total.getKey(), List.of(taken(read, value, String.format(java.util.Locale.ROOT,
                            markReadAsSpace ? TOTAL_OF_ITS_LINES_MARK_AS_SPACE : TOTAL_OF_ITS_LINES,
                            read.value(), value, described(stating), value))));
                }
            }
            result.add(fields == null ? document : withFields(document, fields));
        }
        return result;
    }


    /**
     * a total read one look-alike digit from the sum of its lines; or one digit of any shape where the recogniser
     * doubted it and two other documents state the sum ("2,308.87" at 0.62, a 5 read as 0, where declaration and B/L
     * state 2,358.87); or the sum with its decimal mark read as a space; or, a weight hardly read, two digits apart
     */
    private static boolean misreadSum(List<Document> documents, Document document, Field field, FieldValue read,
                                      BigDecimal sum) {
        return oneLookAlikeDigitApart(read, sum) || read.source().confidence()
                < io.customsreview.hub.rules.Normalize.SURE_SCAN_READING && oneDigitApart(read, sum)
                && stating(documents, document, field, sum, 2) != null
                || markReadAsSpaceMakes(read, sum)
                || hardlyReadWeight(read, field) && twoDigitsApart(read, sum)
                && stating(documents, document, field, sum, 2) != null;
    }

    /**
     * the lines' quantities times their prices, each to the cent as a line's amount is made
     * ({@link ArithmeticRepair#product}), added up; null where a line lacks either
     */
    private static BigDecimal pricedSum(List<LineItem> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LineItem line : lines) {
            BigDecimal made = ArithmeticRepair.product(line);
            if (made == null) {
                return null;
            }
            sum = sum.add(made);
        }
        return sum;
    }

    static final String STATED_BY_TWO = "read with low confidence as %s (%.2f); %s and %s both state %s, one digit "
            + "apart, and that digit a look-alike of the one read";

    static final String STATED_BY_THREE = "read as %s (%.2f); %s, %s and %s all state %s, one digit apart, and that "
            + "digit a look-alike of the one read";

    static final String STATED_BY_TWO_MARK_LOST = "read with low confidence as %s (%.2f); %s and %s both state %s, "
            + "the same digits, its decimal mark not read";

    /**
     * A total or weight read doubtfully on a scan, one look-alike digit from the value two other documents both state
     * ("79,734.38" read at 0.83 on a declaration where invoice and contract state 70,734.38), or their very digits
     * with its decimal mark lost ("143400" at 0.63 for 1,434.00): the value misread. Two
     * independent statements outweigh one doubtful glyph; read surely, or where fewer than two documents agree, the
     * reading stands and the rules compare it — but for a weight one look-alike digit from what three others state
     * ("5995.5" at 0.96 for 5,595.5: weights are not one glyph apart by chance). A weight withheld beside its label
     * for its doubt ("2,863.51 KGS" at 0.00 where two documents state 2,861.51) is such a reading too.
     */
    static List<Document> totalsTwoOthersState(List<Document> documents) {
        List<Document> result = new ArrayList<>(documents.size());
        for (Document document : documents) {
            if (!document.readable() || document.extraction() != ExtractionMethod.OCR) {
                result.add(document);
                continue;
            }
            Map<Field, List<FieldValue>> fields = null;
            Map<Field, List<FieldValue>> withheld = null;
            for (Field field : TOTALS.keySet()) {
                List<FieldValue> values = document.all(field);
                if (values.isEmpty() && field.kind() == ValueKind.WEIGHT) {
                    // a weight withheld for doubt beside its label ("2,863.51 KGS" at 0.00): one reading of it
                    List<FieldValue> labelled = document.withheld().getOrDefault(field, List.of()).stream()
                            .filter(v -> !UnlabelledValues.offeredWithoutLabel(v)).toList();
                    values = labelled.stream().map(FieldValue::value).distinct().count() == 1
                            ? List.of(labelled.get(0)) : List.of();
                }
                if (field == Field.PACKAGE_COUNT || values.size() != 1) {
                    continue;
                }
                FieldValue read = values.get(0);
                // a weight read surely: one look-alike glyph, where three other documents state the value
                boolean sure = sureScanReading(read);
                if (read.source() == null || read.source().method() != ExtractionMethod.OCR
                        || sure && field.kind() != ValueKind.WEIGHT || linesAddUpTo(document, field, true)) {
                    continue; // (the document's own lines making the value as read vouch for it)
                }
                List<Document> stating = new ArrayList<>();
                BigDecimal value = null;
                boolean oneLost = false;
                for (Document other : documents) {
                    FieldValue stated = other == document || !other.readable() ? null : other.first(field).orElse(null);
                    if (stated == null || (sure ? !oneLookAlikeDigitApart(read, stated) && !leadingOneLost(read, stated)
                            : misreading(read, stated, field.kind()) == null)
                            || (value != null && stated.decimal().compareTo(value) != 0)) {
                        continue;
                    }
                    value = stated.decimal();
                    oneLost = leadingOneLost(read, stated);
                    stating.add(other);
                }
                // (a leading 1 lost is no glyph's shape: two statements suffice however surely the rest was read)
                if (stating.size() < (sure && !oneLost ? 3 : 2)) {
                    continue;
                }
                if (fields == null) {
                    fields = new EnumMap<>(Field.class);
                    fields.putAll(document.fields());
                }
                String taken = field.kind() == ValueKind.AMOUNT ? Numbers.amount(value) : Numbers.plain(value);
                String assumption = oneLost
                        ? String.format(java.util.Locale.ROOT, STATED_BY_TWO_ONE_LOST, read.value(),
                        read.source().confidence(), described(stating.get(0)), described(stating.get(1)), taken)
                        : sure
                        ? String.format(java.util.Locale.ROOT, STATED_BY_THREE, read.value(),
                        read.source().confidence(), described(stating.get(0)), described(stating.get(1)),
                        described(stating.get(2)), taken)
                        : String.format(java.util.Locale.ROOT, misreading(read, stating.get(0).first(field)
                        .orElseThrow(), field.kind()), read.value(), read.source().confidence(),
                        described(stating.get(0)), described(stating.get(1)), taken);
                fields.put(field, List.of(taken(read, taken, assumption)));
                if (document.withheld().containsKey(field)) {
                    if (withheld == null) {
                        withheld = new EnumMap<>(Field.class);
                        withheld.putAll(document.withheld());
                    }
                    withheld.remove(field);
                }
            }
            result.add(fields == null ? document : with(document, fields, document.lines(),
                    withheld == null ? document.withheld() : withheld));
        }
        return result;
    }

    static final String STATED_BY_TWO_ONE_LOST = "read as %s (%.2f); %s and %s both state %s, the same digits after "
            + "a leading 1 the scan lost";

    /**
     * "754,65" read surely for 1 754,65: the stated value's digits, to the cent, after a leading 1 (a thin stroke
     * before a grouping space) that was not read; a value changed on purpose does not lose exactly its first digit
     */
    static boolean leadingOneLost(FieldValue read, FieldValue stated) {
        try {
            String a = toTheCent(read.decimal());
            String b = toTheCent(stated.decimal());
            return b.length() == a.length() + 1 && b.charAt(0) == '1' && b.substring(1).equals(a)
                    && read.decimal().signum() > 0;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    /**
     * How a doubtful reading may be the stated value misread, as the wording of the assumption taken on it: its
     * decimal mark lost (or its grouping read for the mark), a digit more read, one look-alike digit, or for a weight
     * one digit of any shape ("2,022.83" at 0.81 for 2,522.83: weights are not one keystroke apart by chance, amounts
     * ten apart may be what the review must find); null for none
     */
    private static String misreading(FieldValue read, FieldValue stated, ValueKind kind) {
        if (decimalMarkLost(read, stated) || groupingReadAsMark(read, stated)) {
            return STATED_BY_TWO_MARK_LOST;
        }
        if (oneDigitMore(read, stated)) {
            return STATED_BY_TWO_DIGIT_MORE;
        }
        if (leadingOneLost(read, stated)) {
            return STATED_BY_TWO_ONE_LOST;
        }
        if (oneLookAlikeDigitApart(read, stated)) {
            return STATED_BY_TWO;
        }
        try {
            return kind == ValueKind.WEIGHT && oneDigitApart(read, stated.decimal()) ? STATED_BY_TWO_ANY_DIGIT : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * a reading with the stated value's digits whose thousands separator was taken for the decimal mark, the mark
     * itself not read ("1.30441KG" at 0.68 for 1.304,41): four decimals or more, as no weight or sum is printed
     */
    static boolean groupingReadAsMark(FieldValue read, FieldValue stated) {
        try {
            BigDecimal r = read.decimal().stripTrailingZeros();
            BigDecimal v = stated.decimal().stripTrailingZeros();
            return r.scale() >= 4 && v.signum() > 0 && r.unscaledValue().equals(v.unscaledValue());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static final String STATED_BY_TWO_ANY_DIGIT = "read with low confidence as %s (%.2f); %s and %s both state %s, "
            + "one digit apart";

    static final String STATED_BY_TWO_DIGIT_MORE = "read with low confidence as %s (%.2f); %s and %s both state %s, "
            + "the same digits but one more read (a speck taken for a digit)";

    /** a reading whose digits, to the cent, are the stated value's with one more among them ("490,895.55", 40,895.55) */
    static boolean oneDigitMore(FieldValue read, FieldValue stated) {
        try {
            // both to the cent: the one more can only be a digit before the mark
            return io.customsreview.hub.rules.Normalize.oneCharacterMore(toTheCent(read.decimal()),
                    toTheCent(stated.decimal()));
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    /** the first other document that states {@code value} as its {@code field}, or null */
    private static Document stating(List<Document> documents, Document self, Field field, BigDecimal value) {
        return stating(documents, self, field, value, 1);
    }

    /** the {@code nth} other document that states {@code value} as its {@code field}, or null */
    private static Document stating(List<Document> documents, Document self, Field field, BigDecimal value, int nth) {
        int found = 0;
        for (Document other : documents) {
            if (other == self || !other.readable()) {
                continue;
            }
            for (FieldValue stated : other.all(field)) {
                try {
                    if (stated.decimal().compareTo(value) == 0 && ++found == nth) {
                        return other;
                    }
                } catch (NumberFormatException e) {
                    // not a number: states nothing to compare
                }
            }
        }
        return null;
    }

    /** a withheld reading taken after all, as {@code value}, with why added to its provenance */
    private static FieldValue taken(FieldValue doubtful, String value, String note) {
        Provenance p = doubtful.source();
        return new FieldValue(value, doubtful.raw(), new Provenance(p.documentId(), p.page(), p.box(), p.method(),
                p.confidence(), p.assumption() == null ? note : p.assumption() + "; " + note));
    }

    static final String LOOK_ALIKE_DIGIT = "read with low confidence as %s (%.2f); %s states %s, one digit "
            + "apart, and that digit a look-alike of the one read";

    static final String TWO_LOOK_ALIKE_DIGITS = "read with low confidence as %s (%.2f); %s states %s, and so does "
            + "another document, two digits apart, each a look-alike of the one read";

    static final String DIGIT_TWICE_MARK_LOST = "read with low confidence as %s (%.2f); %s states %s, and so "
            + "does another document, the same digits with one read twice, its decimal mark not read";

    static final String DECIMAL_MARK_LOST = "read with low confidence as %s (%.2f); %s states %s, the same digits, "
            + "its decimal mark not read";

    /** read beside its label below half confidence ("C/6632/25" at 0.00, a thin I lost) */
    private static boolean hardlyRead(FieldValue value) {
        return value.source() != null && value.source().confidence() < 0.5;
    }

    static final String CHARACTER_LOST_OR_MORE = "read with low confidence as %s (%.2f); %s states %s, the same "
            + "with one character lost or read twice";

    /**
     * A reference of seven characters or more (its marks left out) read beside no label, or hardly read beside its
     * label, with one character lost or read twice against another document's ("INV-2024-5414" at 0.37 under a
     * destroyed "Inv. #" where the others state INV-2024-54141; "C/6632/25" at 0.00 for CI/6632/25): that
     * document's reference, with the document; else null. A number changed on purpose keeps its length.
     */
    private static Map.Entry<Document, FieldValue> characterLostOrMoreElsewhere(List<Document> documents,
                                                                                Document self, Field field,
                                                                                FieldValue doubtful) {
        if (field.kind() != ValueKind.REFERENCE) {
            return null;
        }
        // look-alike letters made one on both sides, every character kept ("CWi/7716/25" and "Cl/7716/25": the other
        // document read the I as l)
        String read = io.customsreview.hub.rules.Normalize.foldedReferenceKeepingRepeats(doubtful.value());
        for (Document other : documents) {
            if (other == self || !other.readable()) {
                continue;
            }
            for (FieldValue stated : other.all(field)) {
                String printed = io.customsreview.hub.rules.Normalize.foldedReferenceKeepingRepeats(stated.value());
                if (Math.min(read.length(), printed.length()) >= 7
                        && (io.customsreview.hub.rules.Normalize.oneCharacterMore(read, printed)
                        || io.customsreview.hub.rules.Normalize.oneCharacterMore(printed, read))) {
                    return Map.entry(other, stated);
                }
            }
        }
        return null;
    }

    static final String LETTER_PREFIX_LOST = "read with low confidence as %s (%.2f); %s states %s, the same after "
            + "its letters";

    /**
     * A reference of six digits or more read doubtfully without the letters another document's starts with
     * ("2024-56879" at 0.00 where packing list and declaration state INV-2024-56879: "INV 2024-56879", its dash lost on
     * the scan, read as the label "INV" and a number; "242623" beside no label where the others state STI242623):
     * that document's reference, with the document; else null. A number changed on purpose changes its digits.
     */
    private static Map.Entry<Document, FieldValue> letterPrefixLostElsewhere(List<Document> documents, Document self,
                                                                           Field field, FieldValue doubtful) {
        String read = compact(doubtful.value()).replace("/", "");
        if (!read.matches("\\d{6,}")) {
            return null;
        }
        for (Document other : documents) {
            if (other == self || !other.readable()) {
                continue;
            }
            for (FieldValue stated : other.all(field)) {
                String printed = compact(stated.value()).replace("/", "");
                if (printed.endsWith(read) && printed.substring(0, printed.length() - read.length())
                        .matches("[A-Z]{1,4}")) {
                    return Map.entry(other, stated);
                }
            }
        }
        return null;
    }

    /** "packing list d2" */
    public static String described(Document document) {
        return document.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + document.id();
    }

    /**
     * A doubtful weight or amount one digit apart from what another document states surely, the two digits
     * look-alikes (5 and 9, 3 and 8, 0 and 6 ...), or its very digits with the decimal mark lost ("157343" for
     * 1573.43, a faint dot), or two look-alike digits from what two other documents both state ("2,997.85" at 0.37 for
     * 2,557.85): the other document's value, with the document stating it; else null. A weight or amount changed on
     * purpose moves other digits, and its cents.
     */
    private static Map.Entry<Document, FieldValue> lookAlikeDigitElsewhere(List<Document> documents, Document self,
                                                                           Field field, FieldValue doubtful) {
        if (field.kind() != ValueKind.WEIGHT && field.kind() != ValueKind.AMOUNT) {
            return null;
        }
        Map.Entry<Document, FieldValue> twoDigitsFromOne = null;
        for (Document other : documents) {
            if (other == self || !other.readable()) {
                continue;
            }
            for (FieldValue stated : other.all(field)) {
                if (oneLookAlikeDigitApart(doubtful, stated) || decimalMarkLost(doubtful, stated)) {
                    return Map.entry(other, stated);
                }
                if (twoLookAlikeDigitsApart(doubtful, stated) || digitReadTwiceAndMarkLost(doubtful, stated)) {
                    if (twoDigitsFromOne != null && sameValue(field.kind(), twoDigitsFromOne.getValue(), stated)
                            && twoDigitsFromOne.getKey() != other) {
                        return twoDigitsFromOne; // two documents state it: two glyphs misread
                    }
                    twoDigitsFromOne = twoDigitsFromOne == null ? Map.entry(other, stated) : twoDigitsFromOne;
                }
            }
        }
        return null;
    }

    /**
     * a reading without a decimal part whose digits are the stated value's, cents included, with one of them read
     * twice ("567799" for 567.79: its mark read as a grouping comma, the last 9 doubled)
     */
    private static boolean digitReadTwiceAndMarkLost(FieldValue read, FieldValue stated) {
        try {
            BigDecimal reading = read.decimal();
            String digits = reading.toBigInteger().toString();
            String cents = stated.decimal().setScale(2, java.math.RoundingMode.UNNECESSARY).unscaledValue().toString();
            if (reading.remainder(BigDecimal.ONE).signum() != 0 || digits.length() != cents.length() + 1) {
                return false;
            }
            for (int i = 0; i + 1 < digits.length(); i++) {
                if (digits.charAt(i) == digits.charAt(i + 1)
                        && (digits.substring(0, i) + digits.substring(i + 1)).equals(cents)) {
                    return true;
                }
            }
            return false;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    /** a reading two places from {@code stated}, both to the cent, each place a look-alike digit */
    private static boolean twoLookAlikeDigitsApart(FieldValue read, FieldValue stated) {
        try {
            return twoLookAlikeDigitsApart(read, stated.decimal());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@link #twoLookAlikeDigitsApart(FieldValue, FieldValue)} of a value */
    private static boolean twoLookAlikeDigitsApart(FieldValue read, BigDecimal value) {
        try {
            String a = toTheCent(read.decimal());
            String b = toTheCent(value);
            return io.customsreview.hub.rules.Normalize.fewLookAlikeDigitsApart(a, b)
                    && !io.customsreview.hub.rules.Normalize.oneLookAlikeDigitApart(a, b);
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    /**
     * a reading without a decimal part whose digits are the stated value's, cents included ("157343" for 1573.43) or
     * as far as it has decimals ("164095" for 16409.5)
     */
    static boolean decimalMarkLost(FieldValue read, FieldValue stated) {
        try {
            return decimalMarkLost(read.decimal(), stated.decimal());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@link #decimalMarkLost(FieldValue, FieldValue)} of two numbers */
    static boolean decimalMarkLost(BigDecimal reading, BigDecimal value) {
        try {
            String digits = reading.toBigInteger().toString();
            // a whole value printed with its zero cents ("1,434.00" read "143400"); "15" is no 1500 with a mark lost
            boolean whole = value.remainder(BigDecimal.ONE).signum() == 0;
            return reading.remainder(BigDecimal.ONE).signum() == 0 && value.signum() > 0
                    && (digits.equals(value.setScale(2, java.math.RoundingMode.UNNECESSARY).unscaledValue().toString())
                    || !whole && digits.equals(value.stripTrailingZeros().unscaledValue().toString()));
        } catch (ArithmeticException e) {
            return false;
        }
    }

    static boolean oneLookAlikeDigitApart(FieldValue read, FieldValue stated) {
        try {
            return oneLookAlikeDigitApart(read, stated.decimal());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** a reading one digit (of any shape) from {@code value}, both to the cent */
    private static boolean oneDigitApart(FieldValue read, BigDecimal value) {
        try {
            String a = toTheCent(read.decimal());
            String b = toTheCent(value);
            return a.length() == b.length() && io.customsreview.hub.llm.PartyNames.levenshtein(a, b) == 1;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    /** a reading one look-alike digit from {@code value}, both to the cent */
    private static boolean oneLookAlikeDigitApart(FieldValue read, BigDecimal value) {
        try {
            return io.customsreview.hub.rules.Normalize.oneLookAlikeDigitApart(toTheCent(read.decimal()),
                    toTheCent(value));
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    /** "1434.00": the number with two decimals; ArithmeticException where it has more than cents */
    private static String toTheCent(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * the first other document whose reading of {@code field} is the doubtful value, or null: a sure reading, or a
     * doubtful one too — two documents misread into one and the same value is as unlikely as one misread into the
     * value printed elsewhere
     */
    private static Document confirming(List<Document> documents, Document self, Field field, FieldValue doubtful,
                                       ReadAlike referencesReadAlike) {
        for (Document other : documents) {
            if (other == self || !other.readable()) {
                continue;
            }
            List<FieldValue> readings = new ArrayList<>(other.all(field));
            other.withheld().getOrDefault(field, List.of()).stream()
                    .filter(v -> !UnlabelledValues.offeredWithoutLabel(v)).forEach(readings::add);
            for (FieldValue reading : readings) {
                if (sameValue(field.kind(), doubtful, reading) || (field.kind() == ValueKind.REFERENCE
                        && referencesReadAlike.test(field, doubtful.value(), reading.value()))) {
                    return other;
                }
            }
        }
        return null;
    }

    static boolean sameValue(ValueKind kind, FieldValue doubtful, FieldValue sure) {
        return switch (kind) {
            case AMOUNT, QUANTITY, WEIGHT -> {
                try {
                    yield doubtful.decimal().compareTo(sure.decimal()) == 0;
                } catch (NumberFormatException e) {
                    yield false;
                }
            }
            case REFERENCE, CONTAINER -> compact(doubtful.value()).equals(compact(sure.value()));
            // "Santos" is the port "Santos, Brazil" or "SANTOS" names
            case PLACE -> java.util.Objects.equals(io.customsreview.hub.rules.Normalize.portName(doubtful.value()),
                    io.customsreview.hub.rules.Normalize.portName(sure.value()));
            default -> doubtful.value().equals(sure.value());
        };
    }

    /** a reference without spaces and dashes, in capitals */
    static String compact(String reference) {
        return reference.replaceAll("[\\s\\-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    static final String SUBHEADING_ONLY = "national digits read doubtfully: only the HS subheading (6 digits), "
            + "which the nomenclature confirms, is taken";

    /**
     * A commodity code read below the floor for other values is kept because the nomenclature confirms its first six
     * digits; the national digits after them nothing confirms ("0901.11.6000" at 0.37 for "0901.11.0000"): only
     * the subheading is taken, and codes are then compared on it.
     */
    private static FieldValue subheadingIfDoubtful(FieldValue value, double minConfidence) {
        Provenance p = value.source();
        if (p == null || p.method() != ExtractionMethod.OCR || p.box() == null || p.confidence() >= minConfidence
                || value.value().length() <= 6 || !value.value().chars().allMatch(Character::isDigit)) {
            return value;
        }
        return new FieldValue(value.value().substring(0, 6), value.raw(), new Provenance(p.documentId(), p.page(),
                p.box(), p.method(), p.confidence(), SUBHEADING_ONLY));
    }

    static double floor(ValueKind kind, double minConfidence) {
        return switch (kind) {
            case TEXT, PARTY, PLACE, CURRENCY, COUNTRY, INCOTERM, UNIT, REFERENCE -> minConfidence * 0.25;
            case HS_CODE, CONTAINER -> minConfidence * 0.5;
            // a date must parse as a real day in a known form: of the dates scans read below the floor none was
            // wrong (ScanFieldDiff with CONFIDENCE_OF over eight seeds' scans); those read wrong were read surely
            case DATE -> minConfidence * 0.25;
            default -> minConfidence;
        };
    }

    /** the column of the goods lines whose sum a document-level total states (in {@link Field} order) */
    static final Map<Field, LineField> TOTALS = new EnumMap<>(Map.of(Field.TOTAL_AMOUNT,
            LineField.AMOUNT, Field.PACKAGE_COUNT, LineField.PACKAGES, Field.NET_WEIGHT, LineField.NET_WEIGHT,
            Field.GROSS_WEIGHT, LineField.GROSS_WEIGHT));

    /**
     * whether every goods line states the column and the lines add up to the document's (first) total: to the cent,
     * or {@code exactly}
     */
    static boolean linesAddUpTo(Document document, Field total, boolean exactly) {
        LineField column = TOTALS.get(total);
        List<FieldValue> totals = document.fields().getOrDefault(total, List.of());
        if (column == null || totals.isEmpty() || document.lines().isEmpty()) {
            return false;
        }
        BigDecimal sum = ArithmeticRepair.columnSum(document.lines(), column);
        try {
            BigDecimal stated = totals.get(0).decimal();
            return sum != null && sum.signum() > 0
                    && (exactly ? sum.compareTo(stated) == 0 : ArithmeticRepair.sameToTheCent(sum, stated));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean sure(FieldValue value, double minConfidence) {
        // values that rest on no words of their own (confidence 0, e.g. a currency from a table header) are kept
        return value.source().method() != ExtractionMethod.OCR || value.source().box() == null
                || value.source().confidence() >= minConfidence;
    }
}
