package io.customsreview.hub.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Builds a consistent random shipment from a seed: same seed, same shipment. */
public final class ShipmentFactory {

    private ShipmentFactory() {
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static <T> T pick(Random r, T[] arr) {
        return arr[r.nextInt(arr.length)];
    }

    static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    public static Shipment create(long seed) {
        Random r = new Random(seed);
        String sellerCc = pick(r, Catalog.EXPORTERS);
        String buyerCc;
        do {
            buyerCc = pick(r, Catalog.IMPORTERS);
        } while (buyerCc.equals(sellerCc));
        Party seller = company(r, sellerCc, null);
        Party buyer = company(r, buyerCc, seller.name());
        Catalog.CountryInfo bci = Catalog.COUNTRIES.get(buyerCc);
        Party declarant = new Party(pick(r, Catalog.BROKERS) + " (" + bci.name() + ")", null,
                String.format(pick(r, bci.streets()), 2 + r.nextInt(180)), bci.cities()[0], bci.postcodes()[0], bci.name());
        declarant = declarant.with("altName", declarant.name());

        String origin = Catalog.COUNTRIES.get(sellerCc).name();
        if (sellerCc.equals("SG") || r.nextInt(8) == 0) {
            origin = pick(r, List.of("China", "Viet Nam", "India", "Malaysia", "Thailand"));
        }
        Port pol = Catalog.PORTS.get(pick(r, Catalog.COUNTRIES.get(sellerCc).ports()));
        Port pod = Catalog.PORTS.get(pick(r, bci.ports()));

        String currency = pick(r, Catalog.CURRENCIES);
        if (r.nextInt(4) == 0 && (buyerCc.equals("GB"))) {
            currency = "GBP";
        }
        double rate = Catalog.USD_RATE.get(currency);
        String incoterm = pick(r, Catalog.INCOTERMS);
        String place = switch (incoterm) {
            case "FOB", "FCA", "EXW" -> incoterm.equals("EXW") ? Catalog.COUNTRIES.get(sellerCc).cities()[0] : pol.name();
            default -> pod.name();
        };

        // goods lines
        int nLines = 1 + r.nextInt(5);
        List<Catalog.Goods> goods = new ArrayList<>(Catalog.GOODS);
        java.util.Collections.shuffle(goods, r);
        String kind = pick(r, List.of("CARTONS", "CARTONS", "CARTONS", "PALLETS", "CASES", "PACKAGES"));
        List<GoodsLine> lines = new ArrayList<>();
        for (int i = 0; i < nLines; i++) {
            Catalog.Goods g = goods.get(i);
            int perPkg = g.unitsPerCarton();
            double tare = g.tare();
            if (kind.equals("PALLETS")) {
                perPkg *= 20;
                tare = tare * 20 + 22;
            } else if (kind.equals("CASES")) {
                perPkg *= 2;
                tare = tare * 2 + 6;
            }
            int packages = 2 + r.nextInt(g.unitsPerCarton() == 1 ? 120 : 60);
            if (kind.equals("PALLETS")) {
                packages = 1 + r.nextInt(12);
            }
            BigDecimal qty = BigDecimal.valueOf((long) packages * perPkg);
            double usd = g.minPrice() + r.nextDouble() * (g.maxPrice() - g.minPrice());
            BigDecimal price = currency.equals("JPY") ? BigDecimal.valueOf(Math.round(usd * rate)).setScale(2)
                    : money(usd * rate);
            BigDecimal amount = qty.multiply(price).setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal net = money(qty.doubleValue() * g.netPerUnit() * (0.97 + r.nextDouble() * 0.06));
            BigDecimal gross = net.add(money(packages * Math.max(tare, 0.4) * (0.9 + r.nextDouble() * 0.2)));
            if (gross.compareTo(net) <= 0) {
                gross = net.add(money(packages * 0.5));
            }
            String hs = g.hs6() + g.ext();
            lines.add(new GoodsLine(g.description(), g.altDescription(), hs, qty, g.unit(), price, amount, packages, net, gross));
        }

        LocalDate contractDate = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(600));
        LocalDate invoiceDate = contractDate.plusDays(5 + r.nextInt(40));
        LocalDate onBoard = invoiceDate.plusDays(r.nextInt(10));
        LocalDate insuranceDate = onBoard.minusDays(r.nextInt(4));
        LocalDate certDate = invoiceDate.plusDays(r.nextInt((int) (onBoard.toEpochDay() - invoiceDate.toEpochDay()) + 1));
        LocalDate declDate = onBoard.plusDays(12 + r.nextInt(30));

        Catalog.Carrier carrier = pick(r, Catalog.CARRIERS);
        String blNo = carrier.blPrefix() + digits(r, carrier.blDigits());
        String vessel = pick(r, carrier.vessels());
        String voyage = String.format("%03d", 1 + r.nextInt(999)) + pick(r, List.of("W", "E", "N", "S"));
        if (r.nextBoolean()) {
            voyage = (24 + r.nextInt(3)) + String.format("%02d", 1 + r.nextInt(52)) + pick(r, List.of("W", "E"));
        }

        BigDecimal totalGross = lines.stream().map(GoodsLine::grossWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        int nCont = 1 + (int) (totalGross.doubleValue() / 18000) + (r.nextInt(4) == 0 ? 1 : 0);
        nCont = Math.min(nCont, 4);
        List<ContainerUnit> containers = new ArrayList<>();
        Set<String> used = new HashSet<>();
        String type = pick(r, List.of("40HC", "40HC", "20GP", "40GP", "45G1", "22G1"));
        for (int i = 0; i < nCont; i++) {
            String no;
            do {
                no = Iso6346.generate(pick(r, carrier.owners()), r);
            } while (!used.add(no));
            containers.add(new ContainerUnit(no, carrier.sealPrefix() + digits(r, 6 + r.nextInt(2)), type));
        }

        String year = String.valueOf(contractDate.getYear());
        String contractNo = pick(r, List.of(
                sellerCc + "-SC-" + year + "-" + digits(r, 4),
                "PO" + digits(r, 7),
                "SC" + year.substring(2) + digits(r, 4) + (char) ('A' + r.nextInt(6)),
                abbreviation(buyer.name()) + "/" + year + "/" + digits(r, 3)));
        String invoiceNo = pick(r, List.of(
                "INV-" + year + "-" + digits(r, 5),
                abbreviation(seller.name()) + invoiceDate.getYear() % 100 + digits(r, 4),
                digits(r, 8),
                "CI/" + digits(r, 4) + "/" + String.valueOf(invoiceDate.getYear()).substring(2)));
        String declNo = switch (buyerCc) {
            case "US" -> "ENT-" + letters(r, 3) + "-" + digits(r, 7) + "-" + digits(r, 1);
            case "DE", "NL", "FR", "ES", "IT", "PL" -> (declDate.getYear() % 100) + buyerCc + letters(r, 2) + digits(r, 12) + letters(r, 1) + digits(r, 1);
            case "GB" -> (declDate.getYear() % 100) + "GB" + letters(r, 2) + digits(r, 12) + "A" + digits(r, 1);
            default -> digits(r, 4) + declDate.getYear() + digits(r, 10);
        };
        String certNo = pick(r, List.of(
                digits(r, 2) + "C" + digits(r, 4) + "A" + digits(r, 4) + "/" + digits(r, 5),
                "CO-" + digits(r, 7),
                sellerCc + year + digits(r, 6)));
        String[] insurer = pick(r, Catalog.INSURERS);
        String policyNo = pick(r, List.of("PYIE" + year + digits(r, 10), "MC-" + digits(r, 8), digits(r, 3) + "-" + digits(r, 6) + "-" + digits(r, 2)));

        BigDecimal totalAmount = lines.stream().map(GoodsLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        double pct = pick(r, List.of(1.10, 1.10, 1.10, 1.20, 1.15));
        BigDecimal insured = totalAmount.multiply(BigDecimal.valueOf(pct)).setScale(0, RoundingMode.CEILING).setScale(2);
        String payment = pick(r, List.of("T/T 30% deposit, 70% balance against copy of B/L", "Irrevocable L/C at sight",
                "T/T 60 days after B/L date", "D/P at sight", "Cash against documents", "Open account, 90 days from invoice date"));

        Shipment s = new Shipment(seller, buyer, declarant, contractNo, contractDate, invoiceNo, invoiceDate, blNo,
                declNo, declDate, certNo, certDate, policyNo, insuranceDate, currency, incoterm, place, origin, pol, pod,
                carrier.name(), vessel, voyage, onBoard, containers, kind, lines, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, insured, insurer[0], payment);
        return s.withTotalsFromLines();
    }

    static Party company(Random r, String cc, String avoid) {
        Catalog.CountryInfo ci = Catalog.COUNTRIES.get(cc);
        while (true) {
            int city = r.nextInt(ci.cities().length);
            String word = pick(r, Catalog.NAME_WORDS);
            String trade = pick(r, Catalog.NAME_TRADES);
            String[] form = pick(r, ci.legalForms());
            String base = (cc.equals("CN") && r.nextBoolean() ? ci.cities()[city] + " " : "") + word + " " + trade;
            String name = base + " " + form[0];
            if (name.equals(avoid)) {
                continue;
            }
            // alt spelling: other legal form writing, sometimes upper case
            String alt = base + " " + form[1];
            if (r.nextBoolean()) {
                alt = alt.toUpperCase(java.util.Locale.ROOT);
            }
            return new Party(name, alt, String.format(pick(r, ci.streets()), 1 + r.nextInt(388)), ci.cities()[city],
                    ci.postcodes()[Math.min(city, ci.postcodes().length - 1)], ci.name());
        }
    }

    /** A different company of the same country (for PARTY_MISMATCH). */
    static Party otherCompany(Random r, Party p) {
        String cc = Catalog.COUNTRIES.values().stream().filter(c -> c.name().equals(p.country())).findFirst()
                .map(Catalog.CountryInfo::code).orElse("CN");
        while (true) {
            Party o = company(r, cc, p.name());
            String a = o.name().split(" ")[0];
            if (!p.name().contains(a) && !o.name().contains(p.name().split(" ")[0])) {
                return o;
            }
        }
    }

    static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        sb.append(1 + r.nextInt(9));
        for (int i = 1; i < n; i++) {
            sb.append(r.nextInt(10));
        }
        return sb.toString();
    }

    static String letters(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + r.nextInt(26)));
        }
        return sb.toString();
    }

    static String abbreviation(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[ ,.&]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && sb.length() < 3) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}
