package io.customsreview.hub.domain;

/** The canonical form a {@link FieldValue#value()} takes for each kind of field. */
public enum ValueKind {
    /** free text, trimmed, single spaces */
    TEXT,
    /** reference number as printed, trimmed; compared without spaces, dashes and case */
    REFERENCE,
    /** plain decimal, e.g. {@code 12345.60} */
    AMOUNT,
    /** plain decimal, e.g. {@code 1200} */
    QUANTITY,
    /** kilograms as plain decimal */
    WEIGHT,
    /** ISO date {@code yyyy-MM-dd} */
    DATE,
    /** ISO 4217 code, e.g. {@code USD} */
    CURRENCY,
    /** ISO 3166 alpha-2 code, e.g. {@code CN} */
    COUNTRY,
    /** Incoterms 2020 code, e.g. {@code CIF} */
    INCOTERM,
    /** digits only, e.g. {@code 84713000} */
    HS_CODE,
    /** ISO 6346, upper case without spaces, e.g. {@code MSCU1234565} */
    CONTAINER,
    /** unit of measure, canonical upper-case code, e.g. {@code PCS}, {@code KG}, {@code SET} */
    UNIT,
    /** a party's name as printed (first line of its block) */
    PARTY,
    /** a port or place name as printed, or a UN/LOCODE */
    PLACE
}
