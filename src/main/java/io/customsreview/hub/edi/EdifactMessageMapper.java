package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.Provenance;
import io.customsreview.hub.extraction.Numbers;
import io.customsreview.hub.extraction.Units;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps one EDIFACT message (INVOIC, ORDERS, DESADV, IFTMIN, CUSDEC of D.96A or D.01B) into the document model by
 * the standard qualifiers: BGM (its number is the invoice's, order's, declaration's or, for a bill of lading or
 * waybill document code, the B/L number), DTM 137 (or the message's own date: 3 invoice, 4 order, 150 declaration;
 * 182 issue date), RFF BM/CT/IV/ON, NAD SE/SU/CZ and BY/CN, CUX, MOA 77/86/39/79 and 203/38, TOD, LOC 9/11/27,
 * TDT, EQD CN, SEL, MEA (purposes AAE/AAA/AAF, dimensions G/AAD gross and N/AAC/AAL net), PAC and CPS packing levels,
 * GID goods items (packages, descriptions, HS codes, weights), CNT totals (7 gross weight, 11 packages), and per line
 * LIN, IMD, PIA (HS), QTY, PRI AAA, ALI. Values are written in the model's canonical forms (plain decimals, kg, ISO
 * dates, upper-case codes, units and package kinds as {@link Units} names them).
 */
final class EdifactMessageMapper {

    private static final Map<String, DocumentType> TYPES = Map.of(
            "INVOIC", DocumentType.INVOICE,
            "CUSDEC", DocumentType.DECLARATION,
            "IFTMIN", DocumentType.BILL_OF_LADING,
            "DESADV", DocumentType.PACKING_LIST,
            "ORDERS", DocumentType.CONTRACT);

    static boolean mapped(String messageType) {
        return TYPES.containsKey(messageType);
    }

    private final String documentId;
    private final DocumentType type;
    private final char decimalMark;
    private final Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
    private final List<LineItem> lines = new ArrayList<>();
    private final Map<String, FieldValue> parties = new LinkedHashMap<>();
    private final Map<String, FieldValue> totals = new LinkedHashMap<>();
    private final Map<String, FieldValue> references = new LinkedHashMap<>();

    private EdifactMessageMapper(String documentId, DocumentType type, char decimalMark) {
        this.documentId = documentId;
        this.type = type;
        this.decimalMark = decimalMark;
    }

    static Document map(EdifactMessage message, String documentId, String fileName, String source, char decimalMark) {
        return map(TYPES.get(message.type()), message.segments(), documentId, fileName, source, decimalMark);
    }

    /** the document type a message type maps to (INVOIC: INVOICE), null when not mapped */
    static DocumentType documentType(String messageType) {
        return TYPES.get(messageType);
    }

    /** maps a message's segments (UNH to UNT) into a document of the given type (used by Smooks' visitor too) */
    static Document map(DocumentType documentType, List<Segment> segments, String documentId, String fileName,
                        String source, char decimalMark) {
        EdifactMessageMapper mapper = new EdifactMessageMapper(documentId, documentType, decimalMark);
        mapper.read(segments);
        return new Document(documentId, mapper.type, fileName, source, ExtractionMethod.EDI, 1.0, mapper.fields,
                mapper.lines, null);
    }

