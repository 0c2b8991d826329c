package io.customsreview.hub.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ValueParsersTest {

    /** text read next to a label can be nothing but punctuation: it gives no value, and never an exception */
    @ParameterizedTest
    @ValueSource(strings = {"(", ";", "  ", ":", "()", ")(", ",", ",,", ", ,"})
    void punctuationAloneIsNoValue(String text) {
        assertThat(ValueParsers.place(text)).isEmpty();
        assertThat(ValueParsers.party(text)).isEmpty();
        assertThat(ValueParsers.reference(text)).isEmpty();
        assertThat(Incoterms.find(text)).isEmpty();
        assertThat(ValueParsers.vessel(text).voyage()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"IMPORT DECLARATION", "Customs Import Declaration", "COMMERCIAL INVOICE", "Bill of Lading",
            "Comugnire (Name and Address)"})
    void aDocumentsTitleOrAFormsCaptionIsNoParty(String text) {
        assertThat(ValueParsers.party(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aCompanyNamedLikeATradeIsAParty() {
        assertThat(ValueParsers.party("Import Export Trading Co., Ltd.")).contains("Import Export Trading Co., Ltd.");
    }

    /** the name's line lost on a scan, the address line under the party's label is no name */
    @ParameterizedTest
    @ValueSource(strings = {"183 Commerce Street", "Lot 120, VSIP industrial Park", "40 Industrial Parkway",
            "12B Harbour Rd."})
    void anAddressLineIsNoParty(String text) {
        assertThat(ValueParsers.party(text)).isEmpty();
    }

    /** "Sold To" misread beside another party's label ("Consignor  Soki To") is no name */
    @ParameterizedTest
    @ValueSource(strings = {"Soki To", "Ship To", "Consigned To:", "Sold Te", "Ship T0", "Bill Io", "Seld Te"})
    void aLabelEndingInToIsNoParty(String text) {
        assertThat(ValueParsers.party(text)).isEmpty();
    }

    /** a name whose last word is short is still a name: only a party label's first word makes "To" misread */
    @ParameterizedTest
    @ValueSource(strings = {"Sino Te", "Ship Co", "Sold Tech Ltd"})
    void aShortLastWordAfterAnotherWordIsStillAParty(String text) {
        assertThat(ValueParsers.party(text)).contains(text);
    }

    @org.junit.jupiter.api.Test
    void aNameOpeningWithFiguresIsStillAParty() {
        assertThat(ValueParsers.party("3M Company")).contains("3M Company");
        assertThat(ValueParsers.party("21st Century Street Foods Ltd.")).contains("21st Century Street Foods Ltd.");
        assertThat(ValueParsers.party("7-Eleven Inc.")).contains("7-Eleven Inc.");
    }

    @org.junit.jupiter.api.Test
    void aBlockNumberAndItsDistrictAreAnAddressNoParty() {
        // "144-1 Umeda, Kita-ku" under a buyer's label whose name line the scan lost: a false PARTY_MISMATCH
        assertThat(ValueParsers.party("144-1 Umeda, Kita-ku")).isEmpty();
        assertThat(ValueParsers.party("40-2-1 Minato Mirai, Nishi-ku")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aStreetAddressIsNoPartysName() {
        // "321 Raffles Place, #12-01" under a packing list's buyer label, the name's line unread: a false
        // PARTY_MISMATCH
        assertThat(ValueParsers.party("321 Raffles Place, #12-01")).isEmpty();
        assertThat(ValueParsers.party("12 Harbour Way")).isEmpty();
        assertThat(ValueParsers.party("Raffles Place Trading Pte. Ltd.")).contains("Raffles Place Trading Pte. Ltd.");
    }

    @org.junit.jupiter.api.Test
    void aReferenceAfterASpeckReadAsACommaBeforeTheColonIsRead() {
        // "Invoice No,: EGS243175" on a degraded scan (a speck read as a comma): the invoice number had been lost (a
        // false MISSING_FIELD)
        assertThat(ValueParsers.reference(",: EGS243175")).contains("EGS243175");
        assertThat(invoice("COMMERCIAL INVOICE\nInvoice No,: EGS243175\n").first(
                io.customsreview.hub.domain.Field.INVOICE_NUMBER)).get().extracting(v -> v.value()).isEqualTo("EGS243175");
    }

    @org.junit.jupiter.api.Test
    void aSpeckReadAsAMarkBesideAReferencesSlashIsNoPartOfIt() {
        // "EEG/2025/927" read "EEG/2025;/927" (0.49) under a degraded purchase order's "PO. No": its number had been
        // lost (a false MISSING_FIELD)
        assertThat(ValueParsers.reference("EEG/2025;/927")).contains("EEG/2025/927");
        assertThat(ValueParsers.reference("EEG/2025/,927")).contains("EEG/2025/927");
        assertThat(ValueParsers.reference("EEG/2025; 927")).as("no slash").contains("EEG/2025");
    }

    @org.junit.jupiter.api.Test
    void aReferencesCapitalSReadAsADollarSignIsAnS() {
        // "SSC251343" read "$$C251343" on a clean scan of a certificate: its invoice number had been lost (a false
        // MISSING_FIELD); a dollar sign before digits is an amount's, no reference's letter
        assertThat(ValueParsers.reference("$$C251343")).contains("SSC251343");
        assertThat(ValueParsers.reference("$1200")).isEmpty();
        // "CI/3926/25" read "€1/3926/25" at 0.49 (the C as a euro sign): no amount has a slash after its digits
        assertThat(ValueParsers.reference("€1/3926/25")).contains("C1/3926/25");
        assertThat(ValueParsers.reference("€1200")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aReferencesEightReadTwiceAlsoAsAnAmpersandIsOneEight() {
        // "B/L Number: ONEY8&430991046" (0.31) on a degraded declaration for ONEY 8430991046: its B/L number had been
        // lost (a false MISSING_FIELD)
        assertThat(ValueParsers.reference("ONEY8&430991046")).contains("ONEY8430991046");
        assertThat(ValueParsers.reference("MEDU &8123456")).contains("MEDU 8123456");
        assertThat(ValueParsers.reference("12&34")).as("no 8 beside it").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aReferencesSAndCReadAsCurrencySignsAreLetters() {
        // "Contract Ret.: $€242090D" (0.68) on a degraded declaration for SC242090D: its contract number had been
        // lost (a false MISSING_FIELD)
        assertThat(ValueParsers.reference("$€242090D")).contains("SC242090D");
        assertThat(ValueParsers.reference("€242090")).as("a euro sign before digits alone: an amount's").isEmpty();
        // "$C€245252C" (0.49) on a clean declaration for SC245252C: its C read twice, once as a euro sign (a false
        // MISSING_FIELD)
        assertThat(ValueParsers.reference("$C€245252C")).contains("SC245252C");
    }

    @org.junit.jupiter.api.Test
    void aReferencesSlashReadAsABackslashIsASlash() {
        // "Invoice Reference: Cl\/6094/25" (0.23) on a degraded packing list for CI/6094/25: the slash read twice,
        // once as a backslash — its invoice reference had been lost (a false MISSING_FIELD)
        assertThat(ValueParsers.reference("Cl\\/6094/25")).contains("Cl/6094/25");
        assertThat(ValueParsers.reference("CI\\6094\\25")).contains("CI/6094/25");
    }

    @org.junit.jupiter.api.Test
    void aReferencesCapitalIReadAsABarIsAnI() {
        // "Invoice Reference: S|I248758" (0.15) on a degraded packing list for SII248758: its invoice reference had
        // been lost (a false MISSING_FIELD)
        assertThat(ValueParsers.reference("S|I248758")).contains("SII248758");
        assertThat(ValueParsers.reference("| 12345")).as("a bar standing alone: a box's edge").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aSpeckReadAsAColonBetweenAReferencesLettersAndDigitsIsNoPartOfIt() {
        // "Order / Contract No.: SC:246990B" (0.26) on a degraded invoice for SC246990B: no contract number had been
        // read at all (a false MISSING_FIELD; the contract and declaration state SC246990B)
        assertThat(ValueParsers.reference("SC:246990B")).contains("SC246990B");
        assertThat(ValueParsers.reference("Ref:12345")).as("a label before its value").contains("12345");
        assertThat(ValueParsers.reference("12:30")).as("digits either side: a time, no reference").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aReferenceAfterANoReadAsAnotherWordIsRead() {
        // "Invoice Na.: Cl/9690/25" on a degraded scan: "Na" had been kept as the number's first part, and the
        // insurance's CI/9690/25 differed from it (a false INVOICE_NUMBER_MISMATCH)
        assertThat(ValueParsers.reference("Na.: Cl/9690/25")).contains("Cl/9690/25");
        assertThat(ValueParsers.reference("Mo.: EGS243175")).contains("EGS243175");
        assertThat(ValueParsers.reference("NA 5512 07")).as("no colon: the reference's own letters")
                .contains("NA 5512 07");
        assertThat(invoice("COMMERCIAL INVOICE\nInvoice Na.: Cl/9690/25\n").first(
                io.customsreview.hub.domain.Field.INVOICE_NUMBER)).get().extracting(v -> v.value())
                .isEqualTo("Cl/9690/25");
    }

    @org.junit.jupiter.api.Test
    void aShipsPrefixBeforeItsNameIsNoPartOfTheName() {
        // "Per Conveyance S.S.: AL ZUBARA V.643W" on a digital insurance policy: the vessel had been "S.S.: AL ZUBARA"
        assertThat(ValueParsers.vessel("S.S.: AL ZUBARA V.643W"))
                .isEqualTo(new ValueParsers.VesselVoyage("AL ZUBARA", "643W"));
        assertThat(ValueParsers.vessel("M/V MAERSK ESSEN").vessel()).isEqualTo("MAERSK ESSEN");
        assertThat(ValueParsers.vessel("MSC GULSUN").vessel()).isEqualTo("MSC GULSUN");
        // "S.S." read "$8." on a degraded policy: the vessel had been withheld with the prefix's doubt
        assertThat(ValueParsers.vessel("$8. AL ZUBARA").vessel()).isEqualTo("AL ZUBARA");
        assertThat(ValueParsers.vessel("5.S. AL ZUBARA V.643W").vessel()).isEqualTo("AL ZUBARA");
        // "Per $.5S." over "EVER GIVEN V.2505W": a speck read between its letters (a false VESSEL_VOYAGE_MISMATCH)
        assertThat(ValueParsers.vessel("$.5S. EVER GIVEN V.2505W").vessel()).isEqualTo("EVER GIVEN");
        assertThat(ValueParsers.shipPrefixOnly("$.5S.")).isTrue();
    }

    private static io.customsreview.hub.domain.Document invoice(String text) {
        return new RecognisingDocumentReader(ExtractionSettings.defaults()).read("d1", "scan.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test");
    }

    @org.junit.jupiter.api.Test
    void aReferenceThatStartsWithAnIncotermsLettersIsNoTerm() {
        // "Invoice No. CIP241368 ... on CFR HAMBURG": the invoice number had been read as the term CIP, on the
        // digital document as on its scans (a false INCOTERMS_MISMATCH and a false MISSING_DOCUMENT for insurance)
        assertThat(Incoterms.find("under Invoice No. CIP241368 and Contract No. SC247781A, on CFR HAMBURG"))
                .get().isEqualTo(new Incoterms.Term("CFR", "HAMBURG"));
        assertThat(Incoterms.find("Invoice No. FOB-2024-113 of 2024-05-02")).isEmpty();
        assertThat(Incoterms.find("Terms: 2024 FOB Ningbo")).get().isEqualTo(new Incoterms.Term("FOB", "Ningbo"));
    }

    @org.junit.jupiter.api.Test
    void anIncotermWhoseFWasReadAsAnEIsTheTerm() {
        // "CER Singapore, Incoterms 2020" on a degraded invoice: the F's lower bar lost (a false MISSING_FIELD)
        assertThat(Incoterms.find("CER Singapore, Incoterms 2020")).get()
                .isEqualTo(new Incoterms.Term("CFR", "Singapore"));
        assertThat(Incoterms.find("EOB Ningbo")).get().isEqualTo(new Incoterms.Term("FOB", "Ningbo"));
        assertThat(Incoterms.find("DUPONT ET CIE")).as("no term's F is its last letter read so").isEmpty();
        assertThat(Incoterms.find("CEX Singapore")).as("no term").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anIncotermWhoseFWasReadAsAPIsTheTerm() {
        // "CPR ROTTERDAM (INCOTERMS(R) 2020" on a degraded invoice: the F read as a P (a false MISSING_FIELD)
        assertThat(Incoterms.find("CPR ROTTERDAM (INCOTERMS(R) 2020")).get()
                .isEqualTo(new Incoterms.Term("CFR", "ROTTERDAM"));
        assertThat(Incoterms.find("POB Ningbo")).get().isEqualTo(new Incoterms.Term("FOB", "Ningbo"));
        assertThat(Incoterms.find("CIP Hamburg")).as("a term with a P stays").get()
                .isEqualTo(new Incoterms.Term("CIP", "Hamburg"));
        assertThat(Incoterms.find("CPT Hamburg")).get().isEqualTo(new Incoterms.Term("CPT", "Hamburg"));
    }

    @org.junit.jupiter.api.Test
    void anIncotermWhoseLastLetterWasReadTwiceIsTheTerm() {
        assertThat(Incoterms.find("EXwW Shanghai")).get().isEqualTo(new Incoterms.Term("EXW", "Shanghai"));
        assertThat(Incoterms.find("EXwS Shanghai")).isEmpty(); // another letter: no term
    }

    @org.junit.jupiter.api.Test
    void anIncotermWhoseLastLetterWasReadInLowerCaseIsTheTerm() {
        assertThat(Incoterms.find("EXw Yokohama, Incoterms 2020")).get()
                .isEqualTo(new Incoterms.Term("EXW", "Yokohama"));
        assertThat(Incoterms.find("USd Yokohama")).as("no code").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anIncotermWithALetterReadInLowerCaseIsTheTerm() {
        // "CIF Santos" on a worn scan: its I read as an i
        assertThat(Incoterms.find("CiF Santos, Incoterms 2020")).get().isEqualTo(new Incoterms.Term("CIF", "Santos"));
        assertThat(Incoterms.find("C!P Santos")).get().isEqualTo(new Incoterms.Term("CIP", "Santos"));
        assertThat(Incoterms.find("C1F Hamburg")).get().isEqualTo(new Incoterms.Term("CIF", "Hamburg"));
        assertThat(Incoterms.find("FoB Ningbo")).get().isEqualTo(new Incoterms.Term("FOB", "Ningbo"));
        assertThat(Incoterms.find("DaX Ningbo")).as("no term in capitals").isEmpty();
    }

    /** counts in a table cell as OCR reads them */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "6, 200 PCS|6200", "1,060 PRS|1060", "6 000 PCS|6000", "320 PCS|320", "(120) ctns|120",
            "800 SETS 3 574,39 4 073,24|800", "7OPRS|70", "1O0 PCS|100", "2OO CTNS|200",
            "7Q PCS 70 CARTONS|70", // a zero with a speck at its foot read as a Q (a false QUANTITY_MISMATCH of 7)
            "1SSETS|15", "1SPCS|15",  // a 5 set against its unit read as an S (a false QUANTITY_MISMATCH of 1)
            "S3/SETS|53", "S3 SETS|53", "S3|53", // a leading 5 read as an S (a false QUANTITY_MISMATCH of 3)
            "-1,800|1800"}) // a speck or a rule read as a dash before it: nothing is counted below zero
    void countsReadFromScans(String cell, String count) {
        assertThat(ValueParsers.count(cell, Numbers.DecimalStyle.POINT)).get()
                .satisfies(c -> assertThat(c.count()).isEqualByComparingTo(count));
    }

    /** "4 6600 PCS": no count can be told from digits that make no number; the first digit alone is none */
    @org.junit.jupiter.api.Test
    void digitsThatMakeNoNumberAreNoCount() {
        assertThat(ValueParsers.count("4 6600 PCS", Numbers.DecimalStyle.POINT)).isEmpty();
        assertThat(ValueParsers.count("NH . 000 PCS", Numbers.DecimalStyle.POINT)).isEmpty(); // "9,000" half lost
        // "1 @60 PCS" for 1 060 on a scanned contract, the group's zero read as an at sign: not 1
        assertThat(ValueParsers.count("1 @60 PCS", Numbers.DecimalStyle.COMMA)).get()
                .satisfies(c -> assertThat(c.count()).isEqualByComparingTo("1060"));
        // "2,/60 KGS" for 2,760 on a scanned insurance policy, its 7 read as a slash: not 2 (a false QUANTITY_MISMATCH)
        assertThat(ValueParsers.count("2,/60 KGS 46 PACKAGES", Numbers.DecimalStyle.POINT)).isEmpty();
        assertThat(ValueParsers.count("176/PCS", Numbers.DecimalStyle.POINT)).get()
                .satisfies(c -> assertThat(c.count()).isEqualByComparingTo("176"));
        // an O after digits is a zero only where a unit follows it
        assertThat(ValueParsers.count("7 OPEN CASES", Numbers.DecimalStyle.POINT)).get()
                .satisfies(c -> assertThat(c.count()).isEqualByComparingTo("7"));
        // an HS code read beside the label on a scanned B/L
        assertThat(ValueParsers.count("0306179200 Total No. of Packages (in words", Numbers.DecimalStyle.POINT))
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void piecesAreWholeThreeDigitsAfterTheMarkGroupThousands() {
        // "1.200 PCS" on a document writing decimal commas, its point read as a comma on the scan
        assertThat(ValueParsers.count("1,200 PCS", Numbers.DecimalStyle.COMMA)).get()
                .satisfies(c -> assertThat(c.count()).isEqualByComparingTo("1200"));
        assertThat(ValueParsers.count("2,500 CTNS", Numbers.DecimalStyle.COMMA)).get()
                .satisfies(c -> assertThat(c.count()).isEqualByComparingTo("2500"));
        assertThat(ValueParsers.count("1,250 KGS", Numbers.DecimalStyle.COMMA)).as("a weight may be fractional").get()
                .satisfies(c -> assertThat(c.count()).isEqualByComparingTo("1.25"));
        assertThat(ValueParsers.count("1,5 PCS", Numbers.DecimalStyle.COMMA)).as("not three digits: as read").get()
                .satisfies(c -> assertThat(c.count()).isEqualByComparingTo("1.5"));
        // the unit in its own column of the row
        assertThat(ValueParsers.count("1,200", Numbers.DecimalStyle.COMMA, "PCS")).get()
                .satisfies(c -> assertThat(c.count()).isEqualByComparingTo("1200"));
        assertThat(ValueParsers.count("1,200", Numbers.DecimalStyle.COMMA, null)).get()
                .satisfies(c -> assertThat(c.count()).isEqualByComparingTo("1.2"));
    }

    @org.junit.jupiter.api.Test
    void aSpeckReadAsAColonInsideAVoyageNumberIsDropped() {
        assertThat(ValueParsers.vessel("CMA CGM JACQUES SAADE V.84:1N"))
                .isEqualTo(new ValueParsers.VesselVoyage("CMA CGM JACQUES SAADE", "841N"));
        assertThat(ValueParsers.vessel("CMA CGM JACQUES SAADE V.841N").voyage()).isEqualTo("841N");
    }

    @org.junit.jupiter.api.Test
    void aSpaceReadBetweenTheVoyagesVAndItsPointIsDropped() {
        // "COSCO SHIPPING ARIES V .813E" on a scanned insurance certificate: the voyage had been part of the name
        assertThat(ValueParsers.vessel("COSCO SHIPPING ARIES V .813E"))
                .isEqualTo(new ValueParsers.VesselVoyage("COSCO SHIPPING ARIES", "813E"));
    }

    @org.junit.jupiter.api.Test
    void aStreetAfterAPartysLegalFormBeforeTheFirstCommaIsItsAddress() {
        // "imported by Lotus Trading S.A." ending a declaration's line, "Avenida Diagonal 141, 46024 Valencia, ..."
        // the next: the street had been read into the buyer's name (a false PARTY_MISMATCH against four documents)
        assertThat(ValueParsers.party("Lotus Trading S.A. Avenida Diagonal 141, 46024 Valencia, Spain from Meridian "
                + "Supply Import & Export Co., Ltd., 87 Huaqiang North Road")).contains("Lotus Trading S.A.");
        assertThat(ValueParsers.party("Meridian Supply Import & Export Co., Ltd., 87 Huaqiang North Road"))
                .contains("Meridian Supply Import & Export Co., Ltd.");
    }

    @org.junit.jupiter.api.Test
    void aVoyagesPointReadAsACommaIsItsPoint() {
        // "MAERSK HIDALGO V,954E" on a degraded insurance certificate: the voyage had been lost (a MISSING_FIELD)
        assertThat(ValueParsers.vessel("MAERSK HIDALGO V,954E"))
                .isEqualTo(new ValueParsers.VesselVoyage("MAERSK HIDALGO", "954E"));
        assertThat(ValueParsers.vessel("MAERSK HIDALGO V, 954E").voyage()).isEqualTo("954E");
    }

    @org.junit.jupiter.api.Test
    void aCodeCellsWrittenCodeIsNotRunIntoTheNumberBeforeIt() {
        // "613872 3926.90.9790 PCS" under "Total (JPY)|HS No.": the line's amount and its code in one cell; the code
        // had been read across the space as "6138723926" (a false HS_CODE_INVALID)
        assertThat(ValueParsers.hsCodeOfCell("613872 3926.90.9790 PCS")).contains("3926909790");
        assertThat(ValueParsers.hsCodeOfCell("0306.17 92")).as("a code's own groups").contains("03061792");
        assertThat(ValueParsers.hsCodeOfCell("6203 42 4010")).contains("6203424010");
    }

    @org.junit.jupiter.api.Test
    void aCodeCellsCodeAfterTheAmountGluedToItByARuleIsTheCode() {
        // "175044/39269097" (0.72) under "Total Price|Tariff No.": the line's amount glued to its code by the column's
        // rule read as a slash; "175044" had been the code (a false HS_CODE_INVALID)
        assertThat(ValueParsers.hsCodeOfCell("175044/39269097 PCS")).contains("39269097");
    }
}
