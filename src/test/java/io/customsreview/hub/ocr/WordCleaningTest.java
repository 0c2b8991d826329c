package io.customsreview.hub.ocr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What borders and specks add to OCR words is taken off; what the document printed stays. */
class WordCleaningTest {

    @Test
    void bordersAndQuotesBeforeAValueAreTakenOff() {
        assertThat(WordCleaning.clean("|MSCU1234565", 0.9)).isEqualTo("MSCU1234565");
        assertThat(WordCleaning.clean("KGS}", 0.9)).isEqualTo("KGS");
        assertThat(WordCleaning.clean("'INV-2025-32127", 0.8)).isEqualTo("INV-2025-32127");
        assertThat(WordCleaning.clean("\"Delivery", 0.3)).isEqualTo("Delivery");
        assertThat(WordCleaning.clean("'", 0.82)).isEmpty();
    }

    @Test
    void underscoresReadForTheGapBetweenTwoValuesSeparateThem() {
        assertThat(WordCleaning.clean("482.47KG__2.026", 0.18)).isEqualTo("482.47KG 2.026");
        assertThat(WordCleaning.clean("KGS__", 0.9)).isEqualTo("KGS"); // a border at the end, as before
    }

    @Test
    void anSReadAsADollarSignBeforeASlashAndALetterIsTheS() {
        // "S/C No.: CHG/2025/290" read "$/C No.:" on a scanned contract: its number label lost
        assertThat(WordCleaning.clean("$/C", 0.52)).isEqualTo("S/C");
        assertThat(WordCleaning.clean("$/CNY", 0.9)).as("no S/C").isEqualTo("$/CNY");
    }

    @Test
    void aDoubtfulNumberWithADigitMoreThanItsBoxHoldsIsWithheld() {
        // "400 PCS" read "4098" at 0.68 on a degraded certificate, its box 32 px wide where the line's surely read
        // digits take 10.6 px each: three digits' width (a false QUANTITY_MISMATCH against four documents' 400)
        io.customsreview.hub.extraction.Word code = word("85176200", 842, 927, 0.96);
        io.customsreview.hub.extraction.Word weight = word("23229", 1086, 1139, 0.95);
        List<io.customsreview.hub.extraction.Word> words = WordCleaning.digitsMoreThanTheirBoxHolds(
                List.of(code, word("4098", 973, 1005, 0.68), weight));
        assertThat(words.get(1).confidence()).isLessThan(0.6);
        assertThat(words.get(0)).isSameAs(code);
        assertThat(WordCleaning.digitsMoreThanTheirBoxHolds(List.of(code, word("4098", 973, 1015, 0.68), weight))
                .get(1).confidence()).as("four digits' width").isEqualTo(0.68);
        assertThat(WordCleaning.digitsMoreThanTheirBoxHolds(List.of(code, word("4098", 973, 1005, 0.95), weight))
                .get(1).confidence()).as("read surely").isEqualTo(0.95);
    }

    @Test
    void aStrokeReadInDoubtAsACharacterNoGlyphIsSoThinIsNoWord() {
        // a rule's remains between two cells of a clean insurance scan read "3" (0.25), 4 px wide and 44 px tall: it
        // joined the vessel's cell to the port's ("... V.2524W 3 YANTIAN, SHENZHEN": a false PORT_MISMATCH)
        io.customsreview.hub.extraction.Word stroke = new io.customsreview.hub.extraction.Word("3",
                new io.customsreview.hub.domain.Box(883, 984, 887, 1028), 0.25);
        io.customsreview.hub.extraction.Word voyage = new io.customsreview.hub.extraction.Word("V.2524W",
                new io.customsreview.hub.domain.Box(709, 988, 862, 1015), 0.85);
        assertThat(WordCleaning.strokesReadAsCharacters(List.of(voyage, stroke))).containsExactly(voyage);
        io.customsreview.hub.extraction.Word one = new io.customsreview.hub.extraction.Word("1",
                new io.customsreview.hub.domain.Box(883, 984, 887, 1028), 0.25);
        assertThat(WordCleaning.strokesReadAsCharacters(List.of(voyage, one))).as("a one is that thin")
                .containsExactly(voyage, one);
        io.customsreview.hub.extraction.Word sure = new io.customsreview.hub.extraction.Word("3",
                new io.customsreview.hub.domain.Box(883, 984, 887, 1028), 0.9);
        assertThat(WordCleaning.strokesReadAsCharacters(List.of(voyage, sure))).as("read surely")
                .containsExactly(voyage, sure);
    }

