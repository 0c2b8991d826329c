package io.customsreview.hub.corpus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One shipment as (one) document sees it. The factory makes a canonical shipment; every document of the
 * dossier starts from an identical copy (its "view"), and faults change one view (or all of them).
 */
public record Shipment(
        Party seller, Party buyer, Party declarant,
        String contractNo, LocalDate contractDate,
        String invoiceNo, LocalDate invoiceDate,
        String blNo,
        String declarationNo, LocalDate declarationDate,
        String certificateNo, LocalDate certificateDate,
        String policyNo, LocalDate insuranceDate,
        String currency, String incoterm, String incotermPlace,
        String originCountry,
        Port portOfLoading, Port portOfDischarge,
        String carrier, String vessel, String voyage, LocalDate onBoardDate,
        List<ContainerUnit> containers, String packageKind,
        List<GoodsLine> lines,
        int totalPackages, BigDecimal totalNet, BigDecimal totalGross, BigDecimal totalAmount,
        BigDecimal insuredAmount, String insurer, String paymentTerms) {

    public Shipment {
        containers = List.copyOf(containers);
        lines = List.copyOf(lines);
    }

    public Shipment with(String component, Object value) {
        return Records.with(this, component, value);
    }

    public Shipment withLine(int index, UnaryOperator<GoodsLine> change) {
        List<GoodsLine> copy = new ArrayList<>(lines);
        copy.set(index, change.apply(copy.get(index)));
        return with("lines", copy);
    }

    public boolean insuranceRequired() {
        return "CIF".equals(incoterm) || "CIP".equals(incoterm);
    }

    /** Totals recomputed from the lines (amount, net, gross, packages). */
    public Shipment withTotalsFromLines() {
        BigDecimal amt = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        int pk = 0;
        for (GoodsLine l : lines) {
            amt = amt.add(l.amount());
            net = net.add(l.netWeight());
            gross = gross.add(l.grossWeight());
            pk += l.packages();
        }
        return with("totalAmount", amt).with("totalNet", net).with("totalGross", gross).with("totalPackages", pk);
    }
}
