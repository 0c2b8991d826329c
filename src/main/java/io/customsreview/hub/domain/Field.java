package io.customsreview.hub.domain;

/**
 * Document-level fields. A reference field holds the number a document carries or cites: on an INVOICE
 * {@code INVOICE_NUMBER} is its own number, on a DECLARATION the invoice it cites.
 */
public enum Field {
    CONTRACT_NUMBER("contractNumber", ValueKind.REFERENCE),
    INVOICE_NUMBER("invoiceNumber", ValueKind.REFERENCE),
    BL_NUMBER("blNumber", ValueKind.REFERENCE),
    DECLARATION_NUMBER("declarationNumber", ValueKind.REFERENCE),
    CERTIFICATE_NUMBER("certificateNumber", ValueKind.REFERENCE),
    POLICY_NUMBER("policyNumber", ValueKind.REFERENCE),
    /** the date the document itself bears (contract, invoice, declaration, insurance, certificate) */
    DOCUMENT_DATE("date", ValueKind.DATE),
    ON_BOARD_DATE("onBoardDate", ValueKind.DATE),
    /** seller, exporter or shipper */
    SELLER("seller", ValueKind.PARTY),
    /** buyer, importer or consignee */
    BUYER("buyer", ValueKind.PARTY),
    INSURED("insured", ValueKind.PARTY),
    CURRENCY("currency", ValueKind.CURRENCY),
    /** contract total, invoice total or declared total value */
    TOTAL_AMOUNT("totalAmount", ValueKind.AMOUNT),
    INSURED_AMOUNT("insuredAmount", ValueKind.AMOUNT),
    INSURED_CURRENCY("insuredCurrency", ValueKind.CURRENCY),
    INSURANCE_CONDITIONS("conditions", ValueKind.TEXT),
    INCOTERM("incoterm", ValueKind.INCOTERM),
    INCOTERM_PLACE("incotermPlace", ValueKind.PLACE),
    ORIGIN_COUNTRY("originCountry", ValueKind.COUNTRY),
    PORT_OF_LOADING("portOfLoading", ValueKind.PLACE),
    PORT_OF_DISCHARGE("portOfDischarge", ValueKind.PLACE),
    VESSEL("vessel", ValueKind.TEXT),
    VOYAGE("voyage", ValueKind.REFERENCE),
    PACKAGE_COUNT("packageCount", ValueKind.QUANTITY),
    PACKAGE_KIND("packageKind", ValueKind.TEXT),
    GROSS_WEIGHT("grossWeight", ValueKind.WEIGHT),
    NET_WEIGHT("netWeight", ValueKind.WEIGHT),
    /** multi-valued: one value per container */
    CONTAINER_NUMBER("containerNumber", ValueKind.CONTAINER),
    /** multi-valued */
    SEAL_NUMBER("sealNumber", ValueKind.REFERENCE),
    /** a document-level goods description (B/L, certificate of origin) */
    DESCRIPTION("description", ValueKind.TEXT),
    /** a document-level commodity code (certificate of origin) */
    HS_CODE("hsCode", ValueKind.HS_CODE),
    /** a document-level total quantity (certificate of origin) */
    QUANTITY("quantity", ValueKind.QUANTITY),
    UNIT("unit", ValueKind.UNIT);

    private final String jsonName;
    private final ValueKind kind;

    Field(String jsonName, ValueKind kind) {
        this.jsonName = jsonName;
        this.kind = kind;
    }

    /** the name used in reports, e.g. {@code totalAmount} */
    public String jsonName() {
        return jsonName;
    }

    public ValueKind kind() {
        return kind;
    }
}