    private static io.customsreview.hub.extraction.Word word(String text, int x1, int x2, double confidence) {
        return new io.customsreview.hub.extraction.Word(text, new io.customsreview.hub.domain.Box(x1, 650, x2, 665),
                confidence);
    }

    @Test
    void aZeroReadAsAnAtSignBetweenACountsDigitsIsTheZero() {
        // a declaration's quantity "3500 PCS" read "35@0" (it had become 35, a false QUANTITY_MISMATCH)
        assertThat(WordCleaning.clean("35@0", 0.82)).isEqualTo("3500");
        assertThat(WordCleaning.clean("1@50", 0.82)).as("one digit before: a count at a price").isEqualTo("1@50");
        assertThat(WordCleaning.clean("info@acme.com", 0.9)).isEqualTo("info@acme.com");
    }

    @Test
    void aZeroReadAsOAfterADigitAndADashReadAsATildeAreTheZeroAndTheDash() {
        // a contract's quantity "70 KGS" read "7O/KGS" (it had become 7); a packing list's "INV~2025-40420"
        assertThat(WordCleaning.clean("7O/KGS", 0.66)).isEqualTo("70/KGS");
        assertThat(WordCleaning.clean("1O0", 0.7)).isEqualTo("100");
        assertThat(WordCleaning.clean("INV~2025-40420", 0.8)).isEqualTo("INV-2025-40420");
        assertThat(WordCleaning.clean("ORIGIN", 0.9)).as("no digit before").isEqualTo("ORIGIN");
        assertThat(WordCleaning.clean("A~B", 0.9)).as("no digit after it").isEqualTo("A~B");
    }

    @Test
    void aDigitGroupsFirstZeroReadAsOBeforeItsUnitIsTheZero() {
        // a packing list's "7 080 PCS" read "7 O80/PCS": the quantity had been 7 against the invoice's 7,080 (a false
        // QUANTITY_MISMATCH)
        assertThat(WordCleaning.clean("O80/PCS", 0.16)).isEqualTo("080/PCS");
        assertThat(WordCleaning.clean("O25", 0.9)).as("no unit after it").isEqualTo("O25");
        assertThat(WordCleaning.clean("OLD", 0.9)).isEqualTo("OLD");
    }

    @Test
    void aFiveReadAsASectionSignOpeningANumberIsTheFive() {
        // a B/L's gross weight "5.471,35KGS" read "§.471,35KGS" on a degraded scan: it had become 471.35
        assertThat(WordCleaning.clean("§.471,35KGS", 0.64)).isEqualTo("5.471,35KGS");
        assertThat(WordCleaning.clean("§12", 0.8)).isEqualTo("512");
        assertThat(WordCleaning.clean("§", 0.8)).as("a section sign alone: no number").isEqualTo("§");
        assertThat(WordCleaning.clean("Art.§3", 0.8)).as("after letters: a section").isEqualTo("Art.§3");
    }

    @Test
    void aReferencesSlashReadAsAnApostropheIsTheSlash() {
        assertThat(WordCleaning.clean("Cl’3378/24", 0.44)).isEqualTo("Cl/3378/24");
        assertThat(WordCleaning.clean("CI'3600/25", 0.5)).isEqualTo("CI/3600/25");
        assertThat(WordCleaning.clean("SHIPPER'S", 0.9)).isEqualTo("SHIPPER'S");
        assertThat(WordCleaning.clean("O'2024", 0.9)).as("no reference's shape").isEqualTo("O'2024");
    }

