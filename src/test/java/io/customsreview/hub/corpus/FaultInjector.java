package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.DocumentType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.customsreview.hub.domain.DocumentType.BILL_OF_LADING;
import static io.customsreview.hub.domain.DocumentType.CERTIFICATE_OF_ORIGIN;
import static io.customsreview.hub.domain.DocumentType.CONTRACT;
import static io.customsreview.hub.domain.DocumentType.DECLARATION;
import static io.customsreview.hub.domain.DocumentType.INSURANCE;
import static io.customsreview.hub.domain.DocumentType.INVOICE;
import static io.customsreview.hub.domain.DocumentType.PACKING_LIST;

/** Applies a {@link Fault} to a draft's document views and records what changed. */
final class FaultInjector {
    private FaultInjector() {
    }

    static void apply(DossierDraft d, Fault f, Random r) {
        Shipment b = d.base;
        switch (f) {
            case MISSING_DOCUMENT -> {
                List<DocumentType> c = new ArrayList<>(List.of(CONTRACT, PACKING_LIST));
                if (d.views.containsKey(INSURANCE)) {
                    c.add(INSURANCE);
                }
                DocumentType t = ShipmentFactory.pick(r, c);
                d.views.remove(t);
                d.styles.remove(t);
                d.records.add(new FaultRecord(f, t, "document", "present", "absent", null));
            }
            case BL_NUMBER_MISMATCH -> {
                DocumentType t = pickDoc(d, r, DECLARATION, INSURANCE);
                String nb = mutateDigits(b.blNo(), r);
                d.update(t, s -> s.with("blNo", nb));
                d.records.add(new FaultRecord(f, t, "blRef", b.blNo(), nb, d.styles.get(t).bl(nb)));
            }
            case INVOICE_NUMBER_MISMATCH -> {
                DocumentType t = pickDoc(d, r, DECLARATION, PACKING_LIST, CERTIFICATE_OF_ORIGIN);
                String ni = mutateDigits(b.invoiceNo(), r);
                d.update(t, s -> s.with("invoiceNo", ni));
                d.records.add(new FaultRecord(f, t, "invoiceRef", b.invoiceNo(), ni, ni));
            }
            case CONTRACT_NUMBER_MISMATCH -> {
                DocumentType t = pickDoc(d, r, INVOICE, DECLARATION);
                String nc = mutateDigits(b.contractNo(), r);
                d.update(t, s -> s.with("contractNo", nc));
                d.records.add(new FaultRecord(f, t, "contractRef", b.contractNo(), nc, nc));
            }
            case INVOICE_CONTRACT_AMOUNT_MISMATCH -> {
                int i = r.nextInt(b.lines().size());
                BigDecimal dp = priceStep(b, r);
                d.update(CONTRACT, s -> s.withLine(i, l -> l.with("unitPrice", l.unitPrice().add(dp))
                        .with("amount", l.quantity().multiply(l.unitPrice().add(dp)).setScale(2, RoundingMode.UNNECESSARY))).withTotalsFromLines());
                BigDecimal nt = d.views.get(CONTRACT).totalAmount();
                d.records.add(new FaultRecord(f, CONTRACT, "totalAmount", b.totalAmount().toPlainString(), nt.toPlainString(),
                        d.styles.get(CONTRACT).amount(nt)));
            }
            case DECLARED_VALUE_EXCEEDS_CONTRACT, DECLARED_INVOICE_VALUE_MISMATCH -> {
                int i = r.nextInt(b.lines().size());
                GoodsLine l0 = b.lines().get(i);
                BigDecimal gap = gap(l0.amount(), r);
                BigDecimal signed = f == Fault.DECLARED_VALUE_EXCEEDS_CONTRACT ? gap : gap.negate();
                d.update(DECLARATION, s -> s.withLine(i, l -> l.with("amount", l.amount().add(signed))).withTotalsFromLines());
                BigDecimal nt = d.views.get(DECLARATION).totalAmount();
                d.records.add(new FaultRecord(f, DECLARATION, "totalValue", b.totalAmount().toPlainString(), nt.toPlainString(),
                        d.styles.get(DECLARATION).amount(nt)));
            }
            case LINE_ARITHMETIC_ERROR -> {
                DocumentType t = pickDoc(d, r, INVOICE, CONTRACT);
                int i = r.nextInt(b.lines().size());
                BigDecimal np = b.lines().get(i).unitPrice().add(priceStep(b, r));
                d.update(t, s -> s.withLine(i, l -> l.with("unitPrice", np)));
                d.records.add(new FaultRecord(f, t, "lines[" + i + "].unitPrice", b.lines().get(i).unitPrice().toPlainString(),
                        np.toPlainString(), d.styles.get(t).amount(np)));
            }
            case CURRENCY_MISMATCH -> {
                String nc = ShipmentFactory.pick(r, List.of("USD", "EUR", "GBP", "CNY").stream().filter(c -> !c.equals(b.currency())).toList());
                d.update(CONTRACT, s -> s.with("currency", nc));
                d.records.add(new FaultRecord(f, CONTRACT, "currency", b.currency(), nc, null));
            }
            case HS_CODE_INVALID -> {
                int i = r.nextInt(b.lines().size());
                Catalog.Goods g = goods(b.lines().get(i).hsCode());
                String nh = g.invalidHs6() + g.ext();
                d.updateAll(s -> s.withLine(i, l -> l.with("hsCode", nh)));
                d.records.add(new FaultRecord(f, INVOICE, "lines[" + i + "].hsCode", b.lines().get(i).hsCode(), nh,
                        d.styles.get(INVOICE).hs(nh)));
            }
            case HS_CODE_MISMATCH -> {
                DocumentType t = pickDoc(d, r, DECLARATION, CERTIFICATE_OF_ORIGIN);
                int i = r.nextInt(b.lines().size());
                Catalog.Goods g = goods(b.lines().get(i).hsCode());
                String nh = g.altHs6() + g.ext();
                d.update(t, s -> s.withLine(i, l -> l.with("hsCode", nh)));
                d.records.add(new FaultRecord(f, t, "lines[" + i + "].hsCode", b.lines().get(i).hsCode(), nh, d.styles.get(t).hs(nh)));
            }
            case QUANTITY_MISMATCH -> {
                DocumentType t = pickDoc(d, r, PACKING_LIST, DECLARATION, CERTIFICATE_OF_ORIGIN);
                int i = r.nextInt(b.lines().size());
                BigDecimal q = b.lines().get(i).quantity();
                long delta = Math.max(1, Math.round(q.doubleValue() * (0.05 + r.nextDouble() * 0.2)));
                BigDecimal nq = r.nextBoolean() || q.longValue() <= delta ? q.add(BigDecimal.valueOf(delta)) : q.subtract(BigDecimal.valueOf(delta));
                d.update(t, s -> s.withLine(i, l -> l.with("quantity", nq)));
                d.records.add(new FaultRecord(f, t, "lines[" + i + "].quantity", q.toPlainString(), nq.toPlainString(), d.styles.get(t).quantity(nq)));
            }
            case PACKAGE_COUNT_MISMATCH -> {
                DocumentType t = pickDoc(d, r, BILL_OF_LADING, DECLARATION);
                int np = b.totalPackages() + (r.nextBoolean() || b.totalPackages() < 8 ? 1 + r.nextInt(6) : -(1 + r.nextInt(6)));
                d.update(t, s -> s.with("totalPackages", np));
                d.records.add(new FaultRecord(f, t, "packages", String.valueOf(b.totalPackages()), String.valueOf(np), String.valueOf(np)));
            }
            case GROSS_WEIGHT_MISMATCH -> {
                DocumentType t = pickDoc(d, r, BILL_OF_LADING, DECLARATION);
                BigDecimal ng = b.totalGross().multiply(BigDecimal.valueOf(1.03 + r.nextDouble() * 0.09)).setScale(2, RoundingMode.HALF_UP);
                d.update(t, s -> s.with("totalGross", ng));
                d.records.add(new FaultRecord(f, t, "grossWeight", b.totalGross().toPlainString(), ng.toPlainString(), d.styles.get(t).weight(ng)));
            }
            case NET_WEIGHT_MISMATCH -> {
                DocumentType t = pickDoc(d, r, DECLARATION, PACKING_LIST);
                // the heaviest line, so that the total moves well beyond the 0.1 % tolerance too
                int i = 0;
                for (int k = 1; k < b.lines().size(); k++) {
                    if (b.lines().get(k).netWeight().compareTo(b.lines().get(i).netWeight()) > 0) {
                        i = k;
                    }
                }
                int li = i;
                BigDecimal factor = BigDecimal.valueOf(0.85 + r.nextDouble() * 0.1);
                d.update(t, s -> s.withLine(li, l -> l.with("netWeight", l.netWeight().multiply(factor).setScale(2, RoundingMode.HALF_UP))).withTotalsFromLines());
                BigDecimal nn = d.views.get(t).totalNet();
                d.records.add(new FaultRecord(f, t, "netWeight", b.totalNet().toPlainString(), nn.toPlainString(), d.styles.get(t).weight(nn)));
            }
            case NET_EXCEEDS_GROSS -> {
                d.updateAll(s -> {
                    Shipment x = s;
                    for (int i = 0; i < s.lines().size(); i++) {
                        x = x.withLine(i, l -> l.with("netWeight", l.grossWeight()).with("grossWeight", l.netWeight()));
                    }
                    return x.with("totalNet", s.totalGross()).with("totalGross", s.totalNet());
                });
                d.records.add(new FaultRecord(f, PACKING_LIST, "netWeight", b.totalNet().toPlainString(), b.totalGross().toPlainString(),
                        d.styles.containsKey(PACKING_LIST) ? d.styles.get(PACKING_LIST).weight(b.totalGross()) : null));
            }
            case CONTAINER_MISMATCH -> {
                DocumentType t = pickDoc(d, r, PACKING_LIST, DECLARATION);
                int j = r.nextInt(b.containers().size());
                ContainerUnit c0 = b.containers().get(j);
                String nn;
                do {
                    nn = Iso6346.generate(c0.number().substring(0, 4), r);
                } while (nn.equals(c0.number()));
                String fn = nn;
                d.update(t, s -> s.with("containers", replace(s.containers(), j, c0.with(fn))));
                d.records.add(new FaultRecord(f, t, "containers[" + j + "]", c0.number(), nn, d.styles.get(t).container(c0.with(nn))));
            }
            case CONTAINER_NUMBER_INVALID -> {
                int j = r.nextInt(b.containers().size());
                ContainerUnit c0 = b.containers().get(j);
                String nn = Iso6346.corrupt(c0.number(), r);
                d.updateAll(s -> s.with("containers", replace(s.containers(), j, c0.with(nn))));
                d.records.add(new FaultRecord(f, BILL_OF_LADING, "containers[" + j + "]", c0.number(), nn,
                        d.styles.get(BILL_OF_LADING).container(c0.with(nn))));
            }
            case PARTY_MISMATCH -> {
                DocumentType t = pickDoc(d, r, BILL_OF_LADING, DECLARATION, CERTIFICATE_OF_ORIGIN, PACKING_LIST);
                boolean buyer = r.nextBoolean();
                Party old = buyer ? b.buyer() : b.seller();
                Party np = ShipmentFactory.otherCompany(r, old);
                d.update(t, s -> s.with(buyer ? "buyer" : "seller", np));
                d.records.add(new FaultRecord(f, t, partyKey(t, buyer), old.name(), np.name(), d.styles.get(t).party(np)));
            }
            case ORIGIN_MISMATCH -> {
                DocumentType t = pickDoc(d, r, DECLARATION, CERTIFICATE_OF_ORIGIN, INVOICE);
                String no = ShipmentFactory.pick(r, List.of("China", "Viet Nam", "India", "Malaysia", "Thailand", "Turkey", "Indonesia", "Bangladesh")
                        .stream().filter(c -> !c.equals(b.originCountry())).toList());
                d.update(t, s -> s.with("originCountry", no));
                d.records.add(new FaultRecord(f, t, "origin", b.originCountry(), no, no));
            }
            case PORT_MISMATCH -> {
                DocumentType t = pickDoc(d, r, DECLARATION, INSURANCE, CERTIFICATE_OF_ORIGIN, INVOICE);
                boolean loading = r.nextBoolean();
                Port old = loading ? b.portOfLoading() : b.portOfDischarge();
                List<Port> same = Catalog.PORTS.values().stream().filter(p -> p.country().equals(old.country()) && !p.equals(old)).toList();
                List<Port> any = Catalog.PORTS.values().stream().filter(p -> !p.equals(old) && !p.equals(b.portOfLoading())
                        && !p.equals(b.portOfDischarge())).sorted(java.util.Comparator.comparing(Port::locode)).toList();
                Port np = !same.isEmpty() ? ShipmentFactory.pick(r, same.stream().sorted(java.util.Comparator.comparing(Port::locode)).toList())
                        : ShipmentFactory.pick(r, any);
                d.update(t, s -> s.with(loading ? "portOfLoading" : "portOfDischarge", np));
                d.records.add(new FaultRecord(f, t, loading ? "portOfLoading" : "portOfDischarge", old.name(), np.name(), null));
            }
            case VESSEL_VOYAGE_MISMATCH -> {
                DocumentType t = pickDoc(d, r, DECLARATION, INSURANCE, CERTIFICATE_OF_ORIGIN);
                if (r.nextBoolean()) {
                    String nv = mutateDigits(b.voyage(), r);
                    d.update(t, s -> s.with("voyage", nv));
                    d.records.add(new FaultRecord(f, t, "voyage", b.voyage(), nv, nv));
                } else {
                    String nv = ShipmentFactory.pick(r, Catalog.CARRIERS.stream().flatMap(c -> java.util.Arrays.stream(c.vessels()))
                            .filter(v -> !v.equals(b.vessel())).toList());
                    d.update(t, s -> s.with("vessel", nv));
                    d.records.add(new FaultRecord(f, t, "vessel", b.vessel(), nv, nv));
                }
            }
            case INCOTERMS_MISMATCH -> {
                DocumentType t = pickDoc(d, r, INVOICE, DECLARATION, CONTRACT);
                List<String> cls = b.insuranceRequired() ? List.of("CIF", "CIP") : List.of("FOB", "FCA", "CFR", "DAP", "EXW");
                String nt = ShipmentFactory.pick(r, cls.stream().filter(x -> !x.equals(b.incoterm())).toList());
                String place = switch (nt) {
                    case "FOB", "FCA" -> b.portOfLoading().name();
                    case "EXW" -> b.seller().city();
                    default -> b.portOfDischarge().name();
                };
                d.update(t, s -> s.with("incoterm", nt).with("incotermPlace", place));
                d.records.add(new FaultRecord(f, t, "incoterms", b.incoterm() + " " + b.incotermPlace(), nt + " " + place, null));
            }
            case DESCRIPTION_MISMATCH -> {
                DocumentType t = pickDoc(d, r, PACKING_LIST, BILL_OF_LADING, CERTIFICATE_OF_ORIGIN);
                int i = r.nextInt(b.lines().size());
                List<Catalog.Goods> others = Catalog.GOODS.stream().filter(g -> b.lines().stream()
                        .noneMatch(l -> l.hsCode().startsWith(g.hs6()))).toList();
                Catalog.Goods g = ShipmentFactory.pick(r, others);
                d.update(t, s -> s.withLine(i, l -> l.with("description", g.description()).with("altDescription", g.altDescription())));
                String shown = d.styles.get(t).altDescriptions() ? g.altDescription() : g.description();
                d.records.add(new FaultRecord(f, t, "lines[" + i + "].description", b.lines().get(i).description(), shown, shown));
            }
            case DATE_SEQUENCE_ERROR -> {
                int variant = r.nextInt(d.views.containsKey(INSURANCE) ? 3 : 2);
                if (variant == 0) {
                    java.time.LocalDate nd = b.invoiceDate().plusDays(3 + r.nextInt(18));
                    d.update(CONTRACT, s -> s.with("contractDate", nd));
                    d.records.add(new FaultRecord(f, CONTRACT, "contractDate", b.contractDate().toString(), nd.toString(), d.styles.get(CONTRACT).date(nd)));
                } else if (variant == 1) {
                    java.time.LocalDate nd = b.onBoardDate().minusDays(1 + r.nextInt(6));
                    d.update(DECLARATION, s -> s.with("declarationDate", nd));
                    d.records.add(new FaultRecord(f, DECLARATION, "declarationDate", b.declarationDate().toString(), nd.toString(), d.styles.get(DECLARATION).date(nd)));
                } else {
                    java.time.LocalDate nd = b.onBoardDate().plusDays(2 + r.nextInt(9));
                    d.update(INSURANCE, s -> s.with("insuranceDate", nd));
                    d.records.add(new FaultRecord(f, INSURANCE, "insuranceDate", b.insuranceDate().toString(), nd.toString(), d.styles.get(INSURANCE).date(nd)));
                }
            }
            case INSURANCE_INSUFFICIENT -> {
                BigDecimal pct = BigDecimal.valueOf(ShipmentFactory.pick(r, List.of(1.00, 1.05, 1.08)));
                BigDecimal ni = b.totalAmount().multiply(pct).setScale(2, RoundingMode.DOWN);
                d.update(INSURANCE, s -> s.with("insuredAmount", ni));
                d.records.add(new FaultRecord(f, INSURANCE, "insuredAmount", b.insuredAmount().toPlainString(), ni.toPlainString(), d.styles.get(INSURANCE).amount(ni)));
            }
            case UNREADABLE_DOCUMENT -> {
                byte[] bytes;
                String reason;
                if (r.nextBoolean()) {
                    bytes = new byte[0];
                    reason = "zero-byte file";
                } else {
                    bytes = new byte[600 + r.nextInt(3000)];
                    r.nextBytes(bytes);
                    byte[] head = "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                    System.arraycopy(head, 0, bytes, 0, head.length);
                    reason = "corrupt PDF (header followed by random bytes)";
                }
                d.extras.add(new DossierDraft.ExtraFile(reason, bytes));
                d.records.add(new FaultRecord(f, null, "file", null, reason, null));
            }
        }
    }

