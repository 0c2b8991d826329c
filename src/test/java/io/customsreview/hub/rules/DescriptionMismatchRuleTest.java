package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DecidedBy;
import io.customsreview.hub.domain.DocumentBuilder;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.llm.EmbeddingJudge;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.customsreview.hub.domain.DocumentType.BILL_OF_LADING;
import static io.customsreview.hub.domain.DocumentType.CERTIFICATE_OF_ORIGIN;
import static io.customsreview.hub.domain.DocumentType.CONTRACT;
import static io.customsreview.hub.domain.DocumentType.DECLARATION;
import static io.customsreview.hub.domain.DocumentType.INSURANCE;
import static io.customsreview.hub.domain.DocumentType.INVOICE;
import static io.customsreview.hub.domain.DocumentType.PACKING_LIST;
import static org.assertj.core.api.Assertions.assertThat;

class DescriptionMismatchRuleTest {

    /** one model for the class: it takes about a second to load */
    private static final RuleContext CONTEXT = new RuleContext(RuleSettings.defaults(), code -> true,
            new EmbeddingJudge());

    private final DescriptionMismatchRule rule = new DescriptionMismatchRule();

    private static Map<LineField, String> line(String description, String hs, String quantity, String unit) {
        return Map.of(LineField.DESCRIPTION, description, LineField.HS_CODE, hs, LineField.QUANTITY, quantity,
                LineField.UNIT, unit);
    }

    private static DocumentBuilder invoice() {
        return DocumentBuilder.of("d1", INVOICE)
                .line(line("Laptop computer, 14 inch", "84713000", "100", "PCS"))
                .line(line("USB-C docking station", "84733020", "100", "PCS"))
                .line(line("Wireless mouse", "84716070", "200", "PCS"));
    }

    @Test
    void differentWordingForTheSameGoodsIsNoFinding() {
        Dossier dossier = new Dossier("ok", List.of(
                invoice().build(),
                DocumentBuilder.of("d2", DECLARATION)
                        .line(line("Portable notebook PC 14\"", "847130", "100", "PCS"))
                        .line(line("Port replicator for notebook", "847330", "100", "PCS"))
                        .line(line("Cordless optical mouse", "847160", "200", "PCS")).build(),
                // fewer lines: matched by similarity, not position
                DocumentBuilder.of("d3", PACKING_LIST)
                        .line(Map.of(LineField.DESCRIPTION, "Mouse, wireless", LineField.QUANTITY, "200"))
                        .line(Map.of(LineField.DESCRIPTION, "Notebook computers 14in", LineField.QUANTITY, "100"))
                        .build(),
                DocumentBuilder.of("d4", BILL_OF_LADING).with(Field.DESCRIPTION, "LAPTOP COMPUTERS AND ACCESSORIES")
                        .build(),
                DocumentBuilder.of("d5", CERTIFICATE_OF_ORIGIN).with(Field.DESCRIPTION, "Ordinateurs portables")
                        .with(Field.HS_CODE, "847130").build()));

        assertThat(rule.check(dossier, CONTEXT)).isEmpty();
    }

    @Test
    void aSummaryOfPackagesAndTheCarriersClauseOnlyNamesNoGoods() {
        // a degraded B/L: "159 CARTONS|SHIPPER'S LOAD, STOW AND COUNT, SAID TO" / "CONTAIN:" left "CARTONS SAID" as
        // its description, and the goods were found different from the invoice's (a false DESCRIPTION_MISMATCH)
        for (String summary : List.of("CARTONS SAID", "159 CTNS SAID TO CONTAIN:", "PALLETS STC")) {
            Dossier dossier = new Dossier("clause", List.of(invoice().build(),
                    DocumentBuilder.of("d4", BILL_OF_LADING).with(Field.DESCRIPTION, summary).build()));
            assertThat(rule.check(dossier, CONTEXT)).as(summary).isEmpty();
        }
        Dossier otherGoods = new Dossier("goods", List.of(invoice().build(),
                DocumentBuilder.of("d4", BILL_OF_LADING)
                        .with(Field.DESCRIPTION, "CARTONS SAID TO CONTAIN FROZEN SHRIMP").build()));
        assertThat(rule.check(otherGoods, CONTEXT)).hasSize(1);
    }

