package io.customsreview.hub.domain;

/** Fields of a goods line (invoice, packing list, declaration, contract). */
public enum LineField {
    DESCRIPTION("description", ValueKind.TEXT),
    HS_CODE("hsCode", ValueKind.HS_CODE),
    QUANTITY("quantity", ValueKind.QUANTITY),
    UNIT("unit", ValueKind.UNIT),
    UNIT_PRICE("unitPrice", ValueKind.AMOUNT),
    AMOUNT("amount", ValueKind.AMOUNT),
    PACKAGES("packages", ValueKind.QUANTITY),
    NET_WEIGHT("netWeight", ValueKind.WEIGHT),
    GROSS_WEIGHT("grossWeight", ValueKind.WEIGHT),
    ORIGIN("origin", ValueKind.COUNTRY);

    private final String jsonName;
    private final ValueKind kind;

    LineField(String jsonName, ValueKind kind) {
        this.jsonName = jsonName;
        this.kind = kind;
    }

    public String jsonName() {
        return jsonName;
    }

    public ValueKind kind() {
        return kind;
    }
}