    static String partyKey(DocumentType t, boolean buyer) {
        return switch (t) {
            case BILL_OF_LADING -> buyer ? "consignee" : "shipper";
            case DECLARATION -> buyer ? "importer" : "exporter";
            case CERTIFICATE_OF_ORIGIN -> buyer ? "consignee" : "exporter";
            default -> buyer ? "buyer" : "seller";
        };
    }

    private static DocumentType pickDoc(DossierDraft d, Random r, DocumentType... candidates) {
        List<DocumentType> present = new ArrayList<>();
        for (DocumentType t : candidates) {
            if (d.views.containsKey(t)) {
                present.add(t);
            }
        }
        return ShipmentFactory.pick(r, present);
    }

    private static Catalog.Goods goods(String hs) {
        return Catalog.GOODS.stream().filter(g -> hs.startsWith(g.hs6())).findFirst().orElseThrow();
    }

    private static List<ContainerUnit> replace(List<ContainerUnit> list, int j, ContainerUnit c) {
        List<ContainerUnit> copy = new ArrayList<>(list);
        copy.set(j, c);
        return copy;
    }

    /** A small unit-price step: 0.01..1.00 (whole yen for JPY). */
    private static BigDecimal priceStep(Shipment b, Random r) {
        if (b.currency().equals("JPY")) {
            return BigDecimal.valueOf(1 + r.nextInt(20)).setScale(2);
        }
        return ShipmentFactory.pick(r, List.of("0.01", "0.05", "0.10", "0.25", "0.50", "1.00")).transform(BigDecimal::new);
    }

    /** A value gap: US$10-style round amount, well below the line amount. */
    private static BigDecimal gap(BigDecimal lineAmount, Random r) {
        BigDecimal g = new BigDecimal(ShipmentFactory.pick(r, List.of("10.00", "10.00", "25.00", "100.00", "0.50", "250.00")));
        while (g.compareTo(lineAmount.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN)) >= 0 && g.compareTo(new BigDecimal("0.01")) > 0) {
            g = g.divide(BigDecimal.TEN, 2, RoundingMode.DOWN);
        }
        return g.max(new BigDecimal("0.01"));
    }

    /** Changes one or two digits (never to the same string). */
    static String mutateDigits(String s, Random r) {
        List<Integer> pos = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                pos.add(i);
            }
        }
        char[] cs = s.toCharArray();
        if (pos.isEmpty()) {
            cs[cs.length - 1] = cs[cs.length - 1] == 'X' ? 'Y' : 'X';
            return new String(cs);
        }
        int p = pos.get(pos.size() - 1 - r.nextInt(Math.min(3, pos.size())));
        cs[p] = (char) ('0' + (cs[p] - '0' + 1 + r.nextInt(9)) % 10);
        return new String(cs);
    }
}
