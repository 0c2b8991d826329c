package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Field;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.customsreview.hub.domain.DocumentType.*;

/**
 * The words documents put before a value, per field, in the normalised form of {@link Tokens}. Labels that name
 * another document's field (an invoice date printed on a declaration) map to nothing, so that they are not mistaken
 * for this document's own.
 */
final class Labels {

    /** A label and what it announces; {@code field == null} means "known, but not ours: skip its value". */
    record Label(List<String> tokens, Field field, int priority) {
    }

    private static final Map<DocumentType, List<Label>> BY_TYPE = new EnumMap<>(DocumentType.class);

    static {
        for (DocumentType type : DocumentType.values()) {
            BY_TYPE.put(type, build(type));
        }
    }

    private Labels() {
    }

    private static final Map<DocumentType, Map<String, List<Label>>> BY_FIRST_WORD = new EnumMap<>(DocumentType.class);

    static {
        BY_TYPE.forEach((type, labels) -> {
            Map<String, List<Label>> index = new HashMap<>();
            labels.forEach(l -> index.computeIfAbsent(l.tokens().get(0), k -> new ArrayList<>()).add(l));
            BY_FIRST_WORD.put(type, index);
        });
    }

    /** the words of every label that names a field, on any type of document, with the fields they name */
    private static final Map<String, java.util.Set<Field>> NAMED = new HashMap<>();

    static {
        BY_TYPE.values().forEach(labels -> labels.stream().filter(l -> l.field() != null).forEach(l ->
                NAMED.computeIfAbsent(String.join(" ", l.tokens()), k -> java.util.EnumSet.noneOf(Field.class))
                        .add(l.field())));
    }

    /** the fields the words (as {@link Tokens#key}) label on some type of document, if they are a label */
    static java.util.Set<Field> fieldsNamedBy(String key) {
        return NAMED.getOrDefault(key, java.util.Set.of());
    }

    /** All labels of a document type. */
    static List<Label> of(DocumentType type) {
        return BY_TYPE.get(type);
    }

    /** The same, looked up by their first word (a label is matched where its first word stands). */
    static Map<String, List<Label>> byFirstWord(DocumentType type) {
        return BY_FIRST_WORD.get(type);
    }

