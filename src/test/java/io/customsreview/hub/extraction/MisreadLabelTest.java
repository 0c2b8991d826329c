package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Field;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels as OCR misreads them: found when the recogniser doubted the word, never when it read it with confidence. */
class MisreadLabelTest {

    private static Document scanned(String... lines) {
        return ScannedLines.document(lines);
    }

    @Test
    void doubtedLabelWordsWithinAnEditOrTwoAreLabels() {
        Document invoice = scanned("COMMERCIAL INVOICE",
                "lanvoice@0.3 No.: INV-2024-88891",
                "Contract Ret.@0.5 SC2583538",
                "pated@0.6 2024-05-27");
        assertThat(invoice.first(Field.INVOICE_NUMBER)).get().extracting(v -> v.value()).isEqualTo("INV-2024-88891");
        assertThat(invoice.first(Field.CONTRACT_NUMBER)).get().extracting(v -> v.value()).isEqualTo("SC2583538");
        assertThat(invoice.first(Field.DOCUMENT_DATE)).get().extracting(v -> v.value()).isEqualTo("2024-05-27");
    }

    @Test
    void aLabelWordWithAnOReadAsItsLookAlikeEIsTheLabelWordEvenReadSurely() {
        // "On Beard Date" ("Beard" at 0.94, "On" at 0.86) on a degraded B/L: the on-board date had been lost (a false
        // MISSING_FIELD)
        Document billOfLading = ScannedLines.table("300:BILL OF LADING",
                "192:On@0.86 Beard@0.94 Date | 902:Freight | 1614:No. of Original B/Ls",
                "196:July 21, 2024 | 908:FREIGHT PREPAID | 1618:3/3");
        assertThat(billOfLading.first(Field.ON_BOARD_DATE)).get().extracting(v -> v.value()).isEqualTo("2024-07-21");
        Document otherWord = ScannedLines.table("300:BILL OF LADING",
                "192:On@0.86 Beart@0.94 Date | 902:Freight | 1614:No. of Original B/Ls",
                "196:July 21, 2024 | 908:FREIGHT PREPAID | 1618:3/3");
        assertThat(otherWord.has(Field.ON_BOARD_DATE)).as("t is no look-alike of d").isFalse();
    }

    @Test
    void aLabelAfterAnUnreadFirstWordOpensItsBox() {
        // "levoce Date" ("Invoice" read at 0.00, three letters off) over "19 APR 2024" on a degraded invoice: the
        // date was lost (a MISSING_FIELD warning)
        Document invoice = ScannedLines.table("300:COMMERCIAL INVOICE",
                "83:lavoice@0.49 No. | 438:levoce@0.00 Date | 793:Purchase Onder@0.76 No.",
                "86:INV-2024-36210 | 443:19 APR 2024 | 796:VTV/2024/594@0.39");
        assertThat(invoice.first(Field.DOCUMENT_DATE)).get().extracting(v -> v.value()).isEqualTo("2024-04-19");
        Document readWord = ScannedLines.table("300:COMMERCIAL INVOICE",
                "83:lavoice@0.49 No. | 438:Delivery@0.60 Date | 793:Purchase Onder@0.76 No.",
                "86:INV-2024-36210 | 443:19 APR 2024 | 796:VTV/2024/594@0.39");
        assertThat(readWord.has(Field.DOCUMENT_DATE)).as("a word read, if doubtfully, before the date").isFalse();
    }

    @Test
    void aLongLabelWordAloneInItsBoxWithOneLetterReadAsItsLookAlikeIsTheLabel() {
        // "Vesset" (0.90) alone in its box on a degraded insurance policy: the vessel and voyage under it were lost
        // (two MISSING_FIELD warnings)
        Document policy = ScannedLines.table("300:MARINE CARGO INSURANCE POLICY",
                "202:Vesset@0.90 | 912:Loading Port | 1626:Discharge Port",
                "210:EVER GIVEN V.549S | 920:Ningbo, China | 1630:Bremerhaven, Germany");
        assertThat(policy.first(Field.VESSEL)).get().extracting(v -> v.value()).isEqualTo("EVER GIVEN");
        assertThat(policy.first(Field.VOYAGE)).get().extracting(v -> v.value()).isEqualTo("549S");
        Document otherLetter = ScannedLines.table("300:MARINE CARGO INSURANCE POLICY",
                "202:Vessem@0.90 | 912:Loading Port | 1626:Discharge Port",
                "210:EVER GIVEN V.549S | 920:Ningbo, China | 1630:Bremerhaven, Germany");
        assertThat(otherLetter.has(Field.VESSEL)).as("m is no look-alike of l").isFalse();

        // "Dated" read "Oated" (0.90) alone in its box on a degraded contract: its date was lost (a MISSING_FIELD)
        Document contract = ScannedLines.table("496:SALES CONTRACT",
                "102:Sales Contract No. | 455:Oated@0.90 | 812:Currency",
                "102:SC249737F | 459:September 30, 2024 | 814:GBP");
        assertThat(contract.first(Field.DOCUMENT_DATE)).get().extracting(v -> v.value()).isEqualTo("2024-09-30");
        Document otherWord = ScannedLines.table("496:SALES CONTRACT",
                "102:Sales Contract No. | 455:Oaten@0.90 | 812:Currency",
                "102:SC249737F | 459:September 30, 2024 | 814:GBP");
        assertThat(otherWord.has(Field.DOCUMENT_DATE)).as("two letters off").isFalse();
    }

