package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Provenance;
import io.customsreview.hub.rules.Normalize;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A value whose label noise destroyed is taken only where another document states that very value. */
class UnlabelledValuesTest {

    /** a scanned declaration whose "Total Net Wt." and "Inv. No." labels were lost, their values left */
    private static Document scannedDeclaration() {
        Document read = ScannedLines.table("600:CUSTOMS GOODS DECLARATION",
                "100:Currency Code | 900:Total Packages | 1600:Total G.W.",
                "100:USD | 900:236 PACKAGES | 1600:2,781.95 KG",
                "100:2,607.52 KG | 900:HLXU 640163 5 (45G1)",
                "100:fav, No.@0.42 | 900:(CI/5140/24@0.10");
        return DoubtfulValues.withhold(read, 0.6);
    }

    /** a digital document of {@code type} stating one value */
    /** the scanned document as the dossier's cross-document confirmation leaves it beside {@code other} */
    private static Document confirmedBy(Document scanned, Document other) {
        return DoubtfulValues.confirmedAcrossDocuments(List.of(scanned, other), Normalize::scannedReferencesReadAlike)
                .get(0);
    }

    private static Document printed(DocumentType type, Field field, String value) {
        return new Document("d2", type, "printed.pdf", "test", ExtractionMethod.PDF_TEXT, 0.95,
                Map.of(field, List.of(new FieldValue(value, value,
                        new Provenance("d2", 1, null, ExtractionMethod.PDF_TEXT, 0.99, null)))), List.of(), null);
    }

    private static Document packingList(String netWeight, String invoiceNumber) {
        Provenance printed = new Provenance("d2", 1, new Box(1, 1, 2, 2), ExtractionMethod.PDF_TEXT, 0.99, null);
        return new Document("d2", DocumentType.PACKING_LIST, "pl.pdf", "test", ExtractionMethod.PDF_TEXT, 0.95,
                Map.of(Field.NET_WEIGHT, List.of(new FieldValue(netWeight, netWeight, printed)),
                        Field.INVOICE_NUMBER, List.of(new FieldValue(invoiceNumber, invoiceNumber, printed))),
                List.of(), null);
    }

    @Test
    void aReferenceWithoutItsLabelAndWithACharacterLostIsTheNumberAnotherDocumentStates() {
        // "Inv. #" read "tov. #" at 0.65 over "INV-2024-5414" at 0.37 (its last 1 lost): a MISSING_FIELD
        Document invoice = DoubtfulValues.withhold(ScannedLines.table("600:EXPORT INVOICE",
                "99:tov.@0.65 | 452:Dated",
                "101:INV-2024-5414@0.37 | 455:01/20/2024"), 0.6);
        FieldValue taken = confirmedBy(invoice, printed(DocumentType.PACKING_LIST, Field.INVOICE_NUMBER,
                "INV-2024-54141")).first(Field.INVOICE_NUMBER).orElseThrow();
        assertThat(taken.value()).isEqualTo("INV-2024-54141");
        assertThat(taken.source().assumption()).contains("one character lost");
        assertThat(confirmedBy(invoice, printed(DocumentType.PACKING_LIST, Field.INVOICE_NUMBER, "INV-2024-61141"))
                .has(Field.INVOICE_NUMBER)).as("other digits too").isFalse();
        assertThat(confirmedBy(invoice, printed(DocumentType.PACKING_LIST, Field.INVOICE_NUMBER, "INV-2024-54"))
                .all(Field.INVOICE_NUMBER)).as("two characters").isEmpty();
    }

    @Test
    void anInsuredAmountStatedTwiceIsTheReadingThatIsACustomaryCoverOfTheInvoice() {
        // "Insured Amount 32.281,00 USD" in a box and again under the goods, read "32.281,06" at 0.40 and
        // "32.281,00" at 0.47 on a degraded certificate: only the first was read for the field (a MISSING_FIELD); the
        // second is 110 % of the invoice's 29,346.00, rounded up
        Document certificate = DoubtfulValues.withhold(ScannedLines.table("447:INSURANCE CERTIFICATE",
                "101:Certificate No. | 457:Insured Amount | 810:Coverage",
                "104:347-951592-54 | 458:32.281,06@0.40 USD@0.40 | 812:All Risks",
                "186:Galvanized steel structural brackets | 1057:1.156 PCS",
                "676:Insured Amount:@0.81 | 992:32.281,00@0.47 USD@0.47"), 0.6);
        FieldValue taken = confirmedBy(certificate, printed(DocumentType.INVOICE, Field.TOTAL_AMOUNT, "29346.00"))
                .first(Field.INSURED_AMOUNT).orElseThrow();
        assertThat(taken.value()).isEqualTo("32281.00");
        assertThat(taken.source().assumption()).contains("customary cover");
        assertThat(confirmedBy(certificate, printed(DocumentType.INVOICE, Field.TOTAL_AMOUNT, "29046.00"))
                .has(Field.INSURED_AMOUNT)).as("a cover of no invoice").isFalse();
    }