    @Test
    void goodsOfAnInvoiceLineWhoseDescriptionWasNotReadAreNoFinding() {
        // the scanned invoice's third description was withheld as doubtful: its line is there with code and quantity
        Dossier dossier = new Dossier("unread", List.of(
                DocumentBuilder.of("d1", INVOICE)
                        .line(line("Laptop computer, 14 inch", "84713000", "100", "PCS"))
                        .line(line("USB-C docking station", "84733020", "100", "PCS"))
                        .line(Map.of(LineField.HS_CODE, "84716070", LineField.QUANTITY, "200")).build(),
                DocumentBuilder.of("d2", DECLARATION)
                        .line(line("Portable notebook PC 14\"", "847130", "100", "PCS"))
                        .line(line("Port replicator for notebook", "847330", "100", "PCS"))
                        .line(line("Cordless optical mouse", "847160", "200", "PCS")).build(),
                DocumentBuilder.of("d3", PACKING_LIST) // its lines in another order and one more: matched by code
                        .line(line("Cordless optical mouse", "847160", "200", "PCS"))
                        .line(line("Laptop computer, 14 inch", "84713000", "100", "PCS"))
                        .line(line("Docking station", "84733020", "60", "PCS"))
                        .line(line("Docking station", "84733020", "40", "PCS")).build(),
                DocumentBuilder.of("d4", BILL_OF_LADING).with(Field.DESCRIPTION, "COMPUTER MICE").build()));

        assertThat(rule.check(dossier, CONTEXT)).isEmpty();

        // other goods under another code are still told apart
        Dossier other = new Dossier("unread-other", List.of(
                dossier.documents().get(0),
                DocumentBuilder.of("d3", PACKING_LIST)
                        .line(line("Laptop computer, 14 inch", "84713000", "100", "PCS"))
                        .line(line("Frozen shrimps, peeled", "030617", "200", "KGS")).build()));
        assertThat(rule.check(other, CONTEXT)).extracting(Finding::message)
                .singleElement().asString().contains("Frozen shrimps");
    }

    @Test
    void aScannedDescriptionThatLostWordsIsTheSameGoods() {
        DocumentBuilder shrimpInvoice = DocumentBuilder.of("d1", INVOICE)
                .line(line("Frozen shrimps, peeled and deveined, 21/25", "030617", "240", "KGS"))
                .line(line("Wooden bookcase, oak veneer, 5 shelves", "940360", "154", "SETS"));
        // the first word lost in a smudge, "21/25" read as "2125", a speck read as "ae"
        Map<LineField, String> partlyRead = Map.of(LineField.DESCRIPTION, "shrimps, peeled and deveined, 2125 ae");
        Map<LineField, String> bookcase = line("Wooden bookcase, oak veneer, 5 shelves", "940360", "154", "SETS");

        Dossier scanned = new Dossier("scan", List.of(shrimpInvoice.build(),
                DocumentBuilder.of("d2", PACKING_LIST).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(partlyRead).line(bookcase).build()));
        assertThat(rule.check(scanned, CONTEXT)).isEmpty();

        Dossier digital = new Dossier("digital", List.of(shrimpInvoice.build(),
                DocumentBuilder.of("d2", PACKING_LIST).line(partlyRead).line(bookcase).build()));
        assertThat(rule.check(digital, CONTEXT)).as("printed so, it is not the invoice's wording").isNotEmpty();

        Dossier otherGoods = new Dossier("other", List.of(shrimpInvoice.build(),
                DocumentBuilder.of("d2", PACKING_LIST).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(line("Frozen squid rings, breaded", "030743", "240", "KGS")).line(bookcase).build()));
        assertThat(rule.check(otherGoods, CONTEXT)).extracting(Finding::message).singleElement().asString()
                .contains("squid");
    }

    @Test
    void aShortScannedWordALetterOffBesideWordsReadExactlyIsThePrintedWord() {
        // "over-ear" read "over-eal" on a degraded packing list whose line lost its quantity: cosine 0.71, a false
        // DESCRIPTION_MISMATCH
        DocumentBuilder invoice = DocumentBuilder.of("d1", INVOICE)
                .line(line("Safety shoes with leather uppers, steel toe", "64039996", "230", "PAIR"))
                .line(line("Bluetooth headphones, over-ear", "85183095", "840", "PCS"));
        Map<LineField, String> shoes = Map.of(LineField.DESCRIPTION, "Safety shoes with leather uppers, steel toe",
                LineField.QUANTITY, "230", LineField.UNIT, "PAIR");
        Dossier scanned = new Dossier("scan", List.of(invoice.build(),
                DocumentBuilder.of("d2", PACKING_LIST).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(shoes).line(Map.of(LineField.DESCRIPTION, "Bluetooth headphones, over-eal",
                                LineField.UNIT, "PCS")).build()));
        assertThat(rule.check(scanned, CONTEXT)).isEmpty();

        Dossier otherWord = new Dossier("other", List.of(invoice.build(),
                DocumentBuilder.of("d2", PACKING_LIST).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(shoes).line(Map.of(LineField.DESCRIPTION, "Bluetooth headphones, over-red",
                                LineField.UNIT, "PCS")).build()));
        assertThat(rule.check(otherWord, CONTEXT)).as("red is no misreading of ear").isNotEmpty();
    }

