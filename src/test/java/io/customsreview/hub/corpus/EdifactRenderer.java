package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.DocumentType;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes the views of a generated shipment as UN/EDIFACT messages, the way an EDI translator at the sender would:
 * INVOIC (invoice), ORDERS (contract / purchase order), DESADV (packing list), IFTMIN (bill of lading instruction)
 * and CUSDEC (import declaration), in the segment order of the D.96A and D.01B message structures
 * ({@code ../shared/data/edifact-directories}) and with the qualifiers of the UNCL code lists (1001 document names,
 * 1153 references, 2005 dates, 3035 parties, 3227 locations, 5025 amounts, 6063 quantities, 6311/6313
 * measurements, 6069 control totals, 7065 package types, 7143 item number types).
 *
 * <p>It is written from the directories alone, never from the hub's mapper: what the hub reads back is the test.
 * Each message carries what the document's PDF rendering of the same view carries (optional items such as the
 * invoice's vessel or the B/L's HS codes follow the PDF's choices, so that both renderings state the same facts),
 * and injected faults carry over because both render the same view.
 */
final class EdifactRenderer {

    private EdifactRenderer() {
    }

    /** EDIFACT message type for a document type; null when the document has no EDIFACT message here */
    static String messageType(DocumentType t) {
        return switch (t) {
            case INVOICE -> "INVOIC";
            case CONTRACT -> "ORDERS";
            case PACKING_LIST -> "DESADV";
            case BILL_OF_LADING -> "IFTMIN";
            case DECLARATION -> "CUSDEC";
            default -> null;
        };
    }

    /** One segment: tag and data elements, each a list of components (raw values, released when written). */
    record Seg(String tag, List<List<String>> elements) {
    }

    /** One message (UNH and UNT are added when written). */
    static final class Msg {
        final String type;
        final List<Seg> segments = new ArrayList<>();

        Msg(String type) {
            this.type = type;
        }

        /** each element a String (one component), a String[] (components) or null (empty) */
        Msg add(String tag, Object... given) {
            // a single String[] argument arrives as the varargs array itself: it is one composite element
            Object[] elements = given instanceof String[] single ? new Object[]{single} : given;
            List<List<String>> els = new ArrayList<>();
            for (Object e : elements) {
                if (e == null) {
                    els.add(List.of(""));
                } else if (e instanceof String[] cs) {
                    els.add(Arrays.stream(cs).map(c -> c == null ? "" : c).toList());
                } else {
                    els.add(List.of(e.toString()));
                }
            }
            segments.add(new Seg(tag, els));
            return this;
        }
    }

    // ------------------------------------------------------------------------------------------ interchange

