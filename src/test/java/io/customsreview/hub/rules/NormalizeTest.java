package io.customsreview.hub.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizeTest {

    @Test
    void referencesIgnoreSpacesDashesSlashesDotsAndCase() {
        assertThat(Normalize.reference("COSU 612345678")).isEqualTo(Normalize.reference("COSU612345678"));
        assertThat(Normalize.reference("inv-2025/001.a")).isEqualTo("INV2025001A");
        assertThat(Normalize.reference("INV-7781")).isNotEqualTo(Normalize.reference("INV-7787"));
    }

    @Test
    void anIAndItsSlashReadAsAVBeforeADigitReadAsItsLetterReadAlike() {
        // "CI/5311/24" read "CVS311/24" on a degraded invoice, its number withheld for want of a label: the other
        // documents' number had not confirmed it (a false MISSING_FIELD)
        assertThat(Normalize.referencesReadAlike("CVS311/24", "CI/5311/24")).isTrue();
        assertThat(Normalize.referencesReadAlike("CV5311/24", "CI/5311/24")).isTrue();
        assertThat(Normalize.referencesReadAlike("CVS311/24", "CI/5341/24")).as("another number").isFalse();
    }

    @Test
    void aReferencesOwnVBeforeAnIReadTwiceIsNoIAndItsSlash() {
        // "GVI243791" read "GV1I243791" on a clean packing list scan (the I read twice): the V before the "1" had
        // been taken for an I and its slash, and the invoice number differed (a false INVOICE_NUMBER_MISMATCH)
        assertThat(Normalize.referencesReadAlike("GV1I243791", "GVI243791")).isTrue();
        assertThat(Normalize.referencesReadAlike("GV1I243791", "GVI243797")).as("another number").isFalse();
    }

    @Test
    void hsCodesAreTheirDigits() {
        assertThat(Normalize.hsCode("8471.30.00")).isEqualTo("84713000");
    }

    @Test
    void amountsCompareToTheCentWithoutTolerance() {
        assertThat(Normalize.sameAmount(new BigDecimal("12345.6"), new BigDecimal("12345.60"), BigDecimal.ZERO)).isTrue();
        assertThat(Normalize.sameAmount(new BigDecimal("12345.60"), new BigDecimal("12345.61"), BigDecimal.ZERO)).isFalse();
    }

    @Test
    void weightsCompareWithinAShareOfTheLarger() {
        BigDecimal tenthOfAPercent = new BigDecimal("0.1");
        assertThat(Normalize.withinPercent(new BigDecimal("1000"), new BigDecimal("999"), tenthOfAPercent)).isTrue();
        assertThat(Normalize.withinPercent(new BigDecimal("1000"), new BigDecimal("998.9"), tenthOfAPercent)).isFalse();
    }

    @Test
    void vesselNamesIgnorePrefixesCaseAndPunctuation() {
        String expected = Normalize.vessel("COSCO SHIPPING ARIES");
        assertThat(Normalize.vessel("M/V Cosco Shipping Aries")).isEqualTo(expected);
        assertThat(Normalize.vessel("MV COSCO-SHIPPING ARIES")).isEqualTo(expected);
        assertThat(Normalize.vessel("M.V. Cosco Shipping Aries")).isEqualTo(expected);
        assertThat(Normalize.vessel("MS Cosco Shipping Aries")).isEqualTo(expected);
        // "MSC" is part of the name, not a prefix
        assertThat(Normalize.vessel("MSC Oscar")).isEqualTo("MSCOSCAR");
    }

    @Test
    void portNamesIgnoreCountryTailsAndPortOf() {
        assertThat(Normalize.portName("Shanghai, China")).isEqualTo("SHANGHAI");
        assertThat(Normalize.portName("SHANGHAI CHINA")).isEqualTo("SHANGHAI");
        assertThat(Normalize.portName("Port of Hamburg (DE)")).isEqualTo("HAMBURG");
        // the longest country name is removed whole, not just its last word
        assertThat(Normalize.portName("Lae Papua New Guinea")).isEqualTo("LAE");
        assertThat(Normalize.portName("Ningbo")).isNotEqualTo(Normalize.portName("Shanghai"));
    }

    @Test
    void locodesAreFiveCapitalsStartingWithACountry() {
        assertThat(Normalize.locode("CNSHA")).isEqualTo("CNSHA");
        assertThat(Normalize.locode("DE HAM")).isEqualTo("DEHAM");
        assertThat(Normalize.locode("Seoul")).isNull();
        assertThat(Normalize.locode("DUBAI")).isNull(); // "DU" is no country
    }

    @Test
    void incotermsAreTheTermWithoutPlaceOrEdition() {
        assertThat(Normalize.incoterm("CIF Hamburg")).isEqualTo("CIF");
        assertThat(Normalize.incoterm("Incoterms 2020 FOB Shanghai")).isEqualTo("FOB");
        assertThat(Normalize.incoterm("C&F")).isEqualTo("CFR");
        assertThat(Normalize.incoterm("cip")).isEqualTo("CIP");
    }

    @Test
    void containerCheckDigitFollowsIso6346() {
        assertThat(Normalize.validContainerNumber("CSQU3054383")).isTrue(); // the standard's own example
        assertThat(Normalize.validContainerNumber("CSQU 305438 3")).isTrue();
        assertThat(Normalize.validContainerNumber("MSCU1234566")).isTrue();
        assertThat(Normalize.validContainerNumber("TGHU9988774")).isTrue();
        assertThat(Normalize.validContainerNumber("MSCU1234565")).isFalse();
        assertThat(Normalize.validContainerNumber("MSCU123456")).isFalse();
        assertThat(Normalize.validContainerNumber("1234MSCU565")).isFalse();
    }

    @Test
    void aRemainderOfTenGivesCheckDigitZero() {
        // MSCU100007 sums to 10 modulo 11
        assertThat(Normalize.iso6346CheckDigit("MSCU100007")).isZero();
        assertThat(Normalize.validContainerNumber("MSCU1000070")).isTrue();
    }

    @Test
    void lettersSkipMultiplesOfEleven() {
        // B is 12 (not 11), L is 23 (not 22), V is 34 (not 33): B alone in the first position weighs 12
        assertThat(Normalize.iso6346CheckDigit("B000000000")).isEqualTo(12 % 11);
        assertThat(Normalize.iso6346CheckDigit("L000000000")).isEqualTo(23 % 11);
        assertThat(Normalize.iso6346CheckDigit("V000000000")).isEqualTo(34 % 11);
    }
}
