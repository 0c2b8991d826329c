package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.Provenance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * From positioned text to a typed document: type from the content, goods lines from tables, fields from labels.
 * The same for every way text is obtained (PDF text layer, plain text, OCR).
 */
public final class TextDocumentExtractor {

    /** a code after its label; all its digits, a scan's digit more too ("6306260": the rules tell a misreading) */
    private static final java.util.regex.Pattern CARGO_HS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:hs|h\\.s\\.|hts|tariff)(?:\\s*code)?\\s*(?:no\\.?)?[:\\s]*"
                    + "(\\d{4}[.\\s]?\\d{2}(?:[.\\s]?\\d{2}){0,2}\\d?)(?!\\d)");

    private TextDocumentExtractor() {
    }

    public static Document extract(String documentId, String fileName, String source, DocumentText text) {
        if (text.isBlank()) {
            return Document.unreadable(documentId, fileName, source, text.method(), "the document holds no text");
        }
        DocumentClassifier.Classification classification = DocumentClassifier.classify(text);
        if (classification.type() == DocumentType.UNKNOWN) {
            return Document.unreadable(documentId, fileName, source, text.method(),
                    "not recognised as a customs document (no title or wording of a contract, invoice, packing list, "
                            + "bill of lading, declaration, certificate of origin or insurance)");
        }
        String plain = text.plainText();
        Numbers.DecimalStyle style = Numbers.DecimalStyle.of(plain);
        Dates.DayOrder dayOrder = Dates.DayOrder.of(plain);

        List<LineTableExtractor.Table> tables = LineTableExtractor.extract(text, style);
        Set<Integer> skipped = new HashSet<>();
        tables.forEach(t -> skipped.addAll(t.consumedLines()));

        FieldExtractor fields = new FieldExtractor(documentId, classification.type(), text, style, dayOrder);
        List<LineItem> lines = new ArrayList<>();
        Optional<LineTableExtractor.Table> goods = tables.stream()
                .max(Comparator.comparingInt((LineTableExtractor.Table t) -> t.rows().size()));
        if (goods.isPresent() && classification.type() == DocumentType.BILL_OF_LADING) {
            // a bill of lading describes the cargo as a whole: its table gives document-level values
            cargoTable(fields, documentId, text, goods.get(), style);
        } else if (goods.isPresent()) {
            LineTableExtractor.Table table = goods.get();
            for (LineTableExtractor.Row row : table.rows()) {
                Map<LineField, FieldValue> values = lineValues(documentId, text, row, style);
                if (!values.isEmpty() && !labelOnly(classification.type(), values)) {
                    lines.add(new LineItem(lines.size() + 1, values));
                }
            }
            if (table.total() != null) {
                offerTotals(fields, documentId, text, table.total(), style);
            }
            Currencies.find(table.headerText().replaceAll("(?i)\\b(all|top|cup)\\b", ""))
                    .ifPresent(c -> fields.offer(Field.CURRENCY, new FieldValue(c, table.headerText(),
                            new Provenance(documentId, 0, null, text.method(), 0.8, null)), 2));
        }
        Map<Field, List<FieldValue>> values = UnlabelledValues.restated(text, skipped,
                fields.extract(skipped, classification.titleLine(), classification.titleSegment()), style);
        double confidence = confidence(classification, values, text);
        // a bill of lading's cargo table holds its document-level weights: only goods rows are no totals
        Set<Integer> goodsRows = classification.type() == DocumentType.BILL_OF_LADING ? Set.of() : skipped;
        Map<Field, List<FieldValue>> withheld = new EnumMap<>(Field.class);
        withheld.putAll(UnlabelledValues.offered(documentId, classification.type(), text, goodsRows, values, style));
        fields.garbledContainers().forEach(garbled -> withheld.merge(Field.CONTAINER_NUMBER, List.of(garbled),
                TextDocumentExtractor::concat));
        fields.unreadValues().stream().filter(unread -> !values.containsKey(unread.field()))
                .forEach(unread -> withheld.merge(unread.field(), List.of(unread.value()),
                        TextDocumentExtractor::concat));
        return new Document(documentId, classification.type(), fileName, source, text.method(), confidence, values,
                lines, null, withheld);
    }

    private static List<FieldValue> concat(List<FieldValue> a, List<FieldValue> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static final Pattern GROUPED_THEN_POINT_CENTS = Pattern.compile("^\\s*(\\d{1,3}(?:,\\d{3})+)\\s+(\\.\\d{2})\\s*$");
    private static final Pattern GROUPED_THEN_COMMA_CENTS =
            Pattern.compile("^\\s*(\\d{1,3}(?:[. ]\\d{3})+)\\s+(,\\d{2})\\s*$");

    /**
     * "1,317 .12" alone in an amount's cell: a grouped number and its decimal mark and cents, a scan's space between
     * (where a number and cents stand in one segment across columns, which is which cannot be told)
     */
    static String centsSetApart(String cell, Numbers.DecimalStyle style) {
        Matcher m = (style == Numbers.DecimalStyle.COMMA ? GROUPED_THEN_COMMA_CENTS : GROUPED_THEN_POINT_CENTS)
                .matcher(cell);
        if (m.matches()) {
            return m.group(1) + m.group(2);
        }
        // "630 65": the decimal mark itself read as a space; a group of two digits is no thousands group
        Matcher apart = (style == Numbers.DecimalStyle.COMMA ? COMMA_GROUPED_THEN_CENTS : POINT_GROUPED_THEN_CENTS)
                .matcher(cell);
        return apart.matches() ? apart.group(1) + (style == Numbers.DecimalStyle.COMMA ? "," : ".") + apart.group(2)
                : cell;
    }

    private static final Pattern POINT_GROUPED_THEN_CENTS =
            Pattern.compile("^\\s*(\\d{1,3}(?:[, ]\\d{3})*)\\s(\\d{2})\\s*$");
    private static final Pattern COMMA_GROUPED_THEN_CENTS =
            Pattern.compile("^\\s*(\\d{1,3}(?:[. ]\\d{3})*)\\s(\\d{2})\\s*$");

    /**
     * A row whose description is one of the document's labels: a field printed below the table ("Gross wt.",
     * "Insured Amount 8,871.00") read into it, not goods; no goods are described by a label's words alone.
     */
    private static boolean labelOnly(DocumentType type, Map<LineField, FieldValue> values) {
        FieldValue description = values.get(LineField.DESCRIPTION);
        if (description == null) {
            return false;
        }
        String key = Tokens.key(description.value());
        return Labels.of(type).stream().anyMatch(l -> String.join(" ", l.tokens()).equals(key));
    }

    private static double confidence(DocumentClassifier.Classification classification,
                                      Map<Field, List<FieldValue>> values, DocumentText text) {
        double valueConfidence = values.values().stream().flatMap(List::stream)
                .mapToDouble(v -> v.source().confidence()).average().orElse(0.5);
        return Math.min(classification.confidence(), valueConfidence);
    }

    private static final Set<LineField> DECIMAL_COLUMNS = java.util.EnumSet.of(LineField.UNIT_PRICE, LineField.AMOUNT,
            LineField.NET_WEIGHT, LineField.GROSS_WEIGHT);
    /**
     * "1/795,73": a number's grouping space read as a slash (no price, amount or weight has one; a slash before three
     * digits and a decimal part makes no fraction)
     */
    private static final Pattern SPACE_READ_AS_SLASH = Pattern.compile("^(\\s*\\d{1,3})/(\\d{3}[.,]\\d{1,3}\\b)");

    private static Map<LineField, FieldValue> lineValues(String documentId, DocumentText text,
                                                         LineTableExtractor.Row row, Numbers.DecimalStyle style) {
        Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
        row.cells().forEach((field, cell) -> {
            // "176/PCS", "060)PCS": a count read into the unit's cell with a rule or bracket before its unit
            String raw = field == LineField.UNIT ? STROKE_BEFORE_UNIT.matcher(cell.text()).replaceFirst("$1 ")
                    : DECIMAL_COLUMNS.contains(field) ? SPACE_READ_AS_SLASH.matcher(cell.text()).replaceFirst("$1 $2")
                    : cell.text();
            Optional<String> value = switch (field) {
                case DESCRIPTION -> ValueParsers.text(raw.replace('\n', ' '));
                case HS_CODE -> ValueParsers.hsCodeOfCell(raw);
                case QUANTITY, PACKAGES -> ValueParsers.count(raw, style, field == LineField.QUANTITY
                        && row.cells().containsKey(LineField.UNIT)
                        ? Units.unit(row.cells().get(LineField.UNIT).text()).orElse(null) : null).map(c -> {
                    if (c.unit() != null && field == LineField.QUANTITY && !row.cells().containsKey(LineField.UNIT)) {
                        values.put(LineField.UNIT, value(documentId, text, cell, c.unit()));
                    }
                    return Numbers.plain(c.count());
                });
                case UNIT -> {
                    if (raw.matches(".*\\d.*")) {
                        // the quantity printed under the unit's header ("220 SETS")
                        Optional<ValueParsers.Count> count = ValueParsers.count(raw, style);
                        if (count.isPresent() && !row.cells().containsKey(LineField.QUANTITY)) {
                            values.put(LineField.QUANTITY, value(documentId, text, cell, Numbers.plain(count.get().count())));
                        }
                        yield count.map(ValueParsers.Count::unit);
                    }
                    yield Units.unit(raw).or(() -> Optional.of(raw.strip().toUpperCase(java.util.Locale.ROOT)));
                }
                case UNIT_PRICE, AMOUNT -> ValueParsers.amount(ValueParsers.colonAsDecimalMark(
                        field == LineField.AMOUNT ? centsSetApart(raw, style) : raw, style), style)
                        .map(Numbers::amount);
                case NET_WEIGHT, GROSS_WEIGHT -> Units.kilograms(raw, style).map(Numbers::plain);
                case ORIGIN -> Countries.code(raw);
            };
            value.ifPresent(v -> values.put(field, field == LineField.QUANTITY || field == LineField.PACKAGES
                    || field == LineField.NET_WEIGHT || field == LineField.GROSS_WEIGHT
                    ? numberValue(documentId, text, cell, v) : value(documentId, text, cell, v)));
        });
        // "1," under the quantity's header and "060)PCS" under the unit's: one count's groups split between the cells
        // (a unit of a known shape; ArithmeticRepair joins other splits where the line's arithmetic says so)
        LineTableExtractor.Cell quantity = row.cells().get(LineField.QUANTITY);
        LineTableExtractor.Cell unit = row.cells().get(LineField.UNIT);
        if (quantity != null && unit != null) {
            Matcher lead = ArithmeticRepair.GROUP_BEFORE_A_SEPARATOR.matcher(quantity.text());
            Matcher rest = GROUP_BEFORE_A_UNIT.matcher(unit.text());
            if (lead.matches() && rest.matches()) {
                values.put(LineField.QUANTITY, numberValue(documentId, text, quantity, lead.group(1) + rest.group(1)));
                Units.unit(rest.group(2)).ifPresent(u -> values.putIfAbsent(LineField.UNIT,
                        value(documentId, text, unit, u)));
            }
        }
        amountReadIntoTheCodesCell(documentId, text, row, values);
        quantitysLeadReadWithTheCode(row, values);
        return values;
    }

    static final String QUANTITY_LEAD_WITH_THE_CODE = "the quantity's leading digits read onto the end of the code "
            + "beside it, restored from the line's arithmetic (quantity × unit price = amount)";

    /**
     * "392690972 | 52 PCS" for code 39269097 and 252 pieces: the quantity's first digit read with the code, which is
     * left one digit more than any code has (an odd count) and no code at all; where moving a digit or two back makes
     * the line's arithmetic hold, both are read so
     */
    private static void quantitysLeadReadWithTheCode(LineTableExtractor.Row row, Map<LineField, FieldValue> values) {
        LineTableExtractor.Cell code = row.cells().get(LineField.HS_CODE);
        FieldValue quantity = values.get(LineField.QUANTITY);
        FieldValue price = values.get(LineField.UNIT_PRICE);
        FieldValue amount = values.get(LineField.AMOUNT);
        if (code == null || quantity == null || price == null || amount == null || values.containsKey(LineField.HS_CODE)
                || quantity.source() == null || quantity.source().method() != ExtractionMethod.OCR) {
            return;
        }
        String digits = code.text().strip();
        if (!digits.matches("\\d{7}|\\d{9}|\\d{11}")) {
            return;
        }
        try {
            for (int lead = 1; lead <= 2; lead++) {
                BigDecimal whole = new BigDecimal(digits.substring(digits.length() - lead) + quantity.value());
                if (ArithmeticRepair.holds(whole, price.decimal(), amount.decimal())) {
                    Provenance p = quantity.source();
                    Provenance told = new Provenance(p.documentId(), p.page(), p.box(), p.method(), p.confidence(),
                            QUANTITY_LEAD_WITH_THE_CODE);
                    values.put(LineField.QUANTITY, new FieldValue(Numbers.plain(whole), quantity.raw(), told));
                    values.put(LineField.HS_CODE, new FieldValue(digits.substring(0, digits.length() - lead),
                            code.text(), new Provenance(p.documentId(), p.page(), code.segment().box(), p.method(),
                            code.segment().confidence(), QUANTITY_LEAD_WITH_THE_CODE)));
                    return;
                }
            }
        } catch (NumberFormatException e) {
            // a value that is no number: nothing to move
        }
    }

    /**
     * "122958/847330" under the HS code's header: the line's amount (6600 × 18.63, no amount of its own read) and
     * the code, a rule between their columns read as a stroke. The number the quantity and price make is the amount;
     * the cell's other code is the code.
     */
    private static void amountReadIntoTheCodesCell(String documentId, DocumentText text, LineTableExtractor.Row row,
                                                   Map<LineField, FieldValue> values) {
        LineTableExtractor.Cell cell = row.cells().get(LineField.HS_CODE);
        FieldValue code = values.get(LineField.HS_CODE);
        FieldValue quantity = values.get(LineField.QUANTITY);
        FieldValue price = values.get(LineField.UNIT_PRICE);
        if (cell == null || code == null || quantity == null || price == null || values.containsKey(LineField.AMOUNT)) {
            return;
        }
        BigDecimal product;
        try {
            product = quantity.decimal().multiply(price.decimal());
        } catch (NumberFormatException e) {
            return;
        }
        if (product.signum() <= 0 || product.stripTrailingZeros().scale() > 0
                || !product.toBigInteger().toString().equals(code.value())) {
            return;
        }
        List<String> others = new ArrayList<>();
        Matcher m = ValueParsers.HS.matcher(cell.text());
        while (m.find()) {
            String digits = m.group(1).replaceAll("[^0-9]", "");
            if (!digits.equals(code.value())) {
                others.add(digits);
            }
        }
        values.put(LineField.AMOUNT, value(documentId, text, cell, Numbers.amount(product)));
        if (others.size() == 1) {
            values.put(LineField.HS_CODE, value(documentId, text, cell, others.get(0)));
        } else {
            values.remove(LineField.HS_CODE);
        }
    }

    private static final Pattern STROKE_BEFORE_UNIT = Pattern.compile("^\\s*(\\d[\\d.,]*)[|/)\\]}]+(?=\\p{L})");
    private static final Pattern GROUP_BEFORE_A_UNIT =
            Pattern.compile("^\\s*(\\d{3})[|/)\\]}\\s]*(\\p{L}{2,5})\\.?\\s*$");

    /**
     * A count or a weight, as sure as the words that hold its digits: the unit beside it read doubtfully ("126" at
     * 0.71, "SETS" at 0.49 on a scan; "10,328.98" at 0.96, "KGS" at 0.57) says nothing of the number (the quantity had
     * been withheld with the unit); a word that is no unit beside the number keeps the cell as doubtful as it was read
     */
    private static FieldValue numberValue(String documentId, DocumentText text, LineTableExtractor.Cell cell,
                                          String value) {
        FieldValue read = value(documentId, text, cell, value);
        List<Word> words = cell.segment().words();
        if (!words.stream().allMatch(w -> w.text().chars().anyMatch(Character::isDigit)
                || Units.unit(w.text()).isPresent())) {
            return read; // "SOKGS 54.84": the count misread, the number beside it another column's
        }
        double digits = words.stream().filter(w -> w.text().chars().anyMatch(Character::isDigit))
                .mapToDouble(Word::confidence).min().orElse(read.source().confidence());
        Provenance p = read.source();
        return digits <= p.confidence() ? read : new FieldValue(read.value(), read.raw(),
                new Provenance(p.documentId(), p.page(), p.box(), p.method(), digits, p.assumption()));
    }

    /** the value with no sureness at all, and why */
    private static FieldValue markLost(FieldValue read) {
        Provenance p = read.source();
        return new FieldValue(read.value(), read.raw(), new Provenance(p.documentId(), p.page(), p.box(), p.method(),
                0.0, String.format(java.util.Locale.ROOT, FieldExtractor.WEIGHT_DECIMAL_MARK_LOST, read.value())));
    }

    private static FieldValue value(String documentId, DocumentText text, LineTableExtractor.Cell cell, String value) {
        TextSegment s = cell.segment();
        // (a cell may join words of several segments: its first word's line tells the page)
        Word first = s.words().get(0);
        int page = text.lines().stream().filter(l -> l.segments().stream().anyMatch(g -> g.words().contains(first)))
                .mapToInt(TextLine::page).findFirst()
                .orElse(1);
        return new FieldValue(value, cell.text(), new Provenance(documentId, page, s.box(), text.method(),
                s.confidence(), null));
    }

    private static void offerTotals(FieldExtractor fields, String documentId, DocumentText text,
                                    LineTableExtractor.Row total, Numbers.DecimalStyle style) {
        total.cells().forEach((field, cell) -> {
            String raw = field == LineField.AMOUNT ? withLeadGroupBefore(total, cell) : cell.text();
            switch (field) {
                case AMOUNT -> ValueParsers.amount(raw, style).ifPresent(a ->
                        fields.offer(Field.TOTAL_AMOUNT, value(documentId, text, cell, Numbers.amount(a)), 25));
                case NET_WEIGHT, GROSS_WEIGHT -> {
                    Field weight = field == LineField.NET_WEIGHT ? Field.NET_WEIGHT : Field.GROSS_WEIGHT;
                    Optional<BigDecimal> kilograms = Units.kilograms(raw, style);
                    kilograms.ifPresent(w -> fields.offer(weight,
                            numberValue(documentId, text, cell, Numbers.plain(w)), 25));
                    if (kilograms.isEmpty() && text.method() == ExtractionMethod.OCR) {
                        // "2,27449KG" for 2,274.49 kg: as for a labelled weight, the digits with no sureness at all,
                        // taken only where another document states that very weight
                        Units.kilogramsWithDecimalMarkLost(raw, style).ifPresent(w -> fields.offer(weight,
                                markLost(value(documentId, text, cell, Numbers.plain(w))), 25));
                    }
                }
                case PACKAGES -> ValueParsers.count(raw, style).map(ValueParsers.Count::count).ifPresent(c ->
                        fields.offer(Field.PACKAGE_COUNT, numberValue(documentId, text, cell, Numbers.plain(c)), 25));
                default -> {
                }
            }
        });
    }

    /** a number's leading groups: "135", or "1529" (1 529, its grouping space lost too) */
    private static final Pattern LEAD_GROUP = Pattern.compile("\\s*\\d{1,3}(?:[ .,]?\\d{3})*\\s*");
    private static final Pattern GROUP_AND_DECIMALS_FIRST = Pattern.compile("^\\s*\\d{3}[.,]\\d{2}(?!\\d).*");

    /** {@code before} ends right before {@code after} starts, a word's gap apart (under a character's height) */
    private static boolean wordGapApart(TextSegment before, TextSegment after) {
        double gap = after.x1() - before.x2();
        return gap >= 0 && gap < after.box().y2() - after.box().y1();
    }

    /**
     * "135 936,00 GBP" on a total row, its "135" fallen into the column before (a grouping space between, a word's
     * gap): the total's cell with that lead group put back
     */
    private static String withLeadGroupBefore(LineTableExtractor.Row total, LineTableExtractor.Cell amount) {
        if (!GROUP_AND_DECIMALS_FIRST.matcher(amount.text()).matches()) {
            return amount.text();
        }
        return total.cells().entrySet().stream()
                .filter(e -> e.getKey() != LineField.AMOUNT && LEAD_GROUP.matcher(e.getValue().text()).matches()
                        && wordGapApart(e.getValue().segment(), amount.segment()))
                .findFirst().map(e -> e.getValue().text().strip() + " " + amount.text().strip())
                .orElse(amount.text());
    }

    /** a word of goods after the packages' kind ("CARTONS OF CORRUGATED PAPER" are goods themselves) */
    private static final Pattern GOODS_AFTER_THE_KIND = Pattern.compile("(?!(?i:of|and|for|with)\\b)\\p{L}");

    /**
     * "CARTONS MEN'S T-SHIRTS ...": the packages' kind before the goods, its count read into the column before and
     * the carrier's "SAID TO CONTAIN" taken out, no word of the goods ("CARTONS OF CORRUGATED PAPER" are goods)
     */
    static String packagesBeforeTheGoodsTakenOff(String goods) {
        String text = goods.replace('|', ' ').strip(); // "CARTONS|": the rule beside the packages' cell
        int kind = ValueParsers.packageKindOpening(text);
        return kind >= 0 && GOODS_AFTER_THE_KIND.matcher(text.substring(kind)).lookingAt() ? text.substring(kind)
                : goods;
    }

    private static void cargoTable(FieldExtractor fields, String documentId, DocumentText text,
                                   LineTableExtractor.Table table, Numbers.DecimalStyle style) {
        StringBuilder description = new StringBuilder();
        LineTableExtractor.Cell first = null;
        for (LineTableExtractor.Row row : table.rows()) {
            LineTableExtractor.Cell d = row.cells().get(LineField.DESCRIPTION);
            if (d != null) {
                first = first == null ? d : first;
                description.append(description.isEmpty() ? "" : "\n").append(d.text());
            }
            LineTableExtractor.Cell hs = row.cells().get(LineField.HS_CODE);
            if (hs != null) {
                ValueParsers.hsCodeOfCell(hs.text()).ifPresent(c -> fields.offer(Field.HS_CODE,
                        value(documentId, text, hs, c), 20));
            }
        }
        if (first != null) {
            String all = ValueParsers.withoutBoilerplate(description.toString());
            java.util.regex.Matcher hs = CARGO_HS.matcher(all);
            while (hs.find()) {
                fields.offer(Field.HS_CODE, value(documentId, text, first, hs.group(1).replaceAll("[^0-9]", "")), 20);
            }
            // one description per goods item: where the carrier marks each with its HS code, the code ends it;
            // else each printed line is an item, joined again where a line plainly goes on
            List<String> items = new ArrayList<>();
            if (hs.reset().find()) {
                for (String goods : hs.reset().replaceAll("\u0000").split("\u0000")) {
                    items.add(goods.replaceAll("\\s+", " ").strip());
                }
            } else {
                for (String line : all.split("\n")) {
                    String item = line.strip();
                    boolean goesOn = !items.isEmpty() && (items.get(items.size() - 1).matches(".*[,\\-/&]$")
                            || (!item.isEmpty() && Character.isLowerCase(item.charAt(0))));
                    if (goesOn) {
                        items.set(items.size() - 1, items.get(items.size() - 1) + " " + item);
                    } else {
                        items.add(item);
                    }
                }
            }
            LineTableExtractor.Cell cell = first;
            for (String goods : items) {
                ValueParsers.description(packagesBeforeTheGoodsTakenOff(goods)).ifPresent(g ->
                        fields.offer(Field.DESCRIPTION, value(documentId, text, cell, g), 20));
            }
        }
        LineTableExtractor.Row source = table.total() != null ? table.total() : table.rows().get(0);
        offerTotals(fields, documentId, text, source, style);
        if (table.total() == null) {
            for (LineTableExtractor.Row row : table.rows()) {
                LineTableExtractor.Cell p = row.cells().get(LineField.PACKAGES);
                if (p != null) {
                    ValueParsers.count(p.text(), style).ifPresent(c -> {
                        fields.offer(Field.PACKAGE_COUNT, value(documentId, text, p, Numbers.plain(c.count())), 20);
                        if (c.unit() != null && Units.isPackageKind(c.unit())) {
                            fields.offer(Field.PACKAGE_KIND, value(documentId, text, p, c.unit()), 20);
                        }
                    });
                    break;
                }
            }
        }
    }
}
