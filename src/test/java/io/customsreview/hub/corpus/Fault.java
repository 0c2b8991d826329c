package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.RuleId;

import java.util.EnumSet;
import java.util.Set;

/**
 * Injectable faults, one per contract rule a document can show. {@link #expectedRules()} is what the review must
 * report for a dossier with exactly this fault (co-firing that cannot be avoided is included and documented).
 */
public enum Fault {
    /** Drops the contract, the packing list or (CIF/CIP) the insurance. */
    MISSING_DOCUMENT(RuleId.MISSING_DOCUMENT),
    /** The declaration or insurance cites another B/L number. */
    BL_NUMBER_MISMATCH(RuleId.BL_NUMBER_MISMATCH),
    /** The declaration, packing list or certificate of origin cites another invoice number. */
    INVOICE_NUMBER_MISMATCH(RuleId.INVOICE_NUMBER_MISMATCH),
    /** The invoice or the declaration cites another contract number. */
    CONTRACT_NUMBER_MISMATCH(RuleId.CONTRACT_NUMBER_MISMATCH),
    /** The contract has a higher unit price on one line (line amount and total coherent): contract total > invoice total. */
    INVOICE_CONTRACT_AMOUNT_MISMATCH(RuleId.INVOICE_CONTRACT_AMOUNT_MISMATCH),
    /**
     * The declaration's value of one line (and its total) is raised. The declared value then necessarily also differs
     * from the invoice total, so DECLARED_INVOICE_VALUE_MISMATCH co-fires (unavoidable).
     */
    DECLARED_VALUE_EXCEEDS_CONTRACT(RuleId.DECLARED_VALUE_EXCEEDS_CONTRACT, RuleId.DECLARED_INVOICE_VALUE_MISMATCH),
    /** The declaration's value of one line (and its total) is lowered (so it does not exceed the contract). */
    DECLARED_INVOICE_VALUE_MISMATCH(RuleId.DECLARED_INVOICE_VALUE_MISMATCH),
    /** The invoice or contract shows a unit price that does not give the (unchanged) line amount. */
    LINE_ARITHMETIC_ERROR(RuleId.LINE_ARITHMETIC_ERROR),
    /** The contract states another currency (same figures). */
    CURRENCY_MISMATCH(RuleId.CURRENCY_MISMATCH),
    /** One line's HS code is replaced by a non-existent subheading on every document that shows it. */
    HS_CODE_INVALID(RuleId.HS_CODE_INVALID),
    /** The declaration or the certificate of origin shows another valid HS subheading for one line. */
    HS_CODE_MISMATCH(RuleId.HS_CODE_MISMATCH),
    /** The packing list, declaration or certificate of origin shows another quantity for one line. */
    QUANTITY_MISMATCH(RuleId.QUANTITY_MISMATCH),
    /** The B/L or declaration states another total package count. */
    PACKAGE_COUNT_MISMATCH(RuleId.PACKAGE_COUNT_MISMATCH),
    /** The B/L or declaration states a gross weight 3-12 % higher. */
    GROSS_WEIGHT_MISMATCH(RuleId.GROSS_WEIGHT_MISMATCH),
    /** The declaration or packing list states a lower net weight for one line and in total. */
    NET_WEIGHT_MISMATCH(RuleId.NET_WEIGHT_MISMATCH),
    /** Net and gross weights are swapped on every document (consistently, so no weight mismatch). */
    NET_EXCEEDS_GROSS(RuleId.NET_EXCEEDS_GROSS),
    /** The packing list or declaration lists another (valid) container number. */
    CONTAINER_MISMATCH(RuleId.CONTAINER_MISMATCH),
    /** One container number has a wrong check digit everywhere it appears. */
    CONTAINER_NUMBER_INVALID(RuleId.CONTAINER_NUMBER_INVALID),
    /** Another company as seller or buyer on one of B/L, declaration, certificate of origin, packing list. */
    PARTY_MISMATCH(RuleId.PARTY_MISMATCH),
    /** The declaration, certificate of origin or invoice states another country of origin. */
    ORIGIN_MISMATCH(RuleId.ORIGIN_MISMATCH),
    /** Another port of loading or discharge on the declaration, insurance, certificate of origin or invoice. */
    PORT_MISMATCH(RuleId.PORT_MISMATCH),
    /** Another voyage or vessel on the declaration, insurance or certificate of origin. */
    VESSEL_VOYAGE_MISMATCH(RuleId.VESSEL_VOYAGE_MISMATCH),
    /** Another Incoterm (same insurance class, so insurance stays (not) required) on invoice, declaration or contract. */
    INCOTERMS_MISMATCH(RuleId.INCOTERMS_MISMATCH),
    /** Different goods (same HS code) on one line of the packing list, B/L or certificate of origin. */
    DESCRIPTION_MISMATCH(RuleId.DESCRIPTION_MISMATCH),
    /** Contract after invoice, insurance after on-board, or declaration before on-board. */
    DATE_SEQUENCE_ERROR(RuleId.DATE_SEQUENCE_ERROR),
    /** CIF/CIP with insured amount 100-105 % of the invoice (forces CIF/CIP). */
    INSURANCE_INSUFFICIENT(RuleId.INSURANCE_INSUFFICIENT),
    /** An extra zero-byte or corrupt PDF file in the dossier. */
    UNREADABLE_DOCUMENT(RuleId.UNREADABLE_DOCUMENT);

    private final Set<RuleId> rules;

    Fault(RuleId first, RuleId... more) {
        this.rules = EnumSet.of(first, more);
    }

    public Set<RuleId> expectedRules() {
        return EnumSet.copyOf(rules);
    }

    /**
     * Rules a correct review may additionally report: a dropped document leaves rules without the fields they
     * need, which the contract allows to be reported as MISSING_FIELD warnings.
     */
    public Set<RuleId> toleratedRules() {
        return this == MISSING_DOCUMENT ? EnumSet.of(RuleId.MISSING_FIELD) : EnumSet.noneOf(RuleId.class);
    }

    /** The rule this fault is designed for (the first). */
    public RuleId primaryRule() {
        return rules.iterator().next();
    }

    /** True when the fault changes every document alike (so that only its own rule can fire). */
    public boolean changesAllDocuments() {
        return this == HS_CODE_INVALID || this == NET_EXCEEDS_GROSS || this == CONTAINER_NUMBER_INVALID;
    }

    public boolean needsInsurance() {
        return this == INSURANCE_INSUFFICIENT;
    }

    /** The fault designed for a rule, if any (MISSING_FIELD has none). */
    public static java.util.Optional<Fault> forRule(RuleId rule) {
        for (Fault f : values()) {
            if (f.name().equals(rule.name())) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