    @Test
    void aSmallWordReadTwiceInARowIsOneWord() {
        var place = new io.customsreview.hub.extraction.Word("of", box(1180, 1210), 0.53);
        assertThat(WordCleaning.readTwice(place, new io.customsreview.hub.extraction.Word("of", box(1218, 1240), 0.5)))
                .isTrue();
        assertThat(WordCleaning.readTwice(place, new io.customsreview.hub.extraction.Word("of", box(1183, 1212), 0.6)))
                .as("over the same ink").isTrue();
        var total = new io.customsreview.hub.extraction.Word("1,200.00", box(900, 1010), 0.9);
        assertThat(WordCleaning.readTwice(total, new io.customsreview.hub.extraction.Word("1,200.00", box(905, 1012), 0.7)))
                .as("any word over the same ink").isTrue();
        assertThat(WordCleaning.readTwice(place, new io.customsreview.hub.extraction.Word("Of", box(1218, 1240), 0.5)))
                .as("another word").isFalse();
        assertThat(WordCleaning.readTwice(place, new io.customsreview.hub.extraction.Word("of", box(1800, 1830), 0.5)))
                .as("far along the line: another phrase").isFalse();
        var pcs = new io.customsreview.hub.extraction.Word("PCS", box(100, 160), 0.9);
        assertThat(WordCleaning.readTwice(pcs, new io.customsreview.hub.extraction.Word("PCS", box(170, 230), 0.9)))
                .as("a value's words are the document's").isFalse();
    }

    @Test
    void aDoubtedSpeckInsideAWordsBoxIsNoWord() {
        // "1" (0.43) boxed inside "Qingdao" on a degraded packing list: the line split there, the seller read
        // "Qingdao 1" (a false PARTY_MISMATCH)
        var qingdao = new io.customsreview.hub.extraction.Word("Qingdao", box(178, 334), 0.92);
        assertThat(WordCleaning.speckInside(qingdao, new io.customsreview.hub.extraction.Word("1", box(210, 214), 0.43)))
                .isTrue();
        assertThat(WordCleaning.speckInside(qingdao, new io.customsreview.hub.extraction.Word("1", box(210, 214), 0.93)))
                .as("read surely").isFalse();
        assertThat(WordCleaning.speckInside(qingdao, new io.customsreview.hub.extraction.Word("1", box(336, 350), 0.43)))
                .as("beside it").isFalse();
        // the same on another scan, read at 0.59 but boxed 1 px by 2 inside the 20 px high "Qingdao": no glyph
        var flat = new io.customsreview.hub.extraction.Word("1",
                io.customsreview.hub.extraction.LineBuilder.box(210, 510, 211, 512), 0.59);
        assertThat(WordCleaning.speckInside(qingdao, flat)).isTrue();
    }

    @Test
    void aWordReadAgainOverItsOwnEndIsOneWord() {
        // "Meridian" read "Meri" + "idian" + "ian", "Stock" read "Stock" + "tock", each over the ink of the one before
        // (a seller's name had become "Meri idian ian Commerce", a false PARTY_MISMATCH)
        var meri = new io.customsreview.hub.extraction.Word("Meri", box(659, 694), 0.95);
        var meridi = WordCleaning.readOverItsEnd(meri, new io.customsreview.hub.extraction.Word("idian", box(691, 708),
                0.92));
        assertThat(meridi).isNotNull();
        assertThat(meridi.text()).isEqualTo("Meridian");
        assertThat(WordCleaning.readOverItsEnd(new io.customsreview.hub.extraction.Word("idian", box(691, 708), 0.92),
                meri).text()).as("given in either order").isEqualTo("Meridian");
        var meridian = WordCleaning.readOverItsEnd(meridi, new io.customsreview.hub.extraction.Word("ian",
                box(704, 730), 0.68));
        assertThat(meridian.text()).isEqualTo("Meridian");
        assertThat(meridian.box().x2()).isEqualTo(730);
        assertThat(meridian.confidence()).isEqualTo(0.68);
        var stock = WordCleaning.readOverItsEnd(
                new io.customsreview.hub.extraction.Word("Stock", box(1796, 1814), 0.93),
                new io.customsreview.hub.extraction.Word("tock", box(1808, 1886), 0.56));
        assertThat(stock.text()).isEqualTo("Stock");
        // "28.536,00" read "28.536," and "00" over its end: the cents
        var amount = WordCleaning.readOverItsEnd(new io.customsreview.hub.extraction.Word("28.536,", box(900, 990),
                0.18), new io.customsreview.hub.extraction.Word("00", box(985, 1010), 0.2));
        assertThat(amount.text()).isEqualTo("28.536,00");
        // "Orient" and "lent" over its end at 0.70, its i read as an l (a buyer "Orient lent Star Distribution": a
        // false PARTY_MISMATCH)
        var orient = WordCleaning.readOverItsEnd(new io.customsreview.hub.extraction.Word("Orient", box(105, 125), 0.95),
                new io.customsreview.hub.extraction.Word("lent", box(122, 152), 0.7));
        assertThat(orient.text()).isEqualTo("Orient");
        assertThat(WordCleaning.readOverItsEnd(new io.customsreview.hub.extraction.Word("Orient", box(105, 125), 0.95),
                new io.customsreview.hub.extraction.Word("bent", box(122, 152), 0.7))).as("b is no i").isNull();
        assertThat(WordCleaning.readOverItsEnd(new io.customsreview.hub.extraction.Word("Joint", box(1710, 1750), 0.9),
                new io.customsreview.hub.extraction.Word("tock", box(1796, 1886), 0.9))).as("apart").isNull();
        assertThat(WordCleaning.readOverItsEnd(new io.customsreview.hub.extraction.Word("Joint", box(1710, 1750), 0.9),
                new io.customsreview.hub.extraction.Word("Stock", box(1745, 1886), 0.9))).as("other letters").isNull();
        // "Nordwind" and a ghost "Industrial" boxed right under it on a skewed scan, the boxes touching by 4 px: two
        // lines, not one word read twice (the buyer had become "Nordwindustrial Supply Inc.", a false PARTY_MISMATCH)
        assertThat(WordCleaning.readOverItsEnd(new io.customsreview.hub.extraction.Word("Nordwind",
                io.customsreview.hub.extraction.LineBuilder.box(150, 502, 308, 554), 0.91),
                new io.customsreview.hub.extraction.Word("Industrial",
                        io.customsreview.hub.extraction.LineBuilder.box(230, 550, 380, 598), 0.96)))
                .as("on two lines").isNull();
    }

