package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Field;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** "S/C No." and "B/L No." as OCR often reads them, with the slash taken for an I or an l. */
class SlashReadAsLetterTest {

    private final RecognisingDocumentReader reader = new RecognisingDocumentReader(ExtractionSettings.defaults());

    private Document read(String text) {
        return reader.read("d1", "scan.txt", text.getBytes(StandardCharsets.UTF_8), "test");
    }

    @Test
    void labelsWithASlashReadAsALetterAreStillLabels() {
        Document invoice = read("""
                COMMERCIAL INVOICE
                Invoice No.: MTG256684
                SIC No.: SC259758A
                BIL No.: HDMU3646423196
                """);
        assertThat(invoice.first(Field.CONTRACT_NUMBER)).get().extracting(v -> v.value()).isEqualTo("SC259758A");
        assertThat(invoice.first(Field.BL_NUMBER)).get().extracting(v -> v.value()).isEqualTo("HDMU3646423196");
    }

    @Test
    void anOrdinaryThreeLetterWordIsNoLabel() {
        Document invoice = read("""
                COMMERCIAL INVOICE
                Invoice No.: MTG256684
                Sic transit: 12345
                """);
        assertThat(invoice.first(Field.CONTRACT_NUMBER)).isEmpty();
    }

    @Test
    void aDoubtedCroAloneInItsBoxIsTheOriginLabel() {
        // an invoice's "C/O" box read "cro" at 0.54: its origin had been lost (a false MISSING_FIELD)
        Document invoice = ScannedLines.table("300:COMMERCIAL INVOICE",
                "100:Curr. | 450:Price Terms | 800:cro@0.54",
                "100:USD (US$) | 450:FOB Shanghai, Incoterms 2020 | 800:China");
        assertThat(invoice.first(Field.ORIGIN_COUNTRY)).get().extracting(v -> v.value()).isEqualTo("CN");

        Document surely = ScannedLines.table("300:COMMERCIAL INVOICE",
                "100:Curr. | 450:Price Terms | 800:cro@0.95",
                "100:USD (US$) | 450:FOB Shanghai, Incoterms 2020 | 800:China");
        assertThat(surely.has(Field.ORIGIN_COUNTRY)).as("read surely: another word").isFalse();
    }
}
