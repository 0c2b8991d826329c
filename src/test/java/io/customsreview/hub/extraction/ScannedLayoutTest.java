package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import org.junit.jupiter.api.Test;

import java.util.List;

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
    void aDateInTheShippedOnBoardSentenceIsAsSureAsItsOwnWords() {
        // a port's name read doubtfully ("(Ambar1i)") earlier in the sentence withheld the surely read date with it
        Document billOfLading = ScannedLines.document(
                "BILL OF LADING",
                "B/L No.: HDMU4001276534",
                "SHIPPED ON BOARD the vessel HMM OSLO, voyage 402S, at the port of Istanbul (Ambar1i)@0.41",
                "on July 9, 2024, for carriage to the port of Rotterdam.");
        assertThat(billOfLading.first(Field.ON_BOARD_DATE)).get().satisfies(date -> {
            assertThat(date.value()).isEqualTo("2024-07-09");
            assertThat(date.source().confidence()).isEqualTo(0.95);
        });

        Document doubtfulDate = ScannedLines.document(
                "BILL OF LADING",
                "B/L No.: HDMU4001276534",
                "SHIPPED ON BOARD the vessel HMM OSLO, voyage 402S, at the port of Istanbul (Ambarli)",
                "on July 9,@0.41 2024, for carriage to the port of Rotterdam.");
        assertThat(doubtfulDate.first(Field.ON_BOARD_DATE)).get()
                .satisfies(date -> assertThat(date.source().confidence()).isEqualTo(0.41));
    }

    @Test
    void anIncotermAndAnOriginInAParagraphAreAsSureAsTheirOwnWords() {
        // one word read at 0.00 two lines above ("Via del" over a speck) withheld the paragraph's incoterm and origin,
        // both read surely: a planted INCOTERMS_MISMATCH was missed on a clean scan
        Document declaration = ScannedLines.document(
                "IMPORT DECLARATION",
                "The undersigned hereby declares for release into free circulation the goods described below, imported by",
                "Golden Bridge Logistics S.A., 32 Rue de la Republique, Lyon, France from Bosphorus Distribution S.r.l., Via@0.00 del",
                "Porto 223, Genoa, Italy. The goods, of Italy origin, were shipped per vessel CSCL SATURN voyage 486N under",
                "Invoice No. INV-2024-52840 and Contract No. SC241085A, on FCA GENOA (INCOTERMS(R) 2020 terms.");
        assertThat(declaration.first(Field.INCOTERM)).get().satisfies(term -> {
            assertThat(term.value()).isEqualTo("FCA");
            assertThat(term.source().confidence()).isEqualTo(0.95);
        });
        assertThat(declaration.first(Field.INCOTERM_PLACE)).get().extracting(v -> v.source().confidence()).isEqualTo(0.95);
        assertThat(declaration.first(Field.ORIGIN_COUNTRY)).get().extracting(v -> v.source().confidence()).isEqualTo(0.95);

        Document doubtfulTerm = ScannedLines.document(
                "IMPORT DECLARATION",
                "The undersigned hereby declares for release into free circulation the goods described below, imported by",
                "Golden Bridge Logistics S.A., 32 Rue de la Republique, Lyon, France from Bosphorus Distribution S.r.l., Via del",
                "Porto 223, Genoa, Italy. The goods, of Italy origin, were shipped per vessel CSCL SATURN voyage 486N under",
                "Invoice No. INV-2024-52840 and Contract No. SC241085A, on FCA@0.41 GENOA (INCOTERMS(R) 2020 terms.");
        assertThat(doubtfulTerm.first(Field.INCOTERM)).get()
                .satisfies(term -> assertThat(term.source().confidence()).isEqualTo(0.41));
    }

    @Test
    void aRowOfBoxesWhoseLabelsHoldColumnNamesIsNoGoodsTable() {
        // "Price Terms" (price) and "Origin of Goods" (origin, goods) made the row a goods table's header, and the
        // values under it a goods line: the invoice's origin was lost, on its digital original too
        Document invoice = ScannedLines.table("914:COMMERCIAL INVOICE",
                "190:Invoice No | 900:Dated | 1609:Contract No.",
                "192:49680377 | 904:2025-01-22 | 1614:SG-SC-2024-7957",
                "189:Curr. | 900:Price Terms | 1609:Origin of Goods",
                "195:EUR (€) | 904:CFR Rotterdam, Incoterms 2020 | 1612:Viet Nam",
                "190:POL | 900:Port of Discharge | 1608:Vessel",
                "194:Singapore (SGSIN) | 905:Rotterdam (NLRTM) | 1614:ONE MINATO V.214N",
                "185:Item | 283:Description of Goods | 1471:HS Code | 1681:Qty. | 1963:Unit Price | 2104:Amount",
                "186:1 | 284:Notebook PC 14 | 1470:8471.30.00 | 1727:245 PCS | 1980:526,53 | 2130:128 999,85");
        assertThat(invoice.first(Field.ORIGIN_COUNTRY)).get().extracting(v -> v.value()).isEqualTo("VN");
        assertThat(invoice.first(Field.INCOTERM)).get().extracting(v -> v.value()).isEqualTo("CFR");
        assertThat(invoice.lines()).singleElement()
                .satisfies(l -> assertThat(l.values().get(LineField.HS_CODE).value()).isEqualTo("84713000"));

        Document originColumn = ScannedLines.table("914:COMMERCIAL INVOICE",
                "185:Description | 1471:HS Code | 1681:Qty. | 1800:Origin of Goods | 2104:Amount",
                "284:Notebook PC 14 | 1470:8471.30.00 | 1727:245 PCS | 1812:China | 2130:128 999,85");
        assertThat(originColumn.lines()).as("a goods column of that name").singleElement()
                .satisfies(l -> assertThat(l.values().get(LineField.ORIGIN).value()).isEqualTo("CN"));
    }

    @Test
    void aParagraphEndsWithItsLastLongLineNotWithEverythingAtItsLeftEdge() {
        // the goods list of a B/L read as a paragraph: once joined, its lines were measured as one tall, wide line
        // that went on over the HS code, the "Total No. of Packages" line and the clauses below; the count was taken
        // from the HS code standing before the label (73,089,098 packages: a false PACKAGE_COUNT_MISMATCH)
        Document billOfLading = ScannedLines.table("600:BILL OF LADING",
                "90:B/L No.: ONEY 6230531161",
                "89:TCLU7396817 | 319:9 PALLETS/STC: | 935:4 713,08 kg 19,795 CBM",
                "425:COTTON TERRY BATH TOWELS 70X140 CM HS CODE",
                "+425:63026000",
                "+425:GALVANIZED STEEL STRUCTURAL BRACKETS HS CODE",
                "+426:73089098",
                "+555:Total No. of Packages (in words): SAY NINE (9) PALLETS ONLY",
                "+90:SHIPPER'S LOAD, STOW, COUNT AND SEAL. FREIGHT COLLECT. Received by the Carrier from the Shipper");
        assertThat(billOfLading.first(Field.PACKAGE_COUNT)).get().extracting(v -> v.value()).isEqualTo("9");

        Document oneLine = ScannedLines.document("BILL OF LADING", "B/L No.: ONEY 6230531161",
                "GALVANIZED STEEL STRUCTURAL BRACKETS HS CODE 73089098 Total No. of Packages (in words): SAY NINE (9) PALLETS ONLY");
        assertThat(oneLine.first(Field.PACKAGE_COUNT)).as("the code on the label's line").get()
                .extracting(v -> v.value()).isEqualTo("9");
        Document countBefore = ScannedLines.document("BILL OF LADING", "B/L No.: ONEY 6230531161", "69 PACKAGES");
        assertThat(countBefore.first(Field.PACKAGE_COUNT)).get().extracting(v -> v.value()).isEqualTo("69");
    }

    @Test
    void anAddressLineOpeningWithNoAndAStreetNumberLabelsNothing() {
        // "No. 303 Xianggang Middle Road" under the shipper's name: its "No." took the postcode line below for the
        // B/L number ("200120": a false BL_NUMBER_MISMATCH where the B/L label itself was misread)
        Document billOfLading = ScannedLines.table("600:BILL OF LADING",
                "182:Consignor | 1252:Consigned To",
                "+192:Shanghai Lotus Global Sourcing Industrial Co., Ltd. | 1256:Delta Logistics Inc.",
                "+192:No. 303 Xianggang Middle Road@0.59 | 1256:63 Industrial Parkway, Suite 200",
                "+192:200120 Shanghai, China | 1256:CA 90021 Los Angeles, United States");
        assertThat(billOfLading.has(Field.BL_NUMBER)).isFalse();
        Document numbered = ScannedLines.document("BILL OF LADING", "No. MAEU310865747 dated 23.05.2025");
        assertThat(numbered.first(Field.BL_NUMBER)).get().extracting(v -> v.value()).isEqualTo("MAEU310865747");
    }

    @Test
    void aBoxsAbbreviatedLabelWithALetterReadAsItsLookAlikeIsTheLabel() {
        // "POD" read "POO" at 0.91 (not doubted) over its box: the B/L's port of discharge lost, seen on two seeds
        Document billOfLading = ScannedLines.table("600:BILL OF LADING",
                "188:Place of Receipt | 898:Loading Port | 1608:POO@0.91",
                "+192:QINGDAO CY | 902:QINGDAO | 1612:New York / Newark, United States");
        assertThat(billOfLading.first(Field.PORT_OF_DISCHARGE)).get().extracting(v -> v.value())
                .isEqualTo("New York / Newark, United States");
        Document otherLetter = ScannedLines.table("600:BILL OF LADING",
                "188:Place of Receipt | 898:Loading Port | 1608:POX@0.91",
                "+192:QINGDAO CY | 902:QINGDAO | 1612:New York / Newark, United States");
        assertThat(otherLetter.has(Field.PORT_OF_DISCHARGE)).as("X is no look-alike of D").isFalse();
    }

    @Test
    void aBoxsLabelWhoseLastWordIsOneLetterOffIsTheLabelEvenReadSurely() {
        // "Loading Port" read "Loading Pert" at 0.93: "Loading" alone is a label too, and "Pert" was taken for its
        // port (a false PORT_MISMATCH against Busan)
        Document declaration = ScannedLines.table("600:IMPORT DECLARATION",
                "196:Country of Export | 908:Loading Pert@0.93 | 1618:Port cf Entry",
                "+200:Korea, Republic of | 910:Busan (KRPUS) | 1622:LE HAVRE");
        assertThat(declaration.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("Busan");
        Document valueBeside = ScannedLines.document("IMPORT DECLARATION", "Loading Port: Busan");
        assertThat(valueBeside.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("Busan");
    }

    @Test
    void aContainerNumberUnderAHardlyReadLabelIsAsSureAsItsOwnWords() {
        // "Crtr No." (0.22) over "MSCU6707424 (22G1)" (0.92): the number, found in the label's cell with the line
        // under it, had taken the label's confidence and box, and was withheld (a CONTAINER_MISMATCH missed)
        Document packingList = ScannedLines.table("600:PACKING LIST / WEIGHT NOTE",
                "95:From | 450:Discharge Port | 804:Crtr@0.22 No.",
                "+97:Singapore (SGSIN) | 451:SAVANNAH | 807:MSCU6707424@0.92 (22G1)@0.92");
        assertThat(packingList.first(Field.CONTAINER_NUMBER)).get().satisfies(v -> {
            assertThat(v.value()).isEqualTo("MSCU6707424");
            assertThat(v.source().confidence()).isEqualTo(0.92);
            assertThat(v.source().box().x1()).isEqualTo(807);
        });
    }

    @Test
    void aDateLabelAfterAWordReadAsNothingLabelsTheDateUnderIt() {
        // "Issue Date" read "tsiue Date", its first word at 0.00: the declaration's date was lost (a MISSING_FIELD)
        Document declaration = ScannedLines.table("600:ENTRY SUMMARY - IMPORT DECLARATION",
                "204:Entry No.@0.84 | 912:tsiue@0.00 Date@0.85 | 1624:BIL@0.55 No.",
                "208:ENT-QSY-7115603-9 | 912:06/18/2024 | 1626:ONEY2699463790");
        assertThat(declaration.first(Field.DOCUMENT_DATE)).get().extracting(v -> v.value()).isEqualTo("2024-06-18");
    }

    @Test
    void aStreetAddressUnderAPartyLabelIsNoName() {
        // the exporter's name lost on a degraded invoice: its address line "162 Teheran-ro, Gangnam-gu" was taken for
        // the seller (a false PARTY_MISMATCH)
        Document invoice = ScannedLines.table("600:COMMERCIAL INVOICE",
                "73:Exporter | 607:Messrs.",
                "+79:162 Teheran-ro, Gangnam-gu | 611:Unit 285, Trafford Park",
                "+78:48939 Busan, Korea, Republic of | 612:EC1A 1BB London, United Kingdom");
        assertThat(invoice.all(Field.SELLER)).extracting(v -> v.value()).doesNotContain("162 Teheran-ro");
        assertThat(invoice.all(Field.BUYER)).as("a unit's number and its estate").extracting(v -> v.value())
                .doesNotContain("Unit 285");
        Document numbered = ScannedLines.table("600:COMMERCIAL INVOICE",
                "73:Exporter | 607:Messrs.",
                "+79:3M Korea Ltd. | 609:Acme Manufacturing Limited",
                "+79:162 Teheran-ro, Gangnam-gu | 611:Unit 285, Trafford Park");
        assertThat(numbered.first(Field.SELLER)).get().extracting(v -> v.value()).isEqualTo("3M Korea Ltd.");
    }

    @Test
    void aStreetWithItsHouseNumberAfterItUnderAPartyLabelIsNoName() {
        // the vendor's name lost on a degraded purchase order: "Am Sandtorkai 127" (street, then its number) was
        // taken for the seller (a false PARTY_MISMATCH); the signature names the seller
        Document contract = ScannedLines.table("490:PURCHASE ORDER",
                "99:Vendor | 633:Buyer",
                "+100:Am Sandtorkai 127 | 634:Avenida Paulista 125",
                "+102:20457 Hamburg, Germany | 634:01310-100 Sao Paulo, Brazil",
                "97:PO Number | 453:Date",
                "101:GBH/2025/310 | 455:20 AUG 2025",
                "693:THE SELLER: Northstar Distribution Handels GmbH");
        assertThat(contract.all(Field.SELLER)).extracting(v -> v.value()).doesNotContain("Am Sandtorkai 127")
                .contains("Northstar Distribution Handels GmbH");
        Document named = ScannedLines.table("490:PURCHASE ORDER",
                "99:Vendor | 633:Buyer",
                "+100:Northstar Distribution | 634:Avenida Paulista 125");
        assertThat(named.first(Field.SELLER)).get().extracting(v -> v.value()).as("no number: a name")
                .isEqualTo("Northstar Distribution");
    }

    @Test
    void aLinesAmountReadIntoTheCodesCellIsNoCode() {
        // "122958/847330" under the HS code's header: the amount (6600 x 18.63) and the code across a rule read as a
        // stroke; the amount had been taken for the code (a false HS_CODE_INVALID)
        Document invoice = ScannedLines.table("1000:COMMERCIAL INVOICE",
                "196:No. | 292:Description | 1584:Quantity | 1746:Unit Price | 1874:Amount | 2044:HS Code | 2198:Unit",
                "194:4 | 282:Safety shoes with leather uppers, steel toe | 1664:200 | 1776:15.48 | 1880:3096.00"
                        + " | 2044:640399 | 2198:PRS",
                "194:5 | 282:DDR4 memory modules 16GB | 1642:6600 | 1776:18.63 | 1990:122958/847330 | 2198:PCS");
        assertThat(invoice.lines()).extracting(l -> l.values().get(LineField.HS_CODE).value())
                .containsExactly("640399", "847330");
        assertThat(invoice.lines().get(1).values().get(LineField.AMOUNT)).as("the amount, where the line's arithmetic "
                + "shows it").satisfies(a -> assertThat(a.value()).isEqualTo("122958.00"));
    }

    @Test
    void aTotalReadJoinedToTheColumnNameAfterItStillHeadsTheCargoTable() {
        // "TotalG.W. Measurement": the space lost, the B/L's cargo table was not found and its goods not read (a
        // planted DESCRIPTION_MISMATCH missed)
        Document billOfLading = ScannedLines.table("1000:BILL OF LADING",
                "184:Catr / Seal | 602:No. of | 788:Description of Packages and Goods | 1892:TotalG.W. Measurement",
                "+604:Packages",
                "188:SEGU2608196 | 626:186 CTNS SAID TO CONTAIN: | 1908:6702.45 KG | 2134:28.15 CBM",
                "188:SEAL ONE863951 / 45G1 | 790:HOT-DIP GALVANISED STEEL STRUCTURE PARTS HS CODE",
                "+790:73089098",
                "186:SEAL ONES70576 / 45G1 | 788:SWITCHING POWER SUPPLY 65 W HS CODE 84733020");
        assertThat(billOfLading.all(Field.DESCRIPTION)).extracting(v -> v.value())
                .containsExactly("HOT-DIP GALVANISED STEEL STRUCTURE PARTS", "SWITCHING POWER SUPPLY 65 W");
    }

    @Test
    void aVesselUnderItsLabelIsNotAsDoubtfulAsTheShipsKindBesideTheLabel() {
        // "Per Conveyance $8." (S.S. at 0.12) over "AL ZUBARA V.133N": the vessel had been withheld at 0.12
        Document policy = ScannedLines.table("600:CARGO INSURANCE POLICY",
                "168:Per Conveyance@0.64 $8.@0.12 | 878:Loading Port | 1592:POD",
                "+178:AL@0.90 ZUBARA@0.92 V.133N@0.84 | 888:Haiphong, Viet Nam | 1596:Genoa, Italy");
        assertThat(policy.first(Field.VESSEL)).get().satisfies(v -> {
            assertThat(v.value()).isEqualTo("AL ZUBARA");
            assertThat(v.source().confidence()).as("as sure as the line it is read from").isEqualTo(0.84);
        });
    }

    @Test
    void aCargoCodeIsReadWithAllItsDigitsEvenOneMore() {
        // "6306260" (630260 with a digit more) had been cut to its first six digits, "630626", an invalid subheading
        // the rules could no longer tell from a misreading
        Document billOfLading = ScannedLines.table("1000:BILL OF LADING",
                "184:Cntr / Seal | 602:No. of | 788:Description of Packages and Goods | 1892:Total G.W. Measurement",
                "+604:Packages",
                "188:SEGU2608196 | 626:186 CTNS SAID TO CONTAIN: | 1908:6702.45 KG | 2134:28.15 CBM",
                "188:SEAL ONE863951 / 45G1 | 790:COTTON TERRY BATH TOWELS 70X140 CM HS CODE",
                "+790:6306260",
                "186:SEAL ONES70576 / 45G1 | 788:SWITCHING POWER SUPPLY 65 W HS CODE 85044083");
        assertThat(billOfLading.all(Field.HS_CODE)).extracting(v -> v.value()).containsExactly("6306260", "85044083");
    }

    @Test
    void aQuantitysFirstDigitReadWithTheCodeBesideItIsTheQuantitys() {
        // "392690972" and "52 PCS" for code 39269097 and 252 pieces: a false LINE_ARITHMETIC_ERROR (52 x 3.76)
        Document invoice = ScannedLines.table("1000:COMMERCIAL INVOICE",
                "204:Description | 1664:HS No. | 1838:Qty | 1926:Unit | 2042:U/Price | 2174:Amount",
                "200:New pneumatic radial tyres for cars | 1660:40111000 | 1874:15 | 1930:PCS | 2076:28.63 | 2214:429.45",
                "198:PP storage containers 30 litre | 1658:392690972 | 1868:52 | 1930:PCS | 2090:3.76 | 2212:947.52");
        assertThat(invoice.lines().get(1).values()).satisfies(v -> {
            assertThat(v.get(LineField.QUANTITY).value()).isEqualTo("252");
            assertThat(v.get(LineField.HS_CODE).value()).isEqualTo("39269097");
        });
        Document wrongAmount = ScannedLines.table("1000:COMMERCIAL INVOICE",
                "204:Description | 1664:HS No. | 1838:Qty | 1926:Unit | 2042:U/Price | 2174:Amount",
                "198:PP storage containers 30 litre | 1658:392690972 | 1868:52 | 1930:PCS | 2090:3.76 | 2212:957.52");
        assertThat(wrongAmount.lines().get(0).values().get(LineField.QUANTITY).value()).as("the arithmetic fails")
                .isEqualTo("52");
    }

    @Test
    void aUnitPriceHeaderWhoseSlashWasReadAsALetterHeadsThePrices() {
        // "U/Price" read "UlPrice" (0.78) in one segment with "Total (CNY)": the prices had no column, and a quantity
        // printed close to its price was read with it as one number ("160 608,80": a false QUANTITY_MISMATCH)
        Document invoice = ScannedLines.table("1000:COMMERCIAL INVOICE",
                "200:Commodity Description | 1519:Qty | 1642:UlPrice@0.78 Total (CNY) | 1993:Tariff No.",
                "237:Plastic storage boxes with lid, 30 L | 1566:240 | 1678:24,76 | 1839:5.942,40 | 1994:3926.90",
                "237:Wooden bookcase, oak veneer, 5 shelves | 1567:160 608,80#1658 | 1820:97.408,00 | 1994:9403.60");
        assertThat(invoice.lines()).hasSize(2);
        assertThat(invoice.lines().get(1).values()).satisfies(v -> {
            assertThat(v.get(LineField.QUANTITY).value()).isEqualTo("160");
            assertThat(v.get(LineField.UNIT_PRICE).value()).isEqualTo("608.80");
            assertThat(v.get(LineField.AMOUNT).value()).isEqualTo("97408.00");
        });
    }

    @Test
    void aUnitPriceHeaderWhoseUWasReadAsJIsStillTheUnitPrices() {
        // "Unit" over "Price" read "Junit" (a bracket's stroke joined to the U), "Total" over "Price (€)" beside it
        Document contract = ScannedLines.table("1000:SALES CONTRACT",
                "130:Commodity Description | 1470:Qty | 1588:Junit@0.84 =@0.54 Total@0.87",
                "+1600:Price@0.70 | 1698:Price@0.85 (€)",
                "135:New pneumatic radial tyres for cars 205/55 R16 | 1492:60 PCS@0.73 35.29@0.75 2,117.40#1714");
        assertThat(contract.lines()).hasSize(1);
        assertThat(contract.lines().get(0).values()).satisfies(v -> {
            assertThat(v.get(LineField.QUANTITY).value()).isEqualTo("60");
            assertThat(v.get(LineField.UNIT_PRICE).value()).isEqualTo("35.29");
            assertThat(v.get(LineField.AMOUNT).value()).isEqualTo("2117.40");
        });
    }

    @Test
    void aGroupingSpaceReadAsASlashInAWeightIsASpace() {
        // "1 795,73" read "1/795,73" in the gross weight column of a packing list that groups with spaces: the line's
        // gross weight had been 1 kg (a false NET_EXCEEDS_GROSS)
        Document packingList = ScannedLines.table("1000:PACKING LIST",
                "195:Line | 549:Description of Goods | 1754:Qty | 1877:Unit | 1983:Gross | 2154:Net",
                "+1981:Weight | 2152:Weight",
                "191:3 | 545:Cotton denim trousers for men | 1768:2800 | 1874:PCS | 1997:1/795,73@0.72 | 2168:1 731,35");
        assertThat(packingList.lines()).singleElement().satisfies(line -> {
            assertThat(line.values().get(LineField.GROSS_WEIGHT).value()).isEqualTo("1795.73");
            assertThat(line.values().get(LineField.NET_WEIGHT).value()).isEqualTo("1731.35");
        });
    }

    @Test
    void aBareNoAfterAStreetsNameIsAHouseNumber() {
        // "Liman Caddesi No: 353" in the seller's box of a scanned purchase order: 353 had been taken for the order's
        // number, its own label read "Order Ne." (a false CONTRACT_NUMBER_MISMATCH)
        Document order = ScannedLines.table("480:PURCHASE ORDER",
                "89:Seller | 624:Buyer",
                "+93:Orient Star Textiles A.S. | 626:Sakura Textiles Ltd",
                "+94:Liman Caddesi No: 353 | 626:Unit 263, Trafford Park",
                "+94:35000 Izmir, Turkey | 626:M1 1AE Manchester, United Kingdom",
                "91:Order Ne.@0.94 | 447:Issue Date | 801:Curr",
                "+94:SC242436F | 449:2024-08-11 | 804:EUR");
        assertThat(order.all(Field.CONTRACT_NUMBER)).extracting(v -> v.value()).doesNotContain("353");
    }

    @Test
    void aCodeColumnWhoseHeaderWasReadAsOneWordIsTheCodesColumn() {
        // "HSCode" (its space lost) over "8415.82.90" on a declaration: the column was unnamed and the code lost (a
        // planted HS_CODE_MISMATCH missed)
        Document declaration = ScannedLines.table("800:IMPORT DECLARATION",
                "184:No. | 238:HSCode | 449:Description | 1517:Origin | 1686:Qty. | 1780:Units | 1906:N.W. | 2125:Item Value",
                "186:1 8415.82.90#238 Split#449 air conditioner 12000 BTU, wall mounted | 1516:Thailand | 1724:60 SETS"
                        + " | 1923:2,223.32 kg 10,443.00#2125");
        assertThat(declaration.lines()).singleElement().satisfies(l -> assertThat(l.values().get(LineField.HS_CODE)
                .value()).isEqualTo("84158290"));
    }

    @Test
    void thePackagesKindBeforeTheFirstGoodsIsNoWordOfThem() {
        // "71 CARTONS|SHIPPER'S LOAD, STOW AND COUNT, SAID TO" / "CONTAIN:" / "MEN'S T-SHIRTS ...": the count read into
        // the packages' column, the first goods read "CARTONS MEN'S T-SHIRTS ..." (a false DESCRIPTION_MISMATCH)
        assertThat(TextDocumentExtractor.packagesBeforeTheGoodsTakenOff("CARTONS| MEN'S T-SHIRTS, 100% COTTON, KNITTED"))
                .isEqualTo("MEN'S T-SHIRTS, 100% COTTON, KNITTED");
        assertThat(TextDocumentExtractor.packagesBeforeTheGoodsTakenOff("71 CTNS PASSENGER CAR TYRES"))
                .isEqualTo("PASSENGER CAR TYRES");
        assertThat(TextDocumentExtractor.packagesBeforeTheGoodsTakenOff("CARTONS OF CORRUGATED PAPER"))
                .as("cartons as the goods").isEqualTo("CARTONS OF CORRUGATED PAPER");
        assertThat(TextDocumentExtractor.packagesBeforeTheGoodsTakenOff("TROLLEY SUITCASE, 24 INCH"))
                .isEqualTo("TROLLEY SUITCASE, 24 INCH");
    }

    @Test
    void aMisreadHeaderInARowOfBoxesIsNoValueOfTheHeaderBeforeIt() {
        // "From | POD | Place of Delivery": the middle header read "Pop" was taken as the port of loading
        Document billOfLading = ScannedLines.table("600:BILL OF LADING",
                "100:B/L No.: COSU1557185456",
                "100:From | 450:Pop | 800:Place of Delivery",
                "100:Istanbul (Ambarli) (TRAMR) | 450:BARCELONA | 800:BARCELONA CY");
        assertThat(billOfLading.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("Istanbul");

        // a label with its value beside it, in a row of labels and values, keeps that value
        Document keyValues = ScannedLines.table("600:BILL OF LADING",
                "100:Port of Loading: | 450:Istanbul | 800:Port of Discharge: | 1150:Barcelona",
                "100:Vessel: | 450:COSCO TAURUS | 800:Voyage: | 1150:142S");
        assertThat(keyValues.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("Istanbul");
        assertThat(keyValues.first(Field.PORT_OF_DISCHARGE)).get().extracting(v -> v.value()).isEqualTo("Barcelona");
    }

    @Test
    void aOneWordLabelFarRightUnderTheGoodsEndsTheTableWithoutItsColon() {
        // "Pkgs: 52 CASES" under a packing list's goods, its colon lost on a degraded scan: taken for a goods row
        // described "Pkgs" (and dropped as a label), the package count was lost (a MISSING_FIELD warning)
        Document packingList = ScannedLines.table("876:PACKING SPECIFICATION",
                "186:Article / Description | 1398:Pkgs | 1579:Qty | 1784:Net wt. | 2050:Gross Weight",
                "187:Men's T-shirts, 100% cotton | 1414:32 CS | 1618:6400 PCS | 1822:1230.42 KGS | 2089:1491.56 KGS",
                "188:Power adapter 65W | 1414:4 CASES | 1618:400 PCS | 1822:129.61 KGS | 2089:163.47 KGS",
                "185:Wooden bookcase, 5 shelves | 1457:16 CS | 1618:20 SETS | 1820:479.11 KGS | 2089:602 KGS",
                "1349:Pkgs@0.74 | 2029:52 CASES",
                "1349:Total Net wt: | 2031:1839.14 KGS");
        assertThat(packingList.first(Field.PACKAGE_COUNT)).get().extracting(v -> v.value()).isEqualTo("52");
        assertThat(packingList.lines()).hasSize(3);
        assertThat(packingList.first(Field.NET_WEIGHT)).get().extracting(v -> v.value()).isEqualTo("1839.14");
    }

    @Test
    void aNextBoxsLabelSplitInTwoByOcrIsNoValueOfTheLabelBeforeIt() {
        // "Shipper | Consignee" read "Shipper | Consig nee": the second box's label, the shipper's name under the first
        Document packingList = ScannedLines.table("600:PACKING LIST",
                "100:Shipper | 650:Consig nee",
                "100:Harbourside Textiles Co., Ltd. | 650:Silverline Textiles S.A.",
                "100:256-2-1 Minato Mirai, Nishi-ku | 650:Calle del Puerto 125");
        assertThat(packingList.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Harbourside Textiles Co., Ltd.");
    }

    @Test
    void aNextBoxsLabelMisreadBeyondRecognitionIsStillNoPartyWhereItSaysNameAndAddress() {
        // "Consignee (Name and Address)" read "Comugnire (Name and Address)": a form's caption, no company
        Document billOfLading = ScannedLines.table("600:BILL OF LADING",
                "100:Shipper / Exporter | 650:Comugnire@0.2 (Name and Address)",
                "100:Evergreat Manufacturing Industrial Co., Ltd. | 650:Hanseatic Commerce S.r.l.",
                "100:43 Huaqiang North Road, Futian District | 650:Via del Porto 72");
        assertThat(billOfLading.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Evergreat Manufacturing Industrial Co., Ltd.");

        // "Consignee" read "Mewn" at 0.29 beside "Consignor", the row's only other label: a packing list's seller
        // was "Mewn" (a false PARTY_MISMATCH)
        Document packingList = ScannedLines.table("600:PACKING SPECIFICATION",
                "93:Consignor | 628:Mewn@0.29",
                "+98:Alpine Global Sourcing Corporation | 630:Alpine Manufacturing Lid",
                "+97:279-1 Umeda, Kita-ku | 632:133 Commercial Road");
        assertThat(packingList.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Alpine Global Sourcing Corporation");
        Document nameBeside = ScannedLines.table("600:PACKING SPECIFICATION",
                "93:Consignor | 628:Mewn@0.29",
                "+630:133 Commercial Road");
        assertThat(nameBeside.first(Field.SELLER)).as("nothing under the label: the name is beside it").get()
                .extracting(v -> v.value()).isEqualTo("Mewn");
    }

    @Test
    void aReferenceOpeningWithACurrencysCodeNamesNoCurrency() {
        // "GHS/2024/963" is a sales contract's number, not Ghanaian cedis
        Document packingList = ScannedLines.document("PACKING LIST", "S/C No.: GHS/2024/963 POL: GENOA",
                "Total Gross Weight: 1,250.00 KGS");
        assertThat(packingList.has(Field.CURRENCY)).isFalse();
        Document priced = ScannedLines.document("PACKING LIST", "S/C No.: GHS/2024/963 POL: GENOA",
                "Value for customs purposes only: JPY 1,250,000");
        assertThat(priced.first(Field.CURRENCY)).get().extracting(v -> v.value()).isEqualTo("JPY");
    }

    @Test
    void aNextBoxsValueReadIntoTheHeaderRowIsNoValueOfTheHeaderBeforeIt() {
        // "Port of Discharge" lost, "Rotterdam" read up into the header row; "(NLRTM)" stayed below it
        Document invoice = ScannedLines.table("600:COMMERCIAL INVOICE",
                "100:Port of Loading | 580:To Rotterdam | 1050:carrying Vessel",
                "100:Istanbul (Ambarli) (TRAMR) | 740:(NLRTM) | 1060:AL ZUBARA V.2413W");
        assertThat(invoice.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("Istanbul");

        // where nothing stands under the segment beside the label, that segment is the label's value
        Document keyValues = ScannedLines.table("600:COMMERCIAL INVOICE",
                "100:Port of Loading | 580:Istanbul | 1050:Vessel: AL ZUBARA",
                "100:Payment Terms: D/P at sight");
        assertThat(keyValues.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("Istanbul");
    }

    @Test
    void aSmudgeBetweenALabelAndItsValueIsSkipped() {
        Document packingList = ScannedLines.table("600:PACKING LIST",
                "100:Total Pkgs: | 500:ss@0.13 | 900:164 PACKAGES");
        assertThat(packingList.first(Field.PACKAGE_COUNT)).get().extracting(v -> v.value()).isEqualTo("164");

        Document sure = ScannedLines.table("600:PACKING LIST",
                "100:Total Pkgs: | 500:ss@0.93 | 900:164 PACKAGES");
        assertThat(sure.has(Field.PACKAGE_COUNT)).as("a word read surely is no smudge").isFalse();
    }

    @Test
    void aSpeckReadBeforeABoxsLabelDoesNotHideTheLabel() {
        Document contract = ScannedLines.table("600:SALES CONTRACT",
                "100:Contract Number | 500:a@0.0 Date | 900:Currency",
                "100:SC252676C | 500:29.03.2025 | 900:GBP");
        assertThat(contract.first(Field.DOCUMENT_DATE)).get().extracting(v -> v.value()).isEqualTo("2025-03-29");

        // a word read with confidence before "Date" names another date ("Delivery Date" and the like)
        Document other = ScannedLines.table("600:SALES CONTRACT",
                "100:Contract Number | 500:Valid Date | 900:Currency",
                "100:SC252676C | 500:29.03.2025 | 900:GBP");
        assertThat(other.first(Field.DOCUMENT_DATE)).isEmpty();

        // the speck gone, "per" opens the segment; "per Conveyance" is the whole label, not "per" alone
        Document insurance = ScannedLines.document("CERTIFICATE OF INSURANCE",
                "bs@0.33 per Conveyance SS ONE MINATO V.131E");
        assertThat(insurance.first(Field.VESSEL)).get().extracting(v -> v.value()).isEqualTo("SS ONE MINATO");
    }

    @Test
    void aBillOfLadingNumberOfContainerShapeIsNoContainer() {
        // MSC numbers its bills of lading "MEDU" + seven digits, which passes the ISO 6346 check digit
        Document insurance = ScannedLines.document("CERTIFICATE OF INSURANCE",
                "from Chennai to Singapore under B/L No. MEDU9131555 and Invoice No. CI/3693/25",
                "Containers: TGHU3473149, TGHU8103912");
        assertThat(insurance.first(Field.BL_NUMBER)).get().extracting(v -> v.value()).isEqualTo("MEDU9131555");
        assertThat(insurance.all(Field.CONTAINER_NUMBER)).extracting(v -> v.value())
                .containsExactly("TGHU3473149", "TGHU8103912");
    }

    @Test
    void theStartOfABillOfLadingNumberReadApartIsNoContainer() {
        // COSCO numbers its bills of lading "COSU" + ten digits: "COSU6918985 106" (its last digits read as a word of
        // their own) had given a container COSU6918985 failing its check digit (a false CONTAINER_NUMBER_INVALID)
        Document billOfLading = ScannedLines.table("900:BILL OF LADING",
                "123:BL Number: COSU6918985 106@0.51 | 861:Shipper / Exporter:",
                "125:Container No.: CBHU2996134");
        assertThat(billOfLading.all(Field.CONTAINER_NUMBER)).extracting(v -> v.value())
                .containsExactly("CBHU2996134");
    }

    @Test
    void aContainerNumberWithADigitTooManyLosesItButABillOfLadingNumberOfThatShapeKeepsAll() {
        // MSC also numbers bills of lading "MEDU" + eight digits; leaving out this one's second 0 passes a check digit
        Document billOfLading = ScannedLines.document("BILL OF LADING",
                "B/L No.: MEDU51805107",
                "Container No.: TEMU45821785 (40HC)");
        assertThat(billOfLading.first(Field.BL_NUMBER)).get().extracting(v -> v.value()).isEqualTo("MEDU51805107");
        // a stroke read as a digit of its own: only leaving out the 8 passes the check digit
        assertThat(billOfLading.all(Field.CONTAINER_NUMBER)).extracting(v -> v.value())
                .containsExactly("TEMU4521785");
    }

    @Test
    void aPartyAfterALabelClosedByABracketIsTheNameNotTheAddressBelow() {
        // "Shipper (Name and Address): ..." leaves "): Guangzhou ..." after the label
        Document packingList = ScannedLines.table("600:PACKING LIST",
                "100:Shipper (Name and Address): Guangzhou Silverline Supply Industrial Co., Ltd., 111",
                "+500:Huaqiang@0.72 North Road, Futian District, 510000 Guangzhou, China",
                "100:Containers: TCLU0647926 (22G1)");
        assertThat(packingList.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Guangzhou Silverline Supply Industrial Co., Ltd.");
    }

    @Test
    void aCountOfPiecesWithItsGroupingReadAsADecimalCommaIsWhole() {
        // the document writes decimal commas ("2,52", "3.024,00"); its "1.200" read "1,200" on the scan
        Document invoice = ScannedLines.table("600:COMMERCIAL INVOICE",
                "100:No. Description | 900:Qty | 1100:Unit | 1300:Price | 1500:Amount",
                "100:4 Cotton terry bath towels 70x140 cm | 900:1,200 | 1100:PCS | 1300:2,52 | 1500:3.024,00",
                "100:5 Porcelain dinnerware set | 900:310 | 1100:SETS | 1300:11,40 | 1500:3.534,00");
        assertThat(invoice.lines()).hasSize(2);
        assertThat(invoice.lines().get(0).values().get(LineField.QUANTITY).value()).isEqualTo("1200");
        assertThat(invoice.lines().get(0).values().get(LineField.UNIT_PRICE).value()).isEqualTo("2.52");
    }

    @Test
    void aCountWhoseLastGroupRanIntoTheUnitBesideItIsNoCount() {
        // "1 680" printed left of its unit: read "1 6806/KGS" as one segment over both columns, the quantity was "1"
        // (a false QUANTITY_MISMATCH against the invoice's 1,680 KG); which digits make the count is unknown
        Document packingList = ScannedLines.table("600:PACKING LIST",
                "88:Item Description | 672:Qty. | 744:Unit of Measure | 868:Pkgs",
                "89:1 Vehicle chassis mounting brackets, steel | 705:160 | 760:PCS | 868:4 CARTONS",
                "89:2 Raw Arabica coffee, unroasted | 685:1 6806/KGS | 868:28 CTNS");
        assertThat(packingList.lines()).hasSize(2);
        assertThat(packingList.lines().get(0).values().get(LineField.QUANTITY).value()).isEqualTo("160");
        assertThat(packingList.lines().get(1).values()).doesNotContainKey(LineField.QUANTITY);
    }

    @Test
    void aHeaderOfTwoLinesReadAsOneCellOverThreeColumnsNamesThemWordByWord() {
        // "Commodity Quantity Unitof" (the space of "Unit of" lost) over "Code | Shipped | Measure": read after each
        // other the words named no column, and the contract's lines lost quantity and HS code: its planted price
        // error went unseen (a missed LINE_ARITHMETIC_ERROR, clean scan and degraded)
        Document contract = ScannedLines.table("600:SALES CONTRACT",
                "185:Line Commodity#279 Description#445 | 1533:Commodity Quantity#1724 Unitof#1878 | 2028:Unit | 2140:Amount",
                "+1533:Code | 1724:Shipped | 1877:Measure Price#2026 | 2140:(US$)",
                "188:1 | 280:Bluetooth headphones, over-ear | 1533:851830 | 1784:1,480 PCS | 2047:12.36 | 2160:18,292.80");
        assertThat(contract.lines()).singleElement().satisfies(line -> {
            assertThat(line.values().get(LineField.QUANTITY).value()).isEqualTo("1480");
            assertThat(line.values().get(LineField.HS_CODE).value()).isEqualTo("851830");
            assertThat(line.values().get(LineField.UNIT).value()).isEqualTo("PCS");
        });
    }

    @Test
    void twoHeaderCellsOfTwoLinesReadAsOneNameTheirColumnsWordByWord() {
        // "Unit Total" over "Price Price(£)" (unit price, total price) read as one cell each line: the columns had
        // been unit, amount and price, and the line's price and amount swapped (two false LINE_ARITHMETIC_ERRORs)
        Document invoice = ScannedLines.table("600:COMMERCIAL INVOICE",
                "99:Marks Description#161 of Goods | 816:Qty | 921:Unit Total#976 | 1061:Commodity",
                "+921:Price Price(£)#975 | 1061:Code",
                "+920:(€)",
                "98:N/M Terry#159 towelling bath towels, cotton | 826:3,660PCS 1.77#933 6,478.20#983 63026000#1062");
        assertThat(invoice.lines()).singleElement().satisfies(line -> {
            assertThat(line.values().get(LineField.UNIT_PRICE).value()).isEqualTo("1.77");
            assertThat(line.values().get(LineField.AMOUNT).value()).isEqualTo("6478.20");
            assertThat(line.values().get(LineField.QUANTITY).value()).isEqualTo("3660");
        });
    }

    @Test
    void twoHeadersClosedUpAsTotalAndACodeAreTheAmountsAndTheCodesColumns() {
        // "Total" and "HS No." read as one header cell "Total HS No.": taken for a "total" HS code column, the
        // amount "7776" ran into the code ("7776630260", a false HS_CODE_INVALID) and the line lost its amount
        Document invoice = ScannedLines.table("600:COMMERCIAL INVOICE",
                "203:Item Description#297 of#459 Goods#492 | 1730:Qty. | 1836:Unit | 1937:Total HS#2043 No.#2093 | 2237:Unit",
                "+1835:Price (€)",
                "203:1 | 293:Cotton terry bath towels 70x140 cm | 1749:1920 | 1854:4.05 7776#1953 6302.60.00#2039 PCS#2232");
        assertThat(invoice.lines()).singleElement().satisfies(line -> {
            assertThat(line.values().get(LineField.HS_CODE).value()).isEqualTo("63026000");
            assertThat(line.values().get(LineField.AMOUNT).value()).isEqualTo("7776.00");
        });
    }

    @Test
    void aWeightAloneInItsColumnIsNoGroupOfTheAmountBesideIt() {
        // "425 788.22" read as one segment over the net weight and value columns of a declaration: taken for one
        // number grouped by a space, the line's value was 425,788.22 (a false LINE_ARITHMETIC_ERROR against 788.22)
        Document declaration = ScannedLines.table("600:IMPORT DECLARATION",
                "194:Item Description#301 | 1478:HS Code | 1723:Quantity N.W.#1906 Value#2014 | 2175:Origin",
                "191:1 | 299:Timber shelving unit (bookshelf), oak | 1478:9403.60.10 | 1741:18 SETS | 1934:425 788.22#2033 China#2175");
        assertThat(declaration.lines()).singleElement().satisfies(line -> {
            assertThat(line.values().get(LineField.AMOUNT).value()).isEqualTo("788.22");
            assertThat(line.values().get(LineField.NET_WEIGHT).value()).isEqualTo("425");
        });
    }

    @Test
    void aPriceWhoseDecimalsOcrSetApartUnderTheNextColumnKeepsThem() {
        // "61,80" read "61, 80", its "80" standing where the amount column begins: the price's cents, not the
        // amount's first digits ("80 618,00" would be 80,618.00)
        Document invoice = ScannedLines.table("600:COMMERCIAL INVOICE",
                "100:No. Description | 900:Qty | 1100:Unit | 1300:Price | 1500:Amount",
                "100:1 Timber shelving unit, oak | 900:10 | 1100:SETS | 1420:61, 80#1490 | 1560:618, 00",
                "100:2 Porcelain dinnerware set | 900:310 | 1100:SETS | 1420:11,40 | 1560:3.534,00");
        assertThat(invoice.lines()).hasSize(2);
        assertThat(invoice.lines().get(0).values().get(LineField.UNIT_PRICE).value()).isEqualTo("61.80");
        assertThat(invoice.lines().get(0).values().get(LineField.AMOUNT).value()).isEqualTo("618.00");
    }

    @Test
    void aPriceWhoseDecimalPointWasReadAsAColonIsThePrice() {
        // "2.3" read "2:3": 2.30, not 2 (1,200 × 2.30 = 2,760)
        Document invoice = ScannedLines.table("600:COMMERCIAL INVOICE",
                "100:No. Description | 900:Qty | 1100:Unit | 1300:Price | 1500:Amount",
                "100:1 Men's T-shirts, 100% cotton | 900:1200 | 1100:PCS | 1300:2:3 | 1500:2760",
                "100:2 Porcelain dinnerware set | 900:310 | 1100:SETS | 1300:11.4 | 1500:3534");
        assertThat(invoice.lines().get(0).values().get(LineField.UNIT_PRICE).value()).isEqualTo("2.30");
    }

    @Test
    void aSecondHeaderLinesWordJoinsTheNameOfTheWordItStandsUnder() {
        // "Commodity" / "Code" over two lines, "Qty" beside "Commodity" with a gap OCR closed: read as "Commodity
        // Qty Code", the commodity was taken for a second description column and the table was lost
        Document certificate = ScannedLines.table("600:CERTIFICATE OF ORIGIN",
                "100:No. Description | 900:Commodity Qty | 1200:G.W.",
                "+900:Code | 1200:(KGS)",
                "100:1 | 150:Plastic storage boxes with lid, 30 L | 900:392690 | 1030:1,664 PCS | 1200:2,071.11");
        assertThat(certificate.lines()).singleElement().satisfies(line -> {
            assertThat(line.values().get(LineField.HS_CODE).value()).isEqualTo("392690");
            assertThat(line.values().get(LineField.QUANTITY).value()).isEqualTo("1664");
            assertThat(line.values().get(LineField.DESCRIPTION).value()).isEqualTo("Plastic storage boxes with lid, 30 L");
        });

        // where the plain order names the columns, the second line goes on after the first: "Total Gross" / "wt"
        Document billOfLading = ScannedLines.table("600:BILL OF LADING",
                "100:Container No. | 400:Description of Goods | 900:Total Gross | 1200:Measurement",
                "+900:wt",
                "100:CBHU8430062 | 400:PLUSH TOYS, STUFFED ANIMALS | 910:642.98 KGS | 1200:2.701 CBM");
        assertThat(billOfLading.first(Field.GROSS_WEIGHT)).get().extracting(v -> v.value()).isEqualTo("642.98");
    }

    @Test
    void aValueStatedTwiceIsAsSureAsItsSurestReading() {
        Document insurance = ScannedLines.document("CERTIFICATE OF INSURANCE",
                "Insured Amount: 243 .033,00@0.56 GBP",
                "Conditions: Institute Cargo Clauses (A)",
                "Insured Amount: 243.033,@0.64 00 GBP");
        assertThat(insurance.first(Field.INSURED_AMOUNT)).get().satisfies(amount -> {
            assertThat(amount.value()).isEqualTo("243033.00");
            assertThat(amount.source().confidence()).isEqualTo(0.64);
        });
    }

    @Test
    void aDoubtfulAmountStatedAgainOnThePageAndReadSurelyThereIsAsSureAsThatReading() {
        // a policy's "Sum Insured" read at 0.49, its opening sentence naming the same sum read at 0.92
        Document policy = ScannedLines.document("MARINE CARGO INSURANCE POLICY",
                "This is to certify that insurance has been effected for RMB@0.92 3.205.084,00@0.92 on the goods",
                "Sum Insured: RMB 3.205.084,@0.49 00@0.49");
        assertThat(policy.first(Field.INSURED_AMOUNT)).get().satisfies(amount -> {
            assertThat(amount.value()).isEqualTo("3205084.00");
            assertThat(amount.source().confidence()).isEqualTo(0.92);
            assertThat(amount.source().assumption()).isEqualTo(UnlabelledValues.RESTATED);
        });
        Document otherSum = ScannedLines.document("MARINE CARGO INSURANCE POLICY",
                "This is to certify that insurance has been effected for RMB@0.92 3.205.024,00@0.92 on the goods",
                "Sum Insured: RMB 3.205.084,@0.49 00@0.49");
        assertThat(otherSum.first(Field.INSURED_AMOUNT)).get().satisfies(amount ->
                assertThat(amount.source().confidence()).as("another sum confirms nothing").isEqualTo(0.49));
    }

    @Test
    void aDoubtfulAmountOneLookAlikeDigitFromTheSumThePageStatesAgainSurelyIsThatSum() {
        // "¥ 5,993,280.60" read at 0.50 under "Insured Value", the policy's sentence "for ¥ 5,993,280.00" at 0.87
        Document policy = ScannedLines.document("MARINE CARGO INSURANCE POLICY",
                "This is to certify that insurance has been effected for ¥@0.87 5,993,280.00@0.87 on the goods",
                "Insured Value: ¥ 5,993,280.60@0.50");
        assertThat(policy.first(Field.INSURED_AMOUNT)).get().satisfies(amount -> {
            assertThat(amount.value()).isEqualTo("5993280.00");
            assertThat(amount.source().confidence()).isEqualTo(0.87);
            assertThat(amount.source().assumption()).contains("5993280.60");
        });
        Document doubtedTwice = ScannedLines.document("MARINE CARGO INSURANCE POLICY",
                "This is to certify that insurance has been effected for ¥@0.6 5,993,280.00@0.6 on the goods",
                "Insured Value: ¥ 5,993,280.60@0.50");
        assertThat(doubtedTwice.first(Field.INSURED_AMOUNT)).get().extracting(v -> v.value())
                .as("the sentence is doubtful too: as read").isEqualTo("5993280.60");
    }

    @Test
    void aRowNumberWithASpeckReadAsAColonIsNoLabelEndingTheTable() {
        // a packing list's first row number "1" read "4:": the table had ended there, its first net weight then
        // taken for the document's under the "Net Weight" column name
        Document packingList = ScannedLines.table("300:PACKING LIST",
                "100:Item Description | 600:Qty. | 740:Net Weight",
                "100:4: | 150:Wooden bookcase, oak veneer | 600:102 SETS | 740:2 408,53 KGS",
                "100:2 | 150:Split air conditioner | 600:121 SETS | 740:4 727,40 KGS",
                "600:Net Wt.: | 800:7 135,93 KGS");
        assertThat(packingList.lines()).hasSize(2);
        assertThat(packingList.first(Field.NET_WEIGHT)).get().extracting(v -> v.value()).isEqualTo("7135.93");
    }

    @Test
    void aContainerNumberUnderASpeckReadAsPoIsNoContractNumber() {
        Document billOfLading = ScannedLines.table("600:BILL OF LADING",
                "100:po@0.51",
                "100:EGHU5079274 | 450:16 CTNS SAID TO CONTAIN:");
        assertThat(billOfLading.first(Field.CONTRACT_NUMBER)).isEmpty();
        assertThat(billOfLading.all(Field.CONTAINER_NUMBER)).extracting(v -> v.value()).containsExactly("EGHU5079274");

        Document order = ScannedLines.table("600:COMMERCIAL INVOICE",
                "100:PO No.",
                "100:PO5595244");
        assertThat(order.first(Field.CONTRACT_NUMBER)).get().extracting(v -> v.value()).isEqualTo("PO5595244");
    }

    @Test
    void aHouseNumberAfterNoIsNoDocumentNumberNorIsThePostcodeUnderIt() {
        // the contract number's label lost to OCR noise, the street's "No: 36" was taken as the label, the
        // postcode under it ("34000") as the contract number
        Document contract = ScannedLines.document(
                "CONTRACT OF SALE",
                "Seller",
                "Nordwind Imports A.S.",
                "Ataturk Bulvari No: 36",
                "34000 Istanbul, Turkey",
                "ComactNo@0.02");
        assertThat(contract.first(Field.CONTRACT_NUMBER)).isEmpty();

        Document labelled = ScannedLines.document(
                "CONTRACT OF SALE",
                "Ataturk Bulvari No: 36",
                "34000 Istanbul, Turkey",
                "Contract No: SC-2024-118");
        assertThat(labelled.first(Field.CONTRACT_NUMBER)).get().extracting(v -> v.value()).isEqualTo("SC-2024-118");
    }

    @Test
    void aHouseNumberBeforeTheRestOfTheAddressIsNoDocumentNumber() {
        // "Ataturk Bulvari No: 340, 35000 Izmir, Turkey" under an invoice's letterhead: 340 had been the invoice's
        // number (its label read "Inveice No"): a false INVOICE_NUMBER_MISMATCH
        Document invoice = ScannedLines.table("100:Nordwind Logistics A.S.",
                "100:Ataturk Bulvari No: 340, 35000 Izmir, Turkey",
                "500:COMMERCIAL INVOICE");
        assertThat(invoice.first(Field.INVOICE_NUMBER)).isEmpty();
        // the same street and number alone on the supplier's address line below (the invoice number's label read
        // "Invoice Wo"): 160 had been the invoice's number
        Document supplier = ScannedLines.table("100:Anatolia Hardware Anonim Sirketi",
                "100:Liman Caddesi No: 160, 34000 Istanbul, Turkey",
                "500:EXPORT INVOICE",
                "100:Supplier | 600:Sold To",
                "100:Anatolia Hardware Anonim Sirketi | 600:BOSPHORUS DISTRIBUTION SAS",
                "100:Liman Caddesi No: 160 | 600:305 Quai de Southampton",
                "100:34000 Istanbul, Turkey | 600:69002 Lyon, France",
                "100:Invoice Wo | 450:Date of Invoice",
                "100:AHA248898 | 450:25/07/2024");
        assertThat(supplier.first(Field.INVOICE_NUMBER)).map(v -> v.value()).isNotEqualTo(java.util.Optional.of("160"));
        Document numbered = ScannedLines.table("500:COMMERCIAL INVOICE", "100:No: 3401, dated 24/09/2024");
        assertThat(numbered.first(Field.INVOICE_NUMBER)).as("a number the label opens the line with").get()
                .extracting(v -> v.value()).isEqualTo("3401");
    }

    @Test
    void underAVesselAndVoyageLabelTheVoyageIsTheLastWordOfTheWrappedName() {
        // "CMA CGM ANTOINE DE SAINT" / "EXUPERY 672S" under "Vessel & Voyage": the voyage had been part of the name
        Document billOfLading = ScannedLines.table("600:BILL OF LADING",
                "100:BL Number | 900:Vessel & Voyage | 1600:Place of Receipt",
                "100:CMDU814155643 | 900:CMA CGM ANTOINE DE SAINT | 1600:HO CHI MINH CITY CY",
                "+900:EXUPERY 672S@0.36");
        assertThat(billOfLading.first(Field.VESSEL)).get().extracting(v -> v.value())
                .isEqualTo("CMA CGM ANTOINE DE SAINT EXUPERY");
        assertThat(billOfLading.first(Field.VOYAGE)).get().extracting(v -> v.value()).isEqualTo("672S");
        Document vesselOnly = ScannedLines.table("600:BILL OF LADING",
                "100:BL Number | 900:Vessel | 1600:Place of Receipt",
                "100:CMDU814155643 | 900:CSCL STAR 21 | 1600:HO CHI MINH CITY CY");
        assertThat(vesselOnly.first(Field.VESSEL)).as("a label naming no voyage").get().extracting(v -> v.value())
                .isEqualTo("CSCL STAR 21");
    }

    @Test
    void aPartyNameWrappedBeforeItsLegalFormKeepsIt() {
        // "Joint Stock" / "Company": without its last word the name no longer matched "... JSC" on the contract
        Document certificate = ScannedLines.table("600:CERTIFICATE OF ORIGIN",
                "100:Seller / Exporter: | 900:Consignee / Importer:",
                "100:Golden Bridge Global Sourcing Joint Stock | 900:Greenfield Global Sourcing Co., Ltd.",
                "+100:Company | 900:372-2-1 Minato Mirai, Nishi-ku",
                "+100:384 Nguyen Van Linh Street, District 7 | 900:231-0023 Yokohama, Japan");
        assertThat(certificate.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Golden Bridge Global Sourcing Joint Stock Company");
        assertThat(certificate.first(Field.BUYER)).get().extracting(v -> v.value())
                .isEqualTo("Greenfield Global Sourcing Co., Ltd.");
    }

    @Test
    void aPartyRoleWithALetterMisreadIsTheNextLabelNotAName() {
        Document invoice = ScannedLines.table("600:EXPORT INVOICE",
                "100:Exporter | 1200:Buye",
                "100:Lotus Commerce SpA | 1200:SILVERLINE MANUFACTURING CORP.");
        assertThat(invoice.first(Field.SELLER)).get().extracting(v -> v.value()).isEqualTo("Lotus Commerce SpA");
        Document bl = ScannedLines.table("600:OCEAN BILL OF LADING",
                "100:Shipper (Name and Address) | 1200:Consignee / Iniporter",
                "100:Blue Ocean Manufacturing Co., Ltd. | 1200:Crown Imports B.V.");
        assertThat(bl.first(Field.BUYER)).get().extracting(v -> v.value()).isEqualTo("Crown Imports B.V.");
        // "Consignee" read "Comugnee" beside "Exporter" on a certificate of origin: three letters in nine
        Document certificate = ScannedLines.table("600:CERTIFICATE OF ORIGIN",
                "100:Exporter | 1200:Comugnee@0.53",
                "100:Delta Manufacturing Pte. Ltd. | 1200:Northstar Hardware B.V.");
        assertThat(certificate.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Delta Manufacturing Pte. Ltd.");
        // "Seller / Exporter" read "Setier / Exporter" beside a declaration's "Buyer / imponer"
        Document declaration = ScannedLines.table("600:IMPORT DECLARATION",
                "100:Buyer / imponer@0.85 | 700:Setier@0.37 / Exporter",
                "100:Lotus Industries B.V. | 700:Xiamen Lotus Industries Import & Export Co., Ltd.");
        assertThat(declaration.first(Field.BUYER)).get().extracting(v -> v.value())
                .isEqualTo("Lotus Industries B.V.");
        // "Buyers" read "Bovers" at 0.73 beside "Seller" (a false PARTY_MISMATCH on four documents): two letters in six,
        // read doubtfully
        Document confirmation = ScannedLines.table("451:SALES CONFIRMATION",
                "94:Seller | 626:Bovers@0.73",
                "+96:Orient Star Trading Handels GmbH | 628:Bosphorus Supply Ltda.");
        assertThat(confirmation.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Orient Star Trading Handels GmbH");
    }

    @Test
    void aPartyNameReadAsOneSegmentWithTheOtherPartysNameEndsBeforeIt() {
        // a seller's name long enough to reach the buyer's box, read as one segment with it (a packing list and a B/L)
        Document packingList = ScannedLines.table("600:PACKING LIST",
                "100:Exporter | 1255:Buyer",
                "100:SHANGHAI EVERGREAT LOGISTICS IMP. & EXP. CO. LTD Vanguard Distribution Corporation@0.47",
                "100:Long Beach (USLGB)",
                "900:Notify / Buyer: Vanguard Distribution Corporation");
        assertThat(packingList.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("SHANGHAI EVERGREAT LOGISTICS IMP. & EXP. CO. LTD");
        assertThat(packingList.first(Field.BUYER)).get().extracting(v -> v.value())
                .isEqualTo("Vanguard Distribution Corporation");
    }

    @Test
    void aPortWhoseCapitalIWasReadSmallIsThePort() {
        // "Istanbul" read "istanbul" under a declaration's "Port of Loading" and in its sentence, on two seeds
        Document declaration = ScannedLines.table("600:IMPORT DECLARATION",
                "100:Country of Dispatch | 600:Port of Loading | 1100:Port of Entry",
                "100:Turkey | 600:istanbul (Ambarli), Turkey | 1100:GDANSK");
        assertThat(declaration.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("Istanbul");
        Document prose = ScannedLines.document("CUSTOMS GOODS DECLARATION",
                "The goods were shipped per vessel CMA CGM JACQUES SAADE voyage 431S from istanbul (Ambarli) to "
                        + "Singapore under B/L No. CMDU402610169.");
        assertThat(prose.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).asString()
                .startsWith("Istanbul");
    }

    @Test
    void aVesselNameWrappedOverTwoLinesOfItsBoxKeepsTheVoyageOnTheThird() {
        // the digital original is laid out the same way: its voyage was lost on either path
        Document billOfLading = ScannedLines.table("500:OCEAN BILL OF LADING",
                "100:Ocean Vessel / Voy. No.: CMA CGM ANTOINE DE | 1284:Place of Receipt: HO CHI MINH CITY",
                "+500:SAINT EXUPERY / | 1690:CY",
                "+500:2521W");
        assertThat(billOfLading.first(Field.VESSEL)).get().extracting(v -> v.value())
                .isEqualTo("CMA CGM ANTOINE DE SAINT EXUPERY");
        assertThat(billOfLading.first(Field.VOYAGE)).get().extracting(v -> v.value()).isEqualTo("2521W");
    }

    @Test
    void aVoyagesLastLetterReadAsAEuroSignIsItsE() {
        // "voyage 354€," (0.59) on a degraded B/L: no voyage was read, and a MISSING_FIELD warning stood where
        // the other documents' 354E would have been compared
        Document billOfLading = DoubtfulValues.withhold(ScannedLines.document("BILL OF LADING",
                "SHIPPED ON BOARD the vessel EVER ACE, voyage 354€,@0.59 at the port of Yantian on 02/14/2025"), 0.6);
        assertThat(billOfLading.first(Field.VOYAGE)).get().extracting(v -> v.value()).isEqualTo("354E");
        Document labelled = ScannedLines.document("BILL OF LADING", "Voyage No.: 0228€");
        assertThat(labelled.first(Field.VOYAGE)).get().extracting(v -> v.value()).isEqualTo("0228E");
        // an amount's sign after its digits is no letter of a reference
        assertThat(ValueParsers.reference("354,00€")).isEmpty();
    }

    @Test
    void aMonthFirstDateAtTheEndOfAShippedOnBoardSentenceIsAsSureAsItsOwnWords() {
        // "SHIPPED ON BOARD the vessel ONE APUS, voyage 0228S, ... on 05/27/2024, ..." with "0228S," read at 0.06 on
        // a degraded B/L: the date was judged by the day-first order, found none, and took the sentence's doubt (a
        // MISSING_FIELD warning)
        Document billOfLading = DoubtfulValues.withhold(ScannedLines.document("BILL OF LADING",
                "Place and Date of Issue: Genoa, 05/27/2024",
                "SHIPPED ON BOARD the vessel ONE APUS, voyage 0228S,@0.06 at the port of Genoa on 05/27/2024, for"),
                0.6);
        assertThat(billOfLading.first(Field.ON_BOARD_DATE)).get().extracting(v -> v.value()).isEqualTo("2024-05-27");
        Document doubtfulDate = DoubtfulValues.withhold(ScannedLines.document("BILL OF LADING",
                "Place and Date of Issue: Genoa, 05/27/2024",
                "SHIPPED ON BOARD the vessel ONE APUS, voyage 0228S,@0.06 at the port of Genoa on 05/27/2024,@0.1 for"),
                0.6);
        assertThat(doubtfulDate.has(Field.ON_BOARD_DATE)).as("the date's own words doubtful").isFalse();
    }

    @Test
    void aGroupedAmountAndItsCentsSetApartAloneInTheAmountsCellAreOneAmount() {
        // "1,317 .12" (0.68) under a degraded declaration's "Value": read as 1,317.00, its lines missed the total by
        // 0.12 (a false LINE_ARITHMETIC_ERROR)
        Document declaration = ScannedLines.table("500:IMPORT DECLARATION",
                "100:Description | 600:Quantity | 800:Net Wt. | 1000:Value",
                "100:PP storage containers 30 litre | 600:588 PCS | 800:543.68 | 1000:1,317@0.68 .12@0.68",
                "100:Cotton knit tee shirts for men | 600:5900 PCS | 800:1103.79 | 1000:18,880.00");
        assertThat(declaration.lines().get(0).get(LineField.AMOUNT)).get().extracting(v -> v.value())
                .isEqualTo("1317.12");
        assertThat(TextDocumentExtractor.centsSetApart("1.317 ,12", Numbers.DecimalStyle.COMMA))
                .isEqualTo("1.317,12");
        assertThat(TextDocumentExtractor.centsSetApart("1,317 .12 34", Numbers.DecimalStyle.POINT))
                .as("more in the cell").isEqualTo("1,317 .12 34");
    }

    @Test
    void anAmountWhoseDecimalMarkWasReadAsASpaceAloneInTheAmountsCellIsOneAmount() {
        // "2,630.65" on a clean declaration scan read "630 65" (its "2," lost): read as 630.00, the lines' sum missed
        // the total by 2,000.65, where 630.65 shows a lost group the other documents' line restores (a false
        // LINE_ARITHMETIC_ERROR)
        Document declaration = ScannedLines.table("500:IMPORT DECLARATION",
                "100:Description | 600:Quantity | 800:Net Wt. | 1000:Value",
                "100:Passenger car tyres 205/55R16, radial | 600:55 PCS | 800:470.68 | 1000:630 65",
                "100:LED panel light 600x600 mm, 40W | 600:80 PCS | 800:171.50 | 1000:12,380.40");
        assertThat(declaration.lines().get(0).get(LineField.AMOUNT)).get().extracting(v -> v.value())
                .isEqualTo("630.65");
        assertThat(TextDocumentExtractor.centsSetApart("2.630 65", Numbers.DecimalStyle.COMMA)).isEqualTo("2.630,65");
        assertThat(TextDocumentExtractor.centsSetApart("2 630 65", Numbers.DecimalStyle.COMMA)).isEqualTo("2 630,65");
        assertThat(TextDocumentExtractor.centsSetApart("630 654", Numbers.DecimalStyle.POINT)).as("a group of three")
                .isEqualTo("630 654");
    }

    @Test
    void aPricesDecimalMarkAndCentsSetApartWithASpaceKeepThePrice() {
        // "142 .55" read as one run with the amount: the cents under the amount's column had been lost
        Document invoice = ScannedLines.table("500:COMMERCIAL INVOICE",
                "100:Description | 600:Quantity | 800:Unit Price | 1000:Amount",
                "100:Split air conditioner | 600:25 SETS | 800:142 .55#950 3,563.75#1030");
        assertThat(invoice.lines()).singleElement().satisfies(line -> {
            assertThat(line.get(LineField.UNIT_PRICE)).get().extracting(v -> v.value()).isEqualTo("142.55");
            assertThat(line.get(LineField.AMOUNT)).get().extracting(v -> v.value()).isEqualTo("3563.75");
        });
        assertThat(Numbers.ocrSpacesClosed("142 .55", Numbers.DecimalStyle.POINT)).isEqualTo("142.55");
        assertThat(Numbers.ocrSpacesClosed("25124 .67", Numbers.DecimalStyle.POINT)).isEqualTo("25124.67");
        assertThat(Numbers.ocrSpacesClosed("25124 ,67", Numbers.DecimalStyle.COMMA)).isEqualTo("25124,67");
        assertThat(Numbers.ocrSpacesClosed("1,142 .55", Numbers.DecimalStyle.POINT)).as("grouped: not told")
                .isEqualTo("1,142 .55");
    }

    @Test
    void aTotalOfFiveDigitsWithASpaceBeforeItsDecimalMarkKeepsItsCents() {
        // "USD 25124 .67" on a contract read as 25,124.00: a false contract-amount mismatch with the invoice
        Document contract = ScannedLines.table("500:SALES CONTRACT",
                "100:Total Contract Value: | 700:USD 25124@0.62 .67@0.62");
        assertThat(contract.first(Field.TOTAL_AMOUNT)).get().extracting(v -> v.value()).isEqualTo("25124.67");
    }

    @Test
    void aTotalsLastGroupSetApartUnderTheNextColumnIsStillTheTotals() {
        // "JPY 15,078, 356.00" in the total row, "356.00" under the HS code column: the total had been 15,078.00
        Document invoice = ScannedLines.table("500:COMMERCIAL INVOICE",
                "100:Description | 600:Quantity | 800:Unit | 1000:Total (JPY) | 1250:HS Code",
                "100:RAM modules, DDR4, 16 GB | 600:2,800 PCS | 800:4,264.00 | 1000:11,939,200.00 | 1250:847330",
                "100:Cotton denim trousers for men | 600:1,050 PCS | 800:1,566.00 | 1000:1,644,300.00 | 1250:620342",
                "600:Total: | 1000:JPY 15,078, 356.00#1240");
        assertThat(invoice.first(Field.TOTAL_AMOUNT)).get().extracting(v -> v.value()).isEqualTo("15078356.00");
    }

    @Test
    void anAmountOfOneDecimalWithASpaceAfterItsMarkKeepsItsDecimal() {
        // "591.2" (its trailing zero left out) read "591. 2": the decimal had been lost, a false sum mismatch
        Document declaration = ScannedLines.table("500:CUSTOMS GOODS DECLARATION",
                "100:Description | 600:Quantity | 1000:Value (EUR)",
                "100:WiFi routers AC1200 | 600:40 PCS | 1000:591. 2",
                "100:Timber shelving unit, oak | 600:84 SETS | 1000:7064. 4");
        assertThat(declaration.lines()).extracting(line -> line.get(LineField.AMOUNT).orElseThrow().value())
                .containsExactly("591.20", "7064.40");
        assertThat(Numbers.ocrSpacesClosed("7064, 4", Numbers.DecimalStyle.COMMA)).isEqualTo("7064,4");
        // a space after each grouping mark of a JPY amount ("26, 880, 000.00" had been read as 26)
        assertThat(Numbers.ocrSpacesClosed("26, 880, 000.00", Numbers.DecimalStyle.POINT))
                .isEqualTo("26,880,000.00");
        assertThat(Numbers.ocrSpacesClosed("1. 234. 567,89", Numbers.DecimalStyle.COMMA)).isEqualTo("1.234.567,89");
        assertThat(Numbers.ocrSpacesClosed("7064, 4", Numbers.DecimalStyle.POINT)).as("not its decimal mark")
                .isEqualTo("7064, 4");
    }

    @Test
    void aPartysLabelMisreadBesideAnotherIsNotItsName() {
        // "Sold To" read "Soki To" on the Consignor's line: the consignor's name is the one under its label
        Document packingList = ScannedLines.table("1000:PACKING LIST",
                "170:Consignor | 1238:Soki To",
                "174:Acme Imports Pvt. Ltd. | 1242:Delta Hardware Pte. Ltd.",
                "178:Plot 63, SIPCOT Industrial Estate | 1242:368 Raffles Place");
        assertThat(packingList.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Acme Imports Pvt. Ltd.");
        // "Sold To" read surely as "Sold Te" beside "Vendor": a false PARTY_MISMATCH on a clean dossier
        Document invoice = ScannedLines.table("560:INVOICE",
                "99:Vendor | 632:Sold Te",
                "101:EVERGREAT INDUSTRIES SRL | 634:SUNRISE ELECTRONICS L.L.C.",
                "101:Via del Porto 186 | 635:197 Commerce Street");
        assertThat(invoice.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("EVERGREAT INDUSTRIES SRL");
    }

    @Test
    void theCompanyTheGoodsWereShippedToInACertificatesSentenceIsItsConsignee() {
        // "shipped by X, address, to Acme Electronics S.A., address" on a digital certificate: a planted consignee
        // change (PARTY_MISMATCH) had been missed, no buyer read
        Document certificate = ScannedLines.document(
                "CERTIFICATE OF ORIGIN",
                "The undersigned authority hereby certifies that the goods described below, shipped by Qingdao "
                        + "Silverline Distribution Import & Export Co., Ltd., No. 276 Zhangjiang Road, Pudong, 266000 "
                        + "Qingdao, China to Acme Electronics S.A., 220 Rue de la Republique, 76600 Le Havre, France per "
                        + "vessel MARIE MAERSK voyage 2620E from Yantian, Shenzhen to Le Havre");
        assertThat(certificate.first(Field.BUYER)).get().extracting(v -> v.value())
                .isEqualTo("Acme Electronics S.A.");
        Document toAPort = ScannedLines.document("CERTIFICATE OF ORIGIN",
                "The goods, shipped by Qingdao Silverline Co., Ltd. from Yantian to Le Havre, France, are of China "
                        + "origin");
        assertThat(toAPort.has(Field.BUYER)).as("a port, no company").isFalse();
    }

    @Test
    void aToOpeningABoxOfAnInvoiceWithAPlaceAndItsCountryNamesThePortOfDischarge() {
        // "To: Long Beach, United States" beside "Port of Loading: Xiamen, China" on a digital invoice: a planted
        // PORT_MISMATCH had been missed
        Document invoice = ScannedLines.table("888:COMMERCIAL INVOICE",
                "175:Port of Loading: Xiamen, China | 1282:To: Long Beach, United States",
                "175:Vessel Name: COSCO SHIPPING TAURUS V.424S | 1282:Payment Terms: T/T 60 days after B/L date");
        assertThat(invoice.first(Field.PORT_OF_DISCHARGE)).get().extracting(v -> v.value()).asString()
                .startsWith("Long Beach");
        Document addressed = ScannedLines.table("888:COMMERCIAL INVOICE",
                "175:Port of Loading: Xiamen, China | 1282:To: Acme Trading Ltd, United States");
        assertThat(addressed.has(Field.PORT_OF_DISCHARGE)).as("a company addressed").isFalse();
    }

    @Test
    void anAmpersandReadAsADigitBetweenTwoLabelWordsIsNoPartOfTheLabel() {
        // "Vessel 4 Voyage" (the & read as a 4) on a degraded B/L: vessel and voyage had been lost (false
        // MISSING_FIELDs)
        Document billOfLading = ScannedLines.table("600:BILL OF LADING",
                "202:BA No. | 912:Vessel 4@0.74 Voyage | 1622:Place of Receipt",
                "206:MEDU 23078210 | 916:MSC ANNA / 2515W | 1626:NINGBO CY");
        assertThat(billOfLading.first(Field.VESSEL)).get().extracting(v -> v.value()).isEqualTo("MSC ANNA");
        assertThat(billOfLading.first(Field.VOYAGE)).get().extracting(v -> v.value()).isEqualTo("2515W");
        Document sure = ScannedLines.table("600:BILL OF LADING",
                "202:BA No. | 912:Vessel 4 Voyage | 1622:Place of Receipt",
                "206:MEDU 23078210 | 916:MSC ANNA / 2515W | 1626:NINGBO CY");
        assertThat(sure.has(Field.VESSEL)).as("a digit read surely is as printed").isFalse();
    }

    @Test
    void aVesselIsAsSureAsItsOwnWordsNotAsTheVoyageBesideIt() {
        // "MARIE MAERSK / 8295S" under "Vessel / Voyage", the voyage's word at 0.00: the vessel had been withheld with
        // it (a planted voyage change on the declaration then had nothing to be compared with)
        Document billOfLading = DoubtfulValues.withhold(ScannedLines.table("600:BILL OF LADING",
                "189:B/L No. | 899:Vessel / Voyage | 1609:Place of Receipt",
                "193:MAEU 685322151 | 903:MARIE MAERSK / 8295S@0.0 | 1613:XIAMEN CY"), 0.6);
        assertThat(billOfLading.first(Field.VESSEL)).get().extracting(v -> v.value()).isEqualTo("MARIE MAERSK");
        assertThat(billOfLading.has(Field.VOYAGE)).as("its own word doubted").isFalse();
    }

    @Test
    void aStreetNumberAfterNoAndACommaIsAnAddressNoLabel() {
        // "No, 218 Xianggang Middle Road" in the shipper's box of a B/L: the postcode under it had been taken for the
        // B/L number (a false BL_NUMBER_MISMATCH on a degraded scan)
        Document billOfLading = ScannedLines.table("214:BILL OF LADING",
                "210:Ningbo Hanseatic Manufacturing Industrial Co., Ltd.",
                "214:No, 218 Xianggang Middle Road",
                "212:315040 Ningbo, China");
        assertThat(billOfLading.has(Field.BL_NUMBER)).isFalse();
    }

    @Test
    void aSignatureLabelWithItsColonReadAsASemicolonEndsTheNameBeforeIt() {
        // "THE BUYER; ACME ..." (its colon read as a semicolon) under "THE SELLER: REDWOOD ...": the seller had been
        // read "REDWOOD LOGISTICS IMP. & EXP. CO. LTD THE BUYER" (a false PARTY_MISMATCH on five documents)
        Document contract = ScannedLines.table("1000:SALES CONTRACT",
                "184:Packing: export standard packages, suitable for ocean freight.",
                "1392:THE SELLER: REDWOOD LOGISTICS IMP. & EXP. CO. LTD",
                "+1390:THE BUYER; ACME ELECTRONICS SOCIEDAD LIMITADA");
        assertThat(contract.all(Field.SELLER)).extracting(v -> v.value())
                .containsExactly("REDWOOD LOGISTICS IMP. & EXP. CO. LTD");
        assertThat(contract.all(Field.BUYER)).extracting(v -> v.value())
                .containsExactly("ACME ELECTRONICS SOCIEDAD LIMITADA");
    }

    @Test
    void aSignatureLinesPartyIsNoSurerThanTheBoxesForTheArticleBeforeItsLabel() {
        // "THE SELLER: Xiamen Northstar Textile s Import   Export" (its "&" lost) at the foot had been taken over the
        // "Seller" box's whole name, "the seller" counting one word more than "seller" (false PARTY_MISMATCHes)
        Document contract = ScannedLines.table("784:CONTRACT OF SALE",
                "165:Seller | 1017:Buyers",
                "+168:Xiamen Northstar Textiles Import & Export | 1020:Redwood Manufacturing LLC",
                "+167:Co., Ltd | 1020:109 Industrial Parkway, Suite 200",
                "+168:No. 292 Zhangjiang Road, Pudong | 1018:TX 77002 Houston, United States",
                "142:London. This contract is made in two originals, each party holding one.",
                "1109:THE SELLER: Xiamen Northstar Textile s Import | 1862:Export ¢@0.72",
                "+1108:THE BUYER: Redwood Manufacturing LLC");
        assertThat(contract.all(Field.SELLER)).extracting(v -> v.value())
                .containsExactly("Xiamen Northstar Textiles Import & Export Co., Ltd");
    }

    @Test
    void aHeaderCellOfTwoLinesReadInColumnOrderKeepsItsNames() {
        // "Quantity / Shipped" beside "Unit of / Measure", merged word by word from left to right: "Quantity Shipped
        // Unit Measure of" — its "of" had counted as a word naming nothing, the cell no column (a planted
        // QUANTITY_MISMATCH on the packing list missed: its quantities unread)
        Document packingList = ScannedLines.table("1000:PACKING LIST",
                "186:Item Commodity Description | 1357:Quantity Shipped Unit Measure of | 1909:Net wt | 2112:Gross Wt.",
                "186:1 | 294:Men's denim jeans, 100% cotton | 1461:230 PCS | 1969:121,57 | 2172:137,83",
                "186:2 | 294:DDR4 memory modules 16GB | 1418:8.800 PCS | 1969:174,68 | 2172:332,85");
        assertThat(packingList.lines()).extracting(l -> l.get(LineField.QUANTITY).map(v -> v.value()).orElse(null))
                .containsExactly("230", "8800");
    }

    @Test
    void aQuantityReadIntoTheUnitsCellBeforeAStrokeIsTheQuantity() {
        // a degraded packing list: "1,060 PCS" read "1," and "060)PCS", "176 PCS" read "176/PCS" in the unit's column
        // (a false QUANTITY_MISMATCH: 1 against 1,060; two quantities unread)
        Document packingList = ScannedLines.table("1000:PACKING LIST",
                "172:Item | 284:Description | 1490:Qty | 1630:Unit | 1984:Net | 2136:Gross",
                "172:1 | 284:WiFi routers AC1200 | 1500:1, | 1630:060)PCS | 1984:478.27 | 2136:555.36",
                "172:2 | 284:LED ceiling panel luminaire | 1630:176/PCS | 1984:372.37 | 2136:425.59",
                // "2, 700|}PCS": a brace read after the stroke (a false QUANTITY_MISMATCH: 2 against 2,700)
                "172:3 | 284:Men's T-shirts, 100% cotton | 1500:2, | 1630:700|}PCS | 1984:510.02 | 2136:541.03");
        assertThat(packingList.lines()).extracting(l -> l.get(LineField.QUANTITY).map(v -> v.value()).orElse(null))
                .containsExactly("1060", "176", "2700");
        assertThat(packingList.lines()).extracting(l -> l.get(LineField.UNIT).map(v -> v.value()).orElse(null))
                .containsExactly("PCS", "PCS", "PCS");
    }

    @Test
    void orderedByLabelsTheBuyersBoxBesideTheSuppliers() {
        // a purchase order's "Supplier | Ordered by" boxes: "Ordered by" had been read as the supplier's name
        Document order = ScannedLines.table("967:PURCHASE ORDER",
                "188:Supplier | 1253:Ordered by",
                "+192:Rialto Electronics Pte. Ltd. | 1257:Blue Ocean Manufacturing S.A.",
                "+192:296 Raffles Place | 1257:Calle del Puerto 15",
                "142:This order is made in two originals.",
                "1389:THE SELLER: Rialto Electronics Pte. Ltd.",
                "+1389:THE BUYER: Blue Ocean Manufacturing S.A.");
        assertThat(order.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Rialto Electronics Pte. Ltd.");
        assertThat(order.first(Field.BUYER)).get().extracting(v -> v.value())
                .isEqualTo("Blue Ocean Manufacturing S.A.");
    }

    @Test
    void aDoubtedNameBeforeALabelWordIsNoLabelWhoseFirstWordItIsNot() {
        // "ESSEN, voyage" (0.89) had been read as "Vessel Voyage" two letters off: the vessel cut to "MAERSK" and the
        // voyage lost on a clean scan (a false MISSING_FIELD) — "essen" lost no letters of "vessel", it has an n
        Document billOfLading = ScannedLines.table("994:BILL OF LADING",
                "177:SHIPPED ON BOARD the vessel MAERSK ESSEN,@0.89 voyage 599E, at the port of Singapore on",
                "177:carriage to the port of Valencia.");
        assertThat(billOfLading.first(Field.VESSEL)).get().extracting(v -> v.value()).isEqualTo("MAERSK ESSEN");
        assertThat(billOfLading.first(Field.VOYAGE)).get().extracting(v -> v.value()).isEqualTo("599E");
    }

    @Test
    void aLabelsFirstWordTwoLettersShortBeforeItsOtherWordsReadExactlyIsTheLabel() {
        // "Issue Date" read "Ise Date" (0.01): the declaration's date had been lost
        Document declaration = ScannedLines.table("400:CUSTOMS GOODS DECLARATION",
                "102:Customs Declaration No. | 458:Ise@0.01 Date@0.9 | 813:Invoice No.",
                "104:25ITPY9230225468 | 457:2025-03-30 | 814:INV-2025-93957");
        assertThat(declaration.first(Field.DOCUMENT_DATE)).get().extracting(v -> v.value()).isEqualTo("2025-03-30");
        Document sure = ScannedLines.table("400:CUSTOMS GOODS DECLARATION",
                "102:Customs Declaration No. | 458:Ise Date@0.9 | 813:Invoice No.",
                "104:25ITPY9230225468 | 457:2025-03-30 | 814:INV-2025-93957");
        assertThat(sure.has(Field.DOCUMENT_DATE)).as("a word read surely is taken as printed").isFalse();
    }

    @Test
    void aLabelsFirstWordHardlyReadTwoLettersOffBeforeItsOtherWordsReadExactlyIsTheLabel() {
        // "Issue Date" read "Iswe Date" (0.46): the declaration's date had been lost (a false MISSING_FIELD)
        Document declaration = ScannedLines.table("400:IMPORT DECLARATION",
                "100:Entry No. | 455:Iswe@0.46 Date | 810:BL Number",
                "+102:ENT-RKO-6079434-7 | 454:2024-02-28 | 811:COSU 4324157224");
        assertThat(declaration.first(Field.DOCUMENT_DATE)).get().extracting(v -> v.value()).isEqualTo("2024-02-28");
        Document doubted = ScannedLines.table("400:IMPORT DECLARATION",
                "100:Entry No. | 455:Iswe@0.8 Date | 810:BL Number",
                "+102:ENT-RKO-6079434-7 | 454:2024-02-28 | 811:COSU 4324157224");
        assertThat(doubted.has(Field.DOCUMENT_DATE)).as("read fairly: another word").isFalse();
    }

    @Test
    void theNumberOfOriginalBillsIsNoBillOfLadingNumber() {
        Document bl = ScannedLines.table("500:BILL OF LADING FOR OCEAN TRANSPORT",
                "100:No. of Original B/Ls | 600:Place and Date of Issue",
                "100:THREE (3) | 600:Shanghai, 07/04/2024");
        assertThat(bl.has(Field.BL_NUMBER)).isFalse();
        Document split = ScannedLines.table("500:OCEAN BILL OF LADING",
                "100:No.",
                "120:of Original B/Ls | 600:Place and Date of issue",
                "100:3/3 | 600:Bremerhaven, 07.05.2025");
        assertThat(split.has(Field.BL_NUMBER)).as("\"No.\" and the rest of its label on two lines").isFalse();
        Document numbered = ScannedLines.table("500:OCEAN BILL OF LADING", "100:B/L No. | 600:Date",
                "100:MEDU9241696 | 600:07.05.2025");
        assertThat(numbered.first(Field.BL_NUMBER)).get().extracting(v -> v.value()).isEqualTo("MEDU9241696");
    }

    @Test
    void specksReadAsAShortWordBesideAPartyLabelAreNoName() {
        // "Exporter | tg | Bag": specks in the row of the label, the exporter's name in the box below it
        Document certificate = ScannedLines.table("600:CERTIFICATE OF ORIGIN",
                "300:Exporter | 700:tg@0.00 | 1700:Bag@0.31",
                "200:Consignor / | 1200:Consignee (Name and Address)",
                "200:ALPINE HOME GOODS LIMITED SIRKETI | 1200:Greenfield Commerce Incorporated",
                "200:Liman Caddesi No: 132 | 1200:264 Industrial Parkway, Suite 200");
        assertThat(certificate.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("ALPINE HOME GOODS LIMITED SIRKETI");

        // "Consignee" read "Mow" at 0.50 in the row of the Shipper label (a false PARTY_MISMATCH)
        Document packingList = ScannedLines.table("1072:PACKING LIST",
                "224:Shipper | 1294:Mow@0.50",
                "+232:Sakura Distribution S.p.A. | 1296:Bosphorus Hardware S.A.S.",
                "+230:Via del Porto 82 | 1294:360 Rue de la Republique");
        assertThat(packingList.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Sakura Distribution S.p.A.");

        Document sure = ScannedLines.table("600:COMMERCIAL INVOICE", "100:Seller: IBM@0.93 | 900:Buyer: ACME Corp.");
        assertThat(sure.first(Field.SELLER)).as("a short name read surely is a name").get()
                .extracting(v -> v.value()).isEqualTo("IBM");
    }

    @Test
    void aPartyNameWrappedInsideItsLegalFormKeepsAllOfIt() {
        // "... Sp. z" / "o.o.": the legal form itself cut by the box's edge
        Document bl = ScannedLines.table("600:BILL OF LADING",
                "100:Shipper / Exporter | 1000:Consignee (Name and Address)",
                "100:Lotus Supply Co., Ltd. | 1000:TO THE ORDER OF Alpine Distribution Sp. z",
                "+100:Lot 197, VSIP Industrial Park | 1000:o.o.",
                "+100:820000 Binh Duong, Viet Nam | 1000:ul. Marszalkowska 246");
        assertThat(bl.first(Field.BUYER)).get().extracting(v -> v.value()).isEqualTo("Alpine Distribution Sp. z o.o.");
        assertThat(bl.first(Field.SELLER)).get().extracting(v -> v.value()).isEqualTo("Lotus Supply Co., Ltd.");
    }

    @Test
    void aColumnNameWithADoubtedLetterMisreadStillNamesItsColumn() {
        // "H.S." over "Code" read "HLS." at 0.54: the commodity codes became no column, and a changed code was missed
        Document declaration = ScannedLines.table("600:ENTRY SUMMARY - IMPORT DECLARATION",
                "100:Line HLS.@0.54 | 400:Description | 1000:Quantity | 1300:Value",
                "+160:Code",
                "100:1 | 160:6109.90 Men's#400 T-shirts, 100% cotton, knitted | 1000:5,800 | 1300:17,052.00");
        assertThat(declaration.lines()).singleElement().satisfies(line -> {
            assertThat(line.values().get(LineField.HS_CODE).value()).isEqualTo("610990");
            assertThat(line.values().get(LineField.DESCRIPTION).value()).isEqualTo("Men's T-shirts, 100% cotton, knitted");
        });

        // read surely, "HLS" is what the page says: no guess
        Document sure = ScannedLines.table("600:ENTRY SUMMARY - IMPORT DECLARATION",
                "100:Line HLS.@0.95 | 400:Description | 1000:Quantity | 1300:Value",
                "+160:Code",
                "100:1 | 160:6109.90 Men's#400 T-shirts, 100% cotton, knitted | 1000:5,800 | 1300:17,052.00");
        assertThat(sure.lines()).singleElement().satisfies(line ->
                assertThat(line.values()).doesNotContainKey(LineField.HS_CODE));
    }

    @Test
    void aLabelAfterADashOrWithItsSpacesLostIsTheNextBoxsLabelNotAValue() {
        // a rule's remains read as "-" before the next box's label: "Discharge Port" was taken for the port of loading
        Document policy = ScannedLines.table("600:MARINE CARGO INSURANCE POLICY",
                "100:Vessel / Voyage | 800:Port of Loading | 1600:- Discharge Port",
                "100:MARIE MAERSK V.2630E | 800:Yantian, Shenzhen (CNYTN) | 1600:Rotterdam (NLRTM)");
        assertThat(policy.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("Yantian, Shenzhen");
        assertThat(policy.first(Field.PORT_OF_DISCHARGE)).get().extracting(v -> v.value()).isEqualTo("Rotterdam");

        // "Port of" run together: still the next box's label
        Document contract = ScannedLines.table("600:SALES CONTRACT",
                "100:Trade Terms | 800:Port of Loading | 1600:Portof@0.32 Discharge@0.52",
                "100:FOB - Xiamen | 800:XIAMEN | 1600:SINGAPORE");
        assertThat(contract.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("XIAMEN");
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

    @Test
    void aScrapReadAtNoConfidenceInTheHeaderCutsNoDescriptionShort() {
        // "Oe" at 0 % between "Description" and "HS Code": as a column of its own it took the description's end
        Document invoice = ScannedLines.table("300:COMMERCIAL INVOICE",
                "100:Description | 420:Oe@0.02 | 800:HS Code | 1000:Qty",
                "100:Laptop computer 14 inch, Intel Core i5, 16GB RAM | 800:84713000 | 1000:100");
        assertThat(invoice.lines()).hasSize(1);
        assertThat(invoice.lines().get(0).values().get(LineField.DESCRIPTION).value())
                .isEqualTo("Laptop computer 14 inch, Intel Core i5, 16GB RAM");
    }

    @Test
    void weightsUnderAHeaderRunTogetherOrCrowdedByTheNextOne() {
        // "TotalG.W." read as one word; "Total G.W. Measurement" as one segment, the weight right-aligned under G.W.
        Document runTogether = ScannedLines.table("300:BILL OF LADING",
                "100:Container No. | 600:Description of Goods | 1500:TotalG.W. | 1700:Measurement",
                "100:ECMU1190392 | 600:134 CTNS SAID TO CONTAIN: BATH TOWELS | 1500:4,118.84 KGS | 1700:17.299 CBM");
        assertThat(runTogether.first(Field.GROSS_WEIGHT)).get().extracting(v -> v.value()).isEqualTo("4118.84");

        Document crowded = ScannedLines.table("300:PACKING LIST",
                "100:Description | 900:Qty | 1200:Gross Wt. Measurement",
                "100:Cotton bath towels | 900:100 PCS | 1250:567.25 | 1500:2.5 CBM",
                "100:Plush toys, assorted | 900:540 PCS | 1250:190.80 | 1500:1.2 CBM");
        assertThat(crowded.lines()).extracting(l -> l.values().get(LineField.GROSS_WEIGHT).value())
                .containsExactly("567.25", "190.8");
    }

    @Test
    void twoBoxesValuesReadAsOneSegmentAreSplitUnderTheirLabels() {
        // the rule between the boxes removed, the gap small: one segment under "Incoterms" and "Port of Loading"
        Document contract = ScannedLines.table("900:SALES CONTRACT",
                "100:Contract No. | 848:Issue Date",
                "100:CN-SC-2025-9269 | 848:07/26/2025",
                "100:Incoterms | 848:Port of Loading | 1586:Port of Discharge",
                "100:CIF HAMBURG (INCOTERMS(R) 2020) YANTIAN,#860 SHENZHEN | 1610:HAMBURG");
        assertThat(contract.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value())
                .isEqualTo("YANTIAN, SHENZHEN");
        assertThat(contract.first(Field.INCOTERM)).get().extracting(v -> v.value()).isEqualTo("CIF");
        assertThat(contract.first(Field.PORT_OF_DISCHARGE)).get().extracting(v -> v.value()).isEqualTo("HAMBURG");
    }

    @Test
    void packagesCountedInWordsGiveTheFiguresInBrackets() {
        for (String gap : List.of(" ", "        ")) {
            Document bl = read("BILL OF LADING\nB/L No.: CMDU105674139\nTotal No. of Packages (in words):" + gap
                    + "SAY SIXTEEN (16) PALLETS ONLY\n");
            assertThat(bl.first(Field.PACKAGE_COUNT)).get().extracting(v -> v.value()).isEqualTo("16");
            assertThat(bl.first(Field.PACKAGE_KIND)).get().extracting(v -> v.value()).isEqualTo("PLT");
        }
        Document wordsOnly = read("BILL OF LADING\nB/L No.: CMDU105674139\n"
                + "Total No. of Packages (in words): SAY SIXTEEN PALLETS ONLY\n");
        assertThat(wordsOnly.first(Field.PACKAGE_COUNT)).isEmpty();
    }

    @Test
    void aSecondHeaderLineWordBelongsToTheColumnItStandsUnder() {
        // "(JPY)" under "Price/Unit" of a header segment that also holds "Total (JPY) HS Code": read after "HS Code",
        // it stretched the code's column back over the price's and the codes took the amounts
        Document invoice = ScannedLines.table("900:COMMERCIAL INVOICE",
                "300:Description | 1589:Quantity | 1784:Price/Unit Total#1962 (JPY) HS#2154 Code",
                "+1784:(JPY)",
                "300:LED panel light 600x600 mm | 1625:336 PCS | 1868:2767 | 2019:929712 9405.42#2154",
                "300:Men's denim jeans, 100% cotton | 1625:500 PCS | 1869:1773 | 2019:886500 6203.42#2154");
        assertThat(invoice.lines()).extracting(l -> l.values().get(LineField.HS_CODE).value())
                .containsExactly("940542", "620342");
        assertThat(invoice.lines()).extracting(l -> l.values().get(LineField.AMOUNT).value())
                .containsExactly("929712.00", "886500.00");
    }

    @Test
    void aPriceAndAnAmountReadAsOneSegmentAreTwoNumbers() {
        // "499 1287420": a 3-digit price beside an amount, not one number grouped with a space
        Document invoice = ScannedLines.table("900:COMMERCIAL INVOICE",
                "300:Description | 1600:Qty | 1791:Unit Price | 1960:Total Price | 2160:HS Code",
                "300:Cotton terry bath towels 70x140 cm | 1604:2580 PCS | 1830:499 1287420#1960 63026000#2160");
        assertThat(invoice.lines()).singleElement().satisfies(line -> {
            assertThat(line.values().get(LineField.UNIT_PRICE).value()).isEqualTo("499.00");
            assertThat(line.values().get(LineField.AMOUNT).value()).isEqualTo("1287420.00");
        });
    }

    @Test
    void aPackageCountIsNoGoodsDescription() {
        assertThat(ValueParsers.description("134 CTNS")).isEmpty();
        // "92 CASES|SHIPPER'S LOAD, STOW AND COUNT, SAID TO CONTAIN:": the rule between the cells read into the word
        assertThat(ValueParsers.description("92 CASES|SHIPPER'S LOAD, STOW AND COUNT, SAID TO CONTAIN:")).isEmpty();
        // the possessive's apostrophe read twice
        assertThat(ValueParsers.description("210 CTNS|SHIPPER'\u2019S LOAD, STOW AND COUNT, SAID TO CONTAIN:")).isEmpty();
        // "SAID" read into the packages cell beside it
        assertThat(ValueParsers.description("TO CONTAIN:\nPASSENGER CAR TYRES 205/55R16, RADIAL"))
                .contains("PASSENGER CAR TYRES 205/55R16, RADIAL");
        // the cargo's weight and measurement, and the carrier's clause in its scanned forms
        assertThat(ValueParsers.description("6,518.87 KGS 27.379 CBM")).isEmpty();
        // the packages' kind ("98 CS|STC:", its count in the column before) and the weight beside it, whose header
        // "G.W." was misread: a false DESCRIPTION_MISMATCH
        assertThat(ValueParsers.description("CS|STC: 7,451.00 KGS")).isEmpty();
        assertThat(ValueParsers.description("98 CS 7,451.00 KGS 31.294 CBM")).isEmpty();
        assertThat(ValueParsers.description("CS 7,451.00 KGS STEEL PARTS")).as("goods after it").isPresent();
        assertThat(ValueParsers.description("SHIPPER\u2019S LOAD STOW AND COUNT")).isEmpty();
        assertThat(ValueParsers.description("LOAD STOW AND COUNT")).isEmpty();
        assertThat(ValueParsers.description("SHIPPER'S LOAD. STOW AND COUNT TROUSERS FOR MEN"))
                .contains("TROUSERS FOR MEN");
        assertThat(ValueParsers.description("20 PALLETS.")).isEmpty();
        assertThat(ValueParsers.description("24 PORTABLE FANS")).contains("24 PORTABLE FANS");
        assertThat(ValueParsers.description("200 BICYCLES")).contains("200 BICYCLES");
    }

    @Test
    void anInvoiceWhoseTitleNoiseDestroyedIsToldByItsPricesNotByTheVesselItNames() {
        // seen on a degraded scan: the title lost, the body names vessel and ports as a B/L does
        Document invoice = read("""
                Acme Distribution Import & Export Co., Ltd.
                No. 11 Xianggang Middle Road, 510000 Guangzhou, China
                Inv. #: ADI253878      Date: 16.04.2025
                P.O. No.: PO3406040    Vendor:
                Buyer:                 Currency: USD
                Northstar Global Sourcing Inc.
                Incoterms: CFR Los Angeles    Origin of Goods: China
                Loading Port: SHANGHAI        Port of Discharge: LOS ANGELES
                Ocean Vessel: ONE MINATO V.794S   Terms of Payment: irrevocable L/C at sight
                No. Commodity Description   Quantity Unit Price (USD)  Total(USD) Tariff No. UOM
                1 Wooden bookcase, oak veneer, 5 shelves  66  62,45  4121,70 94036010 SETS
                Total Value: 4121,70 USD
                """);
        assertThat(invoice.type()).isEqualTo(io.customsreview.hub.domain.DocumentType.INVOICE);
    }

    @Test
    void aTitleWithALetterSetApartIsStillTheTitleAndACitingLabelIsNone() {
        // "PACKING L IST": a gap in the word; "Invoice Reference" below cites the invoice, it is no title
        Document packingList = read("""
                Orient Star Imports Co., Ltd.
                PACKING L IST
                Invoice Reference      Date of Issue
                CI/8751/25             06 FEB 2025
                Total Packages: 59 CARTONS
                Net Weight: 499,16 KGS
                """);
        assertThat(packingList.type()).isEqualTo(io.customsreview.hub.domain.DocumentType.PACKING_LIST);
        // "PACKIN G LIST" on a clean scan: the G had been joined to the word after it ("packin glist"), and the packing
        // list, read as an invoice, made a false MISSING_DOCUMENT and five MISSING_FIELDs
        Document lastLetterApart = read("""
                Acme Trading Co., Ltd.
                PACKIN G LIST
                Invoice No.      Issue Date
                INV-2025-74021   22/05/2025
                Total Packages: 43 CARTONS
                Net Weight: 4 499,16 KGS
                """);
        assertThat(lastLetterApart.type()).isEqualTo(io.customsreview.hub.domain.DocumentType.PACKING_LIST);
    }

    @Test
    void aBillOfLadingWhoseTitleLostItsFirstLetterIsNoReceiptForItsPlaceOfReceipt() {
        // a degraded B/L: "ILL OF LADING" in the title, and "Place of Receipt" had been taken for an invoice's title
        // "Receipt" (the dossier lost its B/L: a false MISSING_DOCUMENT and seven MISSING_FIELDs on the "invoice")
        Document billOfLading = read("""
                Mediterranean Shipping Company S.A.
                ILL OF LADING FOR OCEAN TRANSPORT OR MULTIMODAL TRANSPORT
                Shipper / Exporter             Consignee (Name and Address)
                Lotus Commerce Pvt. Ltd.       TO THE ORDER OF Hanseatic Industries Ltd
                BL Number       Per S.S.       Voyage Number
                MEDU83436313    MSC GULSUN     2523E
                Place of Receipt    Port of Loading    To
                NHAVA SHEVA CY      Nhava Sheva, India    Southampton (GBSOU)
                """);
        assertThat(billOfLading.type()).isEqualTo(io.customsreview.hub.domain.DocumentType.BILL_OF_LADING);
        Document withoutTitle = read("""
                Mediterranean Shipping Company S.A.
                Shipper / Exporter             Consignee (Name and Address)
                Lotus Commerce Pvt. Ltd.       TO THE ORDER OF Hanseatic Industries Ltd
                Place of Receipt    Port of Loading    To
                NHAVA SHEVA CY      Nhava Sheva, India    Southampton (GBSOU)
                Vessel: MSC GULSUN   Freight Terms: FREIGHT PREPAID   SHIPPED ON BOARD
                """);
        assertThat(withoutTitle.type()).as("a label is no title: the body tells").isEqualTo(
                io.customsreview.hub.domain.DocumentType.BILL_OF_LADING);
    }

    @Test
    void aTitleWordSplitInTwoIsStillTheTitle() {
        // "SALES CO NTRACT": a gap read inside the word; the contract had been taken for a second invoice (a false
        // MISSING_DOCUMENT and three findings on the doubled invoice total)
        Document contract = read("""
                Orient Star Electronics Exports Pvt. Ltd.
                SALES CO NTRACT
                S/C No.: P03002071            Date of Issue: 11/01/2024
                Seller:                       Buyer:
                Invoice Currency: USD         Terms of Delivery: CIF SANTOS
                """);
        assertThat(contract.type()).isEqualTo(io.customsreview.hub.domain.DocumentType.CONTRACT);
    }

    @Test
    void aPurchaseOrderWhoseTitleLostItsSecondWordIsAContract() {
        // "PURCHASE" (its "ORDER" lost on a degraded scan) over a goods table whose header splits "... per | B/L":
        // the lone "B/L" had been taken for a bill of lading's title (a false MISSING_DOCUMENT and six MISSING_FIELDs)
        Document contract = read("""
                Bosphorus Hardware Ltd
                PURCHASE
                PO Number: IT-SC-2024-1937         Date: 31 DEC 2024
                Supplier:                          Ordered by:
                Lotus Logistics S.p.A.             Bosphorus Hardware Ltd
                                                   B/L
                THE SELLER: Lotus Logistics S.p.A.
                THE BUYER: Bosphorus Hardware Ltd
                """);
        assertThat(contract.type()).isEqualTo(io.customsreview.hub.domain.DocumentType.CONTRACT);
    }

    @Test
    void aLabelOpeningWithADocumentsNameIsNoTitle() {
        // a purchase order whose title lost its second word ("PURCHASE"): its label "Invoice Currency: JPY" had been
        // taken for an invoice's title (a false MISSING_DOCUMENT, two false MISSING_FIELDs and the invoice total
        // doubled: a declared value and an insurance cover half of it)
        Document contract = read("""
                Everbright Global Sourcing Ltda.
                PURCHASE
                Purchase Order No.: PO3004113      Date of Issue: 11/25/2024
                Seller:                            Buyer:
                Vanguard Distribution S.p.A.       Everbright Global Sourcing Ltda.
                Invoice Currency: JPY              Trade Terms: CIF - Santos
                THE SELLER: Vanguard Distribution S.p.A.
                THE BUYER: Everbright Global Sourcing Ltda.
                """);
        assertThat(contract.type()).isEqualTo(io.customsreview.hub.domain.DocumentType.CONTRACT);
        Document invoice = read("""
                Everbright Global Sourcing Ltda.
                COMMERCIAL INVOICE: 2024-1183
                Seller:                            Buyer:
                """);
        assertThat(invoice.type()).as("a title with its number after a colon").isEqualTo(
                io.customsreview.hub.domain.DocumentType.INVOICE);
    }

    @Test
    void aSpeckReadAsASemicolonAfterALabelsColonIsNoPartOfTheValue() {
        // "Voyage No.:; 2536W" on a degraded B/L: the voyage was not taken (a false MISSING_FIELD)
        Document billOfLading = ScannedLines.table("600:BILL OF LADING",
                "77:Per S.S.: MSC ANNA | 630:Voyage No.:; 2536W");
        assertThat(billOfLading.all(Field.VOYAGE)).extracting(FieldValue::value).containsExactly("2536W");
    }

    @Test
    void aCodeWrittenWithItsPointsAloneUnderTheDescriptionIsTheLinesCode() {
        // "Commodity Code" wrapped over two header lines, its first word read into "item Commodity Goods Description":
        // the code "8708.30" fell under the description, the declaration's line had no code (a planted
        // HS_CODE_MISMATCH missed)
        Document declaration = ScannedLines.table("744:CUSTOMS IMPORT DECLARATION",
                "190:item Commodity Goods Description | 1644:Origin Quantity Unit | 2036:N.W. | 2178:item",
                "+282:Code | 2036:(KGS) | 2178:Value",
                "190:1 | 284:8708.30 | 492:Steel suspension brackets for motor vehicles | 1642:China | 1856:120 PCS"
                        + " | 2054:157.52 | 2178:572.40");
        assertThat(declaration.lines()).singleElement().satisfies(line -> {
            assertThat(line.get(LineField.HS_CODE)).get().extracting(FieldValue::value).isEqualTo("870830");
            assertThat(line.get(LineField.DESCRIPTION)).get().extracting(FieldValue::value)
                    .isEqualTo("Steel suspension brackets for motor vehicles");
        });
    }

    @Test
    void aTitleReadAsTwoSegmentsIsStillTheTitle() {
        // "PACKING" and "LIST" read as two segments of one line: the packing list had been taken for an invoice by its
        // body's "Invoice Reference" and "Invoice No." (a false MISSING_DOCUMENT and five MISSING_FIELDs)
        Document packingList = ScannedLines.table("473:Sunrise Industries Pte. Ltd.",
                "876:Invoice Reference: INV-2024-18337",
                "945:Issue Date: March 27, 2024",
                "506:PACKING | 663:LIST",
                "87:We hereby certify that the goods covered by Invoice No. INV-2024-18337, sold to Harbourside",
                "92:Description of Goods | 769:Packages Quantity | 940:Net Wt | 1048:Gross Wt.",
                "92:Cotton denim trousers for men | 804:3CS | 869:300 PCS | 963:181,75 KG | 1070:205,16 KG");
        assertThat(packingList.type()).isEqualTo(io.customsreview.hub.domain.DocumentType.PACKING_LIST);
    }

    @Test
    void anExporterNamedInADeclarationsSentenceAsAHandelsgesellschaftMbHIsTheSeller() {
        // "... imported by Alpine Global Sourcing Incorporated, ... from HANSEATIC TRADING HANDELSGESELLSCHAFT MBH,
        // Industriestrasse 376, ...": "mbH" was no legal form, the seller was not read, and a planted PARTY_MISMATCH
        // went unseen
        Document declaration = read("""
                CUSTOMS IMPORT DECLARATION
                The undersigned hereby declares for release into free circulation the goods described below, imported by Alpine
                Global Sourcing Incorporated, 342 Commerce Street, NJ 07102 Newark, United States from HANSEATIC
                TRADING HANDELSGESELLSCHAFT MBH, Industriestrasse 376, 70173 Stuttgart, Germany.
                """);
        assertThat(declaration.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("HANSEATIC TRADING HANDELSGESELLSCHAFT MBH");
    }

    @Test
    void anInvoicesFromAndToBoxesGiveThePortsButAToLineAddressesNoPort() {
        // a digital invoice's "From | To | Carrying Vessel" boxes: its ports had not been read, and a planted port of
        // discharge (HAMBURG for Bremerhaven) went unseen
        Document invoice = ScannedLines.table("900:COMMERCIAL INVOICE",
                "188:Invoice No | 898:Invoice Date | 1608:Purchase Order No.",
                "192:CI/4628/24 | 902:12/26/2024 | 1612:DLH/2024/233",
                "188:From | 898:To | 1608:Carrying Vessel",
                "192:Yantian, Shenzhen, China | 902:HAMBURG | 1612:CSCL SATURN V.2420E");
        assertThat(invoice.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value())
                .isEqualTo("Yantian, Shenzhen, China");
        assertThat(invoice.first(Field.PORT_OF_DISCHARGE)).get().extracting(v -> v.value()).isEqualTo("HAMBURG");

        Document addressed = ScannedLines.table("900:COMMERCIAL INVOICE",
                "188:Invoice No: CI/4628/24",
                "188:To: Mr. John Smith, Purchasing",
                "188:From | 898:To",
                "192:Rialto Industries Co. Ltd | 902:Northstar Global Sourcing S.A.");
        assertThat(addressed.has(Field.PORT_OF_DISCHARGE)).as("a person addressed, a party in the box").isFalse();
        assertThat(addressed.has(Field.PORT_OF_LOADING)).isFalse();
    }

    @Test
    void aLongCargoDescriptionWhoseLastWordReachesTheWeightColumnGoesOn() {
        // a digital B/L: "GREEN COFFEE BEANS, ARABICA, NOT ROASTED HS" / "CODE 09011100", its "HS" under the gross
        // weight's span, had ended the cargo table: the item was lost, the B/L's goods compared with the invoice's as a
        // summary, and two false DESCRIPTION_MISMATCHes given
        Document billOfLading = ScannedLines.table("900:BILL OF LADING",
                "183:Container No. | 642:Packages | 825:Description of Goods | 1758:Total Gross Wt | 2068:Measurement",
                "183:MEDU 336789 9 | 681:102 CS STC: | 1775:11.209,16 KGS | 2084:47,078 CBM",
                "825:STEEL SUSPENSION BRACKETS HS CODE 87089997",
                "825:GREEN COFFEE BEANS, ARABICA, NOT ROASTED, IN NEW JUTE BAGS, WASHED AND SORTED BY HAND HS",
                "825:CODE 09011100");
        assertThat(billOfLading.all(Field.DESCRIPTION)).extracting(v -> v.value())
                .contains("GREEN COFFEE BEANS, ARABICA, NOT ROASTED, IN NEW JUTE BAGS, WASHED AND SORTED BY HAND");
        assertThat(billOfLading.all(Field.HS_CODE)).extracting(v -> v.value()).contains("09011100");
    }

    @Test
    void aShortPriceRightAlignedCloseToTheAmountIsThePriceNotTheAmountsFirstGroup() {
        // "420 KGS 6 2520", "50 PCS 8.5 425" and "9 600 PCS 3,44 33 024,00" on digital contracts and invoices: the
        // price's centre under the amount's span, the amount read "6 2520" as 6.00 (a false LINE_ARITHMETIC_ERROR)
        Document contract = ScannedLines.table("900:SALES CONTRACT",
                "183:Line | 281:Description | 1768:Qty | 1880:Unit | 2040:Unit Price | 2170:Amount",
                "183:1 | 281:Green coffee beans, Arabica | 1768:420 | 1880:KGS | 2156:6 | 2232:2520",
                "183:2 | 281:Steel structural brackets | 1768:50 | 1880:PCS | 2150:8.5 | 2220:425",
                "183:3 | 281:Porcelain dinnerware set | 1768:160 | 1880:SETS | 2060:12.95 | 2220:2072",
                "183:4 | 281:Plush toys, stuffed animals | 1768:9600 | 1880:PCS | 2146:3.44 | 2220:33 024.00");
        assertThat(contract.lines()).extracting(l -> l.values().get(LineField.UNIT_PRICE).value())
                .containsExactly("6.00", "8.50", "12.95", "3.44");
        assertThat(contract.lines()).extracting(l -> l.values().get(LineField.AMOUNT).value())
                .containsExactly("2520.00", "425.00", "2072.00", "33024.00");

        // an amount grouped with spaces, its first group apart: one number, no price
        Document grouped = ScannedLines.table("900:SALES CONTRACT",
                "183:Line | 281:Description | 1768:Qty | 1880:Unit | 2040:Unit Price | 2170:Amount",
                "183:1 | 281:DDR4 memory modules | 1768:32000 | 1880:PCS | 2170:1 | 2220:207 680.00");
        assertThat(grouped.lines()).singleElement().satisfies(line -> {
            assertThat(line.values().get(LineField.AMOUNT).value()).isEqualTo("1207680.00");
            assertThat(line.values()).doesNotContainKey(LineField.UNIT_PRICE);
        });
    }

    @Test
    void aQuantityColumnHeadedQyIsTheQuantity() {
        // "Qty" read "Qy" (0.85) over a degraded declaration's counts: no line had a quantity, and a planted
        // QUANTITY_MISMATCH went unseen
        Document declaration = ScannedLines.table("500:IMPORT DECLARATION",
                "90:H.S. Code | 204:Article / Description | 777:Qy@0.85 | 872:N.W. | 990:Origin | 1059:Value (CNY)",
                "91:6911.10.1000 | 204:Porcelain dinnerware set, 16 pieces | 796:126 SETS | 896:690,59 KGS | 993:Turkey"
                        + " | 1080:14.077,36");
        assertThat(declaration.lines()).singleElement()
                .satisfies(line -> assertThat(line.values().get(LineField.QUANTITY).value()).isEqualTo("126"));
    }

    @Test
    void aCountIsAsSureAsItsDigitsNotAsTheUnitBesideIt() {
        // "126" read at 0.71 and "SETS" at 0.49 (its space regained by a second reading): the quantity had been
        // withheld as doubtful with the unit, and a planted QUANTITY_MISMATCH went unseen
        Document declaration = ScannedLines.table("500:IMPORT DECLARATION",
                "90:H.S. Code | 204:Article / Description | 777:Qty | 1000:N.W. | 1150:Origin | 1300:Value (CNY)",
                "91:6911.10.1000 | 204:Porcelain dinnerware set, 16 pieces | 796:126@0.71 SETS@0.49 | 1000:690,59 KGS"
                        + " | 1150:Turkey | 1300:14.077,36");
        assertThat(declaration.lines()).singleElement().satisfies(line -> assertThat(
                line.values().get(LineField.QUANTITY).source().confidence()).isEqualTo(0.71));
        Document doubtfulDigits = ScannedLines.table("500:IMPORT DECLARATION",
                "90:H.S. Code | 204:Article / Description | 777:Qty | 1000:N.W. | 1150:Origin | 1300:Value (CNY)",
                "91:6911.10.1000 | 204:Porcelain dinnerware set, 16 pieces | 796:126@0.41 SETS@0.97 | 1000:690,59 KGS"
                        + " | 1150:Turkey | 1300:14.077,36");
        assertThat(doubtfulDigits.lines()).singleElement().satisfies(line -> assertThat(
                line.values().get(LineField.QUANTITY).source().confidence()).as("digits doubted").isEqualTo(0.41));
        // "50KGS 54.84" read "SOKGS 54.84" (the gross weight's cell run into the quantity's): no count and its unit
        Document misread = ScannedLines.table("500:CERTIFICATE OF ORIGIN",
                "90:H.S. Code | 204:Article / Description | 777:Qty | 1000:N.W. | 1150:Origin | 1300:Value (CNY)",
                "91:6911.10.1000 | 204:Porcelain dinnerware set, 16 pieces | 796:SOKGS@0.54 54.84@0.96 | 1000:690,59 KGS"
                        + " | 1150:Turkey | 1300:14.077,36");
        assertThat(misread.lines()).singleElement().satisfies(line -> assertThat(
                line.values().get(LineField.QUANTITY).source().confidence()).as("as doubtful as read").isEqualTo(0.54));
    }

    @Test
    void aNameCutByThePagesEdgeIsTakenWholeFromWhereTheDocumentStatesItInFull() {
        // the signature line ran past the page: "THE SELLER: ... PRIVATE LI" was taken over the full name the
        // contract's opening sentence gives, and four documents' sellers were found different parties
        Document contract = ScannedLines.document(
                "SALES CONTRACT",
                "Contract No.: IN-SC-2025-8325",
                "This Contract is made on 2025-05-28 by and between BLUE OCEAN MANUFACTURING EXPORTS PRIVATE",
                "LIMITED, Plot 264, SIPCOT Industrial Estate, 600032 Chennai, India (hereinafter called the Seller\") and",
                "Everbright Supply PLC, Unit 205, Trafford Park, Birmingham (hereinafter called the Buyer\").",
                "THE SELLER: BLUE OCEAN MANUFACTURING EXPORTS PRIVATE LI@0.69",
                "THE BUYER: Everbright Supply PLC");
        assertThat(contract.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("BLUE OCEAN MANUFACTURING EXPORTS PRIVATE LIMITED");

        // a name that merely goes on in another statement is not cut: the labelled one stands
        Document shorter = ScannedLines.document(
                "SALES CONTRACT",
                "Contract No.: IN-SC-2025-8325",
                "This Contract is made on 2025-05-28 by and between BLUE OCEAN MANUFACTURING EXPORTS PRIVATE",
                "LIMITED, Plot 264, SIPCOT Industrial Estate, 600032 Chennai, India (hereinafter called the Seller\") and",
                "Everbright Supply PLC, Unit 205, Trafford Park, Birmingham (hereinafter called the Buyer\").",
                "THE SELLER: BLUE OCEAN MANUFACTURING EXPORTS",
                "THE BUYER: Everbright Supply PLC");
        assertThat(shorter.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("BLUE OCEAN MANUFACTURING EXPORTS");
    }

    @org.junit.jupiter.api.Test
    void aNameWhoseLastLetterThePagesEdgeCutInHalfIsTakenWhole() {
        // "THE BUYER: EVERBRIGHT HOME GOODS HANDELSGESELLSCHAF1" at 0.31: the T cut by the page's edge read as a 1,
        // "MBH" beyond it lost; the opening sentence states the name in full (a false PARTY_MISMATCH on four documents)
        assertThat(everbrightContract("THE BUYER: EVERBRIGHT HOME GOODS HANDELSGESELLSCHAF1@0.31").first(Field.BUYER))
                .get().extracting(v -> v.value()).isEqualTo("EVERBRIGHT HOME GOODS HANDELSGESELLSCHAFT MBH");
        // "... EVERBRIGHT HOME GOODS HA!" at 0.20: cut two letters into the word (false PARTY_MISMATCHes on five)
        assertThat(everbrightContract("THE BUYER: EVERBRIGHT HOME GOODS HA!@0.20").first(Field.BUYER))
                .get().extracting(v -> v.value()).isEqualTo("EVERBRIGHT HOME GOODS HANDELSGESELLSCHAFT MBH");
        assertThat(everbrightContract("THE BUYER: EVERBRIGHT HOME GOODS TRADING 2").first(Field.BUYER)).get()
                .extracting(v -> v.value()).as("not a cut of that name").isEqualTo("EVERBRIGHT HOME GOODS TRADING 2");

        // "THE SELLER: Ningbo Pacific Rim Home Goods Imp ort & Expc" at 0.74: a space read into a word, the last
        // letter cut in half read as a c; the seller's box states the name further (a false PARTY_MISMATCH)
        Document spaced = ScannedLines.document(
                "SALES CONTRACT",
                "Contract No.: SC259912B",
                "Seller: Ningbo Pacific Rim Home Goods Import & Export",
                "Buyer: Greenfield Industries plc",
                "THE SELLER: Ningbo Pacific Rim Home Goods Imp ort & Expc@0.74",
                "THE BUYER: Greenfield Industries plc");
        assertThat(spaced.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Ningbo Pacific Rim Home Goods Import & Export");
    }

    /** a contract whose opening sentence names the buyer in full, then {@code signatureLine} */
    private static Document everbrightContract(String signatureLine) {
        return ScannedLines.document(
                "SALES CONTRACT",
                "Contract No.: EHG/2024/371",
                "This Contract is made on 2024-05-28 by and between Redwood Supply Co., Ltd., Lot 57, VSIP Industrial",
                "Park, 820000 Binh Duong, Viet Nam (hereinafter called the Seller\") and EVERBRIGHT HOME",
                "GOODS HANDELSGESELLSCHAFT MBH, Hafenstrasse 212, 40210 Duesseldorf, Germany (hereinafter called",
                "the Buyer\"), whereby the Seller agrees to sell and the Buyer agrees to buy the goods described below",
                "THE SELLER: Redwood Supply Co., Ltd.",
                signatureLine);
    }

    @org.junit.jupiter.api.Test
    void aRouteWrappedOverFourLinesKeepsItsVesselWhole() {
        // a digital certificate of origin: "Means of Transport: BY SEA FROM BREMERHAVEN" / "TO GDANSK PER CMA CGM" /
        // "ANTOINE DE SAINT EXUPERY" / "V.466W": the line opening with "TO" had ended the route, and the vessel was
        // taken from the box's third line alone, "CMA CGM" lost (a false VESSEL_VOYAGE_MISMATCH)
        Document certificate = ScannedLines.table(
                "700:CERTIFICATE OF ORIGIN",
                "175:Consignor / Exporter: | 1282:Consignee (Name and Address):",
                "217:Hanseatic Hardware GmbH | 1323:Blue Ocean Hardware Sp. z o.o.",
                "175:Means of Transport: BY SEA FROM BREMERHAVEN | 1282:Country of Origin: GERMANY",
                "+409:TO GDANSK PER CMA CGM",
                "+409:ANTOINE DE SAINT EXUPERY",
                "+409:V.466W",
                "175:Invoice Reference: 54209100 | 1282:Invoice Date: 08 SEP 2024");
        assertThat(certificate.first(Field.VESSEL)).get().extracting(v -> v.value())
                .isEqualTo("CMA CGM ANTOINE DE SAINT EXUPERY");
        assertThat(certificate.first(Field.VOYAGE)).get().extracting(v -> v.value()).isEqualTo("466W");
        assertThat(certificate.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value())
                .isEqualTo("BREMERHAVEN");
        assertThat(certificate.first(Field.PORT_OF_DISCHARGE)).get().extracting(v -> v.value()).isEqualTo("GDANSK");
    }

    @org.junit.jupiter.api.Test
    void aRouteWhoseFirstWordsRanTogetherOnTheScanIsStillARoute() {
        // a scanned certificate of origin: "BY SEA FROM QINGDAO" read "BY SEAFROMQINGDAO" at 0.86: the box's first
        // line had been taken for the vessel (a false VESSEL_VOYAGE_MISMATCH against HMM ALGECIRAS)
        Document certificate = ScannedLines.table(
                "700:CERTIFICATE OF ORIGIN",
                "97:Seller / Exporter: | 649:Consignee / importer:",
                "117:Ningbo Hanseatic Global Sourcing Co., Ltd. | 670:Orient Star Distribution S.p.A.",
                "95:Means of Transport and Route: BY SEAFROMQINGDAO | 648:Country of Origin: CHINA",
                "+377:TO GENOA PER HMM",
                "+376:ALGECIRAS V.290W",
                "94:Invoice No.: NHG259341 | 647:Invoice Date: 20.01.2025");
        assertThat(certificate.first(Field.VESSEL)).get().extracting(v -> v.value()).isEqualTo("HMM ALGECIRAS");
        assertThat(certificate.first(Field.VOYAGE)).get().extracting(v -> v.value()).isEqualTo("290W");
        assertThat(certificate.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("QINGDAO");
    }

    @org.junit.jupiter.api.Test
    void aRoutesVoyageOnItsOwnLineIsAsSureAsThatLine() {
        // a scanned certificate of origin: "SINGAPORE PER MAERSK ESSEN" at 0.92 over "V.28758" at 0.22 (287S, its S
        // read as "58"): the voyage had taken the route's first line's sureness and made a false mismatch
        Document certificate = ScannedLines.table(
                "563:NON-PREFERENTIAL CERTIFICATE OF ORIGIN",
                "188:Exporter (Name, Address) | 1254:Consigned To",
                "193:Golden Bridge Distribution Exports Pvt. Ltd. | 1258:Bosphorus Home Goods Pte. Ltd.",
                "189:Cert. No. | 899:Dated | 1608:Transport Details",
                "193:CO-1938341 | 903:27 AUG 2025 | 1613:BY@0.92 SEA@0.92 FROM@0.92 NHAVA@0.92 SHEVA@0.92 TO@0.92",
                "+1614:SINGAPORE@0.92 PER@0.92 MAERSK@0.92 ESSEN@0.92",
                "+1613:V.28758@0.22",
                "188:Made in | 899:Commercial Invoice Ref. | 1609:Invoice Date",
                "193:INDIA | 903:GBD255352 | 1613:25 AUG 2025");
        assertThat(certificate.first(Field.VESSEL)).get().satisfies(v -> {
            assertThat(v.value()).isEqualTo("MAERSK ESSEN");
            assertThat(v.source().confidence()).isEqualTo(0.92);
        });
        assertThat(certificate.all(Field.VOYAGE)).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualTo("28758");
            assertThat(v.source().confidence()).isEqualTo(0.22);
        });
    }

    @org.junit.jupiter.api.Test
    void aLabelWordOpeningProseTakesNoValueFromTheNextBox() {
        // a digital insurance policy: "warehouse" / "to warehouse" wrapped under Coverage, beside a vessel's name
        // wrapped as well ("CMA CGM ANTOINE DE SAINT" / "EXUPERY V.2650E"): "to" had taken the vessel's last word
        // for the port of discharge (a false PORT_MISMATCH)
        Document insurance = ScannedLines.table(
                "175:MARINE CARGO INSURANCE POLICY",
                "175:B/L Number: CMDU958669113 | 1282:Insured Amount: USD 26,186.00",
                "175:Coverage: ICC (A) incl. War & SRCC, warehouse | 1282:Vessel / Voyage: CMA CGM ANTOINE DE SAINT",
                "400:to warehouse | 1664:EXUPERY V.2650E",
                "175:From: Busan, Korea, Republic of | 1282:To: Felixstowe, United Kingdom");
        assertThat(insurance.type()).isEqualTo(io.customsreview.hub.domain.DocumentType.INSURANCE);
        assertThat(insurance.all(Field.PORT_OF_DISCHARGE)).extracting(v -> v.value())
                .containsExactly("Felixstowe, United Kingdom");
    }

    @Test
    void aHeaderWithItemAndPackagesAndUnitAndGrossRunTogetherStillHeadsTheTable() {
        // "Item Packages" and "Unit Gross Wt." each read as one segment: the goods table is still read, and the N.W.
        // of its first line is no net weight of the whole shipment (the total stands under the table)
        Document packingList = ScannedLines.table("1000:PACKING LIST",
                "180:Item Packages | 500:Commodity Description | 1514:Qty | 1676:Unit Gross Wt. | 2051:N.W.",
                "+180:No.",
                "185:el:@0.48 | 312:99 CASES New pneumatic radial tyres for cars 205/55 R16 | 1596:198 PCS)"
                        + " | 1800:2,203.74 kg 1,622.49#2000 kg",
                "188:2 | 312:55 CASES Cotton knit tee shirts for men | 1532:11,000 PCS"
                        + " | 1800:2,462.68 kg 2,038.19#2000 kg",
                "188:3 | 377:35 CS Leather-upper work footwear, steel toecap | 1595:700 PRS | 1800:1,163.37 kg"
                        + " | 2111:896.28 kg",
                "1352:Packages: | 2150:189 CS",
                "1352:Net Weight: | 2030:4,556.96 kg",
                "1350:Total Gross wt: | 2031:5,829.79 kg");
        assertThat(packingList.first(Field.NET_WEIGHT)).get().extracting(v -> v.value()).isEqualTo("4556.96");
        assertThat(packingList.lines()).extracting(l -> l.values().get(LineField.NET_WEIGHT).value())
                .containsExactly("1622.49", "2038.19", "896.28");
    }

    @Test
    void anAmountRunIntoTheCodeColumnBeforeTheCodeIsNoCode() {
        // "1545.60" lost its point and ran into the HS cell: "154560/4011.10" — the code is the one written as a code
        Document invoice = ScannedLines.table("1000:COMMERCIAL INVOICE",
                "180:No. | 275:Description | 1558:Quantity | 1719:Price | 1850:Amount | 2020:HS Code | 2200:Unit",
                "180:1 | 279:Wooden bookcase, oak veneer | 1600:10 | 1719:112.56 | 1850:1125.60 | 2020:9403.60"
                        + " | 2200:SETS",
                "180:2 | 279:Passenger car tyres 205/55R16, radial | 1665:24 | 1719:64.40@0.58"
                        + " | 1960:154560/4011.10@0.61 | 2200:PCS");
        assertThat(invoice.lines()).extracting(l -> l.values().get(LineField.HS_CODE).value())
                .containsExactly("940360", "401110");
    }

    @Test
    void aWeightReadIntoTheCodeCellBeforeTheCodeIsNoPartOfIt() {
        // "1015 6302.60.0000": the G.W. column's 1015 (under its header, its centre just past the header's end) set
        // 17 px before the commodity code and read as one segment with it: the code had been read "1015630260" across
        // the space and reported as no HS code
        Document certificate = ScannedLines.table("1000:CERTIFICATE OF ORIGIN",
                "138:Marks Article / Description | 1347:Qty | 1510:G.W. | 1612:Commodity Code",
                "140:N/M | 241:Terry towelling bath towels, cotton | 1363:1980 PCS | 1547:1015 6302.60.0000@0.92#1614");
        assertThat(certificate.lines()).singleElement().satisfies(line -> {
            assertThat(line.values().get(LineField.HS_CODE).value()).isEqualTo("6302600000");
            assertThat(line.values().get(LineField.GROSS_WEIGHT).value()).isEqualTo("1015");
        });
    }

    @Test
    void aCellOfSeveralSegmentsIsAsSureAsItsLeastSureWord() {
        // "kg" (0.96, the weight's unit run into the next column) and "224 04" (0.87) in one amount cell: the amount
        // had taken the first segment's sureness, and a misread amount (5.224,04) counted as read surely
        Document declaration = ScannedLines.table("1000:CUSTOMS DECLARATION",
                "180:No. | 275:Description | 1558:Quantity | 1850:Amount",
                "180:1 | 279:Porcelain dinnerware set | 1600:244 | 1850:kg@0.96 | 1900:224@0.87 04@0.96");
        FieldValue amount = declaration.lines().get(0).values().get(LineField.AMOUNT);
        assertThat(amount.source().confidence()).isEqualTo(0.87);
        assertThat(amount.source().box().x1()).isEqualTo(1850);
    }

    @Test
    void aGoodsTableWhoseDescriptionHeaderWasReadAsNoiseIsStillATable() {
        // "Description of Goods" read "ee pene cose" at 0.15 over a packing list's goods: the header was no table's,
        // and the first row's weights, under "Net Wt." and "Gross Weight", became the document's (false weight and
        // package mismatches against the totals below)
        Document packingList = ScannedLines.table("1074:PACKING LIST",
                "206:ee@0.15 pene@0.15 cose@0.15 | 1418:Qty/ Unit | 1650:No.of Pkgs | 1894:Net Wt. | 2106:Gross Weight",
                "200:N/M | 368:Porcelain dinnerware set, 16 pieces | 1450:160 SETS | 1650:40 CARTONS"
                        + " | 1894:809,30 KGS | 2106:867,50 KGS",
                "368:Power adapter 65W, AC/DC, universal input | 1438:1750 PCS | 1650:35 CTNS | 1894:555,63 KGS"
                        + " | 2106:595,56 KGS",
                "1356:Pkgs: | 2118:75 CTNS",
                "1358:Net Weight: | 2050:1364,93 KGS",
                "1356:Gross Weight: | 2046:1 463,06 KGS");
        assertThat(packingList.lines()).hasSize(2);
        assertThat(packingList.first(Field.GROSS_WEIGHT)).get().extracting(FieldValue::value).isEqualTo("1463.06");
        assertThat(packingList.first(Field.NET_WEIGHT)).get().extracting(FieldValue::value).isEqualTo("1364.93");
        assertThat(packingList.first(Field.PACKAGE_COUNT)).get().extracting(FieldValue::value).isEqualTo("75");
    }

    @Test
    void aGoodsTableWhoseLeftHeadersWereNotReadAtAllIsStillATable() {
        // "Marks & Nos. | Goods Description", small and bold, not read at all over a scanned packing list's goods,
        // "Qty | Packages Net Wt | Gross Wt" read far right: the first row's net weight under "Net Wt" had become the
        // document's (a false NET_WEIGHT_MISMATCH against the declaration's 3,160.99)
        Document packingList = ScannedLines.table("415:PACKING SPECIFICATION",
                "703:Qty | 818:Packages@0.83 Net@0.68 Wt | 1035:Gross Wt",
                "88:N/M | 149:Men's T-shirts, 100% cotton, knitted | 716:10.000PCS SOCASES 1.910,47KG 2.293,52 KG",
                "148:Safety shoes with leather uppers, steel toe | 740:840PRS 42CASES 1.039,80KG 1.406,91 KG",
                "148:Plastic storage boxes with lid, 30 L | 741:240PCS 10CASES 210,72KG 292,32KG",
                "669:Pkgs: | 1076:102 CS",
                "671:Net Weight: | 1029:3.160,99 KG",
                "671:Total Gross Wt: | 1030:3.992,75 KG");
        assertThat(packingList.first(Field.NET_WEIGHT)).get().extracting(FieldValue::value).isEqualTo("3160.99");
        assertThat(packingList.lines()).hasSize(3);
        assertThat(packingList.lines().get(0).values().get(LineField.DESCRIPTION).value())
                .isEqualTo("Men's T-shirts, 100% cotton, knitted");
        assertThat(packingList.lines().get(1).values().get(LineField.NET_WEIGHT).value()).isEqualTo("1039.8");
    }

    @Test
    void aCOBoxLabelWhoseSlashWasLostStillHeadsTheOrigin() {
        // "C/O" over "Italy" in a scanned invoice's box read "co" at 0.65: no origin had been read (a false
        // MISSING_FIELD); "Co." of a company's name on its own is no such box
        Document invoice = ScannedLines.table("435:COMMERCIAL INVOICE",
                "85:Invoice No. | 438:Date | 794:S/C No.",
                "88:INV-2024-37323 | 440:2024-05-29 | 798:IT-SC-2024-1182",
                "83:Currency | 441:Delivery Terms | 795:co@0.65",
                "88:USD | 443:CIF - Savannah | 799:Italy@0.87",
                "87:Loading Port | 442:Discharge Port | 797:Vessel Name",
                "89:Genoa, Italy | 444:Savannah (USSAV) | 800:MSC ANNA V.864S");
        assertThat(invoice.first(Field.ORIGIN_COUNTRY)).get().extracting(FieldValue::value).isEqualTo("IT");
        Document named = ScannedLines.table("435:COMMERCIAL INVOICE",
                "85:Exporter | 616:Messrs.",
                "85:Orient Star Hardware Trading | 618:Atlas Supply Inc.",
                "85:Co. Ltd. | 618:60 Commerce Street",
                "86:Milan, Italy | 618:Los Angeles, United States");
        assertThat(named.first(Field.ORIGIN_COUNTRY)).isEmpty();
    }

    @Test
    void aDateBoxHeadingReadOneLetterOffStillHeadsTheDateUnderIt() {
        // "Date" read "Bate" at 0.92 over "2024-02-29" in a scanned invoice's box: no invoice date had been read (a
        // false MISSING_FIELD); a heading one letter off a date label heads nothing but a date
        Document invoice = ScannedLines.table("520:EXPORT INVOICE",
                "112:Invoice No | 466:Bate@0.92 | 821:Contract Ref.",
                "114:INV-2024-45380 | 468:2024-02-29 | 822:OSH/2024/313",
                "110:Currency | 464:Rate | 819:Payment",
                "112:JPY | 466:1.0823 | 819:Cash against documents");
        assertThat(invoice.all(Field.DOCUMENT_DATE)).extracting(FieldValue::value).containsExactly("2024-02-29");
    }

    @Test
    void aTotalGrossWeightHeaderWrappedBesideAThreeLinePackagesHeaderStaysOneColumn() {
        // a digital B/L: "Number" / "and Kind of" / "Packages" beside "Total Gross" / "Wt": the second line's words,
        // put under the words they stand under, had made "Total" an amount column and "Gross Wt" another, and the
        // weight "4548.9 KGS" an amount (a false MISSING_FIELD for the B/L's gross weight)
        Document billOfLading = ScannedLines.table("994:BILL OF LADING",
                "177:B/L No.: MEDU 76331791",
                "185:Cntr / Seal | 616:Number | 815:Cargo Description | 1853:Total Gross | 2079:Measurement",
                "+616:and Kind of | 1853:Wt",
                "+618:Packages",
                "183:MEDU3558745 | 633:146 CTNS STC: | 1869:4548.9 KGS | 2100:19.105 CBM",
                "185:SEAL FX7741240 / 45G1 | 818:LED PANEL LIGHT 600X600 MM, 40W",
                "526:Total No. of Packages (in words): | 1153:SAY ONE HUNDRED AND FORTY-SIX (146) CARTONS ONLY");
        assertThat(billOfLading.first(Field.GROSS_WEIGHT)).get().extracting(FieldValue::value).isEqualTo("4548.9");
        assertThat(billOfLading.first(Field.TOTAL_AMOUNT)).isEmpty();
    }

    @Test
    void aWeightIsAsSureAsItsDigitsNotAsTheUnitBesideIt() {
        // "10,328.98" read at 0.96 and "KGS" at 0.57 under "Total Gross Wt Measurement": the B/L's gross weight had
        // been withheld with its unit, and a planted GROSS_WEIGHT_MISMATCH went unseen
        Document billOfLading = DoubtfulValues.withhold(ScannedLines.table("300:BILL OF LADING",
                "91:Marks & Nos. / Container / Pkgs | 401:Cargo Description | 921:Total Gross Wt@0.58 Measurement",
                "94:MEDU 648824 0 | 297:20 PALLETS|STC:@0.74 | 932:10,328.98@0.96 KGS@0.57 43.382@0.92 CBM"), 0.6);
        assertThat(billOfLading.first(Field.GROSS_WEIGHT)).get().satisfies(v -> {
            assertThat(v.value()).isEqualTo("10328.98");
            assertThat(v.source().confidence()).isEqualTo(0.96);
        });
        Document doubtfulDigits = DoubtfulValues.withhold(ScannedLines.table("300:BILL OF LADING",
                "91:Marks & Nos. / Container / Pkgs | 401:Cargo Description | 921:Total Gross Wt@0.58 Measurement",
                "94:MEDU 648824 0 | 297:20 PALLETS|STC:@0.74 | 932:10,328.98@0.41 KGS 43.382 CBM"), 0.6);
        assertThat(doubtfulDigits.has(Field.GROSS_WEIGHT)).as("digits doubted").isFalse();
    }

    @Test
    void aUnitPriceColumnWhosePointWasLostIsStillTheUnitPrice() {
        // "U.Price" read "UPrice": the prices had fallen into the quantity's column ("41 171,36" a quantity)
        Document invoice = ScannedLines.table("1000:COMMERCIAL INVOICE",
                "197:No. | 249:Description of Goods | 1540:Quantity | 1703:UPrice@0.70 Line#1827 Total Tariff#2001 No."
                        + " | 2212:UOM",
                "195:2 | 258:Wall-type split AC unit, 12,000 BTU/h | 1636:41@0.63 171,36@0.64#1712"
                        + " | 1858:7.025,76 8415109000#2007 | 2209:SETS");
        assertThat(invoice.lines()).singleElement().satisfies(line -> {
            assertThat(line.values().get(LineField.QUANTITY).value()).isEqualTo("41");
            assertThat(line.values().get(LineField.UNIT_PRICE).value()).isEqualTo("171.36");
        });
    }

    @Test
    void aValueTakenWhollyFromTheLineUnderItsLabelIsAsSureAsThatLine() {
        // "Vessel" read at 0.92 over "BERLIN EXPRESS V.6081S" at 0.22 (V.0815S misread): the voyage had been taken as
        // sure as the label
        Document invoice = ScannedLines.table("900:COMMERCIAL INVOICE",
                "212:POL | 926:Discharge Port | 1634:Vessel@0.92",
                "+218:HAIPHONG | 928:GENOA | 1638:BERLIN EXPRESS V.6081S@0.22");
        assertThat(invoice.first(Field.VOYAGE)).get().satisfies(v -> {
            assertThat(v.value()).isEqualTo("6081S");
            assertThat(v.source().confidence()).isEqualTo(0.22);
        });
    }

    @Test
    void aBoxsValueReadAsOneSegmentWithTheNextBoxsEndsBeforeIt() {
        // "CMA CGM JACQUES SAADE V.2543W" and "BUSAN" under "Per Conveyance S.S." and "Loading Port" read as one
        // segment: the vessel had been "... V.2543W BUSAN" and its voyage lost (a MISSING_FIELD)
        Document insurance = ScannedLines.table("600:INSURANCE CERTIFICATE",
                "140:Per Conveyance S.S. | 614:Loading Port | 1087:POD",
                "142:CMA CGM JACQUES SAADE V.2543W BUSAN#616 | 1090:Rotterdam, Netherlands");
        assertThat(insurance.first(Field.VESSEL)).get().extracting(v -> v.value()).isEqualTo("CMA CGM JACQUES SAADE");
        assertThat(insurance.first(Field.VOYAGE)).get().extracting(v -> v.value()).isEqualTo("2543W");
    }

    @Test
    void anInvoiceNumberReadWithSpacesAroundItsDashesIsTheWholeNumber() {
        // "INV -2025 - 45042" under "Invoice No.": its "INV" was taken for a label of its own and "2025" for the
        // invoice number (a false INVOICE_NUMBER_MISMATCH on a clean scan)
        Document packingList = ScannedLines.table("876:PACKING SPECIFICATION",
                "190:Invoice No. | 900:Dated | 1609:Contract Ref.",
                "195:INV@0.62 -2025@0.62 -@0.62 45042 | 904:2025-04-03 | 1614:SC254875E");
        assertThat(packingList.first(Field.INVOICE_NUMBER)).get().extracting(v -> v.value())
                .isEqualTo("INV-2025-45042");
        assertThat(packingList.first(Field.CONTRACT_NUMBER)).get().extracting(v -> v.value()).isEqualTo("SC254875E");

        Document oneSpace = ScannedLines.document("COMMERCIAL INVOICE", "Invoice No.: INV-2025 -45042");
        assertThat(oneSpace.first(Field.INVOICE_NUMBER)).get().extracting(v -> v.value()).isEqualTo("INV-2025-45042");
        Document beforeADate = ScannedLines.document("COMMERCIAL INVOICE", "Invoice No.: INV-2025-45042 - 2025-04-03");
        assertThat(beforeADate.first(Field.INVOICE_NUMBER)).get().extracting(v -> v.value())
                .as("a date after a dash is no part of the number").isEqualTo("INV-2025-45042");
    }

    @Test
    void theBuyerAfterMessrsReadWithACommaIsTheNameNotTheSentenceBelow() {
        // "Messrs." read "Messrs,": the name after the comma was refused and the next line's sentence taken for the
        // buyer (a false PARTY_MISMATCH on a degraded scan)
        Document invoice = ScannedLines.document("COMMERCIAL INVOICE",
                "Messrs, Jade River Logistics Sp. z o.o., ul. Portowa 382, 80-001 Gdansk, Poland:",
                "We herewith invoice you for the goods below, sold under Contract No. IT-SC-2024-3848 on CFR GDANSK");
        assertThat(invoice.first(Field.BUYER)).get().extracting(v -> v.value())
                .isEqualTo("Jade River Logistics Sp. z o.o.");
        assertThat(ValueParsers.party("We herewith invoice you for the goods below")).as("a sentence names no party")
                .isEmpty();
    }

    @Test
    void theNumberOfPackagesUnderAGoodsTableIsThePackingListsCount() {
        // "Number of Packages | 17 CTNS" (0.92) under a table whose second line's packages were hardly read: no count
        // was given (a MISSING_FIELD warning on a degraded scan)
        Document packingList = ScannedLines.table("425:DETAILED PACKING LIST",
                "83:Item | 110:Article / Description | 778:Qty. | 840:uOM@0.00 | 880:Packages@0.00 | 991:Net Wt | 1080:Gross",
                "86:1 Stainless@0.80 steel pots and pans set (7 pcs) | 797:44/SETS@0.50 | 928:11 CTNS/@0.53 196,38 210,47",
                "85:2 LED ceiling panel luminaire 60x60 | 800:24|PCS@0.11 | 904:6 CARTONS!@0.00 | 1027:50,19@0.77"
                        + " | 1098:58,23",
                "669:Number of Packages | 1058:17 CTNS@0.92");
        assertThat(packingList.first(Field.PACKAGE_COUNT)).get().extracting(v -> v.value()).isEqualTo("17");
    }

    @Test
    void aRowNumberReadAsALetterAndAColonDoesNotEndTheGoodsTable() {
        // "1" read "A:" (0.86) before a packing list's first row: taken for a label, it ended the table, and the
        // first row's net weight under "Net Wt" was read as the document's (a false NET_WEIGHT_MISMATCH)
        Document packingList = ScannedLines.table("900:PACKING LIST",
                "165:Line Article / Description | 1139:Quantity Units Pkgs | 1716:Net Wt | 2004:Gross Wt.",
                "+1140:Shipped",
                "158:A:@0.86 | 276:Galvanized steel structural brackets | 1247:575 PCS | 1556:23 PKGS 1.384,30 KGS"
                        + " 1.422,06 KGS",
                "174:2 | 278:Power adapter 65W, AC/DC, universal | 1206:2.200 PCS | 1472:44 PACKAGES | 1784:721,57 KGS"
                        + " | 2070:775,77 KGS",
                "1341:Total Packages: | 2094:67 PKGS",
                "1346:Total Gross wt: | 2003:2.197,83 KGS");
        assertThat(packingList.lines()).hasSize(2);
        assertThat(packingList.first(Field.NET_WEIGHT)).as("no total net weight stated").isEmpty();
    }

    @Test
    void aBoxsValueReadOntoTheEndOfTheBoxBeforeItIsStillItsValue() {
        // "CIF GDANSK (INCOTERMS(R) 2020 China" read as one segment under "Delivery Terms" and "Country of Origin":
        // the origin, a short word at the segment's end, overlapped too little of its label and was lost (a MISSING_FIELD
        // warning on a clean scan)
        Document invoice = ScannedLines.table("900:COMMERCIAL INVOICE",
                "189:Currency Code | 900:Delivery Terms | 1609:Country of Origin",
                "194:USD (US$) | 904:CIF GDANSK (INCOTERMS(R) 2020 China#1614",
                "190:Port of Loading | 900:Discharge Port | 1608:Vessel");
        assertThat(invoice.first(Field.ORIGIN_COUNTRY)).get().extracting(v -> v.value()).isEqualTo("CN");
        assertThat(invoice.first(Field.INCOTERM)).get().extracting(v -> v.value()).isEqualTo("CIF");
        assertThat(invoice.first(Field.INCOTERM_PLACE)).get().extracting(v -> v.value()).isEqualTo("GDANSK");
    }

    @Test
    void aTotalsLeadingDigitGroupReadUnderTheColumnBeforeIsStillTheTotals() {
        // "TOTAL: | 135 936,00 GBP" under a table whose unit price header was misread: "135" fell into the quantity's
        // column, and the total was read as 936.00 (three false findings on a degraded invoice)
        Document invoice = ScannedLines.table("900:COMMERCIAL INVOICE",
                "174:Item | 227:H.S.Code | 417:Goods Description | 1743:Quantity | 1953:ulPrice@0.52 Total#2093 Price",
                "+1952:(GBP) | 2093:(GBP)",
                "177:1 | 228:84733020 | 420:DDR4 memory modules 16GB | 1766:4800PCS | 1991:28,32 135#2114 936,00",
                "1341:TOTAL: | 1989:135 936,00 GBP");
        assertThat(invoice.first(Field.TOTAL_AMOUNT)).get().extracting(v -> v.value()).isEqualTo("135936.00");
        // "1529 560,66 CNY" (1 529 560,66, the first grouping space lost too): "1529" under the price's column
        Document twoGroups = ScannedLines.table("900:COMMERCIAL INVOICE",
                "174:Item | 227:H.S.Code | 417:Goods Description | 1743:Quantity | 1953:ulPrice@0.52 Total#2093 Price",
                "+1952:(CNY) | 2093:(CNY)",
                "177:1 | 228:84713000 | 420:Laptop computer 14 inch | 1766:451PCS | 1991:3391,44 1529#2114 560,66",
                "1341:Total: | 1988:1529 560,66 CNY");
        assertThat(twoGroups.first(Field.TOTAL_AMOUNT)).get().extracting(v -> v.value()).isEqualTo("1529560.66");
    }

    private static Document read(String text) {
        return new RecognisingDocumentReader(ExtractionSettings.defaults()).read("d1", "scan.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test");
    }
    @Test
    void aPartysNameReadApartUnderItsLabelIsWholeUpToTheNextBox() {
        // "Meridian Global | S ourc ina A nonim Sirketi" under "Shipper" on a degraded packing list, the name's words
        // read apart by a wide gap: "Meridian Global" alone was the seller (a false PARTY_MISMATCH)
        Document packingList = ScannedLines.table("400:PACKING LIST / WEIGHT NOTE",
                "95:Shipper | 627:Consignee / importer",
                "+97:Meridian Global | 300:Sourcing Anonim Sirketi | 629:Greenfield Supply Sp. z o.o.");
        assertThat(packingList.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Meridian Global Sourcing Anonim Sirketi");
        assertThat(packingList.first(Field.BUYER)).get().extracting(v -> v.value())
                .isEqualTo("Greenfield Supply Sp. z o.o.");
    }
    @Test
    void aLabelsLastWordMisreadIsNoValueTheValueBesideIs() {
        // "Gross Wt.:" read "Gross W1.:" (0.73) on a degraded certificate of origin: "1" had been taken for the gross
        // weight (a false GROSS_WEIGHT_MISMATCH against 6,682.05 kg)
        Document certificate = ScannedLines.table("600:CERTIFICATE OF ORIGIN",
                "1358:Gross W1.:@0.73 | 2087:6,682.05 Kgs");
        assertThat(certificate.first(Field.GROSS_WEIGHT)).get().extracting(v -> v.value()).isEqualTo("6682.05");
        Document valueAfterColon = ScannedLines.table("600:CERTIFICATE OF ORIGIN", "1358:Gross Wt.: 6,682.05 Kgs");
        assertThat(valueAfterColon.first(Field.GROSS_WEIGHT)).get().extracting(v -> v.value()).isEqualTo("6682.05");
    }
    @Test
    void theBuyersAndTheSellersInThePluralLabelTheParties() {
        // "Seller | Buyers" heading a degraded sales contract's parties: "Buyers" labelled nothing, and the buyer was
        // taken from the signature, its name's end lost there (a false PARTY_MISMATCH against four documents)
        Document contract = ScannedLines.table("600:SALES CONTRACT",
                "216:Sellers | 1280:Buyers",
                "+222:LOTUS MANUFACTURING COMPANY LIMITED | 1284:HANSEATIC HARDWARE HANDELSGESELLSCHAFT MBH");
        assertThat(contract.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("LOTUS MANUFACTURING COMPANY LIMITED");
        assertThat(contract.first(Field.BUYER)).get().extracting(v -> v.value())
                .isEqualTo("HANSEATIC HARDWARE HANDELSGESELLSCHAFT MBH");
        Document sentence = ScannedLines.document("SALES CONTRACT", "The Sellers: Lotus Manufacturing Company Limited",
                "The Buyers: Hanseatic Hardware Handels GmbH");
        assertThat(sentence.first(Field.BUYER)).get().extracting(v -> v.value())
                .isEqualTo("Hanseatic Hardware Handels GmbH");
        assertThat(sentence.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Lotus Manufacturing Company Limited");
    }
    @Test
    void aBoxLabelFromHardlyReadWithALetterOffHeadsTheLoadingPort() {
        // "From" read "Fron" at 0.27 over "BUSAN" on a degraded declaration: the port of loading was lost (a false
        // MISSING_FIELD)
        Document declaration = ScannedLines.table("600:CUSTOMS IMPORT DECLARATION",
                "190:Country of Dispatch | 902:Fron@0.27 | 1612:Place of Unloading",
                "+196:Korea, Republic of | 906:BUSAN | 1616:New York / Newark (USNYC)");
        assertThat(declaration.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("BUSAN");
        Document readWell = ScannedLines.table("600:CUSTOMS IMPORT DECLARATION",
                "190:Country of Dispatch | 902:From | 1612:Place of Unloading",
                "+196:Korea, Republic of | 906:BUSAN | 1616:New York / Newark (USNYC)");
        assertThat(readWell.first(Field.PORT_OF_LOADING)).get().extracting(v -> v.value()).isEqualTo("BUSAN");
    }

    @Test
    void anUnlabelledRowOfColumnSumsUnderTheGoodsIsTheTotalsNoLine() {
        // a certificate of origin's totals row without a label, a stamp beside it read "ews": it had been a fourth
        // goods line "ews" (a false DESCRIPTION_MISMATCH against the invoice's first line)
        Document certificate = threeGoodsRowsAnd("1336:ews@0.72 | 2110:1,004.05 kg");
        assertThat(certificate.lines()).extracting(l -> l.values().get(LineField.GROSS_WEIGHT).value())
                .containsExactly("550.8", "367.19", "86.06");
        // a fourth row whose weight is no sum of those above is a line
        assertThat(threeGoodsRowsAnd("194:4 | 290:Cotton towels | 1762:6302600000 | 2018:40 PCS | 2110:1,004.00 kg")
                .lines()).hasSize(4);
    }

    private static Document threeGoodsRowsAnd(String fourthRow) {
        return ScannedLines.table("1000:CERTIFICATE OF ORIGIN",
                "198:Item Description of Goods | 1766:H.S. Code | 1976:Qty | 2154:Gross",
                "194:1 | 292:Stainless steel pots and pans set (7 pcs) | 1758:7323930080 | 2008:112 SETS"
                        + " | 2168:550.80 kg",
                "194:2 | 292:Leather-upper work footwear, steel toecap | 1758:6403999600 | 2008:280 PRS"
                        + " | 2168:367.19 kg",
                "194:3 | 290:Frozen prawns, P&D, 21-25 count | 1762:0306179200 | 2018:80 KGS | 2184:86.06 kg",
                fourthRow);
    }

    @Test
    void aPoorlyReadFirstWordAsNearTwoFieldsLabelsLabelsNeither() {
        // "Cntr No." read "Crer No." (0.27) over a container on a degraded packing list: two letters off "Order No."
        // and "Cntr No." alike, it had been taken for the contract's label (a false CONTRACT_NUMBER_MISMATCH)
        Document packingList = ScannedLines.table("533:PACKING LIST",
                "108:Commercial Invoice Ref. | 462:Dated | 819:Sales Contract Ret.@0.78",
                "+109:32458888 | 466:May 8, 2025 | 820:CN-SC-2025-3297",
                "107:Loading Port | 460:POD | 817:Crer@0.27 No.",
                "+109:Shanghai (CNSHA) | 464:Rotterdam, Netherlands | 819:HDMU4206202 (45G1)");
        assertThat(packingList.all(Field.CONTRACT_NUMBER)).extracting(v -> v.value())
                .containsExactly("CN-SC-2025-3297");
    }

    @Test
    void aTotalWhoseGroupingCommaAScanSpacedIsTheWholeAmountAcrossTheNextColumn() {
        // "18,231,920.00 JPY" in Courier read "18, 231,920.00" on a clean scan, under the goods table, its last groups
        // under the code column: the total had been 18.00 (three false findings: lines, contract, declaration)
        Document invoice = ScannedLines.table("999:EXPORT INVOICE",
                "186:Line Commodity Description | 1372:Qty. | 1500:Unit Price | 1720:Amount | 1986:Commodity Code",
                "186:1 | 296:Laptop computer 14 inch, Intel Core i5, 16GB RAM | 1372:280 | 1500:65,114.00"
                        + " | 1680:18,231,920.00 | 1986:847130",
                "1348:Total Amount: | 1888:18, 231,920.00#1958 JPY#2220");
        assertThat(invoice.first(Field.TOTAL_AMOUNT)).get().extracting(v -> v.value()).isEqualTo("18231920.00");
    }

    @Test
    void aPartysLabelWithAnotherBoxsWordFarBesideItLabelsTheNameBelow() {
        // a skewed invoice scan: the next box's small heading, read "Mean" (0.77), on the line of "Shipper" far right
        // of it, the shipper's name under the label: "Mean" had been the seller (a false PARTY_MISMATCH)
        Document invoice = ScannedLines.table("426:COMMERCIAL INVOICE",
                "73:Shipper | 607:Mean@0.77",
                "+77:Silverline Commerce Private Limited | 610:Anatolia Manufacturing Limited",
                "+78:49 Jurong Port Road | 610:213 Commercial Road");
        assertThat(invoice.first(Field.SELLER)).get().extracting(v -> v.value())
                .isEqualTo("Silverline Commerce Private Limited");
    }

    @Test
    void aVoyageWrappedUnderTheVesselAfterItsSlashIsTheVoyage() {
        // "Ocean Vessel / Voy. No.: HAMBURG EXPRESS /" and, on the next line under the vessel's name, "888W" read
        // "888w" (0.48) on a degraded B/L: the voyage had been lost (a false MISSING_FIELD), the vessel "HAMBURG
        // EXPRESS /"
        Document billOfLading = ScannedLines.table("600:BILL OF LADING",
                "90:Ocean Vessel / Voy. No.: HAMBURG EXPRESS / | 644:Place of Receipt: SINGAPORE CY",
                "+372:888w@0.48",
                "91:Loading Port: SINGAPORE | 644:POD: Santos, Brazil");
        assertThat(billOfLading.first(Field.VESSEL)).get().extracting(v -> v.value()).isEqualTo("HAMBURG EXPRESS");
        assertThat(billOfLading.all(Field.VOYAGE).isEmpty() ? billOfLading.withheld().get(Field.VOYAGE)
                : billOfLading.all(Field.VOYAGE)).extracting(v -> v.value().toUpperCase(java.util.Locale.ROOT))
                .containsExactly("888W");
    }

    @Test
    void aGrossWeightHeadedGmAndCountsUnderAnUnreadHeaderAreTheLinesWeightsAndQuantities() {
        // a certificate's "Qty." read "an" (a speck with it) and "G.W." read "GM.": no column named a number, the
        // goods table was not read, and a planted HS_CODE_MISMATCH on its second line went unseen
        Document certificate = ScannedLines.table("300:CERTIFICATE OF ORIGIN",
                "194:Line Commodity Description | 1710:HS Code | 1932:an@0.77 | 2130:GM.@0.92",
                "196:1 Green coffee beans, Arabica, not roasted | 1708:0901.11.0000 | 1964:3600KGS | 2142:3643.88 kg",
                "192:2 Power adapter 65W, AC/DC, universal input | 1706:8504.31.8300 | 1974:1800 PCS | 2162:604.51 kg",
                "192:3 Split air conditioner 12000 BTU, wall mounted | 1706:8415.10.9000 | 1984:23 SETS"
                        + " | 2150:1006.58 kg");
        assertThat(certificate.lines()).hasSize(3);
        assertThat(certificate.lines().get(1).values().get(LineField.HS_CODE).value()).isEqualTo("8504318300");
        assertThat(certificate.lines()).extracting(line -> line.values().get(LineField.GROSS_WEIGHT).value())
                .containsExactly("3643.88", "604.51", "1006.58");
        assertThat(certificate.lines()).extracting(line -> line.values().get(LineField.QUANTITY).value())
                .containsExactly("3600", "1800", "23");
    }

    @Test
    void anUnnamedColumnOfWeightsAloneIsNoQuantity() {
        Document certificate = ScannedLines.table("300:CERTIFICATE OF ORIGIN",
                "194:Line Commodity Description | 1710:HS Code | 1932:an@0.77 | 2130:G.W.",
                "196:1 Green coffee beans, Arabica, not roasted | 1708:0901.11.0000 | 1964:3600 KGS | 2142:3643.88 kg",
                "192:2 Cocoa beans, whole, raw | 1706:1801.00.0000 | 1974:1800 KGS | 2162:1804.51 kg");
        assertThat(certificate.lines()).hasSize(2).allSatisfy(line ->
                assertThat(line.values()).containsKey(LineField.GROSS_WEIGHT).doesNotContainKey(LineField.QUANTITY));
    }

    @Test
    void aReferenceUnderItsLabelReadAsNothingIsWithheldWithItsBoxForASecondLook() {
        // a contract's "PO5721648" read "Uspsi atone" at 0.00 (the box's frame beside it): no contract number and no
        // box to read again, so its MISSING_FIELD stood though the print is plain
        Document contract = ScannedLines.table("300:SALES CONTRACT",
                "194:S/C No. | 905:Date of Issue | 1619:Invoice Currency",
                "180:Uspsi@0.00 atone@0.00 | 907:April 19, 2024 | 1619:USD (US$)");
        assertThat(contract.has(Field.CONTRACT_NUMBER)).isFalse();
        assertThat(contract.withheld().get(Field.CONTRACT_NUMBER)).singleElement().satisfies(unread -> {
            assertThat(unread.source().box()).isNotNull();
            assertThat(unread.source().box().x1()).isEqualTo(180);
        });
        Document readWords = ScannedLines.table("300:SALES CONTRACT",
                "194:S/C No. | 905:Date of Issue | 1619:Invoice Currency",
                "180:Uspsi@0.40 atone@0.40 | 907:April 19, 2024 | 1619:USD (US$)");
        assertThat(readWords.withheld()).as("words read, if doubtfully, are no reference").doesNotContainKey(
                Field.CONTRACT_NUMBER);
    }

    @Test
    void aCountsLastGroupWithADigitReadAsALetterUnderTheUnitsColumnIsNoCountOfOne() {
        // "1 880 PCS" on a degraded contract read "1" (0.89) under the quantity's column and "88e;PCS" (0.28) under the
        // unit's: the quantity had been 1 (a false QUANTITY_MISMATCH and LINE_ARITHMETIC_ERROR)
        Document contract = ScannedLines.table("300:SALES CONTRACT",
                "102:No. | 146:Article / Description | 719:Commodity Code | 844:Quantity UOM#950 Rate#990 | 1050:Line Total",
                "99:3 | 143:Vehicle chassis mounting brackets, steel | 719:8708999790 | 873:1@0.89 88e;PCS@0.28#900"
                        + " | 1001:4,17 | 1071:7 839,60");
        assertThat(contract.lines()).singleElement().satisfies(line -> assertThat(line.values().get(LineField.QUANTITY))
                .satisfiesAnyOf(quantity -> assertThat(quantity).isNull(),
                        quantity -> assertThat(quantity.value()).isEqualTo("1880")));
    }
}