    private static io.customsreview.hub.domain.Box box(int x1, int x2) {
        return io.customsreview.hub.extraction.LineBuilder.box(x1, 500, x2, 524);
    }

    @Test
    void aLabelWordRunTogetherWithOfIsSplit() {
        assertThat(WordCleaning.clean("Portof", 0.32)).isEqualTo("Port of");
        assertThat(WordCleaning.clean("BILLOF", 0.6)).isEqualTo("BILL OF");
        assertThat(WordCleaning.clean("Countryof", 0.5)).isEqualTo("Country of");
        assertThat(WordCleaning.clean("Portofino", 0.9)).isEqualTo("Portofino"); // a word of its own
    }

    @Test
    void aLabelRunTogetherWithNoIsSplit() {
        assertThat(WordCleaning.clean("SICNo.", 0.17)).isEqualTo("SIC No.");
        assertThat(WordCleaning.clean("ContractNo:", 0.5)).isEqualTo("Contract No:");
        assertThat(WordCleaning.clean("B/LNo.", 0.5)).isEqualTo("B/L No.");
        // words of their own that end in "no"
        assertThat(WordCleaning.clean("Casino", 0.9)).isEqualTo("Casino");
        assertThat(WordCleaning.clean("TORINO", 0.9)).isEqualTo("TORINO");
        assertThat(WordCleaning.clean("Filipino", 0.9)).isEqualTo("Filipino");
    }

    @Test
    void anLReadAsAnExclamationMarkAtAWordsEndIsTheL() {
        assertThat(WordCleaning.clean("pane!", 0.5)).isEqualTo("panel");
        assertThat(WordCleaning.clean("stee!,", 0.5)).isEqualTo("steel,");
        assertThat(WordCleaning.clean("NOTE!", 0.9)).isEqualTo("NOTE!"); // capitals: no such misreading seen
    }

    @Test
    void aZeroReadForTheOOfAnAbbreviationIsTheO() {
        assertThat(WordCleaning.clean("c/0", 0.58)).isEqualTo("c/O");
        assertThat(WordCleaning.clean("C/0:", 0.58)).isEqualTo("C/O:");
        assertThat(WordCleaning.clean("1/0", 0.9)).isEqualTo("1/0");
    }

