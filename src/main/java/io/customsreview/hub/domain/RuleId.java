package io.customsreview.hub.domain;

/** The rules of the review contract, each with its severity. Never rename or remove one. */
public enum RuleId {
    MISSING_DOCUMENT(Severity.ERROR),
    MISSING_FIELD(Severity.WARNING),
    BL_NUMBER_MISMATCH(Severity.ERROR),
    INVOICE_NUMBER_MISMATCH(Severity.ERROR),
    CONTRACT_NUMBER_MISMATCH(Severity.ERROR),
    INVOICE_CONTRACT_AMOUNT_MISMATCH(Severity.ERROR),
    DECLARED_VALUE_EXCEEDS_CONTRACT(Severity.ERROR),
    DECLARED_INVOICE_VALUE_MISMATCH(Severity.ERROR),
    LINE_ARITHMETIC_ERROR(Severity.ERROR),
    CURRENCY_MISMATCH(Severity.ERROR),
    HS_CODE_INVALID(Severity.ERROR),
    HS_CODE_MISMATCH(Severity.ERROR),
    QUANTITY_MISMATCH(Severity.ERROR),
    PACKAGE_COUNT_MISMATCH(Severity.ERROR),
    GROSS_WEIGHT_MISMATCH(Severity.ERROR),
    NET_WEIGHT_MISMATCH(Severity.ERROR),
    NET_EXCEEDS_GROSS(Severity.ERROR),
    CONTAINER_MISMATCH(Severity.ERROR),
    CONTAINER_NUMBER_INVALID(Severity.ERROR),
    PARTY_MISMATCH(Severity.ERROR),
    ORIGIN_MISMATCH(Severity.ERROR),
    PORT_MISMATCH(Severity.ERROR),
    VESSEL_VOYAGE_MISMATCH(Severity.ERROR),
    INCOTERMS_MISMATCH(Severity.ERROR),
    DESCRIPTION_MISMATCH(Severity.ERROR),
    DATE_SEQUENCE_ERROR(Severity.ERROR),
    INSURANCE_INSUFFICIENT(Severity.ERROR),
    UNREADABLE_DOCUMENT(Severity.WARNING);

    private final Severity severity;

    RuleId(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
