package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.Provenance;

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
 * the standard qualifiers: BGM, DTM 137, RFF BM/CT/IV/ON, NAD SE/SU/CZ and BY/CN, CUX, MOA 77/86/39/79 and 203,
 * TOD, LOC 9/11/27, TDT, EQD CN, SEL, MEA AAE G/N, PAC, and per line LIN, IMD, PIA (HS), QTY, PRI AAA, ALI.
 * Values are written in the model's canonical forms (plain decimals, kg, ISO dates, upper-case codes).
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
        EdifactMessageMapper mapper = new EdifactMessageMapper(documentId, TYPES.get(message.type()), decimalMark);
        mapper.read(message.segments());
        return new Document(documentId, mapper.type, fileName, source, ExtractionMethod.EDI, 1.0, mapper.fields,
                mapper.lines, null);
    }

    private void read(List<Segment> segments) {
        Map<LineField, FieldValue> line = null;
        boolean inLines = false;
        BigDecimal headerPackages = null;
        String lastPackageKind = null;
        for (Segment s : segments) {
            switch (s.tag()) {
                case "BGM" -> own(s.get(2, 1).isEmpty() ? s.get(1, 2) : s.get(2, 1));
                case "DTM" -> date(s);
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
                    if (s.get(1).equals("CN")) {
                        add(Field.CONTAINER_NUMBER, s.get(2, 1).replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT),
                                s.get(2, 1));
                    }
                }
                case "SEL" -> add(Field.SEAL_NUMBER, s.get(1), s.get(1));
                case "UNS" -> {
                    inLines = false;
                    line = null;
                }
                case "LIN" -> {
                    line = new EnumMap<>(LineField.class);
                    lines.add(new LineItem(lines.size() + 1, Map.of()));
                    inLines = true;
                }
                case "CPS" -> line = null;
                case "IMD" -> {
                    String text = (s.get(3, 4) + " " + s.get(3, 5)).trim();
                    if (!text.isEmpty()) {
                        if (line != null) {
                            line.putIfAbsent(LineField.DESCRIPTION, value(text, text));
                        } else {
                            put(Field.DESCRIPTION, text, text);
                        }
                    }
                }
                case "FTX" -> {
                    if (s.get(1).equals("AAA")) {
                        String text = (s.get(4, 1) + " " + s.get(4, 2)).trim();
                        if (line != null) {
                            line.putIfAbsent(LineField.DESCRIPTION, value(text, text));
                        } else if (!text.isEmpty()) {
                            put(Field.DESCRIPTION, text, text);
                        }
                    }
                }
                case "PIA" -> hsCode(s, line);
                case "QTY" -> quantity(s, line);
                case "PRI" -> {
                    if (line != null && isNumber(s.get(1, 2)) && (s.get(1, 1).equals("AAA") || !line.containsKey(LineField.UNIT_PRICE)
                            && s.get(1, 1).equals("AAB"))) {
                        line.put(LineField.UNIT_PRICE, decimalValue(s.get(1, 2)));
                    }
                }
                case "MOA" -> amount(s, line, inLines);
                case "MEA" -> weight(s, line);
                case "PAC" -> {
                    String count = s.get(1);
                    if (!count.isEmpty() && isNumber(count)) {
                        if (line != null) {
                            line.putIfAbsent(LineField.PACKAGES, decimalValue(count));
                        } else {
                            headerPackages = (headerPackages == null ? BigDecimal.ZERO : headerPackages)
                                    .add(number(count));
                            lastPackageKind = s.get(3, 1).isEmpty() ? lastPackageKind : s.get(3, 1);
                        }
                    }
                }
                case "GID" -> {
                    // IFTMIN/CUSDEC goods item: number and kind of packages
                    if (isNumber(s.get(2, 1))) {
                        headerPackages = (headerPackages == null ? BigDecimal.ZERO : headerPackages)
                                .add(number(s.get(2, 1)));
                        lastPackageKind = s.get(2, 2).isEmpty() ? lastPackageKind : s.get(2, 2);
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
        }
        if (headerPackages != null) {
            put(Field.PACKAGE_COUNT, headerPackages.toPlainString(), headerPackages.toPlainString());
            if (lastPackageKind != null) {
                put(Field.PACKAGE_KIND, lastPackageKind, lastPackageKind);
            }
        }
        settleReferences();
        settleParties();
        settleTotal();
    }

    // --- header fields

    private void own(String number) {
        if (number.isEmpty()) {
            return;
        }
        switch (type) {
            case INVOICE -> put(Field.INVOICE_NUMBER, number, number);
            case CONTRACT -> put(Field.CONTRACT_NUMBER, number, number);
            case DECLARATION -> put(Field.DECLARATION_NUMBER, number, number);
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

    private void date(Segment s) {
        String qualifier = s.get(1, 1);
        LocalDate date = parseDate(s.get(1, 2), s.get(1, 3));
        if (date == null) {
            return;
        }
        Field field = switch (qualifier) {
            case "137", "3" -> Field.DOCUMENT_DATE;
            case "178", "342" -> Field.ON_BOARD_DATE;
            default -> null;
        };
        if (field != null) {
            put(field, date.toString(), s.get(1, 2));
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
        switch (s.get(1)) {
            case "9" -> put(Field.PORT_OF_LOADING, place, place);
            case "11" -> put(Field.PORT_OF_DISCHARGE, place, place);
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
            if (qualifier.equals("203") || qualifier.equals("66") && !line.containsKey(LineField.AMOUNT)) {
                line.put(LineField.AMOUNT, decimalValue(amount));
            }
            return;
        }
        totals.putIfAbsent(qualifier, decimalValue(amount));
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
                        put(Field.HS_CODE, code, s.get(element, 1));
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

    /** UN/ECE Recommendation 20 codes to the model's unit codes */
    static String unit(String code) {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "PCE", "H87", "EA", "C62" -> "PCS";
            case "KGM" -> "KG";
            case "SET" -> "SET";
            case "MTR" -> "M";
            case "LTR" -> "L";
            case "TNE" -> "T";
            default -> code.toUpperCase(Locale.ROOT);
        };
    }

    private void weight(Segment s, Map<LineField, FieldValue> line) {
        String purpose = s.get(1);
        String dimension = s.get(2, 1);
        if (!(purpose.equals("AAE") || purpose.equals("WT"))) {
            return;
        }
        BigDecimal kg = kilograms(s.get(3, 2), s.get(3, 1));
        if (kg == null) {
            return;
        }
        boolean gross = dimension.equals("G") || dimension.equals("AAB") || dimension.equals("WT");
        boolean net = dimension.equals("N") || dimension.equals("AAA") || dimension.equals("AAL");
        String raw = s.get(3, 2) + " " + s.get(3, 1);
        if (line != null) {
            if (gross) {
                line.putIfAbsent(LineField.GROSS_WEIGHT, value(kg.toPlainString(), raw));
            } else if (net) {
                line.putIfAbsent(LineField.NET_WEIGHT, value(kg.toPlainString(), raw));
            }
        } else if (gross) {
            put(Field.GROSS_WEIGHT, kg.toPlainString(), raw);
        } else if (net) {
            put(Field.NET_WEIGHT, kg.toPlainString(), raw);
        }
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

    private FieldValue decimalValue(String text) {
        return value(number(text).toPlainString(), text);
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