    @Test
    void printedMarksStay() {
        assertThat(WordCleaning.clean("24\"", 0.9)).isEqualTo("24\"");
        assertThat(WordCleaning.clean("SHIPPER'S", 0.9)).isEqualTo("SHIPPER'S");
        assertThat(WordCleaning.clean("$1,250.00", 0.9)).isEqualTo("$1,250.00");
        assertThat(WordCleaning.clean("$C241430D", 0.9)).isEqualTo("SC241430D");
        assertThat(WordCleaning.clean("$0S242723", 0.64)).isEqualTo("S0S242723"); // "SOS242723"
        assertThat(WordCleaning.clean("$100USD", 0.9)).isEqualTo("$100USD");
        assertThat(WordCleaning.clean("S$C252576B", 0.14)).isEqualTo("SSC252576B"); // compared with look-alikes
        assertThat(WordCleaning.clean("US$1,250.00", 0.9)).isEqualTo("US$1,250.00");
        // a declaration's sentence "... and Contract No. $C241355€, on EXW ...": S and C read as dollar and euro
        assertThat(WordCleaning.clean("$C241355€,", 0.3)).isEqualTo("SC241355C,");
        assertThat(WordCleaning.clean("1000€", 0.9)).as("an amount").isEqualTo("1000€");
        assertThat(WordCleaning.clean("CI’/2561/24", 0.34)).isEqualTo("CI/2561/24");
    }

    @Test
    void aSevenAfterANumbersDecimalMarkReadAsASlashIsTheSeven() {
        // "3.277,70 KG" read "3.277,/0" on a clean B/L scan: a gross weight of 3.277 kg (a false GROSS_WEIGHT_MISMATCH)
        assertThat(WordCleaning.clean("3.277,/0", 0.83)).isEqualTo("3.277,70");
        assertThat(WordCleaning.clean("440,00/0901.11.00", 0.12)).as("a rule after the cents")
                .isEqualTo("440,00 0901.11.00");
        assertThat(WordCleaning.clean("SIP/2024/819", 0.9)).isEqualTo("SIP/2024/819");
        assertThat(WordCleaning.clean("205/55R16", 0.9)).isEqualTo("205/55R16");
    }

    @Test
    void aDigitAmongACountsDigitsReadAsTheLetterOfItsShapeIsThatDigit() {
        // "160 SETS" read "1G0SETS" on a degraded packing list: the quantity had been read as 1 (a false
        // QUANTITY_MISMATCH)
        assertThat(WordCleaning.clean("1G0SETS", 0.67)).isEqualTo("160SETS");
        assertThat(WordCleaning.clean("2S0PCS", 0.67)).isEqualTo("250PCS");
        assertThat(WordCleaning.clean("45G1", 0.9)).as("a container's size and type").isEqualTo("45G1");
        assertThat(WordCleaning.clean("24NL500", 0.9)).as("a reference").isEqualTo("24NL500");
    }

    @Test
    void aCountsOpeningDigitsReadAsTheLettersOfTheirShapeAreThoseDigits() {
        // "156SETS" read "IS6SETS" on a degraded declaration: the quantity had been read as 6 (a false
        // QUANTITY_MISMATCH)
        assertThat(WordCleaning.clean("IS6SETS", 0.5)).isEqualTo("156SETS");
        assertThat(WordCleaning.clean("S9PCS", 0.5)).isEqualTo("59PCS");
        assertThat(WordCleaning.clean("OS6SETS", 0.5)).as("no count opens with a zero").isEqualTo("OS6SETS");
        assertThat(WordCleaning.clean("IS6ABCD", 0.5)).as("no unit after it").isEqualTo("IS6ABCD");
        assertThat(WordCleaning.clean("LS6SETS", 0.5)).as("an L is no digit's shape").isEqualTo("LS6SETS");
    }

    @Test
    void aCountsClosingDigitsReadAsTheLettersOfTheirShapeBeforeItsUnitAreThoseDigits() {
        // "115 SETS" read "1IS|SETS" on a degraded packing list (the gap read as a bar): the quantity had been read as
        // 1 (a false QUANTITY_MISMATCH)
        assertThat(WordCleaning.clean("1IS|SETS", 0.64)).isEqualTo("115SETS");
        assertThat(WordCleaning.clean("2O0PCS", 0.5)).isEqualTo("200PCS");
        assertThat(WordCleaning.clean("1IS|ABCD", 0.64)).as("no unit after it").isEqualTo("1IS|ABCD");
        assertThat(WordCleaning.clean("1IS|SETS", 0.95)).as("read surely").isEqualTo("1IS|SETS");
    }

