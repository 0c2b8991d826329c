package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.DocumentType;

import java.util.List;
import java.util.Random;

/** Customs import declaration, as lodged in the country of the buyer. */
final class DeclarationContent {
    private DeclarationContent() {
    }

    static DocContent build(Shipment s, DocStyle st, Random r) {
        DocContent c = new DocContent(DocumentType.DECLARATION);
        boolean eu = List.of("Germany", "Netherlands", "France", "Spain", "Italy", "Poland").contains(s.buyer().country());
        c.title = eu ? ShipmentFactory.pick(r, List.of("SINGLE ADMINISTRATIVE DOCUMENT - IMPORT DECLARATION", "CUSTOMS GOODS DECLARATION", "IMPORT DECLARATION"))
                : s.buyer().country().equals("United States") ? ShipmentFactory.pick(r, List.of("ENTRY SUMMARY - IMPORT DECLARATION", "CUSTOMS IMPORT DECLARATION"))
                : ShipmentFactory.pick(r, List.of("CUSTOMS GOODS DECLARATION", "IMPORT DECLARATION", "CUSTOMS IMPORT DECLARATION"));
        c.subtitle = eu ? "Declaration type IM 4 - release for free circulation" : null;
        String authority = Catalog.CUSTOMS.entrySet().stream()
                .filter(e -> Catalog.COUNTRIES.get(e.getKey()).name().equals(s.buyer().country()))
                .map(java.util.Map.Entry::getValue).findFirst().orElse("Customs Administration");
        c.issuer.add(authority);
        c.issuer.add("Office of entry: " + s.portOfDischarge().name() + " (" + s.portOfDischarge().locode() + ")");
        c.ref("declarationNo", st.label("declNo"), s.declarationNo(), s.declarationNo());
        c.ref("declarationDate", st.label("date"), st.date(s.declarationDate()), s.declarationDate().toString());
        c.block("importer", st.label("importer"), Contents.address(s.buyer(), st), s.buyer().name());
        c.block("exporter", st.label("exporter"), Contents.address(s.seller(), st), s.seller().name());
        if (r.nextBoolean()) {
            c.block("declarant", st.label("declarant"), Contents.address(s.declarant(), st), null);
        }
        c.field("blRef", st.label("blRef"), st.bl(s.blNo()), s.blNo());
        c.field("invoiceRef", st.label("invoiceRef"), s.invoiceNo(), s.invoiceNo());
        c.field("contractRef", st.label("contractRef"), s.contractNo(), s.contractNo());
        c.field("origin", st.label("origin"), s.originCountry(), s.originCountry());
        c.field("dispatch", st.label("dispatch"), s.seller().country(), null);
        c.field("portOfLoading", st.label("pol"), Contents.port(s.portOfLoading(), r), s.portOfLoading().name());
        c.field("portOfDischarge", ShipmentFactory.pick(r, List.of("Port of Discharge", "Port of Entry", "Place of Unloading")), Contents.port(s.portOfDischarge(), r), s.portOfDischarge().name());
        c.field("vessel", ShipmentFactory.pick(r, List.of("Means of Transport at Arrival", "Vessel", "Importing Carrier")), s.vessel(), s.vessel());
        c.field("voyage", st.label("voyage"), s.voyage(), s.voyage());
        c.field("incoterms", st.label("incoterms"), Contents.incoterm(s, r), Contents.incotermTruth(s));
        c.field("currency", st.label("currency"), st.currencyName(s.currency()), s.currency());
        c.field("packages", st.label("packages"), Contents.packages(s, r), String.valueOf(s.totalPackages()));
        c.field("grossWeight", st.label("gross"), st.weightWithUnit(s.totalGross()), s.totalGross().toPlainString());
        c.field("netWeight", st.label("net"), st.weightWithUnit(s.totalNet()), s.totalNet().toPlainString());
        c.field("containers", st.label("containers"), Contents.containers(s, st, false).replace("\n", ", "), null);
        c.truth.put("containers", Contents.containerTruth(s));
        List<String> cols = ShipmentFactory.pick(r, List.of(
                List.of("no", "hs", "desc", "origin", "qty", "unit", "net", "value"),
                List.of("no", "desc", "hs", "qtyunit", "net", "value", "origin"),
                List.of("hs", "desc", "qtyunit", "net", "origin", "value")));
        c.table = LineTable.build(c, s, st, r, cols);
        c.total("totalValue", st.label("declValue"), st.money(s.currency(), s.totalAmount()), s.totalAmount().toPlainString());
        c.remarks.add("I, the undersigned, declare that the particulars given in this declaration are true and complete and that the"
                + " documents listed (Invoice, Bill of Lading, Contract" + (s.insuranceRequired() ? ", Insurance" : "") + ") are attached.");
        c.prose.add("The undersigned hereby declares for release into free circulation the goods described below, imported by "
                + Contents.addressInline(s.buyer(), st) + " from " + Contents.addressInline(s.seller(), st) + ".");
        c.prose.add("The goods, of " + s.originCountry() + " origin, were shipped per vessel " + s.vessel() + " voyage " + s.voyage()
                + " from " + s.portOfLoading().name() + " to " + s.portOfDischarge().name() + " under B/L No. " + st.bl(s.blNo())
                + ", Invoice No. " + s.invoiceNo() + " and Contract No. " + s.contractNo() + ", on " + Contents.incoterm(s, r)
                + " terms. Total declared value: " + st.money(s.currency(), s.totalAmount()) + ".");
        c.proseKeys.addAll(List.of("importer", "exporter", "origin", "vessel", "voyage", "portOfLoading", "portOfDischarge", "blRef", "invoiceRef", "contractRef", "incoterms"));
        c.closing = "Declared by:";
        c.signature = "Declarant / Representative\n" + st.party(s.declarant());
        return c;
    }
}
