package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.LineField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Layouts as scans come out of OCR: the same values as the digital document gives. */
class ScannedLayoutTest {

    @Test
    void theParagraphUnderALongTitleIsReadNotSkippedWithTheTitle() {
        // a title as wide as the paragraph under it, at its left edge: read as one wrapped sentence, the whole
        // paragraph was taken for the title and its vessel, voyage and invoice number were lost
        Document certificate = ScannedLines.document(
                "CERTIFICATE OF ORIGIN OF THE PEOPLE'S REPUBLIC OF CHINA",
                "The undersigned authority hereby certifies that the goods described below, shipped by Shanghai",
                "Golden Bridge Industries Co., Ltd. to Pacific Rim Home Goods B.V. per vessel MSC ANNA voyage 947E",
                "from Yantian to Rotterdam and covered by Invoice No. INV-2024-88891, originate in China.");
        assertThat(certificate.type()).isEqualTo(io.customsreview.hub.domain.DocumentType.CERTIFICATE_OF_ORIGIN);
        assertThat(certificate.first(Field.VESSEL)).get().extracting(v -> v.value()).isEqualTo("MSC ANNA");
        assertThat(certificate.first(Field.VOYAGE)).get().extracting(v -> v.value()).isEqualTo("947E");
        assertThat(certificate.first(Field.INVOICE_NUMBER)).get().extracting(v -> v.value()).isEqualTo("INV-2024-88891");
    }

    @Test
    void aColonAfterAColumnNameStillMakesATableHeader() {
        // "Qty:" — a speck read as a colon; the header is still a header, and its columns do not become the
        // document's weights (the first row's "543.81" taken for the net weight of the whole list)
        Document packingList = read("""
                PACKING LIST
                Invoice No.: INV-2025-35573
                Description                        Qty:       No. of Pkgs    Net Wt        Gross Weight
                Trolley suitcase, 24 inch          156 PCS    26 CS          543.81 KGS    784.94 KGS
                Passenger car tyres 205/55R16      226 PCS    113 CS         1920.75 KGS   2611.56 KGS
                                                   Total:     139 CS         2464.56 KGS   3396.50 KGS
                """);
        assertThat(packingList.lines()).hasSize(2);
        assertThat(packingList.lines().get(1).values().get(LineField.NET_WEIGHT).value()).isEqualTo("1920.75");
        assertThat(packingList.first(Field.NET_WEIGHT)).get().extracting(v -> v.value()).isEqualTo("2464.56");
        assertThat(packingList.first(Field.GROSS_WEIGHT)).get().extracting(v -> v.value()).isEqualTo("3396.5");
    }

    private static Document read(String text) {
        return new RecognisingDocumentReader(ExtractionSettings.defaults()).read("d1", "scan.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test");
    }
}