    @Test
    void aSizeReadWithALookAlikeDigitOrADigitMoreOnAScanIsTheSameSize() {
        // "70x140 cm" read "706x149 cm" on a scanned certificate (its code of another subheading of 6302): the towels
        // had been other goods ("different sizes")
        DocumentBuilder towelInvoice = DocumentBuilder.of("d1", INVOICE)
                .line(Map.of(LineField.DESCRIPTION, "Cotton terry bath towels 70x140 cm", LineField.HS_CODE, "630260"));
        Dossier scanned = new Dossier("scan", List.of(towelInvoice.build(),
                DocumentBuilder.of("d2", CERTIFICATE_OF_ORIGIN).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(Map.of(LineField.DESCRIPTION, "Cotton terry bath towels 706x149 cm", LineField.HS_CODE, "630291")).build()));
        assertThat(rule.check(scanned, CONTEXT)).isEmpty();

        Dossier printed = new Dossier("digital", List.of(towelInvoice.build(),
                DocumentBuilder.of("d2", CERTIFICATE_OF_ORIGIN)
                        .line(Map.of(LineField.DESCRIPTION, "Cotton terry bath towels 706x149 cm", LineField.HS_CODE, "630291")).build()));
        assertThat(rule.check(printed, CONTEXT)).as("printed so: another size").isNotEmpty();
        Dossier otherSize = new Dossier("other", List.of(towelInvoice.build(),
                DocumentBuilder.of("d2", CERTIFICATE_OF_ORIGIN).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(Map.of(LineField.DESCRIPTION, "Cotton terry bath towels 50x100 cm", LineField.HS_CODE, "630291")).build()));
        assertThat(rule.check(otherSize, CONTEXT)).as("no misreading makes 50x100 of 70x140").isNotEmpty();
    }

    @Test
    void tyresOfAnotherSizeAreOtherGoodsUnlessAScanMisreadTheSize() {
        // "205/55R16" and "215/65 R17": passenger car tyres both, of another width, profile and rim; the judge had
        // found them the same goods (the sizes' numbers aside as numbers alone, "55r16" as a word)
        DocumentBuilder invoice = DocumentBuilder.of("d1", INVOICE).line(Map.of(LineField.DESCRIPTION,
                "Passenger car tyres 205/55R16, radial", LineField.QUANTITY, "100", LineField.UNIT, "PCS"));
        Dossier otherSize = new Dossier("tyres", List.of(invoice.build(), DocumentBuilder.of("d2", PACKING_LIST)
                .line(Map.of(LineField.DESCRIPTION, "New pneumatic radial tyres for cars 215/65 R17",
                        LineField.QUANTITY, "100", LineField.UNIT, "PCS")).build()));
        assertThat(rule.check(otherSize, CONTEXT)).isNotEmpty();
        Dossier sameSize = new Dossier("tyres", List.of(invoice.build(), DocumentBuilder.of("d2", PACKING_LIST)
                .line(Map.of(LineField.DESCRIPTION, "New pneumatic radial tyres for cars 205/55 R16",
                        LineField.QUANTITY, "100", LineField.UNIT, "PCS")).build()));
        assertThat(rule.check(sameSize, CONTEXT)).as("written with a space").isEmpty();
        Dossier misread = new Dossier("tyres", List.of(invoice.build(), DocumentBuilder.of("d2", PACKING_LIST)
                .method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                .line(Map.of(LineField.DESCRIPTION, "New pneumatic radial tyres for cars 205/56 R16",
                        LineField.QUANTITY, "100", LineField.UNIT, "PCS")).build()));
        assertThat(rule.check(misread, CONTEXT)).as("a 5 read as a 6 on a scan").isEmpty();
        // a scanned B/L's summary in its own words, the size read with a look-alike digit
        Dossier summary = new Dossier("tyres", List.of(invoice.build(), DocumentBuilder.of("d4", BILL_OF_LADING)
                .method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                .with(Field.DESCRIPTION, "NEW PNEUMATIC RADIAL TYRES FOR CARS 205/56 R16").build()));
        assertThat(rule.check(summary, CONTEXT)).as("a summary's size misread").isEmpty();
        Dossier otherSummary = new Dossier("tyres", List.of(invoice.build(), DocumentBuilder.of("d4", BILL_OF_LADING)
                .method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                .with(Field.DESCRIPTION, "NEW PNEUMATIC RADIAL TYRES FOR CARS 215/65 R17").build()));
        assertThat(rule.check(otherSummary, CONTEXT)).as("a summary of tyres of another size").isNotEmpty();
    }

