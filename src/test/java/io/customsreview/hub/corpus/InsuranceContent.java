package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.DocumentType;

import java.util.List;
import java.util.Random;

/** Marine cargo insurance policy / certificate. */
final class InsuranceContent {
    private InsuranceContent() {
    }

    static DocContent build(Shipment s, DocStyle st, Random r) {
        DocContent c = new DocContent(DocumentType.INSURANCE);
        c.title = ShipmentFactory.pick(r, List.of("MARINE CARGO INSURANCE POLICY", "INSURANCE CERTIFICATE", "CERTIFICATE OF MARINE INSURANCE", "CARGO TRANSPORTATION INSURANCE POLICY"));
        c.issuer.add(s.insurer());
        c.issuer.add("Marine Cargo Department");
        c.ref("policyNo", st.label("policyNo"), s.policyNo(), s.policyNo());
        c.ref("insuranceDate", st.label("date"), st.date(s.insuranceDate()), s.insuranceDate().toString());
        c.block("insured", st.label("insured"), Contents.address(s.seller(), st), s.seller().name());
        c.field("invoiceRef", st.label("invoiceRef"), s.invoiceNo(), s.invoiceNo());
        c.field("blRef", st.label("blRef"), st.bl(s.blNo()), s.blNo());
        c.field("insuredAmount", st.label("insuredAmount"), st.money(s.currency(), s.insuredAmount()), s.insuredAmount().toPlainString());
        c.truth.put("currency", s.currency());
        String cond = ShipmentFactory.pick(r, List.of(
                "Institute Cargo Clauses (A) 1/1/2009, Institute War Clauses (Cargo), Institute Strikes Clauses (Cargo)",
                "Covering All Risks and War Risks as per Ocean Marine Cargo Clauses of the PICC",
                "ICC (A) incl. War & SRCC, warehouse to warehouse"));
        c.field("conditions", st.label("conditions"), cond, cond);
        c.field("vessel", ShipmentFactory.pick(r, List.of("Per Conveyance S.S.", "Vessel", "Vessel / Voyage")), s.vessel() + " V." + s.voyage(), s.vessel());
        c.truth.put("voyage", s.voyage());
        c.field("portOfLoading", st.label("pol"), Contents.port(s.portOfLoading(), r), s.portOfLoading().name());
        c.field("portOfDischarge", st.label("pod"), Contents.port(s.portOfDischarge(), r), s.portOfDischarge().name());
        c.field("claims", st.label("claims"), s.portOfDischarge().name() + " in " + s.currency(), null);
        c.field("packages", st.label("packages"), Contents.packages(s, r), String.valueOf(s.totalPackages()));
        List<String> cols = ShipmentFactory.pick(r, List.of(List.of("desc", "qtyunit", "pkgs"), List.of("marks", "desc", "qtyunit")));
        c.table = LineTable.build(c, s, st, r, cols);
        c.total("insuredAmount", st.label("insuredAmount"), st.money(s.currency(), s.insuredAmount()), s.insuredAmount().toPlainString());
        c.remarks.add("In the event of loss or damage which may result in a claim under this insurance, immediate notice must be given to the"
                + " nearest survey agent. This certificate represents and takes the place of the policy.");
        c.prose.add("This is to certify that insurance has been effected on behalf of " + Contents.addressInline(s.seller(), st)
                + " for " + st.money(s.currency(), s.insuredAmount()) + " on the goods described below, shipped per vessel " + s.vessel()
                + " voyage " + s.voyage() + " from " + s.portOfLoading().name() + " to " + s.portOfDischarge().name()
                + " under B/L No. " + st.bl(s.blNo()) + " and Invoice No. " + s.invoiceNo() + ", subject to " + cond + ".");
        c.proseKeys.addAll(List.of("insured", "insuredAmount", "vessel", "portOfLoading", "portOfDischarge", "blRef", "invoiceRef", "conditions"));
        c.signature = "For and on behalf of\n" + s.insurer();
        return c;
    }
}
