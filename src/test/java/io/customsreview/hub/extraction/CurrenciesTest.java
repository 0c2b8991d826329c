package io.customsreview.hub.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CurrenciesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "USD 25,124.67       | USD",
            "GBP25,124.67        | GBP",
            "Currency: EUR       | EUR",
            "Total: JPY 1,878,680 | JPY",
    })
    void codesBeforeAmountsAreCurrencies(String text, String code) {
        assertThat(Currencies.find(text)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Invoice Reference: SHP253812 Dated: 2025-05-21", "Ref. SHP-5200002-0169",
            "covered by Invoice No. GMD241982, originate in China.", "under Invoice No. GMD241982."})
    void aReferenceThatStartsWithACurrencysLettersNamesNoCurrency(String text) {
        // "SHP253812" on a digital packing list had been the currency SHP (St Helena pound): a false CURRENCY_MISMATCH
        assertThat(Currencies.find(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aDocumentWhoseOnlyCodeOpensAReferenceStatesNoCurrency() {
        // a digital packing list: "Invoice Reference: SHP253812" had made its currency SHP (a false CURRENCY_MISMATCH)
        io.customsreview.hub.domain.Document packingList = new RecognisingDocumentReader(ExtractionSettings.defaults())
                .read("d1", "pl.txt", """
                        PACKING LIST
                        Invoice Reference: SHP253812 Dated: 2025-05-21
                        Total Gross Weight: 1,234.00 KGS
                        """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test");
        assertThat(packingList.has(io.customsreview.hub.domain.Field.CURRENCY)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aReferenceFollowedByACommaInProseNamesNoCurrency() {
        // a digital certificate of origin: "covered by Invoice No. GMD241982, originate in China" had made its currency
        // GMD (Gambian dalasi) — the comma after the digits was taken for a decimal mark; a false CURRENCY_MISMATCH
        io.customsreview.hub.domain.Document certificate = new RecognisingDocumentReader(ExtractionSettings.defaults())
                .read("d1", "co.txt", """
                        CERTIFICATE OF ORIGIN
                        The undersigned authority hereby certifies that the goods described below, shipped per vessel
                        covered by Invoice No. GMD241982, originate in China.
                        Gross Weight: 794.57 KGS
                        """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test");
        assertThat(certificate.has(io.customsreview.hub.domain.Field.CURRENCY)).isFalse();
    }
}