    private void read(List<Segment> segments) {
        Map<LineField, FieldValue> line = null;
        boolean inLines = false;
        Packing packing = new Packing();
        Weights header = new Weights();
        Weights goodsItems = new Weights();
        Weights lineWeights = new Weights();
        boolean inGoodsItem = false;
        boolean inEquipment = false;
        String previous = "";
        for (Segment s : segments) {
            switch (s.tag()) {
                case "BGM" -> own(s.get(1, 1), s.get(2, 1).isEmpty() ? s.get(1, 2) : s.get(2, 1));
                case "DTM" -> date(s, line != null || previous.equals("RFF"));
                case "RFF" -> reference(s.get(1, 1), s.get(1, 2));
                case "NAD" -> party(s);
                case "CUX" -> put(Field.CURRENCY, s.get(1, 2).toUpperCase(Locale.ROOT), s.get(1, 2));
                case "TOD" -> {
                    put(Field.INCOTERM, s.get(3, 1).toUpperCase(Locale.ROOT), s.get(3, 1));
                    put(Field.INCOTERM_PLACE, s.get(3, 4), s.get(3, 4));
                }
                case "LOC" -> location(s, line);
                case "TDT" -> {
                    put(Field.VOYAGE, s.get(2), s.get(2));
                    put(Field.VESSEL, s.get(8, 4).isEmpty() ? s.get(8, 1) : s.get(8, 4), s.get(8, 4));
                }
                case "EQD" -> {
                    // equipment details: what follows (MEA, SEL) is about the container, not the goods
                    inGoodsItem = false;
                    inEquipment = true;
                    if (s.get(1).equals("CN")) {
                        add(Field.CONTAINER_NUMBER, s.get(2, 1).replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT),
                                s.get(2, 1));
                    }
                }
                case "SEL" -> add(Field.SEAL_NUMBER, s.get(1), s.get(1));
                case "CNT" -> control(s);
                case "UNS" -> {
                    inLines = false;
                    line = null;
                    inGoodsItem = false;
                    inEquipment = false;
                }
                case "LIN" -> {
                    line = new EnumMap<>(LineField.class);
                    lines.add(new LineItem(lines.size() + 1, Map.of()));
                    inLines = true;
                    inGoodsItem = false;
                    inEquipment = false;
                    packing.lineStarts(line, this);
                }
                case "CPS" -> {
                    line = null;
                    inEquipment = false;
                    packing.level(!s.get(2).isEmpty());
                }
                case "IMD" -> {
                    String text = (s.get(3, 4) + " " + s.get(3, 5)).trim();
                    if (!text.isEmpty()) {
                        if (line != null) {
                            // a long description goes on in the IMD segments that follow
                            FieldValue before = line.get(LineField.DESCRIPTION);
                            line.put(LineField.DESCRIPTION, before == null ? value(text, text)
                                    : value(before.value() + " " + text, before.raw() + " " + text));
                        } else {
                            put(Field.DESCRIPTION, text, text);
                        }
                    }
                }
                case "FTX" -> {
                    if (s.get(1).equals("AAA")) {
                        String text = String.join(" ", s.get(4, 1), s.get(4, 2), s.get(4, 3), s.get(4, 4), s.get(4, 5))
                                .replaceAll("\\s+", " ").trim();
                        if (line != null) {
                            line.putIfAbsent(LineField.DESCRIPTION, value(text, text));
                        } else if (!text.isEmpty()) {
                            // one goods description per goods item (or per FTX): a B/L lists them one by one
                            add(Field.DESCRIPTION, text, text);
                        }
                    }
                }
                case "PIA" -> hsCode(s, line);
                case "QTY" -> quantity(s, line);
                case "PRI" -> {
                    if (line != null && isNumber(s.get(1, 2)) && (s.get(1, 1).equals("AAA") || !line.containsKey(LineField.UNIT_PRICE)
                            && s.get(1, 1).equals("AAB"))) {
                        line.put(LineField.UNIT_PRICE, amountValue(s.get(1, 2)));
                    }
                }
                case "MOA" -> amount(s, line, inLines);
                case "MEA" -> {
                    if (line != null) {
                        weight(s, line, lineWeights);
                    } else if (inGoodsItem) {
                        weight(s, null, goodsItems);
                    } else if (!inEquipment) {
                        weight(s, null, header);
                    }
                }
                case "PAC" -> {
                    String count = s.get(1);
                    if (!count.isEmpty() && isNumber(count)) {
                        if (line != null) {
                            line.putIfAbsent(LineField.PACKAGES, decimalValue(count));
                        } else {
                            packing.packages(number(count), s.get(3, 1));
                        }
                    }
                }
                case "GID" -> {
                    // IFTMIN/CUSDEC goods item: number and kind of packages; its MEA, FTX and PIA follow
                    inGoodsItem = true;
                    inEquipment = false;
                    line = null;
                    goodsItemCount++;
                    if (isNumber(s.get(2, 1))) {
                        packing.packages(number(s.get(2, 1)), s.get(2, 2));
                    }
                }
                case "ALI" -> {
                    if (line != null && !s.get(1).isEmpty()) {
                        line.put(LineField.ORIGIN, value(s.get(1).toUpperCase(Locale.ROOT), s.get(1)));
                    } else if (!s.get(1).isEmpty()) {
                        put(Field.ORIGIN_COUNTRY, s.get(1).toUpperCase(Locale.ROOT), s.get(1));
                    }
                }
                default -> { }
            }
            if (line != null) {
                lines.set(lines.size() - 1, new LineItem(lines.size(), line));
            }
            previous = s.tag();
        }
        packing.settle(this);
        // the message's own totals first, then the goods items', then the lines' sum
        settleWeight(Field.GROSS_WEIGHT, true, header, controlGross, goodsItems, lineWeights);
        settleWeight(Field.NET_WEIGHT, false, header, null, goodsItems, lineWeights);
        settleDate();
        settleReferences();
        settleParties();
        settleTotal();
    }

    /** weights summed over the segments of one kind (header, goods items, lines); first value and sum */
    private static final class Weights {
        FieldValue gross;
        FieldValue net;
        BigDecimal grossSum;
        BigDecimal netSum;
        int grossCount;
        int netCount;

        void add(boolean isGross, BigDecimal kg, FieldValue value) {
            if (isGross) {
                gross = gross == null ? value : gross;
                grossSum = grossSum == null ? kg : grossSum.add(kg);
                grossCount++;
            } else {
                net = net == null ? value : net;
                netSum = netSum == null ? kg : netSum.add(kg);
                netCount++;
            }
        }
    }

    /**
     * Packages: PAC and GID outside lines. In a DESADV the packing levels (CPS) nest: a level without a parent is
     * the consignment (its PAC counts are the total), a level with a parent holds the packages of the lines in it.
     * A level's single PAC before its first LIN is that line's package count.
     */
    private static final class Packing {
        BigDecimal top;
        BigDecimal nested;
        String kind;
        boolean inLevel;
        boolean nestedLevel;
        BigDecimal pending;
        int pendingCount;

        void level(boolean hasParent) {
            inLevel = true;
            nestedLevel = hasParent;
            pending = null;
            pendingCount = 0;
        }

        void packages(BigDecimal count, String packageKind) {
            if (inLevel && nestedLevel) {
                nested = nested == null ? count : nested.add(count);
            } else {
                top = top == null ? count : top.add(count);
            }
            if (inLevel) {
                pending = count;
                pendingCount++;
            }
            if (packageKind != null && !packageKind.isEmpty()) {
                kind = packageKind;
            }
        }

        void lineStarts(Map<LineField, FieldValue> line, EdifactMessageMapper mapper) {
            if (pending != null && pendingCount == 1) {
                line.put(LineField.PACKAGES, mapper.value(pending.toPlainString(), pending.toPlainString()));
            }
            pending = null;
            pendingCount = 0;
        }

        void settle(EdifactMessageMapper mapper) {
            BigDecimal total = top != null ? top : nested;
            if (total == null && mapper.controlPackages != null) {
                total = mapper.controlPackages;
            }
            if (total != null) {
                mapper.put(Field.PACKAGE_COUNT, total.toPlainString(), total.toPlainString());
                if (kind != null) {
                    mapper.put(Field.PACKAGE_KIND, Units.unit(kind).orElse(kind.toUpperCase(Locale.ROOT)), kind);
                }
            }
        }
    }

    /** CNT control totals: 7 total gross weight, 11 total number of packages */
    private void control(Segment s) {
        String qualifier = s.get(1, 1);
        String amount = s.get(1, 2);
        if (qualifier.equals("7")) {
            BigDecimal kg = kilograms(amount, s.get(1, 3));
            if (kg != null && controlGross == null) {
                controlGross = value(kg.toPlainString(), amount + " " + s.get(1, 3));
            }
        } else if (qualifier.equals("11") && isNumber(amount) && controlPackages == null) {
            controlPackages = number(amount);
        }
    }

    private FieldValue controlGross;
    private BigDecimal controlPackages;
    private int goodsItemCount;

    /**
     * The weight the message states for the whole consignment; else the sum over its goods items, else over its
     * lines, when each of them states one.
     */
    private void settleWeight(Field field, boolean gross, Weights header, FieldValue control, Weights goods,
                              Weights lineWeights) {
        if (fields.containsKey(field)) {
            return;
        }
        FieldValue stated = gross ? header.gross : header.net;
        if (stated == null) {
            stated = control;
        }
        if (stated == null && (gross ? goods.grossCount : goods.netCount) == goodsItemCount && goodsItemCount > 0) {
            stated = sum(gross ? goods.grossSum : goods.netSum);
        }
        if (stated == null && (gross ? lineWeights.grossCount : lineWeights.netCount) == lines.size()
                && !lines.isEmpty()) {
            stated = sum(gross ? lineWeights.grossSum : lineWeights.netSum);
        }
        if (stated != null) {
            fields.put(field, List.of(stated));
        }
    }

    private FieldValue sum(BigDecimal kg) {
        String v = kg.stripTrailingZeros().toPlainString();
        return value(v, v);
    }

    // --- header fields

    /** document name codes (1001) of a bill of lading or waybill: the message's number is the B/L number */
    private static final java.util.Set<String> TRANSPORT_DOCUMENTS = java.util.Set.of("705", "706", "707", "710",
            "714", "740", "741");

    /** the BGM number of a message that is a bill of lading or waybill (document name code 705, 706, 710, 740...) */
    private FieldValue transportDocumentNumber;

    private void own(String documentName, String number) {
        if (number.isEmpty()) {
            return;
        }
        switch (type) {
            case INVOICE -> put(Field.INVOICE_NUMBER, number, number);
            case CONTRACT -> put(Field.CONTRACT_NUMBER, number, number);
            case DECLARATION -> put(Field.DECLARATION_NUMBER, number, number);
            case BILL_OF_LADING -> {
                if (TRANSPORT_DOCUMENTS.contains(documentName)) {
                    transportDocumentNumber = value(number, number);
                }
            }
            default -> { }
        }
    }

    private void reference(String qualifier, String number) {
        if (!number.isEmpty()) {
            references.putIfAbsent(qualifier, value(number, number));
        }
    }

    /** The document's own number (BGM) wins; cited numbers come from RFF by qualifier. */
    private void settleReferences() {
        cite(Field.BL_NUMBER, "BM", "AWB", "MB", "BH");
        if (!fields.containsKey(Field.BL_NUMBER) && transportDocumentNumber != null) {
            // a bill of lading message without RFF+BM: its own number is the B/L number
            fields.put(Field.BL_NUMBER, List.of(transportDocumentNumber));
        }
        cite(Field.INVOICE_NUMBER, "IV");
        cite(Field.CONTRACT_NUMBER, "CT", "ON");
        if (type == DocumentType.BILL_OF_LADING && !fields.containsKey(Field.BL_NUMBER)) {
            // IFTMIN without RFF+BM: the instruction's own number is what the B/L will carry
            cite(Field.BL_NUMBER, "CN", "FF");
        }
    }

    private void cite(Field field, String... qualifiers) {
        if (fields.containsKey(field)) {
            return;
        }
        for (String q : qualifiers) {
            FieldValue v = references.get(q);
            if (v != null) {
                fields.put(field, List.of(v));
                return;
            }
        }
    }

    private void party(Segment s) {
        String name = String.join(" ", List.of(s.get(4, 1), s.get(4, 2), s.get(4, 3), s.get(4, 4), s.get(4, 5)))
                .replaceAll("\\s+", " ").trim();
        if (name.isEmpty()) {
            // no name written: the party identification (GLN etc.) is what the sender means
            name = s.get(2, 1);
        }
        if (name.isEmpty()) {
            name = s.get(3, 1);
        }
        if (!name.isEmpty()) {
            parties.putIfAbsent(s.get(1), value(name, name));
        }
    }

    private void settleParties() {
        boolean transport = type == DocumentType.BILL_OF_LADING;
        choose(Field.SELLER, transport ? new String[]{"CZ", "SE", "SU", "EX"} : new String[]{"SE", "SU", "EX", "CZ"});
        choose(Field.BUYER, transport ? new String[]{"CN", "BY", "IM"} : new String[]{"BY", "IM", "CN"});
    }

    private void choose(Field field, String[] qualifiers) {
        for (String q : qualifiers) {
            FieldValue v = parties.get(q);
            if (v != null) {
                fields.put(field, List.of(v));
                return;
            }
        }
    }

    /** DTM 137 (document date) wins; else the message's own date qualifier, else 182 (issue date) */
    private final Map<String, FieldValue> dates = new LinkedHashMap<>();

    /**
     * @param cited the date belongs to a line or to the reference just before it (RFF-DTM), not to the message
     */
    private void date(Segment s, boolean cited) {
        String qualifier = s.get(1, 1);
        LocalDate date = parseDate(s.get(1, 2), s.get(1, 3));
        if (date == null) {
            return;
        }
        switch (qualifier) {
            case "137", "3" -> put(Field.DOCUMENT_DATE, date.toString(), s.get(1, 2));
            case "178", "342" -> put(Field.ON_BOARD_DATE, date.toString(), s.get(1, 2));
            case "4", "150", "182" -> {
                if (!cited) {
                    dates.putIfAbsent(qualifier, value(date.toString(), s.get(1, 2)));
                }
            }
            default -> { }
        }
    }

    /** the order date (4) of an order, the declaration date (150) of a declaration, else the issue date (182) */
    private void settleDate() {
        String own = switch (type) {
            case CONTRACT -> "4";
            case DECLARATION -> "150";
            default -> null;
        };
        for (String q : new String[]{own, "182"}) {
            FieldValue v = q == null ? null : dates.get(q);
            if (v != null && !fields.containsKey(Field.DOCUMENT_DATE)) {
                fields.put(Field.DOCUMENT_DATE, List.of(v));
            }
        }
    }

    static LocalDate parseDate(String text, String format) {
        try {
            return switch (format.isEmpty() ? "102" : format) {
                case "102" -> LocalDate.parse(text.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
                case "203", "204" -> LocalDate.parse(text.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
                case "101" -> LocalDate.parse("20" + text.substring(0, 6), DateTimeFormatter.BASIC_ISO_DATE);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void location(Segment s, Map<LineField, FieldValue> line) {
        String place = s.get(2, 4).isEmpty() ? s.get(2, 1) : s.get(2, 4);
        // a port named and coded (UN/LOCODE): both, as "Shanghai (CNSHA)", so that the code can be told by its name
        String port = s.get(2, 4).isEmpty() || !s.get(2, 1).matches("[A-Z]{2}[A-Z2-9]{3}") ? place
                : s.get(2, 4) + " (" + s.get(2, 1) + ")";
        switch (s.get(1)) {
            case "9" -> put(Field.PORT_OF_LOADING, port, place);
            case "11" -> put(Field.PORT_OF_DISCHARGE, port, place);
            case "27" -> {
                String country = s.get(2, 1).toUpperCase(Locale.ROOT);
                if (line != null) {
                    line.putIfAbsent(LineField.ORIGIN, value(country, s.get(2, 1)));
                } else {
                    put(Field.ORIGIN_COUNTRY, country, s.get(2, 1));
                }
            }
            case "1" -> put(Field.INCOTERM_PLACE, place, place);
            default -> { }
        }
    }

    private void amount(Segment s, Map<LineField, FieldValue> line, boolean inLines) {
        String qualifier = s.get(1, 1);
        String amount = s.get(1, 2);
        if (!isNumber(amount)) {
            return;
        }
        if (line != null && inLines) {
            // line item amount (203), else the goods item total (66) or invoice item amount (38, CUSDEC)
            if (qualifier.equals("203") || (qualifier.equals("66") || qualifier.equals("38"))
                    && !line.containsKey(LineField.AMOUNT)) {
                line.put(LineField.AMOUNT, amountValue(amount));
            }
            return;
        }
        totals.putIfAbsent(qualifier, amountValue(amount));
        if (!s.get(1, 3).isEmpty() && !fields.containsKey(Field.CURRENCY)) {
            put(Field.CURRENCY, s.get(1, 3).toUpperCase(Locale.ROOT), s.get(1, 3));
        }
    }

    /** invoice amount (77), message total (86), amount due (39), then line items total (79); CUSDEC: customs value */
    private void settleTotal() {
        for (String q : new String[]{"77", "86", "39", "79", "128", "40", "38"}) {
            FieldValue v = totals.get(q);
            if (v != null) {
                fields.put(Field.TOTAL_AMOUNT, List.of(v));
                return;
            }
        }
    }

    private void hsCode(Segment s, Map<LineField, FieldValue> line) {
        for (int element = 2; element <= s.elements().size(); element++) {
            if (s.get(element, 2).equalsIgnoreCase("HS")) {
                String code = s.get(element, 1).replaceAll("\\D", "");
                if (!code.isEmpty()) {
                    if (line != null) {
                        line.put(LineField.HS_CODE, value(code, s.get(element, 1)));
                    } else {
                        add(Field.HS_CODE, code, s.get(element, 1)); // one per goods item
                    }
                }
                return;
            }
        }
    }

    private void quantity(Segment s, Map<LineField, FieldValue> line) {
        String qualifier = s.get(1, 1);
        if (line == null || !List.of("47", "21", "12", "1", "46").contains(qualifier) || !isNumber(s.get(1, 2))) {
            return;
        }
        // the invoiced (47), ordered (21) or despatched (12) quantity, whichever the message type states first
        if (!line.containsKey(LineField.QUANTITY) || qualifier.equals("47")) {
            line.put(LineField.QUANTITY, decimalValue(s.get(1, 2)));
            String unit = s.get(1, 3);
            if (!unit.isEmpty()) {
                line.put(LineField.UNIT, value(unit(unit), unit));
            }
        }
    }

    /** UN/ECE Recommendation 20 codes to the model's unit codes, as the documents' units are read */
    static String unit(String code) {
        return Units.unit(code).orElse(code.toUpperCase(Locale.ROOT));
    }

    /** 6311 purposes that state weights: measurement, line item measurement, customs line item measurement */
    private static final java.util.Set<String> WEIGHT_PURPOSES = java.util.Set.of("AAE", "WT", "AAA", "AAF");
    /** 6313 dimensions: gross weight, total gross weight (and as some senders write it, AAB, WT) */
    private static final java.util.Set<String> GROSS = java.util.Set.of("G", "AAD", "AAB", "WT");
    /** 6313 dimensions: actual net weight, total net weight, net weight (and AAA as some senders write it) */
    private static final java.util.Set<String> NET = java.util.Set.of("N", "AAC", "AAL", "AAA");

    /** a weight MEA: into the line when there is one (its first gross and net), and into the tally of its kind */
    private void weight(Segment s, Map<LineField, FieldValue> line, Weights tally) {
        String purpose = s.get(1);
        String dimension = s.get(2, 1);
        if (!WEIGHT_PURPOSES.contains(purpose)) {
            return;
        }
        BigDecimal kg = kilograms(s.get(3, 2), s.get(3, 1));
        boolean gross = GROSS.contains(dimension);
        if (kg == null || !gross && !NET.contains(dimension)) {
            return;
        }
        FieldValue v = value(kg.toPlainString(), s.get(3, 2) + " " + s.get(3, 1));
        if (line != null) {
            LineField field = gross ? LineField.GROSS_WEIGHT : LineField.NET_WEIGHT;
            if (line.containsKey(field)) {
                return;
            }
            line.put(field, v);
        }
        tally.add(gross, kg, v);
    }

    private BigDecimal kilograms(String amount, String unit) {
        if (!isNumber(amount)) {
            return null;
        }
        BigDecimal n = number(amount);
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "KGM", "KG", "" -> n;
            case "TNE" -> n.multiply(BigDecimal.valueOf(1000));
            case "GRM" -> n.movePointLeft(3);
            case "LBR" -> n.multiply(new BigDecimal("0.45359237")).setScale(3, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            default -> null;
        };
    }

    // --- values

    private boolean isNumber(String text) {
        return text.replace(decimalMark, '.').matches("-?\\d+(\\.\\d*)?|-?\\.\\d+");
    }

    private BigDecimal number(String text) {
        return new BigDecimal(text.replace(decimalMark, '.'));
    }

    /**
     * a quantity or count in its canonical form (plain, no trailing zeros: "40.000" is "40"), as Smooks writes the
     * number too, so that both readings of a message agree
     */
    private FieldValue decimalValue(String text) {
        return value(Numbers.plain(number(text)), text);
    }

    /** an amount or price in its canonical form (plain, at least two decimals: "12000" is "12000.00") */
    private FieldValue amountValue(String text) {
        return value(Numbers.amount(number(text)), text);
    }

    private FieldValue value(String canonical, String raw) {
        return new FieldValue(canonical, raw, new Provenance(documentId, 0, null, ExtractionMethod.EDI, 1.0, null));
    }

    private void put(Field field, String canonical, String raw) {
        if (canonical != null && !canonical.isBlank() && !fields.containsKey(field)) {
            fields.put(field, List.of(value(canonical.trim(), raw)));
        }
    }

    private void add(Field field, String canonical, String raw) {
        if (canonical == null || canonical.isBlank()) {
            return;
        }
        List<FieldValue> values = new ArrayList<>(fields.getOrDefault(field, List.of()));
        values.add(value(canonical, raw));
        fields.put(field, values);
    }
}
