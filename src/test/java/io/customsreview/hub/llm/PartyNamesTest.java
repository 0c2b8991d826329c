package io.customsreview.hub.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PartyNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ACME Trading Co., Ltd.|Acme Trading Company Limited",
            "Ningbo Ocean Imp & Exp Co., Ltd.|NINGBO OCEAN IMPORT AND EXPORT COMPANY LIMITED",
            "Global Intl Trdg LLC|Global International Trading L.L.C.",
            "Precision Mfg Inc.|Precision Manufacturing Incorporated",
            "Société Générale de Commerce S.A.|SOCIETE GENERALE DE COMMERCE SA",
            "Fratelli Rossi S.p.A.|Fratelli Rossi SpA",
            "Van der Berg Logistics B.V.|Van Der Berg Logistics BV",
            "Maersk Line A/S|MAERSK LINE AS",
            "Tanaka Shoji K.K.|Tanaka Shoji KK",
            "Perdana Palm Oil Sdn Bhd|PERDANA PALM OIL SDN. BHD.",
            "Bharat Textiles Pvt Ltd|Bharat Textiles Private Limited",
            "Southern Cross Traders Pty Ltd|Southern Cross Traders Pty. Limited",
            "Harper & Lane LLP|Harper and Lane LLP",
            "Nordic Timber Oy|NORDIC TIMBER OY",
            "Svensk Export AB|Svensk Export Aktiebolag",
            "Hanseatic Import-Export GmbH & Co. KG|Hanseatic Import Export GmbH & Co KG",
            "Alimentos del Sur S.A. de C.V.|ALIMENTOS DEL SUR SA DE CV",
            "Müller Maschinenbau GmbH|Mueller Maschinenbau GmbH",
            "Sino-Trans Logistics Co., Ltd.|Sinotrans Logistics Co. Ltd.",
            "PT Maju Jaya Abadi|Maju Jaya Abadi, PT",
            "Smith Bros. Hardware Ltd|Smith Brothers Hardware Limited",
            // "Sp. z o.o." as OCR reads it: o read as 0, or one o read as two glyphs
            "Acme Home Goods Sp. z.0o.0.|Acme Home Goods Sp. z o.o.",
            "MERIDIAN LOGISTICS SP. Z.0.0O.|Meridian Logistics Sp. z 0.0.",
            "MERIDIAN LOGISTICS SP. Z.O.0O.|Meridian Logistics Sp. z o.o.",
            "Nordwind Hardware Sp. Zz 0.0.|Nordwind Hardware Sp. z 0.0.",
            // its z read as a 2
            "Silverline Electronics Sp. 2.0.0.|Silverline Electronics Sp. z o.o.",
            // "S.r.l." as OCR reads it: its l as a capital I, or as a 1 and an l (one glyph read as two)
            "Atlas Trading S.r.I.|Atlas Trading S.r.l.",
            "Atlas Trading S.r.1l.|Atlas Trading S.r.I.",
    })
    void formattingAloneIsTheSameName(String first, String second) {
        assertThat(PartyNames.sameName(first, second)).as("%s = %s", first, second).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aPolishLlcWithItsZReadAsATwoIsReadAlikeOnAScan() {
        assertThat(PartyNames.readAlike("Silvertine Electronics Sp. 2.0.0.", "Silverline Electronics Sp. z 0.0."))
                .isTrue();
        assertThat(PartyNames.readAlike("Silverline Electronics Sp. 2.0.0.", "Silverline Electronics GmbH"))
                .as("another legal form").isFalse();
    }

    @org.junit.jupiter.api.Test
    void aWrittenOutFormWithALetterOfOneWordMisreadIsReadAlike() {
        // "Acme Supply Jeint Stock Company" as the seller on a degraded contract: its form not told, "jeint stock" was
        // the name's (a false PARTY_MISMATCH against five documents)
        assertThat(PartyNames.readAlike("Acme Supply Jeint Stock Company", "Acme Supply Joint Stock Company"))
                .isTrue();
        assertThat(PartyNames.readAlike("Acme Supply Jeint Stock Company", "Acme Supply GmbH"))
                .as("another legal form").isFalse();
        assertThat(PartyNames.readAlike("Acme Supply Jeint Steck Company", "Acme Supply Joint Stock Company"))
                .as("two words misread").isFalse();
    }

    @org.junit.jupiter.api.Test
    void aPolishLlcWithAnOReadAsANineIsReadAlikeOnAScan() {
        // "Onient Star Commerce Sp. z 0.9." as the buyer on a degraded contract: its form not told, "onient" was one
        // of five words apart (a false PARTY_MISMATCH against four documents)
        assertThat(PartyNames.readAlike("Onient Star Commerce Sp. z 0.9.", "Orient Star Commerce Sp. z 0.0."))
                .isTrue();
        assertThat(PartyNames.readAlike("Onient Star Commerce Sp. z 0.9.", "Orient Star Commerce GmbH"))
                .as("another legal form").isFalse();
    }

    @org.junit.jupiter.api.Test
    void aWrittenOutFormWithTheNextOneCutToTwoLettersIsReadAlike() {
        // "THE SELLER: ATLAS GLOBAL SOURCING COMPANY LI" signing a degraded contract, LIMITED's other letters lost
        // (a false PARTY_MISMATCH against "Atlas Global Sourcing Co., Ltd." on five documents)
        assertThat(PartyNames.readAlike("ATLAS GLOBAL SOURCING COMPANY LI", "Atlas Global Sourcing Co., Ltd."))
                .isTrue();
        assertThat(PartyNames.readAlike("ATLAS GLOBAL SOURCING COMPANY XU", "Atlas Global Sourcing Co., Ltd."))
                .as("no form begins so").isFalse();
        assertThat(PartyNames.readAlike("ATLAS GLOBAL SOURCING HOLDING LI", "Atlas Global Sourcing Co., Ltd."))
                .as("another word before it").isFalse();
    }

    @org.junit.jupiter.api.Test
    void touchingLettersReadAsOneAreReadAlike() {
        // "Rialto Industnes Sp. z 0.0." on a degraded invoice: "ri" read as one "n" (a false PARTY_MISMATCH)
        assertThat(PartyNames.readAlike("Rialto Industnes Sp. z 0.0.", "Rialto Industries Sp. z.0.o.")).isTrue();
        assertThat(PartyNames.readAlike("Harbour Modem Traders Ltd", "Harbour Modern Traders Ltd")).isTrue();
        assertThat(PartyNames.readAlike("Rialto Indus Partners Ltd", "Rialto Industries Ltd")).as("other words")
                .isFalse();
        // "Adas Logistics Co., Ltd." and "Auas Hardware B.V." for Atlas on two degraded scans: "tl" read as one glyph
        assertThat(PartyNames.readAlike("Adas Logistics Co., Ltd.", "Atlas Logistics Co., Ltd.")).isTrue();
        assertThat(PartyNames.readAlike("Auas Hardware B.V.", "Atlas Hardware B.V.")).isTrue();
        assertThat(PartyNames.readAlike("Adams Hardware B.V.", "Atlas Hardware B.V.")).as("a letter more and another")
                .isFalse();
        assertThat(PartyNames.readAlike("Ada Logistics Co., Ltd.", "Atlas Logistics Co., Ltd."))
                .as("two letters lost").isFalse();
    }

    @org.junit.jupiter.api.Test
    void oneShortLegalFormMisreadDifferentlyOnTwoScansIsReadAlike() {
        // "Rialto Trading Sil." on a degraded declaration, "Rialto Trading S.r.I." on a contract: both S.r.l. (a false
        // PARTY_MISMATCH; either against "S.r.l." was already forgiven)
        assertThat(PartyNames.readAlike("Rialto Trading Sil.", "Rialto Trading S.r.I.")).isTrue();
        assertThat(PartyNames.readAlike("Rialto Trading S.r.I.", "Rialto Trading Sil.")).isTrue();
        assertThat(PartyNames.readAlike("Rialto Textile Sil.", "Rialto Trading S.r.I.")).as("another name").isFalse();
        assertThat(PartyNames.readAlike("Rialto Trading Sil.", "Rialto Trading Pta.")).as("misreadings of two forms")
                .isFalse();
    }

    @org.junit.jupiter.api.Test
    void aTurkishLegalFormMisreadOnAScanIsNoSaint() {
        // "Anatolia Trading Lid. St." on a degraded contract for "Ltd. Şti.": "St." ending a name had been read as
        // "Saint", a word of the name's core (a false PARTY_MISMATCH)
        assertThat(PartyNames.readAlike("Anatolia Trading Lid. St.", "Anatolia Trading Ltd. Sti.")).isTrue();
        assertThat(PartyNames.readAlike("Anatolia Trading Ltd. Sti.", "Anatolia Trading Lid. St.")).isTrue();
        assertThat(PartyNames.readAlike("Anatolia Textile Lid. St.", "Anatolia Trading Ltd. Sti.")).as("another name")
                .isFalse();
        assertThat(PartyNames.parse("St. Lawrence Shipping Ltd").core()).as("a saint before a name")
                .containsExactly("saint", "lawrence", "shipping");
    }

    @org.junit.jupiter.api.Test
    void aWordOfTheOtherNameSplitInTwoByAScanIsReadAlike() {
        // "Greenfield Indus tries Co., Ltd." on a degraded packing list: "Indus" had been taken for the abbreviation
        // of "Industrial" (a false PARTY_MISMATCH)
        assertThat(PartyNames.readAlike("Greenfield Indus tries Co., Ltd.", "Greenfield Industries Co., Ltd."))
                .isTrue();
        assertThat(PartyNames.readAlike("Greenfield Industries Co., Ltd.", "Greenfield Indus tries Co., Ltd."))
                .isTrue();
        assertThat(PartyNames.readAlike("Greenfield Tex tiles Co., Ltd.", "Greenfield Industries Co., Ltd."))
                .as("another word split").isFalse();
        // "Redwood Supply Pte. L td." on a degraded B/L: a legal form split (a false PARTY_MISMATCH)
        assertThat(PartyNames.readAlike("Redwood Supply Pte. L td.", "Redwood Supply Pte. Ltd.")).isTrue();
        assertThat(PartyNames.readAlike("Redwood Supply Pte. L td.", "Redwood Supply GmbH")).as("another form")
                .isFalse();
    }

    @org.junit.jupiter.api.Test
    void aLegalFormCutShortOrMisreadOnAScanIsReadAlike() {
        assertThat(PartyNames.readAlike("XIAMEN EVERGREAT TEXTILES INDUSTRIAL COMPAN",
                "Xiamen Evergreat Textiles Industrial Company Limited")).as("cut by the page's edge").isTrue();
        assertThat(PartyNames.readAlike("XIAMEN EVERGREAT TEXTILES INDUSTRIAL COMPAI",
                "Xiamen Evergreat Textiles Industrial Company Limited")).as("the cut glyph read as another").isTrue();
        assertThat(PartyNames.readAlike("GOLDEN BRIDGE HARDWARE PRIVATE LIN ITED",
                "Golden Bridge Hardware Private Limited")).as("its m read as 'n i'").isTrue();
        assertThat(PartyNames.readAlike("Sunrise Manufacturing Industrial Company Lirnited",
                "Sunrise Manufacturing Industrial Co., Ltd.")).as("its m read as 'rn'").isTrue();
        assertThat(PartyNames.readAlike("Jade River Supply Industrial Company Limitecl",
                "Jade River Supply Industrial Co., Ltd.")).as("its d read as 'cl'").isTrue();
        assertThat(PartyNames.readAlike("Greenfield Manufacturing Joint Stock Compar",
                "Greenfield Manufacturing Joint Stock Company")).as("a form of three words cut by the edge").isTrue();
        assertThat(PartyNames.readAlike("Greenfield Manufacturing Joint Stock Compar", "GREENFIELD MANUFACTURING JSC"))
                .as("the same form abbreviated").isTrue();
        assertThat(PartyNames.readAlike("Greenfield Manufacturing Joint Venture Partners",
                "Greenfield Manufacturing Joint Stock Company")).as("other words after 'Joint'").isFalse();
        assertThat(PartyNames.readAlike("RIALTO MANUFACTURING EXPORTS PRIVATE LIMITEL",
                "RRALTO MANUFACTURING EXPORTS PRIVATE LIMITED")).as("a letter misread in each").isTrue();
        assertThat(PartyNames.readAlike("RIALTO MANUFACTURING EXPORTS PRIVATE LIMITEL",
                "SOLANO TEXTILE EXPORTS PRIVATE LIMITED")).as("another company").isFalse();
        assertThat(PartyNames.readAlike("XIAMEN EVERGREAT TEXTILES INDUSTRIAL COMPONENTS",
                "Xiamen Evergreat Textiles Industrial Company Limited")).as("another word, not a remnant").isFalse();
        assertThat(PartyNames.readAlike("GOLDEN BRIDGE HARDWARE PRIVATE LIMITED",
                "Golden Bridge Hardware Trading Private Limited")).as("a word more").isFalse();
        assertThat(PartyNames.readAlike("Rialto Electronics Pre. Led.", "Rialto Electronics Pte. Ltd."))
                .as("a letter misread in each short form").isTrue();
        assertThat(PartyNames.readAlike("Rialto Electronics Pre. Led.", "Rialto Electronics Trading"))
                .as("another word").isFalse();
        assertThat(PartyNames.readAlike("Rialto Electronics Ore Med", "Rialto Electronics Pte. Ltd."))
                .as("two letters misread in a short form: words").isFalse();
        assertThat(PartyNames.readAlike("NORDWIND MANUFACTURING EXPORTS RIVATE LIN",
                "Nordwind Manufacturing Exports Pvt. Ltd.")).as("a form's first letter lost, the next cut").isTrue();
        assertThat(PartyNames.readAlike("NORDWIND MANUFACTURING EXPORTS RIVATE LINCOLN",
                "Nordwind Manufacturing Exports Pvt. Ltd.")).as("a word after the form").isFalse();
    }

    @org.junit.jupiter.api.Test
    void aLongLegalWordWithOneLetterMisreadIsReadAlike() {
        assertThat(PartyNames.readAlike("Delta Electronics Handelsgeselischaft mbH", "Delta Electronics Handels GmbH"))
                .as("its ll read as 'li'").isTrue();
        assertThat(PartyNames.readAlike("Delta Electronics Handelsgeselischaft mbH", "Delta Electronics Trading GmbH"))
                .as("another word").isFalse();
        assertThat(PartyNames.readAlike("SAKURA DISTRIBUTION HANDELSGESELL ISCHAFT MBI",
                "Sakura Distribution Handels GmbH")).as("split in two, and the form's end misread").isTrue();
    }

    @org.junit.jupiter.api.Test
    void anSReadAsADollarSignIsReadAlikeOnAScan() {
        assertThat(PartyNames.readAlike("Meridian Commence $.A.S.", "Meridian Commerce S.A.S.")).isTrue();
        assertThat(PartyNames.readAlike("Meridian Commerce $.A.S.", "Meridian Commerce GmbH"))
                .as("another legal form").isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme Trading Co|Apex Trading Co",
            "Shenzhen Huaxin Electronics Co., Ltd.|Shenzhen Huaxing Electronics Co., Ltd.",
            "Acme GmbH|Acme Inc.",
            "Johnson & Sons Ltd|Johnston & Sons Ltd",
            "Bosch GmbH|Robert Bosch GmbH",
    })
    void differentNamesStayDifferent(String first, String second) {
        assertThat(PartyNames.sameName(first, second)).as("%s <> %s", first, second).isFalse();
    }

    /** OCR can leave a party box holding commas only: no name, and no exception */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {",", ",,", " , "})
    void commasAloneAreNoName(String text) {
        assertThat(PartyNames.parse(text).isEmpty()).isTrue();
    }

    @Test
    void addressTailOfACapturedPartyBlockIsDropped() {
        String name = "Acme Trading Co., Ltd.";
        assertThat(PartyNames.sameName(name, "ACME TRADING CO., LTD., 12 Harbour Road, Shenzhen, China")).isTrue();
        assertThat(PartyNames.sameName(name, "ACME TRADING CO LTD\nRoom 1203, Tower B\nShenzhen 518000")).isTrue();
        assertThat(PartyNames.sameName(name, "Acme Trading Co. Ltd. Add: No. 8 Jianshe Road, Guangzhou")).isTrue();
        assertThat(PartyNames.sameName(name, "Acme Trading Co Ltd Tel: +86 755 1234 5678")).isTrue();
        assertThat(PartyNames.sameName(name, "Acme Trading Co Ltd 88 Nanhai Avenue Shenzhen")).isTrue();
    }

    @Test
    void normalisedFormListsCoreThenLegalForms() {
        assertThat(PartyNames.normalise("ACME Trading Co., Ltd.")).isEqualTo("acme trading co ltd");
        assertThat(PartyNames.parse("Acme Trading Company Limited").legalForms()).containsExactlyInAnyOrder("CO",
                "LTD");
        assertThat(PartyNames.parse("3M Company").core()).containsExactly("3m");
        assertThat(PartyNames.parse("Silk Road Trading Co").core()).containsExactly("silk", "road", "trading");
    }

    @Test
    void aClosingLtdReadAsLidIsTheLegalForm() {
        assertThat(PartyNames.sameName("Silverline Imports Pte. Ltd.", "Silverline Imports Pte. Lid.")).isTrue();
        assertThat(PartyNames.sameName("Silverline Imports Pte. Ltd.", "Silverline Imports Pte. 1td")).isTrue();
        assertThat(PartyNames.parse("Smart Lid Systems Ltd.").core()).contains("lid");
    }

    @Test
    void nothingToCompareIsNotTheSameName() {
        assertThat(PartyNames.sameName(null, "Acme")).isFalse();
        assertThat(PartyNames.sameName("", "")).isFalse();
    }
}