    @Test
    void twoLettersReadAsOneGlyphInADoubtedLabelWordAreTheLabel() {
        // "Origin of Goods" read "Ongin of Goods" (r and i touching: an n), the value in the box below
        Document invoice = ScannedLines.table("300:COMMERCIAL INVOICE",
                "100:Invoice Currency | 400:Terms of Delivery | 700:Ongin@0.83 of Goods",
                "100:EUR | 400:CIF - Le Havre | 700:China");
        assertThat(invoice.first(Field.ORIGIN_COUNTRY)).get().extracting(v -> v.value()).isEqualTo("CN");
        // ... read fairly (0.91), not quite surely, as the label's first word before its other words read exactly (an
        // origin lost on a degraded invoice: a MISSING_FIELD warning)
        Document first = ScannedLines.table("300:COMMERCIAL INVOICE",
                "184:Currency | 896:Price Terms | 1604:Ongin@0.91 of Goods",
                "190:USD | 900:FOB Busan. Incoterms 2020 | 1610:Korea, Republic of");
        assertThat(first.first(Field.ORIGIN_COUNTRY)).get().extracting(v -> v.value()).isEqualTo("KR");
        Document otherWords = ScannedLines.table("300:COMMERCIAL INVOICE",
                "184:Currency | 896:Price Terms | 1604:Ongin@0.91 of Good",
                "190:USD | 900:FOB Busan. Incoterms 2020 | 1610:Korea, Republic of");
        assertThat(otherWords.has(Field.ORIGIN_COUNTRY)).as("its other words not exact").isFalse();
        Document alone = ScannedLines.table("300:COMMERCIAL INVOICE",
                "100:Invoice Currency | 400:Terms of Delivery | 700:Ongen@0.0",
                "100:EUR | 400:CIF - Le Havre | 700:Turkey");
        assertThat(alone.first(Field.ORIGIN_COUNTRY)).get().extracting(v -> v.value()).isEqualTo("TR");
        Document sure = ScannedLines.table("300:COMMERCIAL INVOICE",
                "100:Invoice Currency | 400:Terms of Delivery | 700:Ongin@0.97 of Goods",
                "100:EUR | 400:CIF - Le Havre | 700:China");
        assertThat(sure.first(Field.ORIGIN_COUNTRY)).as("read with confidence: another word").isEmpty();
    }

    @Test
    void aNoWhoseOWasReadAsAnEAfterExactLabelWordsIsTheLabel() {
        // a contract's box caption "S/C No." read "S/C Ne." (0.90): its number in the box below had been lost (a false
        // MISSING_FIELD)
        Document contract = ScannedLines.table("485:SALES CONTRACT",
                "84:S/C Ne. | 439:Date of Issue | 795:Invoice Currency",
                "+88:JP-SC-2024-3091 | 442:2024-05-03 | 796:USD");
        assertThat(contract.first(Field.CONTRACT_NUMBER)).get().extracting(v -> v.value())
                .isEqualTo("JP-SC-2024-3091");
    }