    @Test
    void aLabelledReferenceReadWithoutConfidenceAndACharacterLostIsTheNumberAnotherDocumentStates() {
        // "Related Invoice No.: C/6632/25" with the number at 0.00 on a degraded declaration, the invoice's CI/6632/25
        // (its thin I lost): withheld, a MISSING_FIELD warning
        Document declaration = DoubtfulValues.withhold(ScannedLines.table("600:IMPORT DECLARATION",
                "82:B/L Number: HDMU 6479885466 | 636:Related Invoice No.: C/6632/25@0.00"), 0.6);
        FieldValue taken = confirmedBy(declaration, printed(DocumentType.INVOICE, Field.INVOICE_NUMBER,
                "CI/6632/25")).first(Field.INVOICE_NUMBER).orElseThrow();
        assertThat(taken.value()).isEqualTo("CI/6632/25");
        assertThat(confirmedBy(declaration, printed(DocumentType.INVOICE, Field.INVOICE_NUMBER, "CI/6682/25"))
                .has(Field.INVOICE_NUMBER)).as("a digit changed too").isFalse();
    }

    @Test
    void aReferenceWithoutItsLabelAndWithACharacterMoreIsTheNumberAnotherDocumentStatesWithALookAlikeLetter() {
        // "Invoice Number" read "teworce Number" at 0.35 over "CWi/7716/25" at 0.11; the declaration's "Cl/7716/25"
        // (CI/7716/25, its I read as l): one character more, once look-alike letters are made one
        Document invoice = DoubtfulValues.withhold(ScannedLines.table("600:INVOICE",
                "212:teworce@0.35 Number@0.35 | 922:invoice Date@0.88",
                "214:CWi/7716/25@0.11 | 920:02/06/2025@0.96"), 0.6);
        FieldValue taken = confirmedBy(invoice, printed(DocumentType.DECLARATION, Field.INVOICE_NUMBER,
                "Cl/7716/25")).first(Field.INVOICE_NUMBER).orElseThrow();
        assertThat(taken.value()).isEqualTo("Cl/7716/25");
        assertThat(confirmedBy(invoice, printed(DocumentType.DECLARATION, Field.INVOICE_NUMBER, "Cl/7776/25"))
                .has(Field.INVOICE_NUMBER)).as("a digit changed, read with a letter more").isFalse();
    }

    @Test
    void aCountOfPackagesWithoutItsLabelIsTakenWhereAnotherDocumentStatesIt() {
        // "Pkgs" read "Pgs" at 0.40 over "132 CTNS": a MISSING_FIELD for the declaration's package count
        Document declaration = DoubtfulValues.withhold(ScannedLines.table("600:IMPORT DECLARATION",
                "100:Currency@0.30 | 900:Pgs@0.40 | 1600:Total G.W.",
                "100:GBP | 900:132 CTNS | 1600:2 434,27 kg",
                "100:Description | 900:Quantity | 1300:Net Weight | 1600:Value",
                "100:Men's denim jeans | 900:2700 PCS | 1300:1647.40 | 1600:14 688,00"), 0.6);
        assertThat(declaration.has(Field.PACKAGE_COUNT)).as("never on its own").isFalse();
        assertThat(confirmedBy(declaration, printed(DocumentType.BILL_OF_LADING, Field.PACKAGE_COUNT, "132"))
                .first(Field.PACKAGE_COUNT)).get().extracting(FieldValue::value).isEqualTo("132");
        assertThat(confirmedBy(declaration, printed(DocumentType.BILL_OF_LADING, Field.PACKAGE_COUNT, "2700"))
                .has(Field.PACKAGE_COUNT)).as("a goods line's pieces are no packages").isFalse();
        assertThat(confirmedBy(declaration, printed(DocumentType.BILL_OF_LADING, Field.PACKAGE_COUNT, "133"))
                .has(Field.PACKAGE_COUNT)).isFalse();
    }

    @Test
    void aWeightAndAReferenceWithoutTheirLabelsAreTakenWhereAnotherDocumentStatesThem() {
        Document declaration = scannedDeclaration();
        assertThat(declaration.type()).isEqualTo(DocumentType.DECLARATION);
        assertThat(declaration.has(Field.NET_WEIGHT)).as("never on its own").isFalse();
        assertThat(declaration.has(Field.INVOICE_NUMBER)).isFalse();

        Document confirmed = confirmedBy(declaration, packingList("2607.520", "CI/5140/24"));
        assertThat(confirmed.first(Field.NET_WEIGHT)).get().satisfies(v -> {
            assertThat(v.value()).isEqualTo("2607.52");
            assertThat(v.source().assumption()).contains("no label").contains("packing list d2");
        });
        assertThat(confirmed.first(Field.INVOICE_NUMBER)).get().extracting(FieldValue::value).isEqualTo("CI/5140/24");
        assertThat(confirmed.first(Field.GROSS_WEIGHT)).get().extracting(FieldValue::value)
                .as("the labelled value stays").isEqualTo("2781.95");
    }