    @Test
    void aCapacityReadWithADigitMoreOnAScanIsTheSameCapacity() {
        // "30 litre" read "360 litre" on a degraded insurance certificate (the invoice writes "30 L"): the storage
        // containers had been other goods ("different sizes")
        DocumentBuilder invoice = DocumentBuilder.of("d1", INVOICE).line(Map.of(LineField.DESCRIPTION,
                "Plastic storage boxes with lid, 30 L", LineField.QUANTITY, "96", LineField.UNIT, "PCS"));
        Dossier scanned = new Dossier("scan", List.of(invoice.build(),
                DocumentBuilder.of("d2", INSURANCE).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(Map.of(LineField.DESCRIPTION, "PP storage containers 360 litre with cover",
                                LineField.QUANTITY, "96", LineField.UNIT, "PCS")).build()));
        assertThat(rule.check(scanned, CONTEXT)).isEmpty();
        Dossier printed = new Dossier("digital", List.of(invoice.build(),
                DocumentBuilder.of("d2", INSURANCE).line(Map.of(LineField.DESCRIPTION,
                        "PP storage containers 360 litre with cover", LineField.QUANTITY, "96", LineField.UNIT, "PCS"))
                        .build()));
        assertThat(rule.check(printed, CONTEXT)).as("printed so: another size").isNotEmpty();
        Dossier otherSize = new Dossier("other", List.of(invoice.build(),
                DocumentBuilder.of("d2", INSURANCE).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(Map.of(LineField.DESCRIPTION, "PP storage containers 120 litre with cover",
                                LineField.QUANTITY, "96", LineField.UNIT, "PCS")).build()));
        assertThat(rule.check(otherSize, CONTEXT)).as("no misreading makes 120 of 30").isNotEmpty();
    }

    @Test
    void twoWordsRunTogetherOnAScanAndAPieceCountAfterACommaAreTheDescriptionsOwn() {
        // "Stainless steel cookware set, 7 pieces" read "Stainlessteel cookware set, 7 pieces" on a degraded
        // certificate of origin: its "7 pieces" had been taken for the quantity cell and the words run together left
        // no shared kind of goods (a false DESCRIPTION_MISMATCH against "Stainless steel pots and pans set (7 pcs)")
        assertThat(DescriptionMismatchRule.withoutNeighbouringCells("Stainless steel cookware set, 7 pieces", 2))
                .as("after a comma: the description's own count").isEqualTo("Stainless steel cookware set, 7 pieces");
        DocumentBuilder invoice = DocumentBuilder.of("d1", INVOICE).line(Map.of(LineField.DESCRIPTION,
                "Stainless steel pots and pans set (7 pcs)", LineField.HS_CODE, "732393", LineField.QUANTITY, "44",
                LineField.UNIT, "SETS"));
        Dossier scanned = new Dossier("scan", List.of(invoice.build(),
                DocumentBuilder.of("d2", CERTIFICATE_OF_ORIGIN).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(Map.of(LineField.DESCRIPTION, "Stainlessteel cookware set, 7 pieces", LineField.HS_CODE,
                                "732393", LineField.QUANTITY, "44", LineField.UNIT, "SETS")).build()));
        assertThat(rule.check(scanned, CONTEXT)).isEmpty();
        Dossier otherGoods = new Dossier("other", List.of(invoice.build(),
                DocumentBuilder.of("d2", CERTIFICATE_OF_ORIGIN).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(Map.of(LineField.DESCRIPTION, "Plasticboxes with lids, 7 pieces", LineField.HS_CODE,
                                "392690", LineField.QUANTITY, "44", LineField.UNIT, "SETS")).build()));
        assertThat(rule.check(otherGoods, CONTEXT)).isNotEmpty();
    }

    @Test
    void wordsAloneInARowOfAScanAreNoGoodsToCompare() {
        // the certification under the table read as a row at no confidence, the first row's description withheld
        DocumentBuilder scannedInvoice = DocumentBuilder.of("d1", INVOICE)
                .method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                .line(Map.of(LineField.HS_CODE, "847330"))
                .line(Map.of(LineField.DESCRIPTION, "certify that the paid or"));
        Dossier dossier = new Dossier("scan", List.of(scannedInvoice.build(), DocumentBuilder.of("d2", CONTRACT)
                .line(Map.of(LineField.DESCRIPTION, "DDR4 memory modules 16GB", LineField.QUANTITY, "7200",
                        LineField.UNIT, "PCS")).build()));
        assertThat(rule.check(dossier, CONTEXT)).isEmpty();

        DocumentBuilder printedInvoice = DocumentBuilder.of("d1", INVOICE).line(Map.of(LineField.HS_CODE, "847330"))
                .line(Map.of(LineField.DESCRIPTION, "Frozen squid rings, breaded"));
        assertThat(rule.check(new Dossier("digital", List.of(printedInvoice.build(), DocumentBuilder.of("d2", CONTRACT)
                .line(Map.of(LineField.DESCRIPTION, "DDR4 memory modules 16GB", LineField.QUANTITY, "7200",
                        LineField.UNIT, "PCS")).build())), CONTEXT)).as("printed so: other goods").isNotEmpty();
    }