    /** The interchange (UNA?, UNB, messages, UNZ) as the bytes the sender writes. */
    static byte[] interchange(List<Msg> messages, EdiStyle es, String sender, String recipient, String reference,
                              LocalDateTime prepared) {
        StringBuilder sb = new StringBuilder();
        String nl = es.lineBreak();
        if (es.una()) {
            sb.append("UNA:+").append(es.decimalMark()).append("? '").append(nl);
        }
        String date = es.syntaxVersion() >= 4 ? prepared.format(DateTimeFormatter.ofPattern("yyyyMMdd"))
                : prepared.format(DateTimeFormatter.ofPattern("yyMMdd"));
        segment(sb, new Seg("UNB", List.of(List.of(es.syntax(), String.valueOf(es.syntaxVersion())),
                List.of(sender, "ZZ"), List.of(recipient, "ZZ"),
                List.of(date, prepared.format(DateTimeFormatter.ofPattern("HHmm"))), List.of(reference))), nl);
        int n = 0;
        for (Msg m : messages) {
            n++;
            String ref = String.valueOf(n);
            String[] id = es.directory().equals("D96A") ? new String[]{m.type, "D", "96A", "UN"}
                    : new String[]{m.type, "D", "01B", "UN"};
            segment(sb, new Seg("UNH", List.of(List.of(ref), List.of(id))), nl);
            for (Seg s : m.segments) {
                segment(sb, s, nl);
            }
            segment(sb, new Seg("UNT", List.of(List.of(String.valueOf(m.segments.size() + 2)), List.of(ref))), nl);
        }
        segment(sb, new Seg("UNZ", List.of(List.of(String.valueOf(messages.size())), List.of(reference))), nl);
        String text = sb.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (es.bom()) {
            out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(text.getBytes(es.charset()));
        return out.toByteArray();
    }

    private static void segment(StringBuilder sb, Seg s, String nl) {
        List<List<String>> els = new ArrayList<>(s.elements());
        // trailing empty elements and components are left out, as the syntax rules require
        while (!els.isEmpty() && els.get(els.size() - 1).stream().allMatch(String::isEmpty)) {
            els.remove(els.size() - 1);
        }
        sb.append(s.tag());
        for (List<String> el : els) {
            sb.append('+');
            List<String> cs = new ArrayList<>(el);
            while (cs.size() > 1 && cs.get(cs.size() - 1).isEmpty()) {
                cs.remove(cs.size() - 1);
            }
            for (int i = 0; i < cs.size(); i++) {
                if (i > 0) {
                    sb.append(':');
                }
                sb.append(release(cs.get(i)));
            }
        }
        sb.append('\'').append(nl);
    }

    private static String release(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '?' || c == ':' || c == '+' || c == '\'') {
                sb.append('?');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------ messages

    /**
     * The message for one document view. {@code shown} is the document's PDF content (which optional items the
     * document carries); {@code v} chooses among the standard ways of saying the same thing.
     */
    static Msg message(DocumentType t, Shipment s, DocStyle st, DocContent shown, EdiStyle es, Random v) {
        Writer w = new Writer(s, st, shown, es, v);
        return switch (t) {
            case INVOICE -> w.invoic();
            case CONTRACT -> w.orders();
            case PACKING_LIST -> w.desadv();
            case BILL_OF_LADING -> w.iftmin();
            case DECLARATION -> w.cusdec();
            default -> throw new IllegalArgumentException(t + " has no EDIFACT message");
        };
    }

    private static final class Writer {
        private final Shipment s;
        private final DocStyle st;
        private final DocContent shown;
        private final EdiStyle es;
        private final Random v;
        private final boolean d96a;
        /** amounts with two decimals always, or as short as exact */
        private final boolean fixedScale;

        Writer(Shipment s, DocStyle st, DocContent shown, EdiStyle es, Random v) {
            this.s = s;
            this.st = st;
            this.shown = shown;
            this.es = es;
            this.v = v;
            this.d96a = es.directory().equals("D96A");
            this.fixedScale = v.nextBoolean();
        }

        // --- INVOIC

        Msg invoic() {
            Msg m = new Msg("INVOIC");
            m.add("BGM", "380", s.invoiceNo(), "9");
            m.add("DTM", dtm(v.nextBoolean() ? "137" : "3", s.invoiceDate()));
            int originStyle = v.nextInt(4); // 0,1 header ALI; 2 per line ALI; 3 header LOC 27 (D.01B) or ALI
            if (originStyle <= 1 || originStyle == 3 && d96a) {
                m.add("ALI", countryCode(s.originCountry()));
            }
            if (v.nextBoolean()) {
                m.add("FTX", "AAB", null, null, textParts(s.paymentTerms(), 70, 5));
            }
            boolean headerLocations = !d96a && v.nextInt(3) == 0;
            if (headerLocations) {
                // D.01B: LOC in the header of the invoice
                m.add("LOC", "9", loc(s.portOfLoading()));
                m.add("LOC", "11", loc(s.portOfDischarge()));
            }
            if (originStyle == 3 && !d96a) {
                m.add("LOC", "27", countryCode(s.originCountry()));
            }
            m.add("RFF", new String[]{v.nextInt(3) == 0 ? "ON" : "CT", s.contractNo()});
            if (v.nextBoolean()) {
                m.add("DTM", dtm("171", s.contractDate()));
            }
            boolean sellerFirst = v.nextBoolean();
            String sellerQ = v.nextInt(4) == 0 ? "SU" : "SE";
            if (sellerFirst) {
                nad(m, sellerQ, s.seller());
                nad(m, "BY", s.buyer());
            } else {
                nad(m, "BY", s.buyer());
                nad(m, sellerQ, s.seller());
            }
            if (v.nextInt(4) == 0) {
                nad(m, "IV", s.buyer());
            }
            m.add("CUX", new String[]{"2", s.currency(), "4"});
            boolean vessel = shown.truth.containsKey("vessel");
            if (vessel || !headerLocations) {
                tdt(m, vessel);
                if (!headerLocations) {
                    m.add("LOC", "9", loc(s.portOfLoading()));
                    m.add("LOC", "11", loc(s.portOfDischarge()));
                }
            }
            tod(m);
            int i = 0;
            String priceStyle = ShipmentFactory.pick(v, List.of("plain", "plain", "basis"));
            String pia = v.nextInt(3) == 0 ? "1" : "5";
            for (GoodsLine l : s.lines()) {
                i++;
                lin(m, i);
                m.add("PIA", pia, new String[]{hs(l), "HS"});
                imd(m, st.description(l));
                m.add("QTY", new String[]{"47", quantity(l.quantity()), unitCode(l.unit())});
                if (originStyle == 2) {
                    m.add("ALI", countryCode(s.originCountry()));
                }
                m.add("MOA", new String[]{"203", amount(l.amount())});
                price(m, l, priceStyle);
            }
            m.add("UNS", "S");
            if (v.nextBoolean()) {
                m.add("CNT", new String[]{"2", String.valueOf(s.lines().size())});
            }
            String total = ShipmentFactory.pick(v, List.of("77", "77", "79", "86", "39"));
            if (total.equals("77") && v.nextBoolean()) {
                m.add("MOA", new String[]{"79", amount(s.totalAmount())});
            }
            m.add("MOA", new String[]{total, amount(s.totalAmount())});
            return m;
        }

        // --- ORDERS

        Msg orders() {
            Msg m = new Msg("ORDERS");
            m.add("BGM", v.nextBoolean() ? "220" : "105", s.contractNo(), "9");
            m.add("DTM", dtm(v.nextBoolean() ? "137" : "4", s.contractDate()));
            if (v.nextBoolean()) {
                m.add("FTX", "AAB", null, null, textParts(s.paymentTerms(), 70, 5));
            }
            if (v.nextBoolean()) {
                nad(m, "BY", s.buyer());
                nad(m, v.nextInt(3) == 0 ? "SU" : "SE", s.seller());
            } else {
                nad(m, v.nextInt(3) == 0 ? "SU" : "SE", s.seller());
                nad(m, "BY", s.buyer());
            }
            m.add("CUX", new String[]{"2", s.currency(), "9"});
            tdt(m, false);
            m.add("LOC", "9", loc(s.portOfLoading()));
            m.add("LOC", "11", loc(s.portOfDischarge()));
            tod(m);
            boolean hsShown = linesShow("hsCode");
            String priceStyle = ShipmentFactory.pick(v, List.of("plain", "basis"));
            int i = 0;
            for (GoodsLine l : s.lines()) {
                i++;
                lin(m, i);
                if (hsShown) {
                    m.add("PIA", "5", new String[]{hs(l), "HS"});
                }
                imd(m, st.description(l));
                m.add("QTY", new String[]{"21", quantity(l.quantity()), unitCode(l.unit())});
                m.add("MOA", new String[]{"203", amount(l.amount())});
                price(m, l, priceStyle);
            }
            m.add("UNS", "S");
            m.add("MOA", new String[]{ShipmentFactory.pick(v, List.of("79", "86", "128")), amount(s.totalAmount())});
            if (v.nextBoolean()) {
                m.add("CNT", new String[]{"2", String.valueOf(s.lines().size())});
            }
            return m;
        }

        // --- DESADV

        Msg desadv() {
            Msg m = new Msg("DESADV");
            m.add("BGM", v.nextInt(4) == 0 ? "271" : "351", "DES" + (100000 + Math.floorMod(s.invoiceNo().hashCode(), 900000)), "9");
            m.add("DTM", dtm("137", s.invoiceDate()));
            if (v.nextBoolean()) {
                m.add("DTM", dtm("11", s.onBoardDate()));
            }
            // 0: header MEA; 1: header MEA with total-weight codes; 2: none, the lines' weights make them up
            int totals = v.nextInt(linesMakeUpTotals() ? 3 : 2);
            if (totals < 2) {
                m.add("MEA", "AAE", totals == 0 ? "G" : "AAD", new String[]{"KGM", weight(s.totalGross())});
                m.add("MEA", "AAE", totals == 0 ? "N" : "AAC", new String[]{"KGM", weight(s.totalNet())});
            }
            m.add("RFF", new String[]{"IV", s.invoiceNo()});
            if (v.nextBoolean()) {
                m.add("DTM", dtm("171", s.invoiceDate()));
            }
            if (shown.truth.containsKey("contractRef")) {
                m.add("RFF", new String[]{v.nextBoolean() ? "CT" : "ON", s.contractNo()});
            }
            nad(m, v.nextBoolean() ? "SE" : "CZ", s.seller());
            nad(m, v.nextBoolean() ? "BY" : "CN", s.buyer());
            tdt(m, false);
            m.add("LOC", "9", loc(s.portOfLoading()));
            m.add("LOC", "11", loc(s.portOfDischarge()));
            boolean seals = shown.fields.stream().anyMatch(f -> f.key().equals("containers") && f.value().contains(" / "));
            for (ContainerUnit c : s.containers()) {
                m.add("EQD", "CN", c.number(), new String[]{c.sizeType(), "102", "5"});
                if (seals) {
                    m.add("SEL", c.seal(), "CA");
                }
            }
            String kind = packageCode(s.packageKind());
            // a consignment level stating the total, or one level per line (whose packages make up the total)
            boolean hierarchy = v.nextBoolean() || !linesMakeUpTotals();
            if (hierarchy) {
                // the consignment (with its total packages), then one packing level per line under it
                m.add("CPS", "1");
                m.add("PAC", String.valueOf(s.totalPackages()), null, kind);
            }
            boolean lineWeightsTotal = v.nextBoolean();
            int i = 0;
            for (GoodsLine l : s.lines()) {
                i++;
                m.add("CPS", String.valueOf(hierarchy ? i + 1 : i), hierarchy ? "1" : null);
                m.add("PAC", String.valueOf(l.packages()), null, kind);
                lin(m, i);
                imd(m, st.description(l));
                m.add("MEA", "AAE", lineWeightsTotal ? "AAL" : "N", new String[]{"KGM", weight(l.netWeight())});
                m.add("MEA", "AAE", "G", new String[]{"KGM", weight(l.grossWeight())});
                m.add("QTY", new String[]{"12", quantity(l.quantity()), unitCode(l.unit())});
            }
            if (v.nextBoolean()) {
                m.add("CNT", new String[]{"2", String.valueOf(s.lines().size())});
            }
            return m;
        }

        // --- IFTMIN

        Msg iftmin() {
            Msg m = new Msg("IFTMIN");
            boolean blInBgm = v.nextInt(3) == 0;
            if (blInBgm) {
                m.add("BGM", ShipmentFactory.pick(v, List.of("705", "706")), s.blNo(), "9");
            } else {
                m.add("BGM", v.nextBoolean() ? "340" : "610", "SI" + (1000000 + Math.floorMod(s.blNo().hashCode(), 9000000)), "9");
            }
            m.add("DTM", dtm("342", s.onBoardDate()));
            boolean cnt = v.nextBoolean();
            if (cnt) {
                m.add("CNT", new String[]{"7", weight(s.totalGross()), "KGM"});
                m.add("CNT", new String[]{"11", String.valueOf(s.totalPackages())});
                m.add("CNT", new String[]{"16", String.valueOf(s.containers().size())});
            }
            boolean headerLocations = v.nextInt(3) == 0;
            if (headerLocations) {
                m.add("LOC", "9", loc(s.portOfLoading()));
                m.add("LOC", "11", loc(s.portOfDischarge()));
            }
            if (!blInBgm || v.nextBoolean()) {
                m.add("RFF", new String[]{"BM", s.blNo()});
            }
            if (v.nextBoolean()) {
                m.add("RFF", new String[]{"BN", "BKG" + (10000000 + Math.floorMod(s.blNo().hashCode() * 31, 90000000))});
            }
            tdt(m, true);
            if (!headerLocations) {
                m.add("LOC", "9", loc(s.portOfLoading()));
                m.add("LOC", "11", loc(s.portOfDischarge()));
            }
            nad(m, "CZ", s.seller());
            nad(m, "CN", s.buyer());
            if (v.nextBoolean()) {
                nad(m, "N1", s.buyer());
            }
            if (v.nextBoolean()) {
                m.add("NAD", "CA", null, null, nameParts(text(s.carrier())));
            }
            boolean withHs = shown.table != null && shown.table.rows().get(0).get(2).contains("HS CODE");
            String kind = packageCode(s.packageKind());
            // one goods item per line where the lines make up the totals the document states
            boolean itemPerLine = v.nextBoolean() && linesMakeUpTotals();
            if (itemPerLine) {
                int i = 0;
                for (GoodsLine l : s.lines()) {
                    i++;
                    m.add("GID", String.valueOf(i), new String[]{String.valueOf(l.packages()), kind});
                    if (withHs) {
                        m.add("PIA", "5", new String[]{hs(l), "HS"});
                    }
                    m.add("FTX", "AAA", null, null, textParts(upper(st.description(l)), 70, 5));
                    m.add("MEA", "AAE", v.nextBoolean() ? "G" : "AAB", new String[]{"KGM", weight(l.grossWeight())});
                }
            } else {
                m.add("GID", "1", new String[]{String.valueOf(s.totalPackages()), kind});
                if (withHs) {
                    for (GoodsLine l : s.lines()) {
                        m.add("PIA", "5", new String[]{hs(l), "HS"});
                    }
                }
                for (GoodsLine l : s.lines()) {
                    m.add("FTX", "AAA", null, null, textParts(upper(st.description(l)), 70, 5));
                }
                m.add("MEA", "AAE", v.nextBoolean() ? "G" : "AAD", new String[]{"KGM", weight(s.totalGross())});
            }
            for (ContainerUnit c : s.containers()) {
                m.add("EQD", "CN", c.number(), new String[]{c.sizeType(), "102", "5"});
                m.add("SEL", c.seal(), v.nextBoolean() ? "CA" : "SH");
            }
            return m;
        }

        // --- CUSDEC

        Msg cusdec() {
            Msg m = new Msg("CUSDEC");
            m.add("BGM", v.nextInt(3) == 0 ? "930" : "929", s.declarationNo(), "9");
            boolean lineOrigin = !d96a && v.nextBoolean();
            if (!lineOrigin || v.nextBoolean()) {
                m.add("LOC", "27", countryCode(s.originCountry()));
            }
            m.add("LOC", "9", loc(s.portOfLoading()));
            m.add("LOC", "11", loc(s.portOfDischarge()));
            if (v.nextBoolean()) {
                m.add("LOC", "41", new String[]{s.portOfDischarge().locode(), "139", "6"});
            }
            m.add("DTM", dtm(v.nextInt(3) == 0 ? "150" : "137", s.declarationDate()));
            String grossCode = v.nextBoolean() ? "G" : "AAD";
            m.add("MEA", "AAE", grossCode, new String[]{"KGM", weight(s.totalGross())});
            m.add("MEA", "AAE", grossCode.equals("G") ? "N" : "AAC", new String[]{"KGM", weight(s.totalNet())});
            for (ContainerUnit c : s.containers()) {
                m.add("EQD", "CN", c.number());
            }
            m.add("RFF", new String[]{"BM", st.bl(s.blNo())});
            m.add("PAC", String.valueOf(s.totalPackages()), null, packageCode(s.packageKind()));
            m.add("RFF", new String[]{"IV", s.invoiceNo()});
            m.add("RFF", new String[]{v.nextInt(4) == 0 ? "ON" : "CT", s.contractNo()});
            tdt(m, true);
            nad(m, "IM", s.buyer());
            nad(m, "EX", s.seller());
            if (shown.truth.containsKey("declarant") || v.nextInt(3) == 0) {
                nad(m, "DT", s.declarant());
            }
            tod(m);
            m.add("MOA", new String[]{ShipmentFactory.pick(v, List.of("39", "40", "128")), amount(s.totalAmount())});
            m.add("CUX", new String[]{"2", s.currency()});
            m.add("UNS", "D");
            m.add("DMS", s.invoiceNo(), "380", String.valueOf(s.lines().size()));
            String lineAmount = v.nextBoolean() ? "203" : "38";
            String netCode = ShipmentFactory.pick(v, List.of("N", "AAL"));
            String purpose = v.nextBoolean() ? "AAE" : "AAF";
            int i = 0;
            for (GoodsLine l : s.lines()) {
                i++;
                lin(m, i);
                m.add("PIA", v.nextBoolean() ? "1" : "5", new String[]{hs(l), "HS"});
                m.add("QTY", new String[]{"47", quantity(l.quantity()), unitCode(l.unit())});
                m.add("MEA", purpose, netCode, new String[]{"KGM", weight(l.netWeight())});
                m.add("MOA", new String[]{lineAmount, amount(l.amount())});
                if (lineOrigin) {
                    m.add("LOC", "27", countryCode(s.originCountry()));
                }
                imd(m, st.description(l));
            }
            m.add("UNS", "S");
            if (v.nextBoolean()) {
                m.add("CNT", new String[]{"14", String.valueOf(s.lines().size())});
            }
            return m;
        }

        // --- shared segments

        private void lin(Msg m, int i) {
            if (v.nextInt(4) == 0) {
                m.add("LIN", String.valueOf(i), null, new String[]{"ART" + (1000 + i * 7), "SA"});
            } else {
                m.add("LIN", String.valueOf(i));
            }
        }

        private void imd(Msg m, String description) {
            String d = text(description);
            if (d.length() > 70 || v.nextInt(5) == 0 && d.length() > 35) {
                // a long text in two IMD segments, one after the other
                List<String> parts = split(d, 35, 4);
                m.add("IMD", "F", null, new String[]{null, null, null, parts.get(0), parts.size() > 1 ? parts.get(1) : null});
                if (parts.size() > 2) {
                    m.add("IMD", "F", null, new String[]{null, null, null, parts.get(2), parts.size() > 3 ? parts.get(3) : null});
                }
            } else {
                List<String> parts = split(d, 35, 2);
                m.add("IMD", "F", null, new String[]{null, null, null, parts.get(0), parts.size() > 1 ? parts.get(1) : null});
            }
        }

        private void price(Msg m, GoodsLine l, String style) {
            if (style.equals("basis")) {
                m.add("PRI", new String[]{"AAA", amount(l.unitPrice()), null, null, "1", unitCode(l.unit())});
            } else {
                m.add("PRI", new String[]{"AAA", amount(l.unitPrice())});
            }
        }

        private void nad(Msg m, String qualifier, Party p) {
            String[] id = v.nextInt(5) == 0 ? new String[]{"40" + (10000000000L + Math.floorMod(p.name().hashCode(), 89999999999L)), null, "9"} : null;
            String street = text(latinStreet(p.street()));
            String city = text(latinCity(p.city()));
            m.add("NAD", qualifier, id, null, nameParts(text(st.party(p))),
                    split(street, 35, 4).toArray(String[]::new), city, null, text(p.postcode()), countryCode(p.country()));
        }

        private void tdt(Msg m, boolean withVessel) {
            if (!withVessel) {
                m.add("TDT", "20", null, "1");
                return;
            }
            String vessel = text(s.vessel());
            String[] means = v.nextBoolean() ? new String[]{"9" + (100000 + Math.floorMod(s.vessel().hashCode(), 900000)), "146", "11", vessel}
                    : new String[]{null, null, null, vessel};
            String[] carrier = v.nextBoolean() ? new String[]{s.blNo().substring(0, 4), "172", "20"} : null;
            m.add("TDT", "20", s.voyage(), "1", v.nextBoolean() ? "13" : null, carrier, null, null, means);
        }

        private void tod(Msg m) {
            if (v.nextBoolean()) {
                m.add("TOD", "6", null, new String[]{s.incoterm(), null, null, text(s.incotermPlace())});
            } else {
                m.add("TOD", "6", null, s.incoterm());
                Port place = place(s.incotermPlace());
                m.add("LOC", "1", place != null ? new String[]{place.locode(), "139", "6", placeName(s.incotermPlace())}
                        : new String[]{null, null, null, placeName(s.incotermPlace())});
            }
        }

        /** a port: its UN/LOCODE (code list 139 of UN/ECE, agency 6), mostly with its name */
        private String[] loc(Port p) {
            int style = v.nextInt(12);
            if (style == 0) {
                return new String[]{p.locode()};
            }
            if (style == 1) {
                return new String[]{p.locode(), "139", "6"};
            }
            return new String[]{p.locode(), "139", "6", placeName(p.name())};
        }

        /** 3224 is an..17 in D.96A (an..256 in D.01B): a longer name is cut, between words where it can be */
        private String placeName(String name) {
            String t = text(name);
            if (!d96a || t.length() <= 17) {
                return t;
            }
            String cut = t.substring(0, 17);
            int space = cut.lastIndexOf(' ');
            return (space > 6 ? cut.substring(0, space) : cut).trim();
        }

        private String[] dtm(String qualifier, LocalDate d) {
            int f = v.nextInt(6);
            if (f == 0) {
                return new String[]{qualifier, d.format(DateTimeFormatter.BASIC_ISO_DATE) + "0000", "203"};
            }
            if (f == 1 && d96a) {
                return new String[]{qualifier, d.format(DateTimeFormatter.ofPattern("yyMMdd")), "101"};
            }
            return new String[]{qualifier, d.format(DateTimeFormatter.BASIC_ISO_DATE), "102"};
        }

        /** the lines' packages and weights add up to the totals of the view (a fault may change a total alone) */
        private boolean linesMakeUpTotals() {
            return s.lines().stream().mapToInt(GoodsLine::packages).sum() == s.totalPackages()
                    && LineTable.sum(s.lines(), GoodsLine::grossWeight).compareTo(s.totalGross()) == 0
                    && LineTable.sum(s.lines(), GoodsLine::netWeight).compareTo(s.totalNet()) == 0;
        }

        private boolean linesShow(String key) {
            Object lines = shown.truth.get("lines");
            return lines instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first
                    && first.containsKey(key);
        }

        // --- values

        private String hs(GoodsLine l) {
            return st.hs(l.hsCode());
        }

        private String amount(BigDecimal a) {
            BigDecimal x = fixedScale ? a.setScale(2, RoundingMode.HALF_UP) : strip(a);
            return decimal(x);
        }

        private String weight(BigDecimal w) {
            return decimal(strip(w));
        }

        private String quantity(BigDecimal q) {
            return decimal(strip(q));
        }

        private String decimal(BigDecimal x) {
            String p = x.toPlainString();
            return es.decimalComma() ? p.replace('.', ',') : p;
        }

        private static BigDecimal strip(BigDecimal x) {
            BigDecimal y = x.stripTrailingZeros();
            return y.scale() < 0 ? y.setScale(0) : y;
        }

        /** the text as the syntax level allows it: upper case for UNOA, ASCII for UNOA/UNOB */
        private String text(String t) {
            if (t == null) {
                return null;
            }
            String x = t;
            if (!es.latin()) {
                x = Normalizer.normalize(x, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ß", "ss")
                        .replaceAll("[^\\x20-\\x7E]", "?");
            } else if (es.charset().equals(java.nio.charset.StandardCharsets.ISO_8859_1)) {
                // ISO 8859-1: what lies beyond it loses its accents ("Gdańsk" is written "Gdansk")
                StringBuilder sb = new StringBuilder();
                for (char c : x.toCharArray()) {
                    sb.append(c <= 0xFF ? String.valueOf(c)
                            : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
                }
                x = sb.toString().replaceAll("[^\\x00-\\xFF]", "?");
            }
            if (es.upperCaseOnly()) {
                // UNOA: A-Z 0-9 space . , - ( ) / = ' + : ? ! " % & * ; < >
                x = x.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 .,\\-()/='+:?!\"%&*;<>]", " ")
                        .replaceAll(" +", " ").trim();
            }
            return x;
        }

        private String upper(String t) {
            return v.nextBoolean() ? t.toUpperCase(Locale.ROOT) : t;
        }

        private String latinStreet(String street) {
            return es.latin() ? street.replace("strasse", "straße").replace("Strasse", "Straße") : street;
        }

        private String latinCity(String city) {
            if (!es.latin()) {
                return city;
            }
            return switch (city) {
                case "Duesseldorf" -> "Düsseldorf";
                case "Sao Paulo" -> "São Paulo";
                case "Gdansk" -> "Gdańsk";
                default -> city;
            };
        }

        private String[] nameParts(String name) {
            return split(name, 35, 5).toArray(String[]::new);
        }

        private String[] textParts(String t, int width, int max) {
            return split(text(t), width, max).toArray(String[]::new);
        }
    }

    /** at most {@code max} pieces of at most {@code width} characters, cut between words */
    static List<String> split(String text, int width, int max) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : text.trim().split(" +")) {
            String w = word;
            while (w.length() > width) {
                if (cur.length() > 0) {
                    parts.add(cur.toString());
                    cur.setLength(0);
                }
                parts.add(w.substring(0, width));
                w = w.substring(width);
            }
            if (cur.length() > 0 && cur.length() + 1 + w.length() > width) {
                parts.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(w);
        }
        if (cur.length() > 0 || parts.isEmpty()) {
            parts.add(cur.toString());
        }
        if (parts.size() > max) {
            throw new IllegalArgumentException("text too long for " + max + " x " + width + ": " + text);
        }
        return parts;
    }

    // ------------------------------------------------------------------------------------------ code lists

    private static final Map<String, String> COUNTRY_CODES = countryCodes();

    private static Map<String, String> countryCodes() {
        Map<String, String> m = new HashMap<>();
        for (String cc : Locale.getISOCountries()) {
            m.put(new Locale("", cc).getDisplayCountry(Locale.ENGLISH), cc);
        }
        Catalog.COUNTRIES.values().forEach(c -> m.put(c.name(), c.code()));
        m.put("Viet Nam", "VN");
        m.put("Turkey", "TR");
        m.put("Korea, Republic of", "KR");
        m.put("United States", "US");
        m.put("United Kingdom", "GB");
        return m;
    }

    /** ISO 3166 alpha-2 code of a country name as the corpus writes it */
    static String countryCode(String name) {
        String cc = COUNTRY_CODES.get(name);
        if (cc == null) {
            throw new IllegalArgumentException("no ISO 3166 code for " + name);
        }
        return cc;
    }

    /** UN/ECE Recommendation 20 unit code */
    static String unitCode(String unit) {
        return switch (unit) {
            case "PCS" -> "PCE";
            case "SETS" -> "SET";
            case "PRS" -> "PR";
            case "KGS" -> "KGM";
            default -> unit;
        };
    }

    /** UN/ECE Recommendation 21 / code list 7065 package type */
    static String packageCode(String kind) {
        return switch (kind) {
            case "CARTONS" -> "CT";
            case "PALLETS" -> "PX";
            case "CASES" -> "CS";
            default -> "PK";
        };
    }

    private static Port place(String name) {
        return Catalog.PORTS.values().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}