    @Test
    void aRuleBetweenTwoCellsNumbersSeparatesThemIntoTwoWordsEachOverItsOwnDigits() {
        assertThat(WordCleaning.clean("223380}4011100000", 0.31)).isEqualTo("223380 4011100000");
        assertThat(WordCleaning.clean("027,20|9405.42.10", 0.35)).isEqualTo("027,20 9405.42.10");
        assertThat(WordCleaning.clean("440,00/0901.11.00", 0.12)).isEqualTo("440,00 0901.11.00");
        // "250 344,00)8473.30": the amount's last group and cents glued to the code by a rule read as a bracket
        assertThat(WordCleaning.clean("344,00)8473.30", 0.18)).isEqualTo("344,00 8473.30");
        // "11.608," + "80|/9503007590": the cents, the rule read as two marks, the code
        assertThat(WordCleaning.clean("80|/9503007590", 0.12)).isEqualTo("80 9503007590");
        // "5805.00" printed without its point beside the code 950300, the rule between read as a slash
        assertThat(WordCleaning.clean("580500/950300", 0.51)).isEqualTo("580500 950300");
        assertThat(WordCleaning.clean("580500/950300", 0.95)).as("read surely: as printed").isEqualTo("580500/950300");
        assertThat(WordCleaning.clean("(2)3", 0.9)).as("a bracket opened").isEqualTo("(2)3");
        // "154,596.10" and "8471.30.00": the amount's last zero and the rule between them read as one slash
        assertThat(WordCleaning.clean("154596.1/8471.30.00", 0.88)).isEqualTo("154596.1 8471.30.00");
        // "1,069, 280.00|/Germany": an amount's cents and the origin column's country, the rule between them read
        assertThat(WordCleaning.clean("280.00|/Germany", 0.13)).isEqualTo("280.00 Germany");
        assertThat(WordCleaning.clean(".00|Germany", 0.52)).isEqualTo(".00 Germany");
        assertThat(WordCleaning.clean("KGS/Germany", 0.52)).as("no cents before it").isEqualTo("KGS/Germany");
        assertThat(WordCleaning.clean("2.5/2024", 0.9)).as("no dotted code after it").isEqualTo("2.5/2024");
        assertThat(WordCleaning.clean("12/05/2024", 0.9)).as("a date's slashes").isEqualTo("12/05/2024");
        assertThat(WordCleaning.clean("205/55R16", 0.9)).as("a size").isEqualTo("205/55R16");
        assertThat(WordCleaning.clean("SIP/2024/819", 0.9)).as("a reference").isEqualTo("SIP/2024/819");

        var glued = new io.customsreview.hub.extraction.Word(WordCleaning.clean("223380}4011100000", 0.31),
                box(923, 1073), 0.31);
        var parts = WordCleaning.splitAtGaps(glued);
        assertThat(parts).extracting(io.customsreview.hub.extraction.Word::text)
                .containsExactly("223380", "4011100000");
        assertThat(parts.get(0).box().x1()).isEqualTo(923);
        assertThat(parts.get(0).box().x2()).as("six of the seventeen characters").isBetween(974, 980);
        assertThat(parts.get(1).box().x1()).isBetween(980, 986);
        assertThat(parts.get(1).box().x2()).isEqualTo(1073);
        assertThat(parts).allSatisfy(w -> assertThat(w.confidence()).isEqualTo(0.31));
        var single = new io.customsreview.hub.extraction.Word("4011100000", box(984, 1073), 0.9);
        assertThat(WordCleaning.splitAtGaps(single)).containsExactly(single);
    }

    @Test
    void aRuleAfterANumberReadAsABracketNothingOpenedIsTakenOff() {
        assertThat(WordCleaning.clean("12000)", 0.75)).isEqualTo("12000");
        assertThat(WordCleaning.clean("3723)", 0.8)).isEqualTo("3723");
        assertThat(WordCleaning.clean("(VNSGN)", 0.9)).isEqualTo("(VNSGN)");
        assertThat(WordCleaning.clean("(3)", 0.9)).as("a bracket that was opened").isEqualTo("(3)");
    }
}
