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
    @ValueSource(strings = {"Invoice Reference: SHP253812 Dated: 2025-05-21", "Ref. SHP-5200002-0169"})
    void aReferenceThatStartsWithACurrencysLettersNamesNoCurrency(String text) {
        // "SHP253812" on a digital packing list had been the currency SHP (St Helena pound): a false CURRENCY_MISMATCH
        assertThat(Currencies.find(text)).isEmpty();
    }
}
