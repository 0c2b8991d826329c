package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.DocumentType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Ocean bill of lading, issued by the carrier. */
final class BillOfLadingContent {
    private BillOfLadingContent() {
    }

    static DocContent build(Shipment s, DocStyle st, Random r) {
        DocContent c = new DocContent(DocumentType.BILL_OF_LADING);
        c.title = ShipmentFactory.pick(r, List.of("BILL OF LADING", "OCEAN BILL OF LADING", "BILL OF LADING FOR OCEAN TRANSPORT OR MULTIMODAL TRANSPORT", "COMBINED TRANSPORT BILL OF LADING"));
        c.subtitle = ShipmentFactory.pick(r, List.of("ORIGINAL", "ORIGINAL - NOT NEGOTIABLE UNLESS CONSIGNED TO ORDER", "NON-NEGOTIABLE COPY"));
        c.issuer.add(s.carrier());
        c.issuer.add("as Carrier");
        c.ref("blNo", st.label("blNo"), st.bl(s.blNo()), s.blNo());
        c.block("shipper", st.label("shipper"), Contents.address(s.seller(), st), s.seller().name());
        c.block("consignee", st.label("consignee"), (r.nextInt(4) == 0 ? "TO THE ORDER OF " : "") + Contents.address(s.buyer(), st), s.buyer().name());
        c.block("notify", st.label("notify"), r.nextBoolean() ? "SAME AS CONSIGNEE" : Contents.address(s.buyer(), st), null);
        if (r.nextBoolean()) {
            c.field("vessel", st.label("vessel"), s.vessel(), s.vessel());
            c.field("voyage", st.label("voyage"), s.voyage(), s.voyage());
        } else {
            c.field("vessel", ShipmentFactory.pick(r, List.of("Vessel / Voyage", "Ocean Vessel / Voy. No.", "Vessel & Voyage")), s.vessel() + " / " + s.voyage(), s.vessel());
            c.truth.put("voyage", s.voyage());
        }
        c.field("placeOfReceipt", "Place of Receipt", s.portOfLoading().name().toUpperCase() + " CY", null);
        c.field("portOfLoading", st.label("pol"), Contents.port(s.portOfLoading(), r), s.portOfLoading().name());
        c.field("portOfDischarge", st.label("pod"), Contents.port(s.portOfDischarge(), r), s.portOfDischarge().name());
        c.field("placeOfDelivery", "Place of Delivery", s.portOfDischarge().name().toUpperCase() + " CY", null);
        c.field("onBoardDate", st.label("onBoard"), st.date(s.onBoardDate()), s.onBoardDate().toString());
        c.field("freight", st.label("freight"), Contents.freight(s), null);
        c.field("originals", "No. of Original B/Ls", ShipmentFactory.pick(r, List.of("THREE (3)", "3/3", "THREE")), null);
        c.field("issue", "Place and Date of Issue", s.portOfLoading().name() + ", " + st.date(s.onBoardDate()), null);
        // cargo table: one row, as on a real B/L
        boolean withHs = r.nextBoolean();
        StringBuilder desc = new StringBuilder(ShipmentFactory.pick(r, List.of("SAID TO CONTAIN:", "STC:", "SHIPPER'S LOAD, STOW AND COUNT, SAID TO CONTAIN:")));
        List<java.util.Map<String, String>> descTruth = new ArrayList<>();
        for (GoodsLine l : s.lines()) {
            desc.append('\n').append(st.description(l).toUpperCase());
            descTruth.add(java.util.Map.of("description", st.description(l)));
            if (withHs) {
                desc.append(" HS CODE ").append(st.hs(l.hsCode()));
            }
        }
        String cont = s.containers().stream()
                .map(x -> st.container(x) + "\nSEAL " + x.seal() + " / " + x.sizeType())
                .collect(java.util.stream.Collectors.joining("\n"));
        String pk = Contents.packages(s, r);
        String gw = st.weightWithUnit(s.totalGross());
        String cbm = st.number(s.totalGross().multiply(java.math.BigDecimal.valueOf(0.0042)), 3) + " CBM";
        c.table = new DocContent.Table(
                List.of(ShipmentFactory.pick(r, List.of("Container No. / Seal No.", "Marks & Nos. / Container / Seal", "Cntr / Seal")),
                        ShipmentFactory.pick(r, List.of("No. of Packages", "Number and Kind of Packages", "Pkgs")),
                        ShipmentFactory.pick(r, List.of("Description of Goods", "Description of Packages and Goods", "Cargo Description")),
                        st.label("gross"), "Measurement"),
                List.of(false, true, false, true, true),
                List.of(List.of(cont, pk, desc.toString(), gw, cbm)), 2);
        c.truth.put("containers", Contents.containerTruth(s));
        c.truth.put("seals", s.containers().stream().map(ContainerUnit::seal).toList());
        c.truth.put("packages", String.valueOf(s.totalPackages()));
        c.truth.put("grossWeight", s.totalGross().toPlainString());
        c.truth.put("lines", descTruth);
        c.total("packagesInWords", "Total No. of Packages (in words)", "SAY " + Words.number(s.totalPackages()) + " (" + s.totalPackages() + ") "
                + s.packageKind() + " ONLY", String.valueOf(s.totalPackages()));
        c.truth.put("packages", String.valueOf(s.totalPackages()));
        c.truth.remove("packagesInWords");
        c.remarks.add("SHIPPER'S LOAD, STOW, COUNT AND SEAL. " + Contents.freight(s) + ". Received by the Carrier from the Shipper in apparent good"
                + " order and condition unless otherwise noted herein, the total number of containers or packages shown above for carriage"
                + " subject to the terms and conditions on the reverse hereof.");
        c.prose.add("RECEIVED by " + s.carrier() + " from " + Contents.addressInline(s.seller(), st) + " (the Shipper), for delivery to "
                + Contents.addressInline(s.buyer(), st) + " (the Consignee), the goods described below in apparent good order and condition.");
        c.prose.add("SHIPPED ON BOARD the vessel " + s.vessel() + ", voyage " + s.voyage() + ", at the port of " + s.portOfLoading().name()
                + " on " + st.date(s.onBoardDate()) + ", for carriage to the port of " + s.portOfDischarge().name() + ".");
        c.proseKeys.addAll(List.of("shipper", "consignee", "vessel", "voyage", "portOfLoading", "portOfDischarge", "onBoardDate"));
        c.closing = "In witness whereof the number of original Bills of Lading stated above have been signed.";
        c.signature = "As agent for the Carrier " + s.carrier() + "\n" + s.portOfLoading().name() + ", " + st.date(s.onBoardDate());
        return c;
    }
}
