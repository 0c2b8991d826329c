package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.LineField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds goods-line tables: a header line whose segments name columns (Description, Qty, Unit Price, Amount, HS Code,
 * N.W., G.W., ...), the rows under it assigned to columns by horizontal overlap, description text that wraps onto the
 * next line joined, and the TOTAL row read column by column.
 */
final class LineTableExtractor {

    /** A column kind; {@code field == null} for columns we read past (item no., marks). */
    record Column(LineField field, double x1, double x2) {
    }

    /** One table row: the cells by field, each with the segment it came from. */
    record Row(Map<LineField, Cell> cells) {
    }

    record Cell(String text, TextSegment segment) {
    }

    record Table(int headerLine, List<Column> columns, List<Row> rows, Row total, Set<Integer> consumedLines,
                 String headerText) {
    }

    private static final Map<String, LineField> HEADERS = new HashMap<>();
    private static final Set<String> SKIPPED = new HashSet<>();

    static {
        header(LineField.DESCRIPTION, "description", "description of goods", "goods description", "goods", "commodity",
                "item description", "product", "products", "article", "merchandise", "designation", "descripcion",
                "commodity description", "description of goods and packages", "goods and description",
                "product description", "name of goods", "description of merchandise", "cargo description",
                "marks and description", "material description", "kind of goods", "particulars",
                "description of packages and goods", "description of goods and packages", "said to contain",
                "goods description and packages", "kind of packages description of goods");
        header(LineField.HS_CODE, "hs code", "hscode", "htscode", "hs", "h s code", "hts", "hts code", "tariff code",
                "commodity code", "hs no", "cn code", "tariff no", "hs tariff", "customs code", "h s", "hs tariff no",
                "tariff", "hs cn code", "taric", "taric code", "heading", "tariff heading", "hs classification", "cn",
                "htsus", "htsus no", "hts no", "hts number", "hs number", "tariff number", "customs tariff no",
                "commodity code hs", "hs codes", "hs no", "tariff code no");
        header(LineField.QUANTITY, "qty", "quantity", "quantities", "cantidad", "menge", "quantite", "qty pcs",
                "qty unit", "quantity unit", "qty uom", "no of units", "qty sets", "qty pieces", "quantity pcs",
                "quantity and unit", "qnty", "qty.", "qy"); // "Qy": the t between Q and y lost on scans
        header(LineField.UNIT, "unit", "uom", "unit of measure", "u m", "um", "units", "unit code");
        header(LineField.UNIT_PRICE, "unit price", "price", "u price", "price unit", "unit value", "rate",
                "price per unit", "unit cost", "precio unitario", "prix unitaire", "unit price usd", "price each",
                "unit price eur", "unitprice", "uprice", "each", "u p", "price usd", "price eur",
                // "U/Price" with its slash read as a letter or a one on a scan
                "ulprice", "uiprice", "u1price");
        header(LineField.AMOUNT, "amount", "total", "total amount", "line total", "total price", "value",
                "total value", "extended price", "ext price", "importe", "montant", "amount usd", "amount eur",
                "line amount", "net amount", "total usd", "total eur", "customs value", "invoice value",
                "statistical value", "value usd", "declared value", "item value", "sum", "betrag", "entered value",
                "ext cost", "extended cost", "total cost", "line value", "ext amount", "extended amount", "line total amount",
                "value for duty", "customs value usd", "net value");
        header(LineField.PACKAGES, "packages", "pkgs", "cartons", "ctns", "no of packages", "no of cartons",
                "package", "colis", "bales", "pallets", "no of pkgs", "pkg", "packs", "number of packages", "ctn",
                "cartons qty", "no of ctns", "packing", "no and kind of packages", "number and kind of packages");
        header(LineField.NET_WEIGHT, "net weight", "n w", "net wt", "nw", "net", "net kg", "net weight kgs",
                "net mass", "net weight kg", "n w kgs", "n w kg", "net kgs", "net mass kg", "netto");
        header(LineField.GROSS_WEIGHT, "gross weight", "g w", "gross wt", "gw", "gross", "gross kg",
                "gross weight kgs", "gross mass", "gross weight kg", "g w kgs", "g w kg", "gross kgs", "gross mass kg",
                "brutto");
        header(LineField.ORIGIN, "origin", "country of origin", "coo", "made in", "orig", "origin country",
                "origin of goods", "origin of the goods");
        for (String skipped : List.of("no", "item", "item no", "s no", "sr no", "sl no", "line", "pos", "position", "ref",
                "item code", "article no", "part no", "sku", "marks", "marks and nos", "marks and numbers", "model",
                "model no", "carton no", "ctn no", "measurement", "cbm", "m3", "volume", "dimensions", "size",
                "colour", "color", "style", "tax", "vat", "discount", "line no", "item ref", "container",
                "container no", "serial", "remarks")) {
            SKIPPED.add(Tokens.key(skipped));
        }
    }

    private static void header(LineField field, String... names) {
        for (String name : names) {
            HEADERS.put(Tokens.key(name), field);
        }
    }

    private LineTableExtractor() {
    }

