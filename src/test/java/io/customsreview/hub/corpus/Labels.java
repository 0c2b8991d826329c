package io.customsreview.hub.corpus;

import java.util.List;
import java.util.Map;

/** Label synonyms seen on real documents. */
final class Labels {
    private Labels() {
    }

    private static final Map<String, List<String>> SYN = Map.ofEntries(
            Map.entry("invoiceNo", List.of("Invoice No.", "Invoice Number", "Inv. #", "Commercial Invoice No", "Invoice No")),
            Map.entry("invoiceRef", List.of("Invoice No.", "Commercial Invoice Ref.", "Invoice Reference", "Inv. No.", "Related Invoice No.")),
            Map.entry("invoiceDate", List.of("Invoice Date", "Date", "Date of Invoice", "Dated")),
            Map.entry("contractNo", List.of("Contract No.", "Contract Number", "Sales Contract No.", "S/C No.")),
            Map.entry("poNo", List.of("P.O. No.", "Purchase Order No.", "Order No.", "PO Number")),
            Map.entry("contractRef", List.of("Contract No.", "Sales Contract Ref.", "S/C No.", "Order / Contract No.", "Contract Ref.")),
            Map.entry("date", List.of("Date", "Issue Date", "Date of Issue", "Dated")),
            Map.entry("blNo", List.of("B/L No.", "Bill of Lading No", "BL Number", "B/L Number")),
            Map.entry("blRef", List.of("B/L No.", "Bill of Lading No.", "Transport document No.", "BL Ref.", "B/L Number")),
            Map.entry("declNo", List.of("Declaration No.", "Entry No.", "MRN", "Customs Declaration No.", "Reference No.")),
            Map.entry("certNo", List.of("Certificate No.", "Cert. No.", "Certificate Number", "Serial No.")),
            Map.entry("policyNo", List.of("Policy No.", "Certificate No.", "Insurance Policy No.", "Policy Number")),
            Map.entry("seller", List.of("Seller", "Exporter", "Shipper", "Vendor", "Supplier")),
            Map.entry("buyer", List.of("Buyer", "Consignee", "Importer", "Sold To", "Messrs.")),
            Map.entry("shipper", List.of("Shipper", "Shipper / Exporter", "Consignor", "Shipper (Name and Address)")),
            Map.entry("consignee", List.of("Consignee", "Consignee (Name and Address)", "Consigned To", "Consignee / Importer")),
            Map.entry("notify", List.of("Notify Party", "Notify", "Notify Address")),
            Map.entry("exporter", List.of("Exporter", "Consignor / Exporter", "Exporter (Name, Address)", "Seller / Exporter")),
            Map.entry("importer", List.of("Importer", "Consignee / Importer", "Importer of Record", "Buyer / Importer")),
            Map.entry("declarant", List.of("Declarant", "Declarant / Representative", "Customs Broker", "Filer")),
            Map.entry("insured", List.of("Insured", "Assured", "Name of Insured", "The Insured")),
            Map.entry("currency", List.of("Currency", "Invoice Currency", "Curr.", "Currency Code")),
            Map.entry("incoterms", List.of("Incoterms", "Terms of Delivery", "Delivery Terms", "Price Terms", "Trade Terms")),
            Map.entry("origin", List.of("Country of Origin", "Origin", "Made in", "Origin of Goods", "C/O")),
            Map.entry("pol", List.of("Port of Loading", "POL", "From", "Loading Port")),
            Map.entry("pod", List.of("Port of Discharge", "POD", "To", "Discharge Port", "Port of Destination")),
            Map.entry("vessel", List.of("Vessel", "Ocean Vessel", "Vessel Name", "Carrying Vessel", "Per S.S.")),
            Map.entry("voyage", List.of("Voyage", "Voy. No.", "Voyage No.", "Voyage Number")),
            Map.entry("onBoard", List.of("Shipped on Board", "On Board Date", "Laden on Board", "Date of Shipment", "Shipped on board date")),
            Map.entry("containers", List.of("Container No.", "Container Nos.", "Containers", "Cntr No.", "Container Numbers")),
            Map.entry("seals", List.of("Seal No.", "Seal Nos.", "Seals")),
            Map.entry("packages", List.of("No. of Packages", "Packages", "Total Packages", "Number of Packages", "Pkgs")),
            Map.entry("gross", List.of("Gross Weight", "G.W.", "Total Gross Wt", "Gross Wt.", "Total G.W.")),
            Map.entry("net", List.of("Net Weight", "N.W.", "Total Net Wt", "Net Wt.", "Total N.W.")),
            Map.entry("total", List.of("Total Amount", "Total Value", "Grand Total", "TOTAL", "Total")),
            Map.entry("declValue", List.of("Total Invoice Value", "Total Declared Value", "Statistical Value", "Total Value", "Invoiced Amount")),
            Map.entry("insuredAmount", List.of("Amount Insured", "Sum Insured", "Insured Value", "Insured Amount")),
            Map.entry("conditions", List.of("Conditions", "Insurance Conditions", "Coverage", "Terms and Conditions")),
            Map.entry("payment", List.of("Payment Terms", "Terms of Payment", "Payment")),
            Map.entry("shipmentTime", List.of("Time of Shipment", "Latest Shipment Date", "Shipment")),
            Map.entry("carrier", List.of("Carrier", "Issued by", "Ocean Carrier")),
            Map.entry("freight", List.of("Freight", "Freight Terms", "Freight Payable")),
            Map.entry("dispatch", List.of("Country of Dispatch", "Country of Export", "Dispatch Country")),
            Map.entry("transport", List.of("Means of Transport and Route", "Transport Details", "Means of Transport", "Route")),
            Map.entry("claims", List.of("Claims payable at", "Claims Payable At", "Place of Claim Settlement")));

    static List<String> of(String key) {
        List<String> l = SYN.get(key);
        if (l == null) {
            throw new IllegalArgumentException("no label synonyms for " + key);
        }
        return l;
    }
}
