package io.customsreview.hub.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What borders and specks add to OCR words is taken off; what the document printed stays. */
class WordCleaningTest {

    @Test
    void bordersAndQuotesBeforeAValueAreTakenOff() {
        assertThat(WordCleaning.clean("|MSCU1234565", 0.9)).isEqualTo("MSCU1234565");
        assertThat(WordCleaning.clean("KGS}", 0.9)).isEqualTo("KGS");
        assertThat(WordCleaning.clean("'INV-2025-32127", 0.8)).isEqualTo("INV-2025-32127");
        assertThat(WordCleaning.clean("\"Delivery", 0.3)).isEqualTo("Delivery");
        assertThat(WordCleaning.clean("'", 0.82)).isEmpty();
    }

    @Test
    void underscoresReadForTheGapBetweenTwoValuesSeparateThem() {
        assertThat(WordCleaning.clean("482.47KG__2.026", 0.18)).isEqualTo("482.47KG 2.026");
        assertThat(WordCleaning.clean("KGS__", 0.9)).isEqualTo("KGS"); // a border at the end, as before
    }

    @Test
    void aReferencesSlashReadAsAnApostropheIsTheSlash() {
        assertThat(WordCleaning.clean("Cl’3378/24", 0.44)).isEqualTo("Cl/3378/24");
        assertThat(WordCleaning.clean("CI'3600/25", 0.5)).isEqualTo("CI/3600/25");
        assertThat(WordCleaning.clean("SHIPPER'S", 0.9)).isEqualTo("SHIPPER'S");
        assertThat(WordCleaning.clean("O'2024", 0.9)).as("no reference's shape").isEqualTo("O'2024");
    }

    @Test
    void aLabelWordRunTogetherWithOfIsSplit() {
        assertThat(WordCleaning.clean("Portof", 0.32)).isEqualTo("Port of");
        assertThat(WordCleaning.clean("BILLOF", 0.6)).isEqualTo("BILL OF");
        assertThat(WordCleaning.clean("Countryof", 0.5)).isEqualTo("Country of");
        assertThat(WordCleaning.clean("Portofino", 0.9)).isEqualTo("Portofino"); // a word of its own
    }

    @Test
    void aLabelRunTogetherWithNoIsSplit() {
        assertThat(WordCleaning.clean("SICNo.", 0.17)).isEqualTo("SIC No.");
        assertThat(WordCleaning.clean("ContractNo:", 0.5)).isEqualTo("Contract No:");
        assertThat(WordCleaning.clean("B/LNo.", 0.5)).isEqualTo("B/L No.");
        // words of their own that end in "no"
        assertThat(WordCleaning.clean("Casino", 0.9)).isEqualTo("Casino");
        assertThat(WordCleaning.clean("TORINO", 0.9)).isEqualTo("TORINO");
        assertThat(WordCleaning.clean("Filipino", 0.9)).isEqualTo("Filipino");
    }

    @Test
    void anLReadAsAnExclamationMarkAtAWordsEndIsTheL() {
        assertThat(WordCleaning.clean("pane!", 0.5)).isEqualTo("panel");
        assertThat(WordCleaning.clean("stee!,", 0.5)).isEqualTo("steel,");
        assertThat(WordCleaning.clean("NOTE!", 0.9)).isEqualTo("NOTE!"); // capitals: no such misreading seen
    }

    @Test
    void aZeroReadForTheOOfAnAbbreviationIsTheO() {
        assertThat(WordCleaning.clean("c/0", 0.58)).isEqualTo("c/O");
        assertThat(WordCleaning.clean("C/0:", 0.58)).isEqualTo("C/O:");
        assertThat(WordCleaning.clean("1/0", 0.9)).isEqualTo("1/0");
    }

    @Test
    void printedMarksStay() {
        assertThat(WordCleaning.clean("24\"", 0.9)).isEqualTo("24\"");
        assertThat(WordCleaning.clean("SHIPPER'S", 0.9)).isEqualTo("SHIPPER'S");
        assertThat(WordCleaning.clean("$1,250.00", 0.9)).isEqualTo("$1,250.00");
        assertThat(WordCleaning.clean("$C241430D", 0.9)).isEqualTo("SC241430D");
        assertThat(WordCleaning.clean("$0S242723", 0.64)).isEqualTo("S0S242723"); // "SOS242723"
        assertThat(WordCleaning.clean("$100USD", 0.9)).isEqualTo("$100USD");
        assertThat(WordCleaning.clean("S$C252576B", 0.14)).isEqualTo("SSC252576B"); // compared with look-alikes
        assertThat(WordCleaning.clean("US$1,250.00", 0.9)).isEqualTo("US$1,250.00");
    }
}