    @Test
    void noOtherValueOfTheDocumentIsTakenForAWeightOrReferenceStatedElsewhere() {
        Document other = confirmedBy(scannedDeclaration(), packingList("2609.10", "CI/5141/24"));
        assertThat(other.has(Field.NET_WEIGHT)).isFalse();
        assertThat(other.has(Field.INVOICE_NUMBER)).isFalse();
    }

    @Test
    void aDoubtedValueMayBeFoundElsewhereButASureOneIsNeverJoined() {
        Document declaration = printed(DocumentType.DECLARATION, Field.NET_WEIGHT, "5212.34");
        // the label read, its value doubted ("212,34" for "5.212,34"); the full value read without its label below
        Document doubted = DoubtfulValues.withhold(ScannedLines.table("600:PACKING LIST",
                "100:Total Net Wt.: | 500:212,34@0.49 Kgs",
                "100:5.212,34 KGS"), 0.6);
        assertThat(confirmedBy(doubted, declaration).all(Field.NET_WEIGHT)).extracting(FieldValue::value)
                .containsExactly("5212.34");

        // the label's value read surely enough to be kept: another weight on the page does not join it, whatever
        // others state
        Document sure = DoubtfulValues.withhold(ScannedLines.table("600:PACKING LIST",
                "100:Total Net Wt.: | 500:5.100,00@0.7 Kgs",
                "100:5.212,34 KGS"), 0.6);
        assertThat(confirmedBy(sure, declaration).all(Field.NET_WEIGHT)).extracting(FieldValue::value)
                .containsExactly("5100");
    }

    @Test
    void aTotalWhoseLabelWasLostIsTakenWhereTheDeclarationStatesIt() {
        Document invoice = DoubtfulValues.withhold(ScannedLines.table("600:COMMERCIAL INVOICE",
                "100:Invoice No.: | 500:CI/5140/24",
                "100:Tqtl Vl@0.10 | 500:32,340.80 EUR",
                "100:No. | 200:Description | 700:Qty | 900:Price | 1100:Amount",
                "100:1 | 200:Bluetooth headphones | 700:1,000 | 900:20.00 | 1100:20,000.00",
                "100:2 | 200:Power adapters | 700:640 | 900:19.282 | 1100:12,340.80"), 0.6);
        assertThat(invoice.lines()).hasSize(2);
        assertThat(invoice.has(Field.TOTAL_AMOUNT)).isFalse();
        Document declaration = printed(DocumentType.DECLARATION, Field.TOTAL_AMOUNT, "32340.80");
        assertThat(confirmedBy(invoice, declaration).first(Field.TOTAL_AMOUNT)).get()
                .extracting(FieldValue::value).isEqualTo("32340.80");
    }

    @Test
    void aBillOfLadingNumberWithItsPrefixSetApartIsOfferedWhole() {
        Document policy = DoubtfulValues.withhold(ScannedLines.table("300:MARINE CARGO INSURANCE POLICY",
                "100:gmotladngNo =@0.24 | 500:Suminswed@0.60",
                "100:HLCU 8529811603@0.00 | 500:19,292.00 EUR"), 0.6);
        Document billOfLading = printed(DocumentType.BILL_OF_LADING, Field.BL_NUMBER, "HLCU8529811603");
        assertThat(confirmedBy(policy, billOfLading).first(Field.BL_NUMBER)).get()
                .extracting(FieldValue::value).isEqualTo("HLCU 8529811603");
    }