    @Test
    void aFourCharacterWordWithALetterMisreadOnAScanIsThePrintedWord() {
        DocumentBuilder invoice = DocumentBuilder.of("d1", INVOICE)
                .line(line("DDR4 memory modules 16GB", "847330", "7200", "PCS"))
                .line(line("Wooden bookcase, oak veneer, 5 shelves", "940360", "154", "SETS"));
        Map<LineField, String> bookcase = line("Wooden bookcase, oak veneer, 5 shelves", "940360", "154", "SETS");
        Dossier scanned = new Dossier("scan", List.of(invoice.build(),
                DocumentBuilder.of("d2", DECLARATION).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(Map.of(LineField.DESCRIPTION, "DOR4 memory modules 1668")).line(bookcase).build()));
        assertThat(rule.check(scanned, CONTEXT)).isEmpty();

        Dossier digital = new Dossier("digital", List.of(invoice.build(), DocumentBuilder.of("d2", DECLARATION)
                .line(Map.of(LineField.DESCRIPTION, "DOR4 memory modules 1668")).line(bookcase).build()));
        assertThat(rule.check(digital, CONTEXT)).as("printed so").isNotEmpty();
    }

    @Test
    void aScannedRowThatLostItsFirstWordsIsJudgedByAThirdDocumentsRowSayingItInFull() {
        Map<LineField, String> bookcase = line("Wooden bookcase, oak veneer, 5 shelves", "940360", "154", "SETS");
        DocumentBuilder scannedInvoice = DocumentBuilder.of("d1", INVOICE)
                .method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                .line(Map.of(LineField.DESCRIPTION, "beans, Arabica, not roasted 2400KGS")).line(bookcase);
        DocumentBuilder packingList = DocumentBuilder.of("d2", PACKING_LIST)
                .line(Map.of(LineField.DESCRIPTION, "Raw Arabica coffee, unroasted", LineField.QUANTITY, "2400",
                        LineField.UNIT, "KG")).line(bookcase);
        DocumentBuilder contract = DocumentBuilder.of("d3", CONTRACT)
                .line(Map.of(LineField.DESCRIPTION, "Green coffee beans, Arabica, not roasted", LineField.QUANTITY,
                        "2400", LineField.UNIT, "KG")).line(bookcase);
        assertThat(rule.check(new Dossier("two", List.of(scannedInvoice.build(), packingList.build())), CONTEXT))
                .as("the part read alone is judged other goods").isNotEmpty();
        assertThat(rule.check(new Dossier("three", List.of(scannedInvoice.build(), packingList.build(),
                contract.build())), CONTEXT)).isEmpty();

        DocumentBuilder otherGoods = DocumentBuilder.of("d2", PACKING_LIST)
                .line(Map.of(LineField.DESCRIPTION, "Frozen squid rings, breaded", LineField.QUANTITY, "2400",
                        LineField.UNIT, "KG")).line(bookcase);
        assertThat(rule.check(new Dossier("other", List.of(scannedInvoice.build(), otherGoods.build(),
                contract.build())), CONTEXT)).isNotEmpty();
    }

    @Test
    void aScannedInvoiceRowReadInPartIsAmongTheGoodsABillOfLadingNamesWhereAThirdDocumentSaysItInFull() {
        DocumentBuilder scannedInvoice = DocumentBuilder.of("d1", INVOICE)
                .method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                .line(Map.of(LineField.DESCRIPTION, "Switching supply 65 W"))
                .line(line("Cotton denim trousers for men", "620342", "300", "PCS"));
        DocumentBuilder contract = DocumentBuilder.of("d3", CONTRACT)
                .line(line("Switching power supply 65 W", "850440", "500", "PCS"))
                .line(line("Cotton denim trousers for men", "620342", "300", "PCS"));
        io.customsreview.hub.domain.Document billOfLading = DocumentBuilder.of("d2", BILL_OF_LADING)
                .with(io.customsreview.hub.domain.Field.DESCRIPTION, "POWER ADAPTER 65W, AC/DC, UNIVERSAL INPUT")
                .with(io.customsreview.hub.domain.Field.DESCRIPTION, "MEN'S DENIM JEANS, 100% COTTON").build();
        assertThat(rule.check(new Dossier("two", List.of(scannedInvoice.build(), billOfLading)), CONTEXT))
                .as("the part read alone is not among the B/L's goods").isNotEmpty();
        assertThat(rule.check(new Dossier("three", List.of(scannedInvoice.build(), billOfLading, contract.build())),
                CONTEXT)).isEmpty();
    }

    @Test
    void aScannedDescriptionWhoseSpacesWereLostIsTheSameGoods() {
        DocumentBuilder invoice = DocumentBuilder.of("d1", INVOICE)
                .line(line("Cotton knit tee shirts for men", "610910", "1200", "PCS"))
                .line(line("Wooden bookcase, oak veneer, 5 shelves", "940360", "154", "SETS"));
        Map<LineField, String> bookcase = line("Wooden bookcase, oak veneer, 5 shelves", "940360", "154", "SETS");
        Dossier scanned = new Dossier("scan", List.of(invoice.build(),
                DocumentBuilder.of("d2", CONTRACT).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(Map.of(LineField.DESCRIPTION, "Cottonknittee shirtsformen", LineField.QUANTITY, "1200",
                                LineField.UNIT, "PCS")).line(bookcase).build()));
        assertThat(rule.check(scanned, CONTEXT)).isEmpty();

        Dossier otherGoods = new Dossier("other", List.of(invoice.build(),
                DocumentBuilder.of("d2", CONTRACT).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(Map.of(LineField.DESCRIPTION, "Cottonknitsocksformen", LineField.QUANTITY, "1200",
                                LineField.UNIT, "PCS")).line(bookcase).build()));
        assertThat(rule.check(otherGoods, CONTEXT)).isNotEmpty();
    }

