package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.DocumentType;

import java.util.List;
import java.util.Random;

/** Packing list / weight list. */
final class PackingListContent {
    private PackingListContent() {
    }

    static DocContent build(Shipment s, DocStyle st, Random r) {
        DocContent c = new DocContent(DocumentType.PACKING_LIST);
        c.title = ShipmentFactory.pick(r, List.of("PACKING LIST", "PACKING LIST", "PACKING LIST / WEIGHT NOTE", "PACKING SPECIFICATION", "DETAILED PACKING LIST"));
        Contents.letterhead(c, s.seller(), st, r);
        c.ref("invoiceRef", st.label("invoiceRef"), s.invoiceNo(), s.invoiceNo());
        c.ref("date", st.label("date"), st.date(s.invoiceDate()), s.invoiceDate().toString());
        c.block("seller", st.label(r.nextBoolean() ? "seller" : "shipper"), Contents.address(s.seller(), st), s.seller().name());
        c.block("buyer", st.label(r.nextBoolean() ? "buyer" : "consignee"), Contents.address(s.buyer(), st), s.buyer().name());
        if (r.nextBoolean()) {
            c.field("contractRef", st.label("contractRef"), s.contractNo(), s.contractNo());
        }
        c.field("portOfLoading", st.label("pol"), Contents.port(s.portOfLoading(), r), s.portOfLoading().name());
        c.field("portOfDischarge", st.label("pod"), Contents.port(s.portOfDischarge(), r), s.portOfDischarge().name());
        boolean seals = r.nextBoolean();
        c.field("containers", st.label("containers") + (seals ? " / " + st.label("seals") : ""), Contents.containers(s, st, seals), null);
        c.truth.put("containers", Contents.containerTruth(s));
        c.field("marks", "Shipping Marks", ShipmentFactory.pick(r, List.of("N/M", st.party(s.buyer()).split(" ")[0].toUpperCase() + " / " + s.portOfDischarge().name().toUpperCase() + " / C/NO. 1-" + s.totalPackages())), null);
        List<String> cols = ShipmentFactory.pick(r, List.of(
                List.of("no", "desc", "qty", "unit", "pkgs", "net", "gross"),
                List.of("desc", "pkgs", "qtyunit", "net", "gross"),
                List.of("no", "pkgs", "desc", "qty", "unit", "gross", "net"),
                List.of("marks", "desc", "qtyunit", "pkgs", "net", "gross")));
        c.table = LineTable.build(c, s, st, r, cols);
        c.total("packages", st.label("packages"), Contents.packages(s, r), String.valueOf(s.totalPackages()));
        c.total("netWeight", st.label("net"), st.weightWithUnit(s.totalNet()), s.totalNet().toPlainString());
        c.total("grossWeight", st.label("gross"), st.weightWithUnit(s.totalGross()), s.totalGross().toPlainString());
        c.total("measurement", ShipmentFactory.pick(r, List.of("Measurement", "Total Volume", "CBM")),
                st.number(s.totalGross().multiply(java.math.BigDecimal.valueOf(0.0042)), 3) + " CBM", null);
        c.prose.add("We hereby certify that the goods covered by Invoice No. " + s.invoiceNo() + ", sold to "
                + Contents.addressInline(s.buyer(), st) + ", have been packed in " + Contents.packages(s, r)
                + " for shipment from " + s.portOfLoading().name() + " to " + s.portOfDischarge().name() + ", as detailed below.");
        c.proseKeys.addAll(List.of("buyer", "portOfLoading", "portOfDischarge"));
        c.signature = st.party(s.seller()) + "\nShipping Department";
        return c;
    }
}
