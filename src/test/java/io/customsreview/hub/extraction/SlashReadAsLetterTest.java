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
}