    @Test
    void aScannedDescriptionWithItsNeighbouringCellsOrAMisreadLetterIsTheSameGoods() {
        DocumentBuilder invoice = DocumentBuilder.of("d1", INVOICE)
                .line(line("Plush toys, stuffed animals, assorted", "950300", "3600", "PCS"))
                .line(line("Wooden bookcase, oak veneer, 5 shelves", "940360", "154", "SETS"));
        // the row read as one run of words: number and code before, code, quantity and origin after
        Map<LineField, String> withCells = Map.of(LineField.DESCRIPTION,
                "1 9503.00.75 Plush toys, stuffed animais, assorted 9503.00 3,600 PCS");
        Map<LineField, String> withOrigin = Map.of(LineField.DESCRIPTION,
                "Wooden bookcase, oak veneer, 5 shelves 9403601000 China");
        assertThat(DescriptionMismatchRule.withoutNeighbouringCells("conditioner 12000 BTU, wall mounted 122SETS", 3))
                .isEqualTo("conditioner 12000 BTU, wall mounted");
        assertThat(DescriptionMismatchRule.withoutNeighbouringCells("beans, Arabica, not roasted 2400KGS", 2))
                .isEqualTo("beans, Arabica, not roasted");
        assertThat(DescriptionMismatchRule.withoutNeighbouringCells("Plastic storage boxes with lid, 30 L", 2))
                .as("a size, no quantity").isEqualTo("Plastic storage boxes with lid, 30 L");
        assertThat(DescriptionMismatchRule.withoutNeighbouringCells("PKGS|Plastic storage boxes with lid, 30 L", 2))
                .as("the packages column's unit and the rule after it").isEqualTo("Plastic storage boxes with lid, 30 L");
        assertThat(DescriptionMismatchRule.withoutNeighbouringCells("Steel|Aluminium frames", 2))
                .as("no unit").isEqualTo("Steel|Aluminium frames");
        assertThat(DescriptionMismatchRule.withoutNeighbouringCells("85044083 Switching power supply 65 W", 4))
                .as("an undotted commodity code before it").isEqualTo("Switching power supply 65 W");
        assertThat(DescriptionMismatchRule.withoutNeighbouringCells("12000 BTU split air conditioner", 4))
                .as("five digits: no commodity code").isEqualTo("12000 BTU split air conditioner");

        Dossier scanned = new Dossier("scan", List.of(invoice.build(),
                DocumentBuilder.of("d2", DECLARATION).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(withCells).line(withOrigin).build()));
        assertThat(rule.check(scanned, CONTEXT)).isEmpty();

        Dossier otherGoods = new Dossier("other", List.of(invoice.build(),
                DocumentBuilder.of("d2", DECLARATION).method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .line(Map.of(LineField.DESCRIPTION, "1 9503.00.75 Frozen squid rings, breaded 0307.43 240 KGS"))
                        .line(withOrigin).build()));
        assertThat(rule.check(otherGoods, CONTEXT)).extracting(Finding::message).singleElement().asString()
                .contains("squid");
    }

