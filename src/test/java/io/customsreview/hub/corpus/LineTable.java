package io.customsreview.hub.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builds the goods table of a document: chosen columns, synonyms for headers, values in the document's style. */
final class LineTable {
    private LineTable() {
    }

    private static final Map<String, List<String>> HEAD = Map.ofEntries(
            Map.entry("no", List.of("No.", "Item", "#", "Line", "Item No.")),
            Map.entry("marks", List.of("Marks & Nos.", "Shipping Marks", "Marks")),
            Map.entry("desc", List.of("Description of Goods", "Description", "Commodity Description", "Goods Description", "Article / Description")),
            Map.entry("hs", List.of("HS Code", "H.S. Code", "Tariff No.", "Commodity Code", "HS No.")),
            Map.entry("qty", List.of("Qty", "Quantity", "Qty.", "Quantity Shipped")),
            Map.entry("unit", List.of("Unit", "UOM", "Unit of Measure", "Units")),
            Map.entry("qtyunit", List.of("Quantity", "Qty / Unit", "Quantity (Unit)", "Qty")),
            Map.entry("price", List.of("Unit Price", "Price/Unit", "U/Price", "Rate", "Unit Price")),
            Map.entry("amount", List.of("Amount", "Total", "Line Total", "Total Price", "Amount")),
            Map.entry("pkgs", List.of("Packages", "No. of Pkgs", "Pkgs", "Packing")),
            Map.entry("net", List.of("N.W.", "Net Wt", "Net Weight", "Net Wt.")),
            Map.entry("gross", List.of("G.W.", "Gross Wt", "Gross Weight", "Gross Wt.")),
            Map.entry("origin", List.of("Origin", "Country of Origin", "Orig.")),
            Map.entry("value", List.of("Value", "Customs Value", "Invoice Value", "Item Value")));

    private static final List<String> NUMERIC = List.of("qty", "qtyunit", "price", "amount", "pkgs", "net", "gross", "value");

    static DocContent.Table build(DocContent c, Shipment s, DocStyle st, Random r, List<String> cols) {
        List<String> headers = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        boolean unitInHeader = r.nextBoolean();
        String cur = st.currencyStyle() == DocStyle.CurrencyStyle.SIGN ? st.currencySymbol(s.currency()) : s.currency();
        for (String k : cols) {
            String h = ShipmentFactory.pick(r, HEAD.get(k));
            if ((k.equals("price") || k.equals("amount") || k.equals("value"))) {
                h = h + " (" + cur + ")";
            }
            if ((k.equals("net") || k.equals("gross")) && unitInHeader) {
                h = h + " (" + st.weightUnit() + ")";
            }
            headers.add(h);
            numeric.add(NUMERIC.contains(k));
        }
        List<List<String>> rows = new ArrayList<>();
        List<Map<String, String>> truth = new ArrayList<>();
        int i = 0;
        for (GoodsLine l : s.lines()) {
            i++;
            List<String> row = new ArrayList<>();
            Map<String, String> t = new LinkedHashMap<>();
            for (String k : cols) {
                String v = switch (k) {
                    case "no" -> String.valueOf(i);
                    case "marks" -> i == 1 ? "N/M" : "";
                    case "desc" -> st.description(l);
                    case "hs" -> st.hs(l.hsCode());
                    case "qty" -> st.quantity(l.quantity());
                    case "unit" -> l.unit();
                    case "qtyunit" -> st.quantity(l.quantity()) + " " + l.unit();
                    case "price" -> st.amount(l.unitPrice());
                    case "amount", "value" -> st.amount(l.amount());
                    case "pkgs" -> l.packages() + " " + kindShort(s.packageKind(), r);
                    case "net" -> unitInHeader ? st.weight(l.netWeight()) : st.weightWithUnit(l.netWeight());
                    case "gross" -> unitInHeader ? st.weight(l.grossWeight()) : st.weightWithUnit(l.grossWeight());
                    case "origin" -> s.originCountry();
                    default -> throw new IllegalArgumentException(k);
                };
                row.add(v);
                switch (k) {
                    case "desc" -> t.put("description", st.description(l));
                    case "hs" -> t.put("hsCode", l.hsCode().substring(0, Math.min(st.hsDigits(), 10)));
                    case "qty", "qtyunit" -> {
                        t.put("quantity", l.quantity().toPlainString());
                        t.put("unit", l.unit());
                    }
                    case "unit" -> t.put("unit", l.unit());
                    case "price" -> t.put("unitPrice", l.unitPrice().toPlainString());
                    case "amount", "value" -> t.put("amount", l.amount().toPlainString());
                    case "pkgs" -> t.put("packages", String.valueOf(l.packages()));
                    case "net" -> t.put("netWeight", l.netWeight().toPlainString());
                    case "gross" -> t.put("grossWeight", l.grossWeight().toPlainString());
                    case "origin" -> t.put("origin", s.originCountry());
                    default -> {
                    }
                }
            }
            rows.add(row);
            truth.add(t);
        }
        c.truth.put("lines", truth);
        return new DocContent.Table(headers, numeric, rows, cols.indexOf("desc"));
    }

    static String kindShort(String kind, Random r) {
        return switch (kind) {
            case "CARTONS" -> r.nextBoolean() ? "CTNS" : "CARTONS";
            case "PALLETS" -> r.nextBoolean() ? "PLTS" : "PALLETS";
            case "CASES" -> r.nextBoolean() ? "CS" : "CASES";
            default -> r.nextBoolean() ? "PKGS" : "PACKAGES";
        };
    }

    static BigDecimal sum(List<GoodsLine> lines, java.util.function.Function<GoodsLine, BigDecimal> f) {
        return lines.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
