package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.DocumentType;

import java.util.List;
import java.util.Random;

/** Non-preferential certificate of origin, issued by a chamber of commerce. */
final class OriginCertificateContent {
    private OriginCertificateContent() {
    }

    static DocContent build(Shipment s, DocStyle st, Random r) {
        DocContent c = new DocContent(DocumentType.CERTIFICATE_OF_ORIGIN);
        c.title = s.seller().country().equals("China") && r.nextBoolean()
                ? "CERTIFICATE OF ORIGIN OF THE PEOPLE'S REPUBLIC OF CHINA"
                : ShipmentFactory.pick(r, List.of("CERTIFICATE OF ORIGIN", "CERTIFICATE OF ORIGIN", "NON-PREFERENTIAL CERTIFICATE OF ORIGIN"));
        String chamber = Catalog.CHAMBERS.entrySet().stream()
                .filter(e -> Catalog.COUNTRIES.get(e.getKey()).name().equals(s.seller().country()))
                .map(java.util.Map.Entry::getValue).findFirst().orElse("Chamber of Commerce and Industry");
        c.issuer.add(chamber);
        c.ref("certificateNo", st.label("certNo"), s.certificateNo(), s.certificateNo());
        c.ref("certificateDate", st.label("date"), st.date(s.certificateDate()), s.certificateDate().toString());
        c.block("exporter", st.label("exporter"), Contents.address(s.seller(), st), s.seller().name());
        c.block("consignee", st.label("consignee"), Contents.address(s.buyer(), st), s.buyer().name());
        c.field("transport", st.label("transport"), "BY SEA FROM " + s.portOfLoading().name().toUpperCase() + " TO "
                + s.portOfDischarge().name().toUpperCase() + " PER " + s.vessel() + " V." + s.voyage(), null);
        c.truth.put("portOfLoading", s.portOfLoading().name());
        c.truth.put("portOfDischarge", s.portOfDischarge().name());
        c.truth.put("vessel", s.vessel());
        c.truth.put("voyage", s.voyage());
        c.field("origin", st.label("origin"), s.originCountry().toUpperCase(), s.originCountry());
        c.field("invoiceRef", st.label("invoiceRef"), s.invoiceNo(), s.invoiceNo());
        c.field("invoiceDate", "Invoice Date", st.date(s.invoiceDate()), s.invoiceDate().toString());
        List<String> cols = ShipmentFactory.pick(r, List.of(
                List.of("no", "marks", "desc", "hs", "qtyunit", "gross"),
                List.of("no", "desc", "hs", "qtyunit", "gross"),
                List.of("marks", "desc", "qtyunit", "gross", "hs")));
        c.table = LineTable.build(c, s, st, r, cols);
        c.total("grossWeight", st.label("gross"), st.weightWithUnit(s.totalGross()), s.totalGross().toPlainString());
        c.remarks.add("Declaration by the exporter: the undersigned hereby declares that the above details and statements are correct,"
                + " that all the goods were produced in " + s.originCountry() + ".");
        c.remarks.add("Certification: it is hereby certified, on the basis of control carried out, that the declaration by the exporter is correct.");
        c.prose.add("The undersigned authority hereby certifies that the goods described below, shipped by "
                + Contents.addressInline(s.seller(), st) + " to " + Contents.addressInline(s.buyer(), st) + " per vessel " + s.vessel()
                + " voyage " + s.voyage() + " from " + s.portOfLoading().name() + " to " + s.portOfDischarge().name()
                + " and covered by Invoice No. " + s.invoiceNo() + ", originate in " + s.originCountry() + ".");
        c.proseKeys.addAll(List.of("exporter", "consignee", "transport", "origin", "invoiceRef"));
        c.closing = "Stamp and signature of the certifying authority";
        c.signature = chamber + "\n" + s.portOfLoading().name() + ", " + st.date(s.certificateDate());
        return c;
    }
}