    @Test
    void aPortWithItsLocodeUnderAMisreadLabelIsTakenWhereTheBillOfLadingNamesIt() {
        Document declaration = DoubtfulValues.withhold(ScannedLines.table("600:CUSTOMS GOODS DECLARATION",
                "100:Country of Dispatch | 700:Pat@0.55 | 1300:Port of Entry",
                "100:Germany | 700:Bremerhaven (DEBRV) | 1300:Santos, Brazil"), 0.6);
        assertThat(declaration.has(Field.PORT_OF_LOADING)).isFalse();
        Provenance printed = new Provenance("d2", 1, null, ExtractionMethod.PDF_TEXT, 0.99, null);
        Document billOfLading = new Document("d2", DocumentType.BILL_OF_LADING, "bl.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(Field.PORT_OF_LOADING,
                List.of(new FieldValue("Bremerhaven", "Bremerhaven (DEBRV)", printed)), Field.PORT_OF_DISCHARGE,
                List.of(new FieldValue("Santos", "Santos", printed))), List.of(), null);
        Document confirmed = confirmedBy(declaration, billOfLading);
        assertThat(confirmed.first(Field.PORT_OF_LOADING)).get().extracting(FieldValue::value).isEqualTo("Bremerhaven");
        assertThat(confirmed.all(Field.PORT_OF_DISCHARGE)).extracting(FieldValue::value)
                .doesNotContain("Bremerhaven");
    }

    @Test
    void aPortWithItsLocodeAfterAMisreadLabelInItsOwnSegmentIsTakenWhereAnotherDocumentNamesIt() {
        // "To:" read "Teo:" (0.73) on a degraded B/L, in one segment with its port: a false MISSING_FIELD
        Document billOfLading = DoubtfulValues.withhold(ScannedLines.table("600:OCEAN BILL OF LADING",
                "87:Loading Port: Singapore, Singapore | 640:Teo:@0.40 Santos (BRSSZ)",
                "88:Place of Delivery: SANTOS CY"), 0.6);
        assertThat(billOfLading.has(Field.PORT_OF_DISCHARGE)).isFalse();
        Provenance printed = new Provenance("d2", 1, null, ExtractionMethod.PDF_TEXT, 0.99, null);
        Document declaration = new Document("d2", DocumentType.DECLARATION, "cd.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(Field.PORT_OF_DISCHARGE,
                List.of(new FieldValue("Santos, Brazil", "Santos, Brazil", printed))), List.of(), null);
        // the port named with its country, in capitals elsewhere: the same port
        assertThat(confirmedBy(billOfLading, declaration).first(Field.PORT_OF_DISCHARGE)).get()
                .extracting(FieldValue::value).isEqualTo("Santos");
        assertThat(confirmedBy(billOfLading, printed(DocumentType.CERTIFICATE_OF_ORIGIN, Field.PORT_OF_DISCHARGE,
                "SANTOS")).has(Field.PORT_OF_DISCHARGE)).isTrue();
        assertThat(confirmedBy(billOfLading, printed(DocumentType.CERTIFICATE_OF_ORIGIN, Field.PORT_OF_DISCHARGE,
                "Santos Dumont")).has(Field.PORT_OF_DISCHARGE)).as("another place").isFalse();
        Document sentence = DoubtfulValues.withhold(ScannedLines.table("600:OCEAN BILL OF LADING",
                "87:Loading Port: Singapore, Singapore | 640:Goods shipped via Santos (BRSSZ)"), 0.6);
        assertThat(confirmedBy(sentence, declaration).has(Field.PORT_OF_DISCHARGE)).as("words, no label")
                .isFalse();
    }

    @Test
    void aCountryAloneInItsBoxUnderAnUnreadLabelIsTheOriginWhereAnotherDocumentStatesIt() {
        // "C/O" read "CIS" (0.59) on a degraded invoice, "Malaysia" alone under it: a false MISSING_FIELD
        Document invoice = DoubtfulValues.withhold(ScannedLines.table("998:EXPORT INVOICE",
                "190:Currency Code | 900:Terms of Delivery | 1612:CIS@0.59",
                "196:GBP | 906:CIF - Le Havre | 1616:Malaysia",
                "192:Port of Loading | 900:To | 1610:Terms of Payment",
                "196:Singapore, Singapore | 906:Le Havre, France | 1616:Cash against documents"), 0.6);
        assertThat(invoice.has(Field.ORIGIN_COUNTRY)).isFalse();
        assertThat(confirmedBy(invoice, printed(DocumentType.DECLARATION, Field.ORIGIN_COUNTRY, "MY"))
                .first(Field.ORIGIN_COUNTRY)).get().extracting(FieldValue::value).isEqualTo("MY");
        assertThat(confirmedBy(invoice, printed(DocumentType.DECLARATION, Field.ORIGIN_COUNTRY, "VN"))
                .has(Field.ORIGIN_COUNTRY)).as("another origin: not confirmed").isFalse();
    }

    @Test
    void twoDocumentsUnlabelledValuesConfirmNothing() {
        Document first = scannedDeclaration();
        Document second = new Document("d9", first.type(), "other.png", "test", ExtractionMethod.OCR, 0.8,
                first.fields(), List.of(), null, first.withheld());
        List<Document> both = DoubtfulValues.confirmedAcrossDocuments(List.of(first, second),
                Normalize::scannedReferencesReadAlike);
        assertThat(both).noneSatisfy(d -> assertThat(d.has(Field.NET_WEIGHT)).isTrue());
    }
}
