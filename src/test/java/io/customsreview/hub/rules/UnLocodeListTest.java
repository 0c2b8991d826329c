package io.customsreview.hub.rules;

import io.customsreview.hub.testdata.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The UN/LOCODE list as the rules consult it: the real extract in {@code ../shared/data/unlocode}. */
class UnLocodeListTest {

    @Test
    void theListGivesCodesTheirNamesAndNamesTheirSeaPorts() {
        UnLocodes list = UnLocodes.load(SharedData.dir("unlocode").resolve("unlocode-transport-locations.csv").toString());
        assertThat(list.isKnown("DEHAM")).isTrue();
        assertThat(list.isKnown("GENOA")).as("a name with a code's shape").isFalse();
        assertThat(list.names("DEHAM")).contains("HAMBURG");
        // "Jawaharlal Nehru (Nhava Sheva)": both names
        assertThat(list.names("INNSA")).contains("NHAVASHEVA", "JAWAHARLALNEHRU");
        assertThat(list.seaPortsNamed("ROTTERDAM")).contains("NLRTM");
        assertThat(list.seaPortsNamed("HAMBURG")).as("Hamburg, New York is no sea port").containsExactly("DEHAM");
    }

    @Test
    void quotedCellsKeepTheirCommas() {
        assertThat(UnLocodeList.columns("JP,AGE,\"Ageo-Shi, Saitama\",x,,1-------"))
                .containsExactly("JP", "AGE", "Ageo-Shi, Saitama", "x", "", "1-------");
    }

    @Test
    void aMissingOrUnconfiguredListIsEmpty() {
        assertThat(UnLocodes.load("no/such/unlocode.csv").isEmpty()).isTrue();
        assertThat(UnLocodes.load("").isEmpty()).isTrue();
    }

    @Test
    void aFileThatIsNoListIsEmptyAndTheReviewGoesOn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path notAList = java.nio.file.Files.writeString(dir.resolve("ports.csv"),
                "code;name\nCNSHA;x\n");
        assertThat(UnLocodes.load(notAList.toString()).isEmpty()).isTrue();
    }
}
