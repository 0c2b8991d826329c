package io.customsreview.hub.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ValueParsersTest {

    /** text read next to a label can be nothing but punctuation: it gives no value, and never an exception */
    @ParameterizedTest
    @ValueSource(strings = {"(", ";", "  ", ":", "()", ")(", ",", ",,", ", ,"})
    void punctuationAloneIsNoValue(String text) {
        assertThat(ValueParsers.place(text)).isEmpty();
        assertThat(ValueParsers.party(text)).isEmpty();
        assertThat(ValueParsers.reference(text)).isEmpty();
        assertThat(Incoterms.find(text)).isEmpty();
        assertThat(ValueParsers.vessel(text).voyage()).isNull();
    }
}