    private static List<Label> build(DocumentType type) {
        Map<String, Label> labels = new HashMap<>();
        Builder b = new Builder(labels, type);

        b.add(Field.CONTRACT_NUMBER, 3, "contract no", "sales contract no", "contract ref", "contract reference",
                "contract reference no", "contract ref no", "purchase order no", "po no", "p o no", "order no",
                "s c no", "sc no", "agreement no", "contrato no", "contrat no", "vertrag no", "purchase contract no",
                "buyer s order no", "customer order no", "your order no", "order reference", "contract id", "po ref");
        b.add(Field.CONTRACT_NUMBER, 2, "contract", "purchase order", "sales contract", "po", "order");
        b.add(Field.INVOICE_NUMBER, 3, "invoice no", "commercial invoice no", "inv no", "invoice ref",
                "invoice reference", "invoice reference no", "facture no", "no de factura", "factura no",
                "numero de factura", "rechnung no", "rechnungsnummer", "invoice id", "invoice number no",
                "related invoice", "invoice ref no", "commercial invoice ref", "our invoice no", "factuurnummer",
                "factuur no", "facture no", "rechnungs no", "fattura no", "faktura no", "numer faktury",
                "invoice nr", "bill no", "bill number", "invoice no and date", "invoice no date", "invoice ref and date", "rechnungsnr", "facture", "factuur", "rechnung", "receipt no");
        b.add(Field.INVOICE_NUMBER, 2, "invoice", "commercial invoice", "inv");
        b.add(Field.BL_NUMBER, 3, "b l no", "bl no", "bill of lading no", "bol no", "b l ref", "bl ref",
                "transport document no", "transport doc no", "awb no", "air waybill no", "mawb no", "hawb no",
                "waybill no", "sea waybill no", "master b l no", "ocean bill of lading no", "b l number",
                "transport document reference", "b lading no", "bill of lading ref", "mbl no", "hbl no", "b l nr",
                "transport document", "b l reference", "bill of lading number");
        b.add(Field.BL_NUMBER, 2, "b l", "bl", "bill of lading", "awb", "bol", "air waybill", "mawb", "waybill");
        // how many originals were issued ("No. of Original B/Ls: THREE (3)", "3/3"), not which bill of lading
        b.add(null, 4, "no of original b ls", "no of original b l", "of original b ls", "of original b l",
                "original b ls", "original b l", "number of original b ls", "number of originals", "no of originals",
                "original bills of lading", "no of original bills of lading");
        b.add(Field.DECLARATION_NUMBER, 3, "declaration no", "customs declaration no", "entry no", "sad no",
                "dec no", "declaration ref", "customs entry no", "import declaration no", "export declaration no",
                "mrn", "declaration reference", "registration no", "lrn", "entry number no", "customs ref");
        b.add(Field.DECLARATION_NUMBER, 2, "declaration");
        b.add(Field.CERTIFICATE_NUMBER, 3, "certificate of origin no", "co no", "c o no", "origin certificate no");
        b.add(Field.POLICY_NUMBER, 3, "policy no", "insurance policy no", "insurance certificate no", "cover note no",
                "open policy no", "certificate of insurance no", "policy ref", "policy reference");

        b.add(Field.DOCUMENT_DATE, 1, "date", "dated", "fecha", "datum", "date d emission");
        b.add(Field.DOCUMENT_DATE, 2, "issue date", "date of issue", "place and date of issue", "issued on",
                "date issued", "date of signature", "signed on", "date and place of issue", "issuing date");
        b.add(type == INVOICE ? Field.DOCUMENT_DATE : null, 3, "invoice date", "date of invoice", "inv date",
                "factuurdatum", "rechnungsdatum", "date de facture", "fecha de factura", "data faktury", "billing date");
        b.add(type == CONTRACT ? Field.DOCUMENT_DATE : null, 3, "contract date", "date of contract", "order date",
                "po date", "date of order", "purchase order date");
        b.add(type == DECLARATION ? Field.DOCUMENT_DATE : null, 3, "declaration date", "date of declaration",
                "acceptance date", "date of acceptance", "entry date", "registration date", "lodgement date");
        b.add(type == INSURANCE ? Field.DOCUMENT_DATE : null, 3, "policy date", "date of policy", "insurance date");
        b.add(type == CERTIFICATE_OF_ORIGIN ? Field.DOCUMENT_DATE : null, 3, "certificate date");
        b.add(null, 3, "due date", "payment date", "delivery date", "expiry date", "date of expiry", "valid until",
                "latest shipment date", "latest date of shipment", "b l date", "bl date", "eta", "arrival date",
                "date of arrival", "date of birth", "payment due", "value date");
        b.add(Field.ON_BOARD_DATE, 3, "on board date", "shipped on board", "shipped on board date", "laden on board",
                "date laden on board", "on board", "date of shipment", "shipment date", "shipping date",
                "sailing date", "loading date", "date of loading", "departure date", "date of departure",
                "onboard date", "date shipped on board", "date of sailing", "sailed on", "shipped on");

        b.add(Field.SELLER, 3, "seller", "the seller", "sellers", "the sellers", "exporter", "shipper", "consignor",
                "vendor", "supplier",
                "sold by", "beneficiary", "shipper exporter", "vendeur", "vendedor", "exportador", "expediteur",
                "verkaufer", "exporter name and address", "shipper name and address", "seller name and address",
                "exporter name", "shipper name", "seller name", "from the seller", "exporter consignor", "sender",
                "shipper consignor", "supplier name", "exporter s name and address", "seller exporter",
                "consignor exporter", "exporter shipper", "shipper seller", "exporter seller", "exporter name address",
                "shipper name address", "seller name address", "manufacturer exporter", "exporter manufacturer", "manufacturer supplier", "supplier manufacturer",
                "vendor name", "seller vendor", "vendor seller");
        b.add(Field.BUYER, 3, "buyer", "the buyer", "buyers", "the buyers", "importer", "consignee", "purchaser",
                "ordered by", "sold to",
                "bill to",
                "billed to", "customer", "importer of record", "comprador", "importador", "acheteur", "destinataire",
                "kaufer", "consignee name and address", "buyer name and address", "importer name and address",
                "importer name", "consignee name", "buyer name", "buyer importer", "importer consignee",
                "consignee importer", "invoice to", "messrs", "to messrs", "customer name", "consigned to",
                "consignee buyer", "buyer consignee", "importer buyer", "consignee name address",
                "consignee name and address", "importer name address", "buyer name address", "to the order of");
        b.add(null, 4, "notify", "notify party", "notify address", "also notify", "forwarding agent", "carrier",
                "agent", "declarant", "broker", "customs broker", "bank", "issuing bank", "advising bank",
                "surveyor", "claims payable", "ship to", "deliver to", "delivery address", "for account of");
        b.add(Field.INSURED, 3, "insured", "the insured", "assured", "name of insured", "insured party",
                "policy holder", "assured name", "insured name", "name of assured");

        b.add(Field.CURRENCY, 3, "currency", "curr", "ccy", "invoice currency", "currency code", "moneda", "devise", "wahrung",
                "currency of invoice", "payment currency");
        b.add(Field.TOTAL_AMOUNT, 2, "total", "total amount", "amount", "sum total", "total in", "total sum");
        b.add(Field.TOTAL_AMOUNT, 3, "grand total", "invoice total", "total invoice value", "total value",
                "total contract value", "contract value", "contract amount", "total price", "amount due",
                "total declared value", "declared value", "total customs value", "customs value",
                "invoice value", "total fob value", "total cif value", "total amount payable", "total invoice amount",
                "total order value", "order total", "total cost", "total goods value", "total contract amount",
                "value of goods", "total value of goods", "invoice amount",
                "total invoice", "statistical value", "total statistical value", "declared total value",
                "total order amount", "contract total", "total contract price", "total amount usd", "totaal",
                "entered value", "total entered value", "value for duty", "po total", "order value",
                "total amount invoiced", "currency and total amount invoiced", "invoiced amount", "amount invoiced",
                "total transaction value", "transaction value", "total po value",
                "total ttc", "montant total", "gesamtbetrag", "rechnungsbetrag", "endbetrag", "importe total",
                "totale", "total a pagar", "total for this invoice");
        // what is owed may include earlier balances or deduct deposits: only when no total is printed
        b.add(Field.TOTAL_AMOUNT, 0, "amount due", "total due", "total amount due", "balance due", "amount payable",
                "total payable");
        b.add(null, 4, "subtotal", "sub total", "tax", "vat", "total tax", "total vat", "gst", "say", "say total",
                "total amount in words", "amount in words", "in words", "premium", "freight", "insurance premium",
                "total cbm", "total measurement", "total volume", "measurement", "discount", "deposit",
                "advance payment", "duty", "total ht", "subtotaal", "zwischensumme", "netto betrag", "duties", "total duties", "total taxes", "excise",
                "freight charges", "insurance", "total quantity", "total qty", "quantity", "qty");
        if (type == INSURANCE) {
            b.add(null, 4, "invoice value", "total value", "amount", "total amount", "total");
        }
        b.add(Field.INSURED_AMOUNT, 5, "insured amount", "amount insured", "sum insured", "insured value",
                "amount of insurance", "insured sum", "total sum insured", "total insured value", "insured for",
                "sum insured amount", "insurance amount", "total insured amount", "value insured");

        b.add(Field.INCOTERM, 3, "incoterms", "incoterm", "incoterms 2020", "terms of delivery", "delivery terms",
                "trade terms", "price terms", "terms of trade", "price basis", "delivery term", "shipping terms",
                "terms of sale", "delivery condition", "delivery conditions", "incoterms r 2020", "basis of price",
                "price term", "terms");
        b.add(Field.ORIGIN_COUNTRY, 3, "country of origin", "origin", "origin of goods", "made in",
                "country of manufacture", "country of production", "origin country", "pays d origine",
                "pais de origen", "ursprungsland", "goods of", "origin of the goods", "country of origin of goods",
                "coo", "goods origin", "originating in", "origin criterion country", "c o", "country of origin of the goods");
        b.add(null, 4, "country of destination", "destination country", "country of export", "country of dispatch",
                "place of origin", "country of consignment", "dispatch country", "export country");
        b.add(Field.PORT_OF_LOADING, 3, "port of loading", "pol", "loading port", "port of shipment",
                "place of loading", "port of departure", "from port", "airport of departure", "port of embarkation",
                "puerto de carga", "port of lading", "shipped from", "loading", "port loading", "port of export",
                "departure port", "port of loading airport");
        b.add(Field.PORT_OF_DISCHARGE, 3, "port of discharge", "pod", "discharge port", "port of destination",
                "destination port", "port of unloading", "place of discharge", "port of arrival",
                "airport of destination", "to port", "unloading port", "puerto de descarga", "port discharge",
                "port of entry", "arrival port", "port of import", "discharge", "place of unloading",
                "port place of unloading", "unloading place", "port of unlading", "destination port discharge");
        b.add(null, 4, "place of receipt", "place of delivery", "final destination", "place of acceptance",
                "pre carriage by", "place of receipt by pre carrier", "for transhipment to", "transhipment port",
                "port of transhipment", "via", "final place of delivery", "destination", "place of issue",
                "place and date of issue", "place of payment");
        b.add(Field.VESSEL, 3, "vessel", "ocean vessel", "vessel name", "name of vessel", "vessel voyage",
                "vessel voy", "vessel and voyage", "vessel voyage no", "per vessel", "carrying vessel", "ship",
                "flight", "flight no", "per s s", "per ss", "perss", "vessel flight", "vessel flight no", "by vessel",
                "name of ship", "vessel s name", "mother vessel", "conveyance", "means of transport",
                "vessel name and voyage", "vessel name voyage", "ocean vessel voy no", "ocean vessel voyage", "ocean vessel voyage no",
                "vessel voy no", "per", "per conveyance", "vessel name voyage no", "vessel and voyage no", "shipped per",
                "importing carrier", "exporting carrier", "vessel flight name", "arrival vessel", "transport means",
                "means of transport", "transport details", "route", "conveyance s s", "identity of means of transport",
                "means of transport at arrival", "means of transport on arrival", "means of transport at departure",
                "identity of means of transport at arrival", "means of transport and route",
                "identity and nationality of means of transport at departure",
                "identity and nationality of active means of transport crossing the border",
                "identity and nationality of means of transport at arrival", "active means of transport",
                "vessel name voy no", "vessel voyage number", "vessel at arrival", "vessel on arrival",
                "vessel at departure", "arriving vessel", "vessel arrival", "vessel name at arrival");
        b.add(Field.VOYAGE, 3, "voyage", "voyage no", "voy", "voy no", "voyage number", "voyage ref");
        b.add(Field.PACKAGE_COUNT, 3, "packages", "no of packages", "number of packages", "total packages",
                "no of pkgs", "pkgs", "total cartons", "no of cartons", "quantity of packages", "package count",
                "total no of packages", "number and kind of packages", "packages total", "total number of packages",
                // "SAY SIXTEEN (16) PALLETS ONLY": the figures in brackets count
                "total no of packages in words", "no of packages in words", "total number of packages in words",
                "colis", "total pkgs", "total number of cartons", "number of cartons", "total no of cartons",
                "no and kind of packages", "total package", "total packages count", "packages qty",
                "package", "no of pallets", "total pallets", "number of pallets");
        b.add(Field.GROSS_WEIGHT, 3, "gross weight", "g w", "gw", "total gross weight", "gross wt",
                "total gross wt", "gross", "gross mass", "weight gross", "brutto", "poids brut", "peso bruto",
                "gross weight kgs", "total g w", "total gw", "gross weight kg", "gross kgs", "gross kg",
                "total gross mass", "gross mass kg", "gross weight total", "weight", "total weight");
        b.add(Field.NET_WEIGHT, 3, "net weight", "n w", "nw", "total net weight", "net wt", "net", "net mass",
                "netto", "poids net", "peso neto", "net weight kgs", "total n w", "total nw", "net weight kg",
                "net kgs", "net kg", "total net mass", "net mass kg", "net weight total", "total net wt");
        b.add(Field.SEAL_NUMBER, 3, "seal", "seal no", "seals", "seal no s", "seal nos", "seal number");
        b.add(null, 2, "container", "container no", "containers", "container nos", "container number",
                "container s", "container seal", "container seal no", "container no seal no", "cntr no", "cntr");
        b.add(Field.DESCRIPTION, 3, "description of goods", "goods description", "description", "goods",
                "commodity", "description of packages and goods", "said to contain", "cargo description",
                "nature of goods", "merchandise", "nature and quantity of goods", "kind of packages description of goods",
                "description of the goods", "commodity description", "interest", "subject matter insured",
                "goods insured", "description of merchandise");
        b.add(Field.HS_CODE, 3, "hs code", "h s code", "hs", "tariff code", "commodity code", "hts code", "cn code",
                "tariff no", "customs tariff", "hs tariff no", "harmonized code", "harmonised system code",
                "tariff heading", "hs no", "h s no", "hs tariff code", "tariff classification", "hts",
                "hs classification", "customs tariff no", "commodity code no", "taric code", "cn", "hts no");
        b.add(Field.QUANTITY, 2, "total quantity", "quantity", "qty", "total qty", "quantity and unit",
                "quantity unit");
        b.add(Field.INSURANCE_CONDITIONS, 3, "conditions", "coverage", "insurance conditions", "clauses",
                "covering", "conditions of insurance", "risks covered", "insurance cover", "cover");
        b.add(null, 4, "marks and numbers", "marks and nos", "shipping marks", "marks", "remarks", "note", "notes",
                "payment terms", "terms of payment", "payment", "iban", "swift", "bic", "account", "tel", "phone",
                "fax", "email", "e mail", "vat no", "tax id", "address", "page", "signature", "authorized signature",
                "stamp", "place", "freight payable at", "number of original b l", "no of original b l",
                "no of originals", "bank details", "beneficiary bank", "account no", "website", "web",
                "gross weight kgs measurement cbm", "measurement m3", "volume", "cbm", "eori", "eori no", "tin");
        if (type == BILL_OF_LADING || type == CERTIFICATE_OF_ORIGIN || type == INSURANCE || type == DECLARATION) {
            // on transport documents "From" and "To" head the ports (as a label opening a line or a box)
            b.add(Field.PORT_OF_LOADING, 2, "from", "voyage from", "shipped from");
            b.add(Field.PORT_OF_DISCHARGE, 2, "to", "voyage to", "destination");
        } else if (type == INVOICE || type == PACKING_LIST || type == CONTRACT) {
            // a box headed "From" or "To" over the ports (only as a box's label: "To: Acme Ltd" addresses the buyer)
            b.add(Field.PORT_OF_LOADING, 2, "from");
            b.add(Field.PORT_OF_DISCHARGE, 2, "to");
        }
        switch (type) {
            case CERTIFICATE_OF_ORIGIN -> {
                b.add(Field.CERTIFICATE_NUMBER, 2, "no", "certificate no", "reference no", "ref no", "serial no",
                        "document no", "ref", "reference", "certificate", "cert no");
                b.add(Field.QUANTITY, 3, "quantity", "total quantity", "qty");
            }
            case INSURANCE -> b.add(Field.POLICY_NUMBER, 2, "no", "certificate no", "reference no", "ref no",
                    "document no", "ref", "reference", "policy", "certificate", "cert no", "insurance policy",
                    "insurance certificate");
            case DECLARATION -> b.add(Field.DECLARATION_NUMBER, 2, "no", "reference no", "ref no", "document no",
                    "reference", "ref", "registration");
            case INVOICE -> b.add(Field.INVOICE_NUMBER, 2, "no", "reference no", "ref no", "document no", "ref",
                    "reference");
            case CONTRACT -> b.add(Field.CONTRACT_NUMBER, 2, "no", "reference no", "ref no", "document no", "ref",
                    "reference");
            case BILL_OF_LADING -> b.add(Field.BL_NUMBER, 2, "no", "reference no", "ref no", "document no",
                    "reference", "ref");
            case PACKING_LIST -> b.add(null, 2, "no", "packing list no", "reference no", "ref no", "document no",
                    "reference", "ref", "pl no");
            default -> {
            }
        }
        if (type != CERTIFICATE_OF_ORIGIN && type != INSURANCE) {
            b.add(null, 3, "certificate no", "cert no");
        }
        if (type != DECLARATION) {
            b.add(null, 3, "declaration no");
        }
        List<Label> list = new ArrayList<>(labels.values());
        list.sort(Comparator.comparingInt((Label l) -> -l.tokens().size()).thenComparingInt(l -> -l.priority()));
        return List.copyOf(list);
    }

    /** fields that only some document types carry at document level; elsewhere their labels are read past */
    private static boolean carries(DocumentType type, Field field) {
        return switch (field) {
            case INSURED, INSURED_AMOUNT, INSURED_CURRENCY, INSURANCE_CONDITIONS, POLICY_NUMBER -> type == INSURANCE;
            case DESCRIPTION -> type == BILL_OF_LADING || type == CERTIFICATE_OF_ORIGIN || type == INSURANCE;
            case QUANTITY, UNIT -> type == CERTIFICATE_OF_ORIGIN;
            case HS_CODE -> type == BILL_OF_LADING || type == CERTIFICATE_OF_ORIGIN;
            case CERTIFICATE_NUMBER -> type == CERTIFICATE_OF_ORIGIN || type == DECLARATION;
            default -> true;
        };
    }

    private record Builder(Map<String, Label> labels, DocumentType type) {

        void add(Field target, int priority, String... phrases) {
            Field field = target == null || carries(type, target) ? target : null;
            for (String phrase : phrases) {
                String key = Tokens.key(phrase);
                // a later, more specific declaration for the same words replaces the general one
                labels.put(key, new Label(List.of(key.split(" ")), field, priority));
            }
        }
    }
}
