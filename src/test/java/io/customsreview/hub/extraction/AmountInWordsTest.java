package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Field;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AmountInWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SAY EUROS EIGHT THOUSAND THREE HUNDRED AND TWELVE ONLY | 8312.00",
            "SAY US DOLLARS ONE HUNDRED TWENTY THOUSAND FIVE HUNDRED AND SIXTY AND CENTS FIFTY ONLY | 120560.50",
            "Say: Chinese Yuan Renminbi two million forty-one thousand and seven only | 2041007.00",
            "SAY POUNDS STERLING NINETY-NINE AND 05/100 ONLY | 99.05",
            "SAY US DOLLARS TEN POINT SEVEN FIVE ONLY | 10.75",
            "TOTAL: SAY JAPANESE YEN ONE MILLION ONLY | 1000000.00"})
    void aSumWrittenOutIsItsFigures(String text, String amount) {
        assertThat(AmountInWords.find(text)).get().extracting(AmountInWords.Stated::amount)
                .isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SAY EUROS EIGHT THOUSANO THREE HUNDRED ONLY",   // a misread number word: no amount rather than 8 + 300
            "SAY NINE (9) PALLETS ONLY",                    // a count of packages
            "SAY US DOLLARS ONLY",
            "EIGHT THOUSAND EUROS"})                        // no SAY ... ONLY
    void wordsThatAreNoWholeSumGiveNone(String text) {
        assertThat(AmountInWords.find(text)).isEmpty();
    }

    @Test
    void anInvoiceWhoseTotalInFiguresWasLostHasItsTotalInWords() {
        // "Total:" read with nothing beside it on a degraded scan: a MISSING_FIELD and three rules unchecked
        Document invoice = ScannedLines.table("600:COMMERCIAL INVOICE",
                "100:Invoice No.: INV-2025-37041",
                "100:No. Description | 780:Qty | 840:Price | 905:Total | 1007:H.S. Code",
                "100:1 Vehicle chassis mounting brackets, steel | 780:800 | 840:10,39 | 905:8.312,00 | 1007:870899",
                "670:Total:",
                "85:SAY EUROS EIGHT THOUSAND THREE HUNDRED AND TWELVE ONLY");
        assertThat(invoice.first(Field.TOTAL_AMOUNT)).get().extracting(v -> v.value()).isEqualTo("8312.00");

        Document both = ScannedLines.table("600:COMMERCIAL INVOICE",
                "100:Invoice No.: INV-2025-37041",
                "670:Total: EUR 8.313,00",
                "85:SAY EUROS EIGHT THOUSAND THREE HUNDRED AND TWELVE ONLY");
        assertThat(both.first(Field.TOTAL_AMOUNT)).as("the figures come first").get()
                .extracting(v -> v.value()).isEqualTo("8313.00");
    }
}
