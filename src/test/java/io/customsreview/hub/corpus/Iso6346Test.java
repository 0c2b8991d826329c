package io.customsreview.hub.corpus;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Iso6346Test {

    @Test
    void knownNumbers() {
        assertThat(Iso6346.isValid("CSQU3054383")).isTrue();   // the ISO 6346 worked example
        assertThat(Iso6346.isValid("CSQU 305438 3")).isTrue();
        assertThat(Iso6346.isValid("CSQU3054384")).isFalse();
        assertThat(Iso6346.checkDigit("TCNU123456")).isEqualTo(Iso6346.checkDigitRaw("TCNU123456") % 10);
    }

    @Test
    void generatedAreValidAndCorruptedAreNot() {
        Random r = new Random(1);
        for (int i = 0; i < 500; i++) {
            String n = Iso6346.generate("MSCU", r);
            assertThat(Iso6346.isValid(n)).as(n).isTrue();
            assertThat(Iso6346.isValid(Iso6346.corrupt(n, r))).isFalse();
        }
    }
}
