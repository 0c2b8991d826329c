package io.customsreview.hub.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CN                          | CN",
            "CHN                         | CN",
            "China                       | CN",
            "People's Republic of China  | CN",
            "Made in Germany             | DE",
            "Korea, Republic of          | KR",
            "Chin a                      | CN", // a monospaced name read with a space inside it on a clean scan
            "Ger many                    | DE",
    })
    void namesAndCodesAreCountries(String text, String code) {
        assertThat(Countries.code(text)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ee", "in", "de", "it", "Ee", "Chin a sea port of", "Tai wan dock"})
    void aCodeInSmallLettersIsAWordOrASpeckNotACountry(String text) {
        assertThat(Countries.code(text)).isEmpty();
    }
}