    @Test
    void aLineDescribingOtherGoodsIsAFinding() {
        Dossier dossier = new Dossier("bad-line", List.of(
                invoice().build(),
                DocumentBuilder.of("d2", DECLARATION)
                        .line(line("Tablet computer 10 inch", "847130", "100", "PCS"))
                        .line(line("Port replicator for notebook", "847330", "100", "PCS"))
                        .line(line("Wireless mouse", "847160", "200", "PCS")).build()));

        List<Finding> findings = rule.check(dossier, CONTEXT);

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.rule()).isEqualTo("DESCRIPTION_MISMATCH");
        assertThat(finding.message()).contains("Line 1", "d2", "Tablet computer 10 inch", "Laptop computer, 14 inch");
        assertThat(finding.evidence()).extracting(e -> e.document() + ":" + e.field())
                .containsExactly("d1:lines[1].description", "d2:lines[1].description");
        assertThat(finding.decidedBy()).isEqualTo(DecidedBy.EMBEDDING);
        assertThat(finding.confidence()).isGreaterThan(0.5);
    }

    @Test
    void linesInAnotherOrderAreNoFinding() {
        Dossier dossier = new Dossier("reordered", List.of(
                invoice().build(),
                DocumentBuilder.of("d2", PACKING_LIST)
                        .line(Map.of(LineField.DESCRIPTION, "Wireless mouse", LineField.QUANTITY, "200"))
                        .line(Map.of(LineField.DESCRIPTION, "Laptop computer 14\"", LineField.QUANTITY, "100"))
                        .line(Map.of(LineField.DESCRIPTION, "Docking station, USB-C", LineField.QUANTITY, "100"))
                        .build()));

        assertThat(rule.check(dossier, CONTEXT)).isEmpty();
    }

    @Test
    void aSummaryOfOtherGoodsIsAFinding() {
        Dossier dossier = new Dossier("bad-summary", List.of(
                invoice().build(),
                DocumentBuilder.of("d4", BILL_OF_LADING).with(Field.DESCRIPTION, "FROZEN SHRIMP IN CARTONS").build()));

        List<Finding> findings = rule.check(dossier, CONTEXT);

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("FROZEN SHRIMP IN CARTONS", "BILL_OF_LADING");
        assertThat(findings.get(0).evidence()).last().extracting(e -> e.field()).isEqualTo("description");
    }

    @Test
    void aCodeBesideTheGoodsOfASummaryIsNoOtherGoods() {
        // a scanned cargo cell: "30 L" and "HS CODE" run together into "30 LHS CODE 3926.90.97"
        Dossier dossier = new Dossier("summary-code", List.of(
                DocumentBuilder.of("d1", INVOICE)
                        .line(line("Safety shoes with leather uppers, steel toe", "640399", "100", "PRS"))
                        .line(line("Plastic storage boxes with lid, 30 L", "392690", "500", "PCS")).build(),
                DocumentBuilder.of("d4", BILL_OF_LADING)
                        .with(Field.DESCRIPTION, "PLASTIC STORAGE BOXES WITH LID, 30 LHS CODE 3926.90.97").build()));

        assertThat(rule.check(dossier, CONTEXT)).isEmpty();
    }

    @Test
    void aCodesLabelEndingASummaryWhoseCodeWrappedIsNoOtherGoods() {
        // a scanned B/L's cargo cell read up to "... KNITTED HS CODE", its code on the next line: "100% KNITTED HS
        // CODE" was left over as other goods than the remaining lines' (a false DESCRIPTION_MISMATCH)
        Dossier dossier = new Dossier("summary-code-wrapped", List.of(
                DocumentBuilder.of("d1", INVOICE)
                        .line(line("Plush toys, stuffed animals, assorted", "950300", "14400", "PCS"))
                        .line(line("Men's T-shirts, cotton", "610910", "16000", "PCS"))
                        .line(line("Laptop computer 14 inch, Intel Core i5, 16GB RAM", "847130", "600", "PCS"))
                        .line(line("Galvanized steel structural brackets", "730890", "4000", "PCS")).build(),
                DocumentBuilder.of("d4", BILL_OF_LADING).with(Field.DESCRIPTION, "PLUSH TOYS, STUFFED ANIMALS, "
                        + "ASSORTED, MEN'S T-SHIRTS, 100% COTTON, KNITTED HS CODE").build()));

        assertThat(rule.check(dossier, CONTEXT)).isEmpty();
    }

    @Test
    void aCodeAloneUnderASummaryIsNoOtherGoods() {
        // a scanned B/L's cargo cell: "FROZEN SHRIMPS, ..." and, on its own line, "HS CODE 0306.17" read "CODE 0306.17"
        // (its "HS" lost): a summary of its own naming no goods (a false DESCRIPTION_MISMATCH)
        Dossier dossier = new Dossier("code-alone", List.of(
                DocumentBuilder.of("d1", INVOICE)
                        .line(line("Frozen shrimps, peeled and deveined, 21/25", "030617", "4800", "KG")).build(),
                DocumentBuilder.of("d4", BILL_OF_LADING)
                        .with(Field.DESCRIPTION, "FROZEN SHRIMPS, PEELED AND DEVEINED, 21/25")
                        .with(Field.DESCRIPTION, "CODE 0306.17").build()));
        assertThat(rule.check(dossier, CONTEXT)).isEmpty();
        Dossier otherGoods = new Dossier("code-alone", List.of(
                DocumentBuilder.of("d1", INVOICE)
                        .line(line("Frozen shrimps, peeled and deveined, 21/25", "030617", "4800", "KG")).build(),
                DocumentBuilder.of("d4", BILL_OF_LADING)
                        .with(Field.DESCRIPTION, "FROZEN SHRIMPS, PEELED AND DEVEINED, 21/25")
                        .with(Field.DESCRIPTION, "PORCELAIN DINNERWARE SETS 0306.17").build()));
        assertThat(rule.check(otherGoods, CONTEXT)).as("goods named beside the code").isNotEmpty();
    }

    @Test
    void aWrappedDescriptionsLastWordReadApartIsNoSummaryOfItsOwn() {
        // a clean scanned B/L's goods box, each description wrapped: "STEEL SUSPENSION BRACKETS FOR MOTOR" / "VEH
        // ICLES" (Courier's wide letters read as two words): "VEH ICLES" was a summary of other goods (a false
        // DESCRIPTION_MISMATCH, and one more for "MOU NTED")
        io.customsreview.hub.domain.Document invoice = DocumentBuilder.of("d1", INVOICE)
                .line(line("Split air conditioner 12000 BTU, wall mounted", "84151010", "40", "SET"))
                .line(line("Steel suspension brackets for motor vehicles", "87088099", "3000", "PCS")).build();
        Dossier dossier = new Dossier("wrapped", List.of(invoice, DocumentBuilder.of("d3", BILL_OF_LADING)
                .with(Field.DESCRIPTION, "SPLIT AIR CONDITIONER 12000 BTU, WALL").with(Field.DESCRIPTION, "MOU NTED")
                .with(Field.DESCRIPTION, "STEEL SUSPENSION BRACKETS FOR MOTOR").with(Field.DESCRIPTION, "VEH ICLES")
                .build()));
        assertThat(rule.check(dossier, CONTEXT)).isEmpty();
        Dossier otherGoods = new Dossier("wrapped", List.of(invoice, DocumentBuilder.of("d3", BILL_OF_LADING)
                .with(Field.DESCRIPTION, "SPLIT AIR CONDITIONER 12000 BTU, WALL").with(Field.DESCRIPTION, "MOU NTED")
                .with(Field.DESCRIPTION, "COTTON TERRY BATH TOWELS").build()));
        assertThat(rule.check(otherGoods, CONTEXT)).as("other goods beside a wrapped word").isNotEmpty();
    }

    @Test
    void aSummaryRestatingALineWithAUnitCellBeforeItIsNoOtherGoods() {
        // a scanned B/L's cargo cell "125 CTNS|PASSENGER CAR TYRES 205/55R16, RADIAL": the unit and a code-like size
        Dossier dossier = new Dossier("summary-unit", List.of(
                DocumentBuilder.of("d1", INVOICE)
                        .line(line("Passenger car tyres 205/55R16, radial", "401110", "100", "PCS"))
                        .line(line("LED panel light 600x600 mm, 40W", "940542", "500", "PCS")).build(),
                DocumentBuilder.of("d4", BILL_OF_LADING)
                        .with(Field.DESCRIPTION, "CTNS| PASSENGER CAR TYRES 205/55R16, RADIAL").build()));

        assertThat(rule.check(dossier, CONTEXT)).isEmpty();
    }

    @Test
    void aSummarysLeftoverWordsAreNoOtherGoodsWhereAnotherSummaryNamesTheOtherLine() {
        // a scanned B/L: "SAID" in the packages cell, "TO CONTAIN: PASSENGER CAR TYRES 205/55R16, RADIAL" and
        // "STAINLESS STEEL COOKWARE SET, 7 PIECES" in the cargo cell; "TO CONTAIN: 205/55R16" had been the cookware
        DocumentBuilder invoice = DocumentBuilder.of("d1", INVOICE)
                .line(line("Passenger car tyres 205/55 R16, radial", "401110", "100", "PCS"))
                .line(line("Stainless steel cookware set, 7 pieces", "732393", "300", "SETS"));
        Dossier dossier = new Dossier("itemised", List.of(invoice.build(),
                DocumentBuilder.of("d3", BILL_OF_LADING)
                        .with(Field.DESCRIPTION, "TO CONTAIN: PASSENGER CAR TYRES 205/55R16, RADIAL")
                        .with(Field.DESCRIPTION, "STAINLESS STEEL COOKWARE SET, 7 PIECES").build()));
        assertThat(rule.check(dossier, CONTEXT)).isEmpty();

        Dossier otherGoods = new Dossier("other", List.of(invoice.build(),
                DocumentBuilder.of("d3", BILL_OF_LADING)
                        .with(Field.DESCRIPTION, "TO CONTAIN: PASSENGER CAR TYRES 205/55R16, RADIAL")
                        .with(Field.DESCRIPTION, "FROZEN SQUID RINGS, BREADED").build()));
        assertThat(rule.check(otherGoods, CONTEXT)).extracting(Finding::message).isNotEmpty()
                .anySatisfy(message -> assertThat(message).containsIgnoringCase("squid"));
    }

    @Test
    void aCertificateWithAnotherChapterIsAFinding() {
        Dossier dossier = new Dossier("bad-certificate", List.of(
                DocumentBuilder.of("d1", INVOICE).line(line("Men's cotton shirts", "620520", "500", "PCS")).build(),
                DocumentBuilder.of("d5", CERTIFICATE_OF_ORIGIN).with(Field.DESCRIPTION, "Cotton yarn")
                        .with(Field.HS_CODE, "520512").build()));

        assertThat(rule.check(dossier, CONTEXT)).hasSize(1);
    }

    @Test
    void withoutAnInvoiceThereIsNothingToCompare() {
        Dossier dossier = new Dossier("no-invoice", List.of(
                DocumentBuilder.of("d2", DECLARATION).line(line("Frozen shrimp", "030617", "10", "KG")).build()));

        assertThat(rule.check(dossier, CONTEXT)).isEmpty();
    }
}