    @Test
    void aDoubtedLabelWordWhoseDoubleLWasReadAsOneTIsTheLabelNotAName() {
        // a declaration's "Seller / Exporter" read "Seter Exporter" (0.51) beside "Buyer / importer": it had been the
        // buyer's name (a false PARTY_MISMATCH)
        Document declaration = ScannedLines.table("300:IMPORT DECLARATION",
                "176:Buyer / importer@0.54 | 1242:Seter@0.51 Exporter",
                "+176:Blue Ocean Home Goods Pte. Ltd. | 1230:Silverline Imports Exports Pvt. Ltd.");
        assertThat(declaration.first(Field.BUYER)).get().extracting(v -> v.value())
                .isEqualTo("Blue Ocean Home Goods Pte. Ltd.");
        assertThat(declaration.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Silverline Imports Exports Pvt. Ltd.");
    }

    @Test
    void theShippersLoadAndCountClauseNamesNoShipper() {
        // "SHIPPER'S LOAD, STOW, COUNT AND SEAL." read "SHIPPEF R's LOAD, ..." on a degraded B/L: "SHIPPEF" taken for
        // the label and "R's LOAD" for the shipper (a false PARTY_MISMATCH)
        Document billOfLading = ScannedLines.document("BILL OF LADING",
                "SHIPPEF@0.89 R's@0.44 LOAD, STOW, COUNT AND SEAL. FREIGHT PREPAID. Received by the Carrier");
        assertThat(billOfLading.has(Field.SELLER)).isFalse();
    }

    @Test
    void anAbbreviationsOReadAsAZeroIsTheLetter() {
        // "P.O. No." read "P.0. No." over "P02681735" on a degraded invoice: the contract number was lost (a false
        // MISSING_FIELD)
        Document invoice = ScannedLines.table("300:COMMERCIAL INVOICE",
                "77:Commercial Invoice No | 430:Date | 787:P.0. No.",
                "80:CI/7852/24 | 435:03/14/2024 | 790:P02681735");
        assertThat(invoice.first(Field.CONTRACT_NUMBER)).get().extracting(v -> v.value()).isEqualTo("P02681735");
    }

    @Test
    void aUnitAfterACountIsNoMisreadLabel() {
        // "23 SETS 1006.58 kg" (0.50) in a certificate's goods table whose header was misread: "SETS" had been taken
        // for "Sellers" (two letters off) and the weight after it for the exporter (a false PARTY_MISMATCH)
        Document certificate = ScannedLines.table("300:CERTIFICATE OF ORIGIN",
                "190:3 Split air conditioner 12000 BTU | 1706:8415.10.9000 | 1984:23 SETS@0.50 1006.58 kg");
        assertThat(certificate.has(Field.SELLER)).isFalse();
        Document labelled = ScannedLines.table("300:CERTIFICATE OF ORIGIN",
                "190:Selers@0.50 Evergreat Manufacturing GmbH");
        assertThat(labelled.first(Field.SELLER)).as("a doubted label word opening its box").get()
                .extracting(v -> v.value()).isEqualTo("Evergreat Manufacturing GmbH");
    }

    @Test
    void aLabelWordWithTwoLettersReadAsOneGlyphAfterExactWordsIsTheLabelEvenWhenReadSurely() {
        // a B/L's "Port of Destination" read "Port of Destinanon" at 0.92 (t and i as an n): its port was lost
        Document billOfLading = ScannedLines.table("300:OCEAN BILL OF LADING",
                "100:Port of Loading | 800:Port of Destinanon@0.92",
                "100:Singapore (SGSIN) | 800:Rotterdam, Netherlands");
        assertThat(billOfLading.first(Field.PORT_OF_DISCHARGE)).get().extracting(v -> v.value())
                .isEqualTo("Rotterdam, Netherlands");
        Document otherWord = ScannedLines.table("300:OCEAN BILL OF LADING",
                "100:Port of Loading | 800:Port of Destinanoa@0.92",
                "100:Singapore (SGSIN) | 800:Rotterdam, Netherlands");
        assertThat(otherWord.has(Field.PORT_OF_DISCHARGE)).as("read surely, a letter more misread: another word")
                .isFalse();
    }

    @Test
    void aPortWhoseRAndTWereReadAsOneGlyphIsTheLabelNotThePort() {
        // "Loading Port" read "Loading Pon" (0.84) in a box: "Pon" had been the port of loading (a false PORT_MISMATCH)
        Document invoice = ScannedLines.table("300:COMMERCIAL INVOICE",
                "100:Loading Pon@0.84 | 500:To",
                "100:Ningbo, China | 500:Long Beach, United States");
        assertThat(invoice.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("Ningbo, China");
    }

    @Test
    void twoLettersReadAsOneGlyphAfterExactLabelWordsAreTheLabelEvenWhenReadSurely() {
        // a declaration's box caption "Country of Origin" read "Country of Ongin" at 0.88, the country below it
        Document declaration = ScannedLines.table("300:IMPORT DECLARATION",
                "100:Country of Export | 450:POL | 800:Country of Ongin@0.88",
                "100:Viet Nam | 450:Ho Chi Minh City | 800:China");
        assertThat(declaration.first(Field.ORIGIN_COUNTRY)).get().extracting(v -> v.value()).isEqualTo("CN");
        Document otherWord = ScannedLines.table("300:IMPORT DECLARATION",
                "100:Country of Export | 450:POL | 800:Country of Ongen@0.9",
                "100:Viet Nam | 450:Ho Chi Minh City | 800:China");
        assertThat(otherWord.first(Field.ORIGIN_COUNTRY)).as("read surely and a letter more: another word")
                .isEmpty();
    }

    @Test
    void aLabelWordReadJustBelowCleanPrintMayBeMisreadToo() {
        // "Port of Discharge" read "Pont of Orscharge", its first word at 0.86: the port of discharge had been lost
        Document billOfLading = ScannedLines.table("300:BILL OF LADING",
                "93:Place of Receipt | 446:POL | 801:Pont@0.86 of Orscharge@0.58",
                "95:GENOA CY | 450:Genoa, Italy | 805:Gdansk, Poland");
        assertThat(billOfLading.first(Field.PORT_OF_DISCHARGE)).get().extracting(v -> v.value()).asString()
                .startsWith("Gdansk");
        Document sure = ScannedLines.table("300:BILL OF LADING",
                "93:Place of Receipt | 446:POL | 801:Pont@0.95 of Orscharge@0.58",
                "95:GENOA CY | 450:Genoa, Italy | 805:Gdansk, Poland");
        assertThat(sure.has(Field.PORT_OF_DISCHARGE)).as("read as clean print: another word").isFalse();
    }

    @Test
    void anSsReadAsOneWInADoubtedLabelWordIsTheLabel() {
        // "Gross Wt" read "Grow Wt" in a B/L's row of column headers: no cargo description, the next column's header
        Document billOfLading = ScannedLines.table("300:BILL OF LADING",
                "100:Cargo Description | 700:Grow@0.81 Wt",
                "100:300 CTNS MEN'S DENIM JEANS | 700:16,135.49 KGS");
        assertThat(billOfLading.first(Field.DESCRIPTION)).get().extracting(v -> v.value()).asString()
                .contains("DENIM JEANS");
        assertThat(billOfLading.first(Field.GROSS_WEIGHT)).get().extracting(v -> v.value()).isEqualTo("16135.49");
    }

    @Test
    void aBoxLabelWithBothWordsOneLetterOffIsTheLabel() {
        // "Loading Port" read "Leading@0.89 Pert@0.92" alone in its box: "Pert" had been the port of loading
        Document packingList = ScannedLines.table("300:PACKING LIST",
                "100:Commercial Invoice Ref. | 870:Dated",
                "100:20366976 | 870:April 5, 2024",
                "100:Leading@0.89 Pert@0.92 | 870:Discharge Port",
                "100:YANTIAN, SHENZHEN | 870:LE HAVRE");
        assertThat(packingList.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value())
                .isEqualTo("YANTIAN, SHENZHEN");
    }

    @Test
    void aBoxLabelsShortFirstWordOneLetterOffBeforeTwoExactWordsIsTheLabel() {
        // "Port of Discharge" read "Pont@0.90 of Discharge" alone in its box on a degraded B/L: the port of discharge
        // had been lost (a false MISSING_FIELD)
        Document billOfLading = ScannedLines.table("300:BILL OF LADING",
                "100:POL | 450:Pont@0.90 of Discharge | 800:Place of Delivery",
                "100:SHANGHAI | 450:Los Angeles, United States | 800:LOS ANGELES CY");
        assertThat(billOfLading.first(Field.PORT_OF_DISCHARGE)).get().extracting(v -> v.value())
                .isEqualTo("Los Angeles, United States");
        Document oneExactWord = ScannedLines.table("300:BILL OF LADING",
                "100:POL | 450:Pont@0.90 Discharge | 800:Place of Delivery",
                "100:SHANGHAI | 450:Los Angeles, United States | 800:LOS ANGELES CY");
        assertThat(oneExactWord.all(Field.PORT_OF_DISCHARGE)).extracting(v -> v.value()).as("one word after it")
                .doesNotContain("Los Angeles, United States");
    }

    @Test
    void aLabelWordWhoseLWasReadAsAnIIsTheLabelEvenReadSurely() {
        // "Place of Unioading: Rotterdam (NLRTM)" at 0.91 on a declaration: the port of discharge had been lost
        Document declaration = scanned("IMPORT DECLARATION", "Place@0.91 of Unioading:@0.91 Rotterdam (NLRTM)");
        assertThat(declaration.first(Field.PORT_OF_DISCHARGE)).get().extracting(v -> v.value())
                .isEqualTo("Rotterdam");
        assertThat(scanned("IMPORT DECLARATION", "Place@0.91 of Unioaxing:@0.91 Rotterdam (NLRTM)")
                .has(Field.PORT_OF_DISCHARGE)).as("another letter").isFalse();
    }

    @Test
    void aShortLabelWordWhoseLWasReadAsAnIIsTheLabel() {
        // "Piace of Unloading: Barcelona, Spain" at 0.93 on a degraded declaration (a false MISSING_FIELD)
        Document declaration = scanned("IMPORT DECLARATION", "Piace@0.93 of Unloading:@0.93 Barcelona, Spain");
        assertThat(declaration.first(Field.PORT_OF_DISCHARGE)).get().extracting(v -> v.value())
                .isEqualTo("Barcelona, Spain");
    }

    @Test
    void aPortReadWithItsCapitalISmallAfterItsLabelsColonIsThePort() {
        // "Loading Port: istanbul (Ambarli) (TRAMR)" on a degraded B/L: the port of loading had been lost
        Document billOfLading = scanned("BILL OF LADING", "Loading Port:@0.85 istanbul@0.85 (Ambarli) (TRAMR)");
        assertThat(billOfLading.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value())
                .isEqualTo("Istanbul");
        // "POL: !stanbul (Ambarli), Turkey" on a declaration: its I read as an exclamation mark (a false MISSING_FIELD)
        Document declaration = scanned("CUSTOMS DECLARATION", "POL: !stanbul@0.91 (Ambarli), Turkey");
        assertThat(declaration.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value())
                .isEqualTo("Istanbul");
    }

    @Test
    void aLabelWordWithALetterReadAsATildeIsTheLabelWord() {
        // "Date of Sh~pment" (its i read as a tilde, 0.00) over a B/L's on-board date: the date had been lost (a false
        // MISSING_FIELD)
        Document billOfLading = ScannedLines.table("300:BILL OF LADING",
                "82:Date of Sh~pment@0.00 | 437:Freight Payable | 792:No. of Original B/Ls",
                "83:2024-07-03 | 440:FREIGHT PREPAID | 795:3/3");
        assertThat(billOfLading.first(Field.ON_BOARD_DATE)).get().extracting(v -> v.value()).isEqualTo("2024-07-03");
    }

    @Test
    void aDateWhoseDayWasReadWithADigitMoreIsTheOnlyDateLeavingOneOutGives() {
        // "Dated: 906 MAY 2025" (0.77, a speck read as a 9) on a degraded invoice: its date had been lost (a false
        // MISSING_FIELD)
        Document invoice = ScannedLines.table("300:COMMERCIAL INVOICE",
                "106:Invoice No: 26673760 | 658:Dated: 906@0.77 MAY 2025");
        assertThat(invoice.first(Field.DOCUMENT_DATE)).get().satisfies(v -> {
            assertThat(v.value()).isEqualTo("2025-05-06");
            assertThat(v.source().assumption()).contains("906 MAY 2025");
        });
    }

    @Test
    void aDoubtedFromWhoseFWasReadAsAPIsTheLabel() {
        // a B/L's "From" box read "Prom" at 0.82 (the F's bar read as a P's bowl): its port of loading had been lost
        Document billOfLading = ScannedLines.table("300:BILL OF LADING",
                "100:B/L No | 900:Vessel Name | 1600:Voy. No.",
                "100:HLCUS185902722 | 900:AL ZUBARA | 1600:286N",
                "100:Place of Receipt | 900:Prom@0.82 | 1600:Port of Discharge",
                "100:XIAMEN CY | 900:Xiamen, China | 1600:Genoa, Italy");
        assertThat(billOfLading.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value())
                .isEqualTo("Xiamen, China");
        Document surely = ScannedLines.table("300:BILL OF LADING",
                "100:B/L No | 900:Vessel Name | 1600:Voy. No.",
                "100:HLCUS185902722 | 900:AL ZUBARA | 1600:286N",
                "100:Place of Receipt | 900:Prom@0.95 | 1600:Port of Discharge",
                "100:XIAMEN CY | 900:Xiamen, China | 1600:Genoa, Italy");
        assertThat(surely.has(Field.PORT_OF_LOADING)).as("read surely: another word").isFalse();
        // "Frem" at 0.78 over a declaration's port of loading: a MISSING_FIELD
        Document declaration = ScannedLines.table("300:IMPORT DECLARATION",
                "100:Dispatch Country | 450:Frem@0.78 | 800:Port of Discharge",
                "100:Italy | 450:Genoa, Italy | 800:Savannah (USSAV)");
        assertThat(declaration.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("Genoa, Italy");
    }

    @Test
    void aShortLabelWithALookAlikeLetterIsTheLabelOnlyWhenDoubted() {
        // "Date" read "Bate" on a noisy scan, the value in the box below
        Document policy = ScannedLines.table("300:MARINE CARGO INSURANCE POLICY",
                "100:Number | 400:Bate@0.43 | 700:Inv. No.",
                "100:SAK 789-680984-71 | 400:07 JAN 2025 | 700:CI/2479/25");
        assertThat(policy.first(Field.DOCUMENT_DATE)).get().extracting(v -> v.value()).isEqualTo("2025-01-07");

        assertThat(scanned("COMMERCIAL INVOICE", "Bate@0.95 07 JAN 2025").has(Field.DOCUMENT_DATE))
                .as("read with confidence: another word").isFalse();
        assertThat(scanned("COMMERCIAL INVOICE", "Gate@0.40 07 JAN 2025").has(Field.DOCUMENT_DATE))
                .as("no look-alike of the D").isFalse();
        Document invoice = ScannedLines.table("300:COMMERCIAL INVOICE",
                "100:Commercial Invoice No | 453:Oate@0.80 | 810:Order / Contract No.",
                "102:CI/9811/25 | 458:16 SEP 2025 | 812:EDL/2025/507");
        assertThat(invoice.first(Field.DOCUMENT_DATE)).get().extracting(v -> v.value()).as("the D read as an O")
                .isEqualTo("2025-09-16");
    }

    @Test
    void anOfReadAsCfBetweenExactLabelWordsIsTheLabel() {
        // "Date of Shipment" read "Date cf Shipment", surely: "of" misread in a box's caption on a B/L
        Document billOfLading = ScannedLines.table("300:BILL OF LADING",
                "100:Date cf Shipment | 450:Freight Payable",
                "100:2024-06-21 | 450:FREIGHT PREPAID");
        assertThat(billOfLading.first(Field.ON_BOARD_DATE)).get().extracting(v -> v.value()).isEqualTo("2024-06-21");
        Document otherWord = ScannedLines.table("300:BILL OF LADING",
                "100:Date cd Shipment | 450:Freight Payable",
                "100:2024-06-21 | 450:FREIGHT PREPAID");
        assertThat(otherWord.first(Field.ON_BOARD_DATE)).as("cd is no look-alike of of").isEmpty();
    }

    @Test
    void anOnReadAsCnBetweenExactLabelWordsIsTheLabel() {
        // "Laden on Board" read "Laden cn Board" at 0.95 in a box's caption on a B/L: the on-board date was lost
        Document billOfLading = ScannedLines.table("300:BILL OF LADING",
                "100:Laden cn Board | 450:Freight Payable",
                "100:23.11.2024 | 450:FREIGHT COLLECT");
        assertThat(billOfLading.first(Field.ON_BOARD_DATE)).get().extracting(v -> v.value()).isEqualTo("2024-11-23");
        Document otherWord = ScannedLines.table("300:BILL OF LADING",
                "100:Laden in Board | 450:Freight Payable",
                "100:23.11.2024 | 450:FREIGHT COLLECT");
        assertThat(otherWord.first(Field.ON_BOARD_DATE)).as("in is no look-alike of on").isEmpty();
        // "Shipped om board date" (0.69): the n's second stroke doubled into an m
        Document om = ScannedLines.table("300:BILL OF LADING",
                "99:Shipped om@0.69 board date | 455:Freight",
                "101:26 JUL 2025 | 456:FREIGHT PREPAID");
        assertThat(om.first(Field.ON_BOARD_DATE)).get().extracting(v -> v.value()).isEqualTo("2025-07-26");
    }

    @Test
    void perSSReadWithItsPointsLostIsTheVesselsLabel() {
        // "Per S.S." read "PerSS" (0.90) over a B/L's box: the vessel ONE APUS was unread (a MISSING_FIELD)
        Document billOfLading = ScannedLines.table("300:BILL OF LADING",
                "109:B/L Number | 464:PerSS@0.90 | 818:Voyage No",
                "109:ONEY7345531806 | 465:ONE APUS | 820:971E");
        assertThat(billOfLading.first(Field.VESSEL)).get().extracting(v -> v.value()).isEqualTo("ONE APUS");
    }

    @Test
    void aDoubtedMiddleWordTwoLettersOffBetweenExactLabelWordsIsTheLabel() {
        // "On Bound Date" ("Bound" at 0.53) for On Board Date on a B/L: the on-board date was lost (MISSING_FIELD)
        Document billOfLading = ScannedLines.table("300:BILL OF LADING",
                "85:On Bound@0.53 Date | 441:Freight Term",
                "85:2025-03-14 | 441:FREIGHT PREPAID");
        assertThat(billOfLading.first(Field.ON_BOARD_DATE)).get().extracting(v -> v.value()).isEqualTo("2025-03-14");
        Document sure = ScannedLines.table("300:BILL OF LADING",
                "85:On Bound Date | 441:Freight Term",
                "85:2025-03-14 | 441:FREIGHT PREPAID");
        assertThat(sure.first(Field.ON_BOARD_DATE)).as("read surely: as printed").isEmpty();
        Document lastWordOff = ScannedLines.table("300:BILL OF LADING",
                "85:On Bound@0.53 Dace | 441:Freight Term",
                "85:2025-03-14 | 441:FREIGHT PREPAID");
        assertThat(lastWordOff.first(Field.ON_BOARD_DATE)).as("the words after it read otherwise").isEmpty();
    }

    @Test
    void anAtReadAsAiBetweenExactLabelWordsIsTheLabel() {
        // "Means of Transport at Arrival" read "... ai Arrival" at 0.70: the vessel had become "ai Arrival HMM
        // ALGECIRAS" (a false VESSEL_VOYAGE_MISMATCH)
        Document declaration = ScannedLines.table("300:IMPORT DECLARATION",
                "87:Means of Transport ai@0.70 Arrival | 442:Voyage No. | 797:Terms of Delivery",
                "90:HMM ALGECIRAS | 445:2452W | 800:EXW Istanbul");
        assertThat(declaration.first(Field.VESSEL)).get().extracting(v -> v.value()).isEqualTo("HMM ALGECIRAS");
    }

    @Test
    void aDoubtedLetterReadTwiceAfterExactLabelWordsIsTheLabel() {
        Document packingList = scanned("PACKING LIST",
                "Total N.wW.:@0.44 7 789,57 Kgs",
                "Total G.W.: 8 686,48 Kgs");
        assertThat(packingList.first(Field.NET_WEIGHT)).get().extracting(v -> v.value()).isEqualTo("7789.57");
        Document surelyRead = scanned("PACKING LIST",
                "Total N.wW.:@0.97 7 789,57 Kgs",
                "Total G.W.: 8 686,48 Kgs");
        assertThat(surelyRead.first(Field.NET_WEIGHT)).isEmpty();
    }

    @Test
    void wordsReadWithConfidenceAreTakenAsPrinted() {
        Document invoice = scanned("COMMERCIAL INVOICE",
                "Invoice No.: INV-2024-88891",
                "Contact No.: 4412345678",
                "lanvoice@0.97 No.: 99999");
        assertThat(invoice.first(Field.CONTRACT_NUMBER)).isEmpty();
        assertThat(invoice.all(Field.INVOICE_NUMBER)).extracting(v -> v.value()).containsExactly("INV-2024-88891");
    }

    @Test
    void aBoxsLabelWhoseFirstWordIsOneLetterOffIsTheLabelEvenReadSurely() {
        // "Inveice No" read at 0.91 alone in its box: the invoice number under it had been lost
        Document invoice = ScannedLines.table("500:COMMERCIAL INVOICE",
                "100:Inveice@0.91 No | 700:Dated | 1200:Sales Contract Ref",
                "100:NLA248441 | 700:24/09/2024 | 1200:SC244366B");
        assertThat(invoice.first(Field.INVOICE_NUMBER)).get().extracting(v -> v.value()).isEqualTo("NLA248441");
        Document contact = ScannedLines.table("500:COMMERCIAL INVOICE",
                "100:Contact No | 700:Dated",
                "100:4412345678 | 700:24/09/2024");
        assertThat(contact.first(Field.CONTRACT_NUMBER)).as("a word read surely, a letter short").isEmpty();
    }

    @Test
    void semicolonReadForTheColonAfterALabel() {
        Document bl = scanned("BILL OF LADING", "B/L No.; HDMU9284281927");
        assertThat(bl.first(Field.BL_NUMBER)).get().extracting(v -> v.value()).isEqualTo("HDMU9284281927");
    }

    @Test
    void aLabelReadIntoTheGoodsTableIsNoGoodsLine() {
        Document insurance = read("""
                CERTIFICATE OF INSURANCE
                Policy No.: PL-2024-5512
                Description of Goods              Quantity
                Cotton terry bath towels          1,920 PCS
                Insured Amount                    8,871.00
                """);
        assertThat(insurance.lines()).hasSize(1);
        assertThat(insurance.lines().get(0).values().get(io.customsreview.hub.domain.LineField.DESCRIPTION).value())
                .isEqualTo("Cotton terry bath towels");
    }

    @Test
    void headerWordsRunTogetherStillNameTheirColumn() {
        Document bl = read("""
                BILL OF LADING
                B/L No.: HDMU9284281927
                Container No.       Description of Goods                  TotalGross       Measurement
                EGHU2034110         138 PKGS SAID TO CONTAIN: BATH TOWELS  5,738.29 KGS     24.101 CBM
                """);
        assertThat(bl.first(Field.GROSS_WEIGHT)).get().extracting(v -> v.value()).isEqualTo("5738.29");
    }

    @Test
    void aScannedDateWithALookAlikeDigitIsTheOnlyDateItCanBeWithANote() {
        Document bl = scanned("BILL OF LADING", "Date of Shipment: 67/04/2024");
        assertThat(bl.first(Field.ON_BOARD_DATE)).get().satisfies(v -> {
            assertThat(v.value()).isEqualTo("2024-04-07");
            assertThat(v.source().assumption()).contains("67/04/2024", "no date", "2024-04-07");
        });
        assertThat(read("BILL OF LADING\nDate of Shipment: 67/04/2024\n").has(Field.ON_BOARD_DATE))
                .as("a text layer says what the document says").isFalse();
    }

    @Test
    void aLongLabelWordSplitInTwoByOcrIsTheLabelNotTheTwoWordsLabels() {
        // "Shipper (Name and Address)" read "Ship per (Name and Address)" on a clean packing list: "ship" and "per"
        // both announce the vessel, which was "per (Name and Address)" (a false VESSEL_VOYAGE_MISMATCH)
        Document packingList = ScannedLines.table("876:PACKING SPECIFICATION",
                "189:Ship per (Name and Address) | 1255:Buyer",
                "195:Pacific Rim Hardware Import & Export Co., Ltd. | 1260:Hanseatic Commerce S.p.A.",
                "195:No. 14 Xianggang Middle Road | 1257:Via Torino 157");
        assertThat(packingList.has(Field.VESSEL)).isFalse();
        assertThat(packingList.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Pacific Rim Hardware Import & Export Co., Ltd.");
        Document vessel = ScannedLines.table("876:PACKING SPECIFICATION",
                "189:Ship | 1255:Buyer",
                "195:MSC ANNA | 1260:Hanseatic Commerce S.p.A.");
        assertThat(vessel.first(Field.VESSEL)).get().extracting(v -> v.value()).isEqualTo("MSC ANNA");
    }

    @Test
    void aLabelsLaterWordSplitInTwoByOcrIsStillTheLabel() {
        // "Port of Dischar ge" heading a degraded B/L's box: the port of discharge was lost (a false MISSING_FIELD)
        Document billOfLading = ScannedLines.table("900:BILL OF LADING",
                "131:Place of Receipt | 605:POL | 1078:Port of Dischar ge",
                "134:SINGAPORE CY | 607:Singapore (SGSIN) | 1080:VALENCIA");
        assertThat(billOfLading.all(Field.PORT_OF_DISCHARGE)).extracting(v -> v.value()).containsExactly("VALENCIA");
    }

    @Test
    void aDoubtedLabelWordWithItsDoubledLetterReadAsALookAlikeIsTheLabel() {
        // "Seller" read "Setter" at 0.25 over the box of a degraded contract: the seller was taken from the signature
        // line instead, cut at the page's edge ("... Company Li"), and differed from every other document's
        Document contract = ScannedLines.table("470:SALES CONTRACT",
                "77:Setter@0.25 | 612:Buyers",
                "82:Sakura Home Goods Industrial Company Limited | 614:Atlas Distribution SAS",
                "81:302 Huaqiang North Road | 615:276 Quai de Southampton");
        assertThat(contract.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Sakura Home Goods Industrial Company Limited");
        Document sure = ScannedLines.table("470:SALES CONTRACT",
                "77:Setter@0.95 | 612:Buyers",
                "82:Sakura Home Goods Industrial Company Limited | 614:Atlas Distribution SAS");
        assertThat(sure.has(Field.SELLER)).as("a word read surely is as printed").isFalse();
        Document otherLetters = ScannedLines.table("470:SALES CONTRACT",
                "77:Semmer@0.25 | 612:Buyers",
                "82:Sakura Home Goods Industrial Company Limited | 614:Atlas Distribution SAS");
        assertThat(otherLetters.has(Field.SELLER)).as("m is no look-alike of l").isFalse();
    }

    @Test
    void aDoubtedWordWithAStopThatStartsOneLabelIsThatLabelItsLastLettersLost() {
        // "Messrs." read "Mess." (0.57) beside "Shipper" on a degraded invoice: the shipper was "Mess." (a false
        // PARTY_MISMATCH)
        Document invoice = ScannedLines.table("1018:EXPORT INVOICE",
                "220:Shipper | 1286:Mess.@0.57",
                "218:Qingdao Blue Ocean Distribution Co., Ltd. | 1288:Sunrise Commerce plc",
                "224:Room 195, Building 3, Jiangnan Avenue | 1288:Unit 388, Trafford Park");
        assertThat(invoice.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Qingdao Blue Ocean Distribution Co., Ltd.");
        assertThat(invoice.first(Field.BUYER)).get().extracting(v -> v.value()).isEqualTo("Sunrise Commerce plc");
        Document sure = ScannedLines.table("1018:EXPORT INVOICE",
                "220:Shipper | 1286:Mess.@0.95",
                "218:Qingdao Blue Ocean Distribution Co., Ltd. | 1288:Sunrise Commerce plc");
        assertThat(sure.has(Field.BUYER)).as("read surely: as printed").isFalse();
    }

    @Test
    void aThreeLetterLabelWordBetweenWordsReadExactlyWithALookAlikeLetterIsTheLabelWord() {
        // "Ocean Vessel / Voy. No" read "Ocean Vessel / Vay. No" (0.91) on a degraded B/L: the vessel was
        // "/ Vay. No ONE MINATO" (a false VESSEL_VOYAGE_MISMATCH)
        Document billOfLading = ScannedLines.table("600:BILL OF LADING",
                "196:BL Number | 906:Ocean Vessel / Vay.@0.91 No | 1616:Place of Receipt",
                "200:ONEY 4159418934 | 910:ONE MINATO / 2548W | 1622:HO CHI MINH CITY (CAT LAI) CY");
        assertThat(billOfLading.first(Field.VESSEL)).get().extracting(v -> v.value()).isEqualTo("ONE MINATO");
        assertThat(billOfLading.first(Field.VOYAGE)).get().extracting(v -> v.value()).isEqualTo("2548W");
        Document otherLetter = ScannedLines.table("600:BILL OF LADING",
                "196:BL Number | 906:Ocean Vessel / Vuy.@0.91 No | 1616:Place of Receipt",
                "200:ONEY 4159418934 | 910:ONE MINATO / 2548W | 1622:HO CHI MINH CITY (CAT LAI) CY");
        assertThat(otherLetter.first(Field.VESSEL)).get().extracting(v -> v.value())
                .as("u is no look-alike of o").isNotEqualTo("ONE MINATO");
    }

    private static Document read(String text) {
        return new RecognisingDocumentReader(ExtractionSettings.defaults()).read("d1", "scan.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test");
    }
}
