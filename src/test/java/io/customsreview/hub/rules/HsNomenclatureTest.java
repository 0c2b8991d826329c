package io.customsreview.hub.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HsNomenclatureTest {

    @Test
    void theBundledHs2022ListHasAllSubheadings() {
        HsSubheadings hs = HsSubheadings.load(RuleSettings.defaults().hsNomenclatureResource());
        assertThat(hs.size()).isEqualTo(5612);
        assertThat(hs.isValid("847130")).isTrue();
        assertThat(hs.isValid("8471.30.00")).isTrue();
        assertThat(hs.isValid("0101210000")).isTrue();
        assertThat(hs.isValid("999999")).isFalse(); // a statistics artefact, not HS
        assertThat(hs.isValid("847199")).isFalse();
        assertThat(hs.isValid("8471")).isFalse();
    }

    @Test
    void loadsFromAFileSkippingComments(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hs.txt");
        Files.writeString(file, "# test list\n847130\n\n850760\n");
        HsNomenclature hs = HsNomenclature.load(file.toString());
        assertThat(hs.isValid("85076000")).isTrue();
        assertThat(hs.isValid("847160")).isFalse();
    }

    @Test
    void aMissingResourceFailsInsteadOfRejectingEveryCode() {
        assertThatThrownBy(() -> HsNomenclature.load("classpath:hs/none.txt")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void buildsFromASet() {
        HsNomenclature hs = HsNomenclature.of(Set.of("847130"));
        assertThat(hs.isValid("84713000")).isTrue();
        assertThat(hs.isValid("847160")).isFalse();
    }
}
