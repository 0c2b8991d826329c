package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.DocumentType;

import java.util.List;
import java.util.Random;

/** Commercial invoice. */
final class InvoiceContent {
    private InvoiceContent() {
    }

    static DocContent build(Shipment s, DocStyle st, Random r) {
        DocContent c = new DocContent(DocumentType.INVOICE);
        c.title = ShipmentFactory.pick(r, List.of("COMMERCIAL INVOICE", "COMMERCIAL INVOICE", "INVOICE", "EXPORT INVOICE"));
        Contents.letterhead(c, s.seller(), st, r);
        c.ref("invoiceNo", st.label("invoiceNo"), s.invoiceNo(), s.invoiceNo());
        c.ref("invoiceDate", st.label("invoiceDate"), st.date(s.invoiceDate()), s.invoiceDate().toString());
        c.field("contractRef", st.label(r.nextInt(3) == 0 ? "poNo" : "contractRef"), s.contractNo(), s.contractNo());
        c.block("seller", st.label("seller"), Contents.address(s.seller(), st), s.seller().name());
        c.block("buyer", st.label("buyer"), Contents.address(s.buyer(), st), s.buyer().name());
        c.field("currency", st.label("currency"), st.currencyName(s.currency()), s.currency());
        c.field("incoterms", st.label("incoterms"), Contents.incoterm(s, r), Contents.incotermTruth(s));
        c.field("origin", st.label("origin"), s.originCountry(), s.originCountry());
        c.field("portOfLoading", st.label("pol"), Contents.port(s.portOfLoading(), r), s.portOfLoading().name());
        c.field("portOfDischarge", st.label("pod"), Contents.port(s.portOfDischarge(), r), s.portOfDischarge().name());
        if (r.nextBoolean()) {
            c.field("vessel", st.label("vessel"), s.vessel() + " V." + s.voyage(), s.vessel());
            c.truth.put("voyage", s.voyage());
        }
        c.field("payment", st.label("payment"), s.paymentTerms(), s.paymentTerms());
        List<String> cols = ShipmentFactory.pick(r, List.of(
                List.of("no", "desc", "hs", "qty", "unit", "price", "amount"),
                List.of("no", "hs", "desc", "qtyunit", "price", "amount"),
                List.of("desc", "hs", "qty", "unit", "price", "amount"),
                List.of("marks", "desc", "qtyunit", "price", "amount", "hs"),
                List.of("no", "desc", "qty", "price", "amount", "hs", "unit")));
        c.table = LineTable.build(c, s, st, r, cols);
        c.total("totalAmount", st.label("total"), st.money(s.currency(), s.totalAmount()), s.totalAmount().toPlainString());
        if (r.nextBoolean()) {
            c.remarks.add(Words.amount(s.currency(), s.totalAmount()));
        }
        c.remarks.add(ShipmentFactory.pick(r, List.of(
                "We hereby certify that this invoice is true and correct and that the goods are of " + s.originCountry() + " origin.",
                "We certify that the goods mentioned above are of " + s.originCountry() + " origin and that the prices shown are the actual prices paid or payable.",
                "Bank details: see contract. Goods remain our property until paid in full.")));
        c.prose.add("Messrs. " + Contents.addressInline(s.buyer(), st) + ":");
        c.prose.add("We herewith invoice you for the goods below, sold under Contract No. " + s.contractNo() + " on "
                + Contents.incoterm(s, r) + " terms and to be shipped from " + s.portOfLoading().name() + " to "
                + s.portOfDischarge().name() + ". The goods are of " + s.originCountry() + " origin. Amount due: "
                + st.money(s.currency(), s.totalAmount()) + ", payable " + s.paymentTerms() + ".");
        c.proseKeys.addAll(List.of("contractRef", "buyer", "incoterms", "origin", "portOfLoading", "portOfDischarge", "payment"));
        c.signature = "For and on behalf of\n" + st.party(s.seller()) + "\nAuthorized Signature";
        return c;
    }
}
