package io.customsreview.hub.dossier;

import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.extraction.RecognisingDocumentReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A mail's text goes to the dossier as a document of its own only where it states shipment data. */
class DocumentRecogniserTest {

    private final DocumentRecogniser recogniser =
            new DocumentRecogniser(new RecognisingDocumentReader(ExtractionSettings.defaults()));

    @Test
    void aCoverNoteCitingTheBillOfLadingIsNoDocument() {
        // "Please find the packing list attached" reads as a title, and the B/L cited under it as its field: the note
        // had become a packing list holding a B/L number alone, reviewed with the dossier (missing fields)
        assertThat(recogniser.hasShipmentData("mail-body.txt", text(
                "Dear Sir,\nPlease find the packing list attached.\nB/L No.: COSU6123456780\nRegards"))).isFalse();
        assertThat(recogniser.hasShipmentData("mail-body.txt", text("""
                BILL OF LADING
                B/L No.: COSU6123456780
                Shipper: ACME Trading Co., Ltd.
                """))).as("a bill of lading typed into the mail").isTrue();
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
