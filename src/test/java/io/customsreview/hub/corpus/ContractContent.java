package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.DocumentType;

import java.util.List;
import java.util.Random;

/** Sales contract / purchase order. */
final class ContractContent {
    private ContractContent() {
    }

    static DocContent build(Shipment s, DocStyle st, Random r) {
        DocContent c = new DocContent(DocumentType.CONTRACT);
        c.title = ShipmentFactory.pick(r, List.of("SALES CONTRACT", "SALES CONTRACT", "PURCHASE ORDER", "SALES CONFIRMATION", "CONTRACT OF SALE"));
        boolean po = c.title.equals("PURCHASE ORDER");
        Contents.letterhead(c, po ? s.buyer() : s.seller(), st, r);
        String noLabel = st.label(po ? "poNo" : "contractNo");
        c.ref("contractNo", noLabel, s.contractNo(), s.contractNo());
        c.ref("contractDate", st.label("date"), st.date(s.contractDate()), s.contractDate().toString());
        c.block("seller", po ? ShipmentFactory.pick(r, List.of("Supplier", "Vendor", "Seller")) : "Seller", Contents.address(s.seller(), st), s.seller().name());
        c.block("buyer", po ? ShipmentFactory.pick(r, List.of("Buyer", "Ordered by", "Purchaser")) : ShipmentFactory.pick(r, List.of("Buyer", "Buyers", "Purchaser")),
                Contents.address(s.buyer(), st), s.buyer().name());
        c.field("currency", st.label("currency"), st.currencyName(s.currency()), s.currency());
        c.field("incoterms", st.label("incoterms"), Contents.incoterm(s, r), Contents.incotermTruth(s));
        c.field("portOfLoading", ShipmentFactory.pick(r, List.of("Port of Shipment", "Port of Loading", "Loading Port")), Contents.port(s.portOfLoading(), r), s.portOfLoading().name());
        c.field("portOfDischarge", ShipmentFactory.pick(r, List.of("Port of Destination", "Port of Discharge", "Destination")), Contents.port(s.portOfDischarge(), r), s.portOfDischarge().name());
        String latest = st.date(s.onBoardDate().plusDays(5 + r.nextInt(20)));
        c.field("shipmentTime", st.label("shipmentTime"), "Not later than " + latest, null);
        c.field("payment", st.label("payment"), s.paymentTerms(), s.paymentTerms());
        List<String> cols = ShipmentFactory.pick(r, List.of(
                List.of("no", "desc", "qty", "unit", "price", "amount"),
                List.of("no", "desc", "hs", "qty", "unit", "price", "amount"),
                List.of("desc", "qtyunit", "price", "amount"),
                List.of("no", "hs", "desc", "qty", "unit", "price", "amount")));
        c.table = LineTable.build(c, s, st, r, cols);
        c.total("totalAmount", ShipmentFactory.pick(r, List.of("Total Contract Value", "Total Amount", "TOTAL", "Total Order Value")),
                st.money(s.currency(), s.totalAmount()), s.totalAmount().toPlainString());
        if (r.nextBoolean()) {
            c.remarks.add(Words.amount(s.currency(), s.totalAmount()));
        }
        c.remarks.add("Packing: export standard " + s.packageKind().toLowerCase() + ", suitable for ocean freight. Quantity and amount "
                + ShipmentFactory.pick(r, List.of("5% more or less allowed at Seller's option.", "as specified above, no partial shipment.")));
        c.remarks.add("Inspection: the certificate of quality issued by the manufacturer shall be final. Arbitration: "
                + ShipmentFactory.pick(r, List.of("CIETAC, Shanghai", "ICC Rules, Paris", "LCIA, London", "SIAC, Singapore"))
                + ". This contract is made in two originals, each party holding one.");
        c.prose.add("This Contract is made on " + st.date(s.contractDate()) + " by and between " + Contents.addressInline(s.seller(), st)
                + " (hereinafter called \"the Seller\") and " + Contents.addressInline(s.buyer(), st)
                + " (hereinafter called \"the Buyer\"), whereby the Seller agrees to sell and the Buyer agrees to buy the goods"
                + " described below under " + noLabel + " " + s.contractNo() + ", on the terms and conditions set forth herein.");
        c.prose.add("Price terms: " + Contents.incoterm(s, r) + ". Total value: " + st.money(s.currency(), s.totalAmount())
                + ". Terms of payment: " + s.paymentTerms() + ". Shipment from " + s.portOfLoading().name() + " to "
                + s.portOfDischarge().name() + ", not later than " + latest + ", partial shipments not allowed.");
        c.proseKeys.addAll(List.of("seller", "buyer", "incoterms", "payment", "portOfLoading", "portOfDischarge", "shipmentTime"));
        c.closing = "Agreed and accepted,";
        c.signature = "THE SELLER: " + st.party(s.seller()) + "\nTHE BUYER: " + st.party(s.buyer());
        return c;
    }
}