    static List<Table> extract(DocumentText text, Numbers.DecimalStyle style) {
        List<Table> tables = new ArrayList<>();
        List<TextLine> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!startsHeader(lines.get(i))) {
                continue;
            }
            List<Column> columns = null;
            int headerEnd = i;
            // a header may wrap: "Commodity" over "Code", "Unit" over "Price" over "(USD)"
            TextLine merged = lines.get(i);
            for (int k = i; k < Math.min(lines.size(), i + 4); k++) {
                List<Column> found;
                if (k == i) {
                    found = header(merged);
                } else {
                    TextLine appended = mergeHeaderLines(merged, lines.get(k), false);
                    if (appended == null) {
                        break;
                    }
                    found = header(appended);
                    // "Commodity Qty" over "Code": the word belongs to the one it stands under, not after "Qty";
                    // taken too where it leaves fewer columns unnamed ("Commodity Quantity Unit of" over "Code
                    // Shipped Measure" in one cell names none, word by word three)
                    TextLine underWords = mergeHeaderLines(merged, lines.get(k), true);
                    List<Column> underFound = header(underWords);
                    // or as many, but columns side by side where the plain order stacks some over others ("Unit
                    // Total" over "Price Price(£)": unit price and total price, not unit, amount and price overlaid)
                    if (underFound != null && (found == null || unnamed(underFound) < unnamed(found)
                            || unnamed(underFound) == unnamed(found) && overlaid(underFound) < overlaid(found))) {
                        appended = underWords;
                        found = underFound;
                    }
                    merged = appended;
                }
                if (found != null && (columns == null || found.size() >= columns.size())) {
                    columns = found;
                    headerEnd = k;
                }
            }
            if (columns == null) {
                continue;
            }
            Table table = rows(lines, headerEnd, withCountsUnderAnUnnamedColumn(lines, headerEnd, columns, style),
                    style);
            if (!table.rows().isEmpty()) {
                for (int k = i; k < headerEnd; k++) {
                    table.consumedLines().add(k);
                }
                tables.add(table);
                i = table.consumedLines().stream().mapToInt(Integer::intValue).max().orElse(i);
            }
        }
        return tables;
    }

    /**
     * The columns with an unnamed one taken as the quantity's where no header names a quantity and every row holds a
     * number and its unit under it, pieces, sets or pairs among them ("Qty." read "an" over "1800 PCS", "23 SETS"):
     * a column of weights alone is no count.
     */
    private static List<Column> withCountsUnderAnUnnamedColumn(List<TextLine> lines, int headerEnd,
                                                               List<Column> columns, Numbers.DecimalStyle style) {
        if (columns.stream().anyMatch(c -> c.field() == LineField.QUANTITY)) {
            return columns;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field() != null) {
                continue;
            }
            List<Column> tried = new ArrayList<>(columns);
            tried.set(i, new Column(LineField.QUANTITY, columns.get(i).x1(), columns.get(i).x2()));
            List<String> units = rows(lines, headerEnd, tried, style).rows().stream()
                    .map(row -> unitAfterANumber(row.cells().get(LineField.QUANTITY))).toList();
            if (!units.isEmpty() && !units.contains(null) && units.stream().anyMatch(Units::countedInPieces)) {
                return tried;
            }
        }
        return columns;
    }

    /** the unit of a cell holding a number and its unit ("1800 PCS", "3600KGS"), else null */
    private static String unitAfterANumber(Cell cell) {
        java.util.regex.Matcher m = cell == null ? null : COUNT_AND_UNIT.matcher(cell.text().strip());
        return m != null && m.matches() ? Units.unit(m.group(1)).orElse(null) : null;
    }

    /** "1800 PCS", "3600KGS": a number and its unit */
    private static final java.util.regex.Pattern COUNT_AND_UNIT =
            java.util.regex.Pattern.compile("\\d[\\d.,\\s]*\\s*(\\p{L}{2,})");

    private static long unnamed(List<Column> columns) {
        return columns.stream().filter(c -> c.field() == null).count();
    }

    /** pairs of columns that stand over one another */
    private static int overlaid(List<Column> columns) {
        int pairs = 0;
        for (int i = 0; i < columns.size(); i++) {
            for (int j = i + 1; j < columns.size(); j++) {
                Column a = columns.get(i);
                Column b = columns.get(j);
                if (Math.min(a.x2(), b.x2()) > Math.max(a.x1(), b.x1())) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    /** A header's first line names at least two columns and holds no label ("Currency: USD") or number. */
    private static boolean startsHeader(TextLine line) {
        if (line.text().matches(".*\\d{3,}.*")) {
            return false;
        }
        for (TextSegment segment : line.segments()) {
            String text = segment.text().strip();
            int colon = text.indexOf(':');
            // a colon closing a column's name ("Qty:" — or a speck read as one) is no label with its value
            if (colon >= 0 && (colon < text.length() - 1 || columnsOf(segment) == null)) {
                return false;
            }
        }
        int named = 0;
        for (TextSegment segment : line.segments()) {
            List<Column> columns = columnsOf(segment);
            if (columns != null) {
                named += (int) columns.stream().filter(c -> c.field() != null).count();
            }
        }
        return named >= 2;
    }

    /**
     * The header line with the next line's words added to the column they stand under, after its words or (with
     * {@code underTheirWords}) right after the word each stands under; null when the next line holds values.
     */
    private static TextLine mergeHeaderLines(TextLine header, TextLine next, boolean underTheirWords) {
        double height = Math.max(1, header.bottom() - header.top());
        if (next.page() != header.page() || next.top() - header.bottom() > 1.5 * height
                || next.text().matches(".*\\d{2,}.*") || next.text().contains(":")) {
            return null;
        }
        List<List<Word>> columns = new ArrayList<>();
        for (TextSegment s : header.segments()) {
            columns.add(new ArrayList<>(s.words()));
        }
        for (TextSegment s : next.segments()) {
            // word by word: under narrow columns, "(US$) (US$)" may come as one segment spanning two of them
            List<Word> unplaced = new ArrayList<>();
            for (Word w : s.words()) {
                int best = -1;
                double bestOverlap = 0;
                for (int c = 0; c < header.segments().size(); c++) {
                    TextSegment h = header.segments().get(c);
                    double overlap = Math.min(w.box().x2(), h.x2()) - Math.max(w.box().x1(), h.x1());
                    if (overlap > bestOverlap) {
                        best = c;
                        bestOverlap = overlap;
                    }
                }
                if (withoutUnits(w.text()).isEmpty()) {
                    // "(JPY)", "(KGS)": a unit names no column, and added after "... HS Code" of a segment that also
                    // holds "Price/Unit" above it, it stretched the code's column back over the price's
                    continue;
                }
                if (best < 0) {
                    unplaced.add(w);
                } else {
                    if (underTheirWords && !namesOneColumnWith(columns.get(best), w)) {
                        insertUnder(columns.get(best), header.segments().get(best).words(), w);
                    } else {
                        columns.get(best).add(w); // "Total Gross" over "wt": the name goes on
                    }
                }
            }
            if (!unplaced.isEmpty()) {
                columns.add(unplaced);
            }
        }
        List<TextSegment> segments = new ArrayList<>();
        for (List<Word> words : columns) {
            segments.add(new TextSegment(words));
        }
        segments.sort(java.util.Comparator.comparingDouble(TextSegment::x1));
        return new TextLine(header.page(), segments);
    }

    /**
     * whether the cell's words with {@code word} after them name one column ("Total Gross" over "Wt": "Total Gross
     * Wt", the gross weight; put under "Total", "Total Wt Gross" had named an amount and a weight)
     */
    private static boolean namesOneColumnWith(List<Word> cell, Word word) {
        List<Word> words = new ArrayList<>(cell);
        words.add(word);
        List<Column> named = columnsOf(new TextSegment(words));
        return named != null && named.size() == 1 && named.get(0).field() != null;
    }

    /**
     * A second header line's word joins its column's name right after the first line's word it stands under:
     * "Commodity Qty" over "Code" reads "Commodity Code Qty" (two columns), not "Commodity Qty Code". Tried only
     * where the plain order names no header: "Total Gross" over "wt" is "Total Gross wt".
     */
    private static void insertUnder(List<Word> column, List<Word> firstLine, Word word) {
        int at = column.size();
        double bestOverlap = 0;
        for (int i = 0; i < column.size(); i++) {
            Word above = column.get(i);
            double overlap = Math.min(word.box().x2(), above.box().x2()) - Math.max(word.box().x1(), above.box().x1());
            if (firstLine.contains(above) && overlap > bestOverlap) {
                bestOverlap = overlap;
                at = i + 1;
            }
        }
        while (at < column.size() && !firstLine.contains(column.get(at))) {
            at++; // after the words of this line already placed under the same word
        }
        column.add(at, word);
    }

    /** The columns a header line names, or null when it is no table header. */
    static List<Column> header(TextLine line) {
        if (line.text().matches(".*\\d{3,}.*")) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        Set<LineField> seen = new HashSet<>();
        int unknown = 0;
        TextSegment noiseFirst = null;
        for (TextSegment segment : line.segments()) {
            List<Column> named = columnsOf(segment);
            if (named == null && recognitionNoise(segment)) {
                if (columns.isEmpty() && noiseFirst == null) {
                    noiseFirst = segment;
                }
                continue; // "Oe" read at 0 % from a speck or a line remnant between two header cells
            }
            if (named == null) {
                // a column we cannot name still holds its words, so they do not spill into a neighbour
                unknown++;
                columns.add(new Column(null, segment.x1(), segment.x2()));
                continue;
            }
            for (Column c : named) {
                if (c.field() != null && !seen.add(c.field())) {
                    return null;
                }
                columns.add(c);
            }
        }
        // goods are described, or at least coded with their quantities: "Currency | Total Packages | G.W." is a form
        boolean hasCore = seen.contains(LineField.DESCRIPTION)
                || (seen.contains(LineField.HS_CODE) && seen.contains(LineField.QUANTITY));
        boolean hasNumber = seen.contains(LineField.QUANTITY) || seen.contains(LineField.AMOUNT)
                || seen.contains(LineField.NET_WEIGHT) || seen.contains(LineField.GROSS_WEIGHT)
                || seen.contains(LineField.PACKAGES) || seen.contains(LineField.UNIT_PRICE);
        if (!hasCore && noiseFirst != null && seen.contains(LineField.QUANTITY)
                && seen.stream().filter(NUMBER_COLUMNS::contains).count() >= 3) {
            // "ee pene cose" at 0.15 before "Qty/ Unit | No.of Pkgs | Net Wt. | Gross Weight": the first header,
            // unreadable, stands where the goods are described
            columns.add(0, new Column(LineField.DESCRIPTION, noiseFirst.x1(), noiseFirst.x2()));
            hasCore = true;
        } else if (!hasCore && noiseFirst == null && !columns.isEmpty() && seen.contains(LineField.QUANTITY)
                && seen.stream().filter(NUMBER_COLUMNS::contains).count() >= 3
                && columns.get(0).x1() > 0.4 * line.segments().get(line.segments().size() - 1).x2()) {
            // "Qty | Packages Net Wt | Gross Wt" far right, "Marks & Nos. | Goods Description" at the left not read
            // at all (small bold print): the goods are described left of the quantities
            columns.add(0, new Column(LineField.DESCRIPTION, 0, 0));
            hasCore = true;
        }
        if (!hasCore || !hasNumber || seen.size() < 2 || unknown > seen.size()) {
            return null;
        }
        return columns;
    }

    /**
     * an unnamed header part the recogniser itself hardly believed (a speck or a line remnant read as "Oe", merged
     * with the scraps under it): no column, or it would cut the description beside it short
     */
    private static boolean recognitionNoise(TextSegment segment) {
        return segment.confidence() < 0.3
                || segment.confidence() < 0.5 && segment.text().replaceAll("[^\\p{L}\\p{N}]", "").length() <= 3;
    }

    private static final Set<String> CONNECTIVES = Set.of("of", "and", "per", "in");

    private static final java.util.regex.Pattern WEIGHT_W_MISREAD = java.util.regex.Pattern.compile("gm|gv|nv");

    private static final java.util.regex.Pattern TOTAL_JOINED =
            java.util.regex.Pattern.compile("(Total|TOTAL)(\\p{Lu}.*)");

    /**
     * the header segment with "Total" read joined to the name after it split off again ("TotalG.W. Measurement": the
     * space lost, and with it the weight's column and the whole cargo table)
     */
    private static TextSegment totalReadJoined(TextSegment segment) {
        List<Word> words = new ArrayList<>();
        for (Word w : segment.words()) {
            java.util.regex.Matcher m = TOTAL_JOINED.matcher(w.text());
            if (!m.matches()) {
                words.add(w);
                continue;
            }
            int split = w.box().x1() + (w.box().x2() - w.box().x1()) * 5 / w.text().length();
            words.add(new Word(m.group(1), new Box(w.box().x1(), w.box().y1(), split, w.box().y2()), w.confidence()));
            words.add(new Word(m.group(2), new Box(split, w.box().y1(), w.box().x2(), w.box().y2()), w.confidence()));
        }
        return words.size() == segment.words().size() ? segment : new TextSegment(words);
    }

    /** A header segment may hold one column name or, where the gap was small, several ("Qty Unit"). */
    private static List<Column> columnsOf(TextSegment read) {
        TextSegment segment = totalReadJoined(read);
        String key = withoutUnits(segment.text());
        if (key.isEmpty()) {
            return null;
        }
        LineField single = HEADERS.get(key);
        if (single == null && segment.words().size() == 1 && WEIGHT_W_MISREAD.matcher(key).matches()) {
            // "GM." for "G.W.": the W of a weight's two-letter name read as its look-alike M or V ("NM" is "no marks")
            single = HEADERS.get(key.charAt(0) + "w");
        }
        if (single == null && key.startsWith("total ")) {
            single = HEADERS.get(key.substring(6)); // "Total G.W.", "Total Value"
            if (single != null && !TOTALLED.contains(single) && single != LineField.AMOUNT) {
                single = null; // "Total HS No.": two headers closed up, the amount's and the code's, not a total code
            }
        }
        if (single != null) {
            return List.of(new Column(single, segment.x1(), segment.x2()));
        }
        if (SKIPPED.contains(key)) {
            return List.of(new Column(null, segment.x1(), segment.x2()));
        }
        if (namesAFormValue(key)) {
            return null; // "Price Terms" in a row of boxes ("Curr. | Price Terms | Origin of Goods") is no price column
        }
        // several names in one segment: split on the words
        List<Column> columns = new ArrayList<>();
        List<Word> words = segment.words();
        int i = 0;
        int skippedWords = 0;
        while (i < words.size()) {
            if (Tokens.key(words.get(i).text()).isEmpty()) {
                i++; // "/" or "&" between two names
                continue;
            }
            int best = -1;
            LineField bestField = null;
            boolean bestSkipped = false;
            for (int j = Math.min(words.size(), i + 5); j > i; j--) {
                String k = withoutUnits(join(words.subList(i, j)));
                LineField totalled = k.startsWith("total ") && j - i > 1 ? HEADERS.get(k.substring(6)) : null;
                if (totalled != null && TOTALLED.contains(totalled)) {
                    k = k.substring(6); // "Total G.W." beside "Measurement": the total's column, not an amount
                }
                if (HEADERS.containsKey(k)) {
                    best = j;
                    bestField = HEADERS.get(k);
                    break;
                }
                if (SKIPPED.contains(k)) {
                    best = j;
                    bestSkipped = true;
                    break;
                }
            }
            if (best < 0) {
                for (int j = Math.min(words.size(), i + 3); j >= i + 2 && best < 0; j--) {
                    LineField misread = misreadName(words.subList(i, j));
                    if (misread != null) {
                        best = j;
                        bestField = misread;
                    }
                }
            }
            if (best < 0) {
                // a word between names ("Number and Kind of Packages" printed with the next column's name); a
                // connective ("of" of "Unit of Measure" read apart from its words over two lines) names nothing
                if (!CONNECTIVES.contains(Tokens.key(words.get(i).text()))) {
                    skippedWords++;
                }
                i++;
                continue;
            }
            LineField field = bestSkipped ? null : bestField;
            Column previous = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            // the name's words span the column (a second header line's word may stand left of the first's)
            TextSegment name = new TextSegment(words.subList(i, best));
            if (previous != null && previous.field() == field) {
                // "Article / Description": two names of one column
                columns.set(columns.size() - 1, new Column(field, previous.x1(), Math.max(previous.x2(), name.x2())));
            } else {
                columns.add(new Column(field, name.x1(), name.x2()));
            }
            i = best;
        }
        boolean named = columns.stream().anyMatch(c -> c.field() != null);
        if (!named || skippedWords > words.size() / 2) {
            return null;
        }
        // a header cell of two lines under one segment ("Item Description" over "No."): an unnamed part lying under a
        // named one is part of that column's cell, not a column of its own
        columns.removeIf(c -> c.field() == null && columns.stream().anyMatch(n -> n.field() != null
                && Math.min(n.x2(), c.x2()) - Math.max(n.x1(), c.x1()) > 0.5 * (c.x2() - c.x1())));
        return columns;
    }

    /**
     * A column name of several words with one letter misread in a word the recogniser doubted ("HLS. Code" for
     * "H.S. Code"): the one name it is a letter away from, or null. Names of one word are left alone: "Qty" is a
     * letter away from too many things.
     */
    private static LineField misreadName(List<Word> words) {
        if (words.stream().allMatch(w -> w.confidence() >= 0.85)) {
            return null;
        }
        String key = withoutUnits(join(words));
        if (key.length() < 6 || key.indexOf(' ') < 0) {
            return null;
        }
        LineField found = null;
        for (Map.Entry<String, LineField> name : HEADERS.entrySet()) {
            if (name.getKey().indexOf(' ') > 0 && Math.abs(name.getKey().length() - key.length()) <= 1
                    && io.customsreview.hub.llm.PartyNames.levenshtein(key, name.getKey()) == 1) {
                if (found != null && found != name.getValue()) {
                    return null;
                }
                found = name.getValue();
            }
        }
        return found;
    }

    /**
     * a form's label, as a whole, of a value no goods column holds (a term, a place, a party, a reference, a date):
     * its words are not split into column names ("Price" of "Price Terms"); labels of amounts, weights and counts
     * may head a column ("Invoice Value") and are left to the split
     */
    private static boolean namesAFormValue(String key) {
        var fields = Labels.fieldsNamedBy(key);
        return !fields.isEmpty() && fields.stream().allMatch(f -> switch (f.kind()) {
            case AMOUNT, WEIGHT, QUANTITY, HS_CODE, UNIT -> false;
            default -> true;
        });
    }

    /** columns whose header may say "Total" before the name ("Total G.W.") */
    private static final Set<LineField> TOTALLED = Set.of(LineField.GROSS_WEIGHT, LineField.NET_WEIGHT,
            LineField.PACKAGES, LineField.QUANTITY);

    /** "TotalGross", "TotalG.W.": OCR lost the space between two capitalised header words */
    private static final java.util.regex.Pattern WORDS_RUN_TOGETHER =
            java.util.regex.Pattern.compile("(\\p{Ll}{2,})(\\p{Lu}(?:\\p{Ll}{2,}|\\.))");

    /** "Unit Price (US$)" -> "unit price": currencies and units in a header say nothing about the column's kind */
    private static String withoutUnits(String text) {
        StringBuilder key = new StringBuilder();
        String spaced = WORDS_RUN_TOGETHER.matcher(text).replaceAll("$1 $2");
        for (String token : Tokens.key(spaced).split(" ")) {
            token = strokeBefore(ofRunOn(token));
            boolean unitWord = token.matches("us|in|kgs|kg|pcs|lbs") || Currencies.isCode(token.toUpperCase(java.util.Locale.ROOT));
            if (!token.isEmpty() && !unitWord) {
                key.append(key.isEmpty() ? "" : " ").append(token);
            }
        }
        return key.toString();
    }

    /** the words of the column names, each once */
    private static final Set<String> HEADER_WORDS = HEADERS.keySet().stream()
            .flatMap(name -> java.util.Arrays.stream(name.split(" "))).collect(java.util.stream.Collectors.toSet());

    /**
     * "junit" as "unit": a stroke before a column name's word (a frame's rule, a bracket) read as a letter of its own;
     * only where the word read is no word of a column name and the rest is one of four letters or more
     */
    private static String strokeBefore(String token) {
        return token.length() >= 5 && "jli1|".indexOf(token.charAt(0)) >= 0 && !HEADER_WORDS.contains(token)
                && HEADER_WORDS.contains(token.substring(1)) ? token.substring(1) : token;
    }

    /**
     * "unitof" as "unit of": the space before a short "of" lost on a scan, where a column's name goes on so
     * ("Unit of Measure"); other words are left as they are
     */
    private static String ofRunOn(String token) {
        if (token.length() < 5 || !token.endsWith("of")) {
            return token;
        }
        String stem = token.substring(0, token.length() - 2) + " of ";
        return HEADERS.keySet().stream().anyMatch(name -> name.startsWith(stem)) ? stem.strip() : token;
    }

    private static String join(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            sb.append(w.text()).append(' ');
        }
        return sb.toString();
    }

    private static Table rows(List<TextLine> lines, int headerIndex, List<Column> columns, Numbers.DecimalStyle style) {
        List<Row> rows = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
        consumed.add(headerIndex);
        Row total = null;
        TextLine header = lines.get(headerIndex);
        double lineGap = Double.NaN;
        double previousBottom = header.bottom();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.page() != header.page()) {
                break;
            }
            double gap = line.top() - previousBottom;
            String key = Tokens.key(line.text());
            if (key.contains("in words") || key.matches("^say\\b.*")) {
                break; // the total spelt out ("SAY THIRTY-FOUR (34) CARTONS ONLY") is no column total
            }
            if (key.matches("^(total|totals|grand total|sub total|subtotal|sum|total amount|total value|in total)\\b.*")) {
                if (key.startsWith("total") || key.startsWith("grand") || key.startsWith("in total")
                        || key.startsWith("sum")) {
                    total = assign(line, columns);
                    if (line.segments().stream().filter(x -> x.text().matches(".*\\d.*")).count() >= 2) {
                        // column totals; a single "Total Value: USD 6,696.00" is better read as label and value
                        consumed.add(i);
                    }
                }
                break;
            }
            // a label ("Invoiced Amount:") ends the table; so does a wide vertical gap
            if (!Double.isNaN(lineGap) && gap > Math.max(3 * lineGap, 2.5 * (line.bottom() - line.top()))) {
                break;
            }
            String first = line.segments().get(0).text().strip();
            // a label ends the table; a row's number with a speck read as a colon ("4:") is none, nor one read as a
            // scrap of letters the recogniser doubted ("el:" at 0.48 for "1")
            if (header(line) != null || first.endsWith(":") && first.chars().anyMatch(Character::isLetter)
                    && !rowNumberMisread(line.segments().get(0))) {
                break;
            }
            String firstKey = Tokens.key(first);
            if (!rows.isEmpty() && line.segments().size() >= 2 && !first.matches(".*\\d.*")
                    && (firstKey.contains(" ") || farRightOfDescriptions(line.segments().get(0), columns))
                    && !Labels.fieldsNamedBy(firstKey).isEmpty()) {
                // "Number of Packages | 17 CTNS" under the goods: a document's label and value, its colon lost; a
                // one-word label too where it stands far right of where descriptions start ("Pkgs | 52 CASES")
                break;
            }
            if (recognitionNoise(line)) {
                // a speck or a rule's remains read as a word or two between rows: no row, and no end of the table
                previousBottom = line.bottom();
                continue;
            }
            Row row = assign(line, columns);
            if (columnSums(row, rows, style)) {
                total = row;
                consumed.add(i);
                break;
            }
            boolean hasNumber = row.cells().entrySet().stream()
                    .anyMatch(e -> e.getKey() != LineField.DESCRIPTION && e.getKey() != LineField.ORIGIN
                            && e.getKey() != LineField.UNIT && Numbers.first(e.getValue().text(), style).isPresent());
            if (hasNumber && (row.cells().containsKey(LineField.DESCRIPTION) || row.cells().containsKey(LineField.HS_CODE)
                    || row.cells().size() >= 2)) {
                rows.add(row);
            } else if (!rows.isEmpty() && !hasNumber && row.cells().size() == 1
                    && row.cells().containsKey(LineField.DESCRIPTION)) {
                // the description wraps onto a second line
                Row last = rows.remove(rows.size() - 1);
                Map<LineField, Cell> cells = new HashMap<>(last.cells());
                Cell d = cells.get(LineField.DESCRIPTION);
                cells.put(LineField.DESCRIPTION, d == null ? row.cells().get(LineField.DESCRIPTION)
                        // the line break is kept: a bill of lading lists one goods item a line
                        : new Cell(d.text() + "\n" + row.cells().get(LineField.DESCRIPTION).text(), d.segment()));
                rows.add(new Row(cells));
            } else if (rows.isEmpty() && i - headerIndex <= 2) {
                // a second header line ("(USD)", "(KGS)") or a blank spacer under the header
                consumed.add(i);
                previousBottom = line.bottom();
                continue;
            } else {
                break;
            }
            consumed.add(i);
            if (Double.isNaN(lineGap) || gap < lineGap) {
                lineGap = Math.max(gap, 1);
            }
            previousBottom = line.bottom();
        }
        return new Table(headerIndex, columns, rows, total, consumed, header.text());
    }

    /** a segment starting in the right half of the description column's span, or beyond it */
    private static boolean farRightOfDescriptions(TextSegment segment, List<Column> columns) {
        return columns.stream().filter(c -> c.field() == LineField.DESCRIPTION && Double.isFinite(c.x2()))
                .anyMatch(c -> segment.x1() > (c.x1() + c.x2()) / 2);
    }

    /** a row's first cell of one character and a colon, or of a few the recogniser doubted: a row number misread */
    private static boolean rowNumberMisread(TextSegment first) {
        String characters = first.text().replaceAll("[^\\p{L}\\p{N}]", "");
        // "A:" (0.86) for 1: no label is one letter
        return characters.length() == 1 && first.text().strip().matches(".[:;]")
                || first.confidence() < 0.6 && characters.length() <= 3;
    }

    /**
     * A row without a code, a price or a goods description (a word at most) whose every number is its column's sum
     * over the two or more rows above: the column totals, their "Total" label absent or lost on a scan ("ews |
     * 1,004.05 kg", a stamp beside them read as a word, under three goods rows). A misread number above leaves it a
     * row.
     */
    private static boolean columnSums(Row row, List<Row> rows, Numbers.DecimalStyle style) {
        Cell description = row.cells().get(LineField.DESCRIPTION);
        if (rows.size() < 2 || row.cells().containsKey(LineField.HS_CODE)
                || row.cells().containsKey(LineField.UNIT_PRICE)
                || description != null && description.text().strip().contains(" ")) {
            return false;
        }
        int sums = 0;
        for (Map.Entry<LineField, Cell> cell : row.cells().entrySet()) {
            LineField field = cell.getKey();
            Optional<BigDecimal> value = field == LineField.DESCRIPTION || field == LineField.ORIGIN
                    || field == LineField.UNIT ? Optional.empty() : Numbers.first(cell.getValue().text(), style);
            if (value.isEmpty()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Row above : rows) {
                Optional<BigDecimal> term = Optional.ofNullable(above.cells().get(field))
                        .flatMap(c -> Numbers.first(c.text(), style));
                if (term.isEmpty()) {
                    return false;
                }
                sum = sum.add(term.get());
            }
            if (sum.compareTo(value.get()) != 0) {
                return false;
            }
            sums++;
        }
        return sums > 0;
    }

    /** a line of a few letters the recogniser was unsure of (digital text is always sure) */
    private static boolean recognitionNoise(TextLine line) {
        String text = line.text();
        return text.replaceAll("[^\\p{L}\\p{N}]", "").length() <= 3 && !text.matches(".*\\d.*")
                && line.segments().stream().flatMap(s -> s.words().stream()).allMatch(w -> w.confidence() < 0.6);
    }

    /**
     * Puts each word of a row under the column whose span holds its centre; a column spans from its header's left
     * edge to the next header's. Words of one segment that fall under different columns are split ("20 262,00 Italy"
     * printed close together), except in the description, whose text may run long.
     */
    private static Row assign(TextLine line, List<Column> columns) {
        List<Column> ordered = new ArrayList<>(columns);
        ordered.sort(java.util.Comparator.comparingDouble(Column::x1));
        Map<LineField, Cell> cells = new HashMap<>();
        for (TextSegment segment : line.segments()) {
            Column first = columnAt(center(segment.words().get(0)), ordered);
            if (first.field() == LineField.DESCRIPTION && NO_MARKS.matcher(segment.text()).matches()) {
                continue; // "N/M" (no marks) of a marks column no header named: shipping marks, no description
            }
            if (segment.words().size() == 1) {
                Column column = columnAt((segment.x1() + segment.x2()) / 2, ordered);
                if (column.field() == LineField.DESCRIPTION && WRITTEN_CODE.matcher(segment.text()).matches()
                        && line.segments().size() > 1
                        && ordered.stream().noneMatch(c -> c.field() == LineField.HS_CODE)) {
                    // "8708.30" alone under the description of a table whose "Commodity Code" header was read into
                    // the description's: a code written with its points, in a cell of its own beside the row's other
                    // cells, is the line's code (on a line of its own it continues the description: "HS CODE" above)
                    cells.putIfAbsent(LineField.HS_CODE, new Cell(segment.text(), segment));
                    continue;
                }
                put(cells, column, segment, ordered);
                continue;
            }
            if (first.field() == LineField.DESCRIPTION) {
                // the description keeps its words, but not the trailing ones standing under a later column
                List<Word> words = segment.words();
                int end = words.size();
                while (end > 1 && columnAt(center(words.get(end - 1)), ordered) != first) {
                    end--;
                }
                if (end < words.size() && lettersUnderNumberColumns(words.subList(end, words.size()), ordered)) {
                    end = words.size(); // "... NOT ROASTED HS": a long description's last word, no weight's
                }
                put(cells, first, new TextSegment(words.subList(0, end)), ordered);
                if (end == words.size()) {
                    continue;
                }
                segment = new TextSegment(words.subList(end, words.size()));
            }
            List<Word> run = new ArrayList<>();
            Column runColumn = null;
            Word previous = null;
            for (Word word : segment.words()) {
                Column column = columnOf(word, ordered);
                if (previous != null && runColumn != null && centsSetApart(previous.text(), word.text())) {
                    column = runColumn;
                }
                if (previous != null && previous.text().matches("\\d{1,3}")
                        && (word.text().matches("\\d{3}([.,]\\d+)?\\D*|\\d{3,}[^\\d\\s.,]\\S*")
                        || groupWithADigitReadAsALetter(word.text()))
                        && !(word.text().matches("\\d{3}[.,]\\d+\\D*")
                        && aloneInAWeightOrCountColumn(previous, runColumn, line, ordered))) {
                    // "16 943,12": one number grouped with a space, right-aligned in its column (but "499 1287420" is
                    // a price and an amount); "1 6806/KGS" too, its last group run into the unit beside it: the cell
                    // is then no count, where "1" alone would be a wrong one
                    runColumn = column;
                }
                previous = word;
                if (runColumn != null && column != runColumn) {
                    put(cells, runColumn, new TextSegment(run), ordered);
                    run = new ArrayList<>();
                }
                run.add(word);
                runColumn = column;
            }
            put(cells, runColumn, new TextSegment(run), ordered);
        }
        return new Row(cells);
    }

    /**
     * "88e;PCS" of "1 880 PCS": a group of three, two digits and a letter a digit is read as, and no digit after it
     * (the unit, or punctuation before it): a number's last group misread, no word of its own
     */
    private static boolean groupWithADigitReadAsALetter(String word) {
        if (word.length() < 3 || word.length() > 3 && Character.isDigit(word.charAt(3))) {
            return false;
        }
        String group = word.substring(0, 3);
        return group.chars().filter(Character::isDigit).count() == 2
                && group.chars().anyMatch(c -> DIGIT_LOOK_ALIKES.indexOf(c) >= 0);
    }

    private static final String DIGIT_LOOK_ALIKES = "oOeDQlI|SB";

    /**
     * A number that is the only word of its row under a weight, count or quantity column of its own ("425 788.22": the
     * net weight 425 beside the value 788.22, printed close together): that column's value, no amount's first group.
     */
    private static boolean aloneInAWeightOrCountColumn(Word word, Column column, TextLine line, List<Column> ordered) {
        if (column == null || column.field() == null || !Set.of(LineField.NET_WEIGHT, LineField.GROSS_WEIGHT,
                LineField.QUANTITY, LineField.PACKAGES).contains(column.field())) {
            return false;
        }
        return line.segments().stream().flatMap(s -> s.words().stream())
                .filter(w -> w != word && columnAt(center(w), ordered) == column).findAny().isEmpty();
    }

    /**
     * "61, 80" or "142 .55": a number's cents (with or without its decimal mark) that OCR set apart with a space, under
     * the next column's left edge; "15,078, 356.00" and "18, 231,920.00": its last groups and cents after a grouping
     * mark, likewise
     */
    private static boolean centsSetApart(String before, String word) {
        return before.matches("\\d[\\d.,]*[.,]") && word.matches("\\d{2}")
                || before.matches("\\d[\\d,.]*\\d|\\d") && word.matches("[.,]\\d{2}")
                || before.matches("\\d{1,3}([.,]\\d{3})*[.,]") && word.matches("\\d{3}([.,]\\d{3})*([.,]\\d{2})?");
    }

    /** words without a digit, each under a column of numbers: a description run long, not those columns' values */
    private static boolean lettersUnderNumberColumns(List<Word> words, List<Column> ordered) {
        return words.stream().allMatch(w -> {
            LineField field = columnAt(center(w), ordered).field();
            return w.text().chars().noneMatch(Character::isDigit) && field != null && NUMBER_COLUMNS.contains(field);
        });
    }

    /** "2520", "33 024,00": a number, its thousands grouped with spaces or not */
    private static final String SPACE_GROUPED_NUMBER = "\\d[\\d.,]*(\\s\\d{3}[\\d.,]*)*";

    private static final java.util.regex.Pattern NO_MARKS = java.util.regex.Pattern.compile("(?i)n\\s?/\\s?m\\.?");

    private static final Set<LineField> NUMBER_COLUMNS = Set.of(LineField.QUANTITY, LineField.UNIT_PRICE,
            LineField.AMOUNT, LineField.NET_WEIGHT, LineField.GROSS_WEIGHT, LineField.PACKAGES);

    /** a commodity code written with its points: "8708.30", "3926.90.9790" */
    private static final java.util.regex.Pattern WRITTEN_CODE =
            java.util.regex.Pattern.compile("\\d{4}\\.\\d{2}(\\.\\d{2}(\\d{2})?)?");

    private static void put(Map<LineField, Cell> cells, Column column, TextSegment segment, List<Column> ordered) {
        if (column.field() == null) {
            return;
        }
        Cell existing = cells.get(column.field());
        int at = ordered.indexOf(column);
        Column before = at > 0 ? ordered.get(at - 1) : null;
        boolean beforeEmpty = before != null && before.field() != null && !cells.containsKey(before.field())
                && NUMBER_COLUMNS.contains(column.field()) && NUMBER_COLUMNS.contains(before.field());
        if (existing != null && beforeEmpty
                && existing.text().matches("\\d[\\d.,]*") && segment.text().matches(SPACE_GROUPED_NUMBER)
                && !(existing.text().matches("\\d{1,3}")
                && segment.text().matches("\\d{3}([\\s.,]\\d{3})*([.,]\\d+)?"))) {
            // "6" and "2520", "8.5" and "425": a short price right-aligned close to the amount, both under the
            // amount's span; no grouping joins them ("16 943,12" is one number), and the price's column is empty
            cells.put(before.field(), existing);
            cells.put(column.field(), new Cell(segment.text(), segment));
            return;
        }
        // a cell of several segments is as sure as its least sure word ("kg" at 0.96 beside "224 04" at 0.87 had
        // made a misread amount sure), and spans them all
        cells.put(column.field(), existing == null ? new Cell(segment.text(), segment)
                : new Cell(existing.text() + " " + segment.text(), new TextSegment(java.util.stream.Stream.concat(
                existing.segment().words().stream(), segment.words().stream()).toList())));
    }

    /**
     * The column under whose header alone a word of a split segment stands, else the one its centre falls in: "1015"
     * under "G.W.", its centre just past the header's end and within the slack of the code column after it, is a
     * weight, not the start of the code set 17 px after it ("1015 6302.60.0000").
     */
    private static Column columnOf(Word word, List<Column> ordered) {
        Column under = null;
        for (Column c : ordered) {
            if (word.box().x1() < c.x2() && word.box().x2() > c.x1()) {
                if (under != null) {
                    return columnAt(center(word), ordered);
                }
                under = c;
            }
        }
        return under != null ? under : columnAt(center(word), ordered);
    }

    private static double center(Word w) {
        return (w.box().x1() + w.box().x2()) / 2.0;
    }

    private static Column columnAt(double x, List<Column> ordered) {
        Column result = ordered.get(0);
        Column previous = null;
        for (Column c : ordered) {
            // numbers are right-aligned and may start a little left of their header; text starts under it; but not
            // under the header before ("Total G.W. Measurement" printed close together)
            double slack = c.field() == LineField.DESCRIPTION ? 0 : Math.min(0.25 * (c.x2() - c.x1()), 60);
            double start = previous == null ? c.x1() - slack : Math.max(c.x1() - slack, Math.min(c.x1(), previous.x2()));
            if (x >= start) {
                result = c;
            }
            previous = c;
        }
        return result;
    }
}
