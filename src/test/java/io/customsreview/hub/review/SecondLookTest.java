package io.customsreview.hub.review;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.Provenance;
import io.customsreview.hub.domain.RuleId;
import io.customsreview.hub.extraction.DocumentReader;
import io.customsreview.hub.extraction.ScanReader.BoxReading;
import io.customsreview.hub.llm.EmbeddingJudge;
import io.customsreview.hub.rules.HsNomenclature;
import io.customsreview.hub.rules.RuleBook;
import io.customsreview.hub.rules.RuleContext;
import io.customsreview.hub.rules.RuleSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finding that rests on a number read by OCR has the number's box read again alone; the reading taken where another
 * document states it, the number kept in doubt where the box read otherwise surely, and left as it was otherwise.
 */
class SecondLookTest {

    private static final Box WEIGHT_BOX = new Box(1614, 1321, 1800, 1351);

    @TempDir
    Path tmp;
    private Path scan;
    /** the boxes the reader was asked to read again */
    private final List<Box> asked = new ArrayList<>();

    @BeforeEach
    void scanFile() throws IOException {
        scan = Files.write(tmp.resolve("declaration.jpg"), new byte[]{1, 2, 3});
    }

    @Test
    void aWeightReadOtherwiseAloneAsAnotherDocumentStatesItIsThatReadingInDoubt() {
        // a crisp "7,590.76 KG" read "7,990.76" at 0.95 on the page: a false GROSS_WEIGHT_MISMATCH
        Dossier dossier = weights("7,990.76 KG", "7990.76");
        Dossier looked = lookAgain(dossier, readings(new BoxReading("7,990.76 KG", 0.95),
                new BoxReading("7,590.76 KG", 0.94)));
        FieldValue weight = document(looked, "d1").first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("7590.76");
        assertThat(weight.source().confidence()).as("read two ways: in doubt").isLessThan(0.93);
        assertThat(weight.source().assumption()).contains("7,990.76", "7,590.76");
        assertThat(weight.source().box()).isEqualTo(WEIGHT_BOX);
        assertThat(asked).containsExactly(WEIGHT_BOX);
    }

    @Test
    void aWeightReadTheSameEveryWayStands() {
        Dossier dossier = weights("7,990.76 KG", "7990.76");
        assertThat(lookAgain(dossier, readings(new BoxReading("7,990.76 KG", 0.95),
                new BoxReading("7,990.76 KGS", 0.9)))).isSameAs(dossier);
    }

    @Test
    void aWeightReadOtherwiseSurelyThatNoDocumentStatesIsKeptInDoubt() {
        Dossier dossier = weights("7,990.76 KG", "7990.76");
        FieldValue weight = document(lookAgain(dossier, readings(new BoxReading("7,950.76 KG", 0.95))), "d1")
                .first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("7990.76");
        assertThat(weight.source().confidence()).isLessThan(0.93);
        assertThat(weight.source().assumption()).contains("in doubt");
    }

    @Test
    void aReadingOfAnotherShapeOrHardlyReadSaysNothing() {
        Dossier dossier = weights("7,990.76 KG", "7990.76");
        assertThat(lookAgain(dossier, readings(new BoxReading("7990.76 KG", 0.95)))).as("a mark lost")
                .isSameAs(dossier);
        assertThat(lookAgain(dossier, readings(new BoxReading("7,590.76 KG", 0.4)))).as("a scrap")
                .isSameAs(dossier);
        assertThat(lookAgain(dossier, readings(new BoxReading("7,090.76 KG", 0.75)))).as("unsure, stated nowhere")
                .isSameAs(dossier);
    }

    @Test
    void aLineAmountAndACommodityCodeReadOtherwiseAloneAsTheContractStatesThem() {
        // "72590" read "72596" among its neighbours (a false LINE_ARITHMETIC_ERROR); "09011100" read "0960111090"
        Box amountBox = new Box(1980, 1114, 2066, 1140);
        Box codeBox = new Box(1700, 1114, 1900, 1140);
        Document invoice = new Document("d1", DocumentType.INVOICE, "invoice.jpg", "test", ExtractionMethod.OCR, 0.9,
                Map.of(), List.of(new LineItem(1, Map.of(
                LineField.AMOUNT, scanned("d1", "72596", "72596.00", amountBox),
                LineField.HS_CODE, scanned("d1", "0960111090", "0960111090", codeBox)))), null);
        Document contract = new Document("d2", DocumentType.CONTRACT, "contract.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(), List.of(new LineItem(1, Map.of(
                LineField.AMOUNT, digital("d2", "72590.00"), LineField.HS_CODE, digital("d2", "0901110000")))), null);
        Dossier dossier = new Dossier("SHP-TEST", List.of(invoice, contract));
        List<Finding> findings = List.of(
                Finding.of(RuleId.LINE_ARITHMETIC_ERROR, "line 1", List.of(Evidence.of("lines[1].amount",
                        invoice.lines().get(0).get(LineField.AMOUNT).orElseThrow()))),
                Finding.of(RuleId.HS_CODE_INVALID, "code", List.of(Evidence.of("lines[1].hsCode",
                        invoice.lines().get(0).get(LineField.HS_CODE).orElseThrow()))));
        Dossier looked = SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(
                amountBox, List.of(new BoxReading("72590", 0.91)),
                codeBox, List.of(new BoxReading("09011100", 0.72)))));
        LineItem line = document(looked, "d1").lines().get(0);
        assertThat(line.get(LineField.AMOUNT).orElseThrow().value()).isEqualTo("72590.00");
        assertThat(line.get(LineField.HS_CODE).orElseThrow().value()).isEqualTo("09011100");
    }

    @Test
    void aNumberReadAloneInAnotherShapeIsTakenOnlyAsAnotherDocumentStatesIt() {
        // "905.50 KG" read "9055KG" at 0.62 on a packing list's line, its mark and a digit lost (a false
        // NET_EXCEEDS_GROSS against the line's 1,305.88 kg); alone it read "905.5 KG", as the declaration states it
        Box netBox = new Box(942, 529, 1017, 545);
        Document packingList = new Document("d1", DocumentType.PACKING_LIST, "packing.png", "test",
                ExtractionMethod.OCR, 0.9, Map.of(), List.of(new LineItem(1, Map.of(
                LineField.NET_WEIGHT, scanned("d1", "9055KG", "9055", netBox)))), null);
        Document declaration = new Document("d2", DocumentType.DECLARATION, "declaration.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(), List.of(new LineItem(1, Map.of(
                LineField.NET_WEIGHT, digital("d2", "905.50")))), null);
        Dossier dossier = new Dossier("SHP-TEST", List.of(packingList, declaration));
        List<Finding> findings = List.of(Finding.of(RuleId.NET_EXCEEDS_GROSS, "net over gross", List.of(
                Evidence.of("lines[1].netWeight",
                        packingList.lines().get(0).get(LineField.NET_WEIGHT).orElseThrow()))));
        FieldValue net = document(SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(netBox,
                List.of(new BoxReading("905.5 KG", 0.92))))), "d1").lines().get(0).get(LineField.NET_WEIGHT)
                .orElseThrow();
        assertThat(net.value()).isEqualTo("905.50");
        assertThat(SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(netBox,
                List.of(new BoxReading("90.55 KG", 0.95)))))).as("stated nowhere: another shape says nothing")
                .isSameAs(dossier);
    }

    @Test
    void aBillOfLadingsCodeReadOtherwiseAloneAsAnInvoiceLineStatesIt() {
        // the B/L's one commodity code "09011100" read "0960111090" on the page (a false HS_CODE_INVALID); the
        // invoice states it on a line
        Box codeBox = new Box(300, 900, 520, 930);
        Document billOfLading = new Document("d1", DocumentType.BILL_OF_LADING, "bl.jpg", "test",
                ExtractionMethod.OCR, 0.9, Map.of(Field.HS_CODE, List.of(scanned("d1", "0960111090", "0960111090",
                codeBox))), List.of(), null);
        Document invoice = new Document("d2", DocumentType.INVOICE, "invoice.pdf", "test", ExtractionMethod.PDF_TEXT,
                0.95, Map.of(), List.of(new LineItem(1, Map.of(LineField.HS_CODE, digital("d2", "0901110000")))),
                null);
        Dossier dossier = new Dossier("SHP-TEST", List.of(billOfLading, invoice));
        List<Finding> findings = List.of(Finding.of(RuleId.HS_CODE_INVALID, "code", List.of(Evidence.of(
                Field.HS_CODE, billOfLading.first(Field.HS_CODE).orElseThrow()))));
        Map<Box, List<BoxReading>> readings = Map.of(codeBox, List.of(new BoxReading("09011100", 0.72)));
        assertThat(document(SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(readings)), "d1")
                .first(Field.HS_CODE).orElseThrow().value()).isEqualTo("09011100");
    }

    @Test
    void aReferenceReadOtherwiseAloneAsAnotherDocumentStatesItIsThatReadingAndOnlyThen() {
        // "CI/5127/25" read "CVS127/25" on a small insurance scan (a false INVOICE_NUMBER_MISMATCH)
        Box numberBox = new Box(814, 343, 900, 358);
        Document insurance = new Document("d1", DocumentType.INSURANCE, "insurance.png", "test", ExtractionMethod.OCR,
                0.9, Map.of(Field.INVOICE_NUMBER, List.of(scanned("d1", "CVS127/25", "CVS127/25", numberBox))),
                List.of(), null);
        Document invoice = new Document("d2", DocumentType.INVOICE, "invoice.pdf", "test", ExtractionMethod.PDF_TEXT,
                0.95, Map.of(Field.INVOICE_NUMBER, List.of(digital("d2", "CI/5127/25"))), List.of(), null);
        Dossier dossier = new Dossier("SHP-TEST", List.of(insurance, invoice));
        List<Finding> findings = List.of(Finding.of(RuleId.INVOICE_NUMBER_MISMATCH, "cited otherwise", List.of(
                Evidence.of(Field.INVOICE_NUMBER, invoice.first(Field.INVOICE_NUMBER).orElseThrow()),
                Evidence.of(Field.INVOICE_NUMBER, insurance.first(Field.INVOICE_NUMBER).orElseThrow()))));
        FieldValue number = document(SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(
                numberBox, List.of(new BoxReading("No. CI/5127/25", 0.8))))), "d1").first(Field.INVOICE_NUMBER)
                .orElseThrow();
        assertThat(number.value()).as("the word another document states, the label's scrap aside")
                .isEqualTo("CI/5127/25");
        assertThat(number.source().confidence()).isLessThan(0.93);
        assertThat(SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(
                numberBox, List.of(new BoxReading("CV/5127/25", 0.95)))))).as("stated nowhere: left as read")
                .isSameAs(dossier);
    }

    @Test
    void aValueWithheldForDoubtAndReadAloneSurelyAsTheSameValueIsTaken() {
        // a clean B/L's on-board date "07 AUG 2025" read "Q@7 AUG 2025" at 0.12 (its zero printed with a dot inside):
        // withheld, a false MISSING_FIELD; alone "07 AUG 2025" at 0.57, well above the floor dates are kept from
        Box dateBox = new Box(904, 1114, 1147, 1140);
        FieldValue doubtful = new FieldValue("2025-08-07", "Q@7 AUG 2025",
                new Provenance("d1", 1, dateBox, ExtractionMethod.OCR, 0.12, null));
        Document billOfLading = new Document("d1", DocumentType.BILL_OF_LADING, "bl.jpg", "test",
                ExtractionMethod.OCR, 0.9, Map.of(), List.of(), null, Map.of(Field.ON_BOARD_DATE, List.of(doubtful)));
        Dossier dossier = new Dossier("withheld", List.of(billOfLading));
        List<Finding> findings = List.of(Finding.of(RuleId.MISSING_FIELD, "no readable onBoardDate",
                List.of(Evidence.absent("d1", "onBoardDate"))));

        Dossier looked = SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(dateBox,
                List.of(new BoxReading("|o7 aus 2025", 0.27), new BoxReading("07 AUG 2025", 0.57)))));
        FieldValue date = document(looked, "d1").first(Field.ON_BOARD_DATE).orElseThrow();
        assertThat(date.value()).isEqualTo("2025-08-07");
        assertThat(date.source().confidence()).isEqualTo(0.57);
        assertThat(date.source().assumption()).contains("Q@7 AUG 2025", "07 AUG 2025", "withheld");
        assertThat(document(looked, "d1").withheld()).doesNotContainKey(Field.ON_BOARD_DATE);

        assertThat(SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(dateBox,
                List.of(new BoxReading("01 AUG 2025", 0.95)))))).as("another date alone").isSameAs(dossier);
        assertThat(SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(dateBox,
                List.of(new BoxReading("07 AUG 2025", 0.13)))))).as("below the floor alone too").isSameAs(dossier);
    }

    @Test
    void aValueWithheldForDoubtAndReadAloneSurelyAsAnotherDocumentStatesItIsThatValue() {
        // a B/L's gross weight "1,118.19 KGS" read "L18B19KGS" at 0.14 (withheld as 19: a false MISSING_FIELD); alone
        // "1,118.19 KGS" at 0.94, the weight the packing list states
        Box weightBox = new Box(1870, 1392, 2070, 1428);
        FieldValue doubtful = new FieldValue("19", "L18B19KGS",
                new Provenance("d1", 1, weightBox, ExtractionMethod.OCR, 0.14, null));
        Document billOfLading = new Document("d1", DocumentType.BILL_OF_LADING, "bl.jpg", "test",
                ExtractionMethod.OCR, 0.9, Map.of(), List.of(), null, Map.of(Field.GROSS_WEIGHT, List.of(doubtful)));
        Document packingList = new Document("d2", DocumentType.PACKING_LIST, "packing.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(Field.GROSS_WEIGHT, List.of(digital("d2", "1118.19"))),
                List.of(), null);
        Dossier dossier = new Dossier("withheld", List.of(billOfLading, packingList));
        List<Finding> findings = List.of(Finding.of(RuleId.MISSING_FIELD, "no readable grossWeight",
                List.of(Evidence.absent("d1", "grossWeight"))));

        Dossier looked = SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(weightBox,
                List.of(new BoxReading("1,118.19 KGS", 0.83), new BoxReading("1,118.19 KGS", 0.94)))));
        FieldValue weight = document(looked, "d1").first(Field.GROSS_WEIGHT).orElseThrow();
        assertThat(weight.value()).isEqualTo("1118.19");
        assertThat(weight.source().confidence()).isEqualTo(0.94);
        assertThat(weight.source().assumption()).contains("L18B19KGS", "1,118.19 KGS", "packing list d2");

        assertThat(SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(weightBox,
                List.of(new BoxReading("1,118.49 KGS", 0.95)))))).as("a weight no document states").isSameAs(dossier);
        assertThat(SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(weightBox,
                List.of(new BoxReading("1,118.19 KGS", 0.13)))))).as("below the floor alone").isSameAs(dossier);
    }

    @Test
    void aReferenceReadAsNothingOnThePageAndAloneAsAnotherDocumentStatesItButForALookAlikeIsThatReference() {
        // a contract's "PO5721648" read "Uspsi atone" at 0.00 on the page (a false MISSING_FIELD); alone "P05721648"
        // at 0.59, the number the invoice cites but for its O read as a zero
        Box referenceBox = new Box(180, 676, 397, 731);
        FieldValue unread = new FieldValue("Uspsi atone", "Uspsi atone",
                new Provenance("d1", 1, referenceBox, ExtractionMethod.OCR, 0.0, null));
        Document contract = new Document("d1", DocumentType.CONTRACT, "contract.jpg", "test",
                ExtractionMethod.OCR, 0.9, Map.of(), List.of(), null, Map.of(Field.CONTRACT_NUMBER, List.of(unread)));
        Document invoice = new Document("d2", DocumentType.INVOICE, "invoice.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(Field.CONTRACT_NUMBER, List.of(digital("d2", "PO5721648"))),
                List.of(), null);
        Dossier dossier = new Dossier("unread", List.of(contract, invoice));
        List<Finding> findings = List.of(Finding.of(RuleId.MISSING_FIELD, "no readable contractNumber",
                List.of(Evidence.absent("d1", "contractNumber"))));

        Dossier looked = SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(referenceBox,
                List.of(new BoxReading("P05721648", 0.59)))));
        FieldValue reference = document(looked, "d1").first(Field.CONTRACT_NUMBER).orElseThrow();
        assertThat(reference.value()).isEqualTo("PO5721648");
        assertThat(reference.source().assumption()).contains("Uspsi atone", "P05721648", "invoice d2");

        assertThat(SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(referenceBox,
                List.of(new BoxReading("P05721649", 0.59)))))).as("another reference").isSameAs(dossier);
    }

    @Test
    void aPartysNameReadAloneMoreSurelyAsAnotherDocumentStatesItIsThatName() {
        // a degraded declaration's seller "Atlas Distribution Co., Ltd." read "Aus Distribution Co., Ltd." at 0.35 (a
        // false PARTY_MISMATCH against the contract's "Atlas Distribution Company Limited"); alone at 0.55 as printed
        Box nameBox = new Box(1260, 540, 1670, 572);
        Document declaration = new Document("d1", DocumentType.DECLARATION, "declaration.png", "test",
                ExtractionMethod.OCR, 0.9, Map.of(Field.SELLER, List.of(new FieldValue("Aus Distribution Co., Ltd.",
                "Aus Distribution Co., Ltd.", new Provenance("d1", 1, nameBox, ExtractionMethod.OCR, 0.35, null)))),
                List.of(), null);
        Document contract = new Document("d2", DocumentType.CONTRACT, "contract.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(Field.SELLER,
                List.of(digital("d2", "Atlas Distribution Company Limited"))), List.of(), null);
        Dossier dossier = new Dossier("party", List.of(declaration, contract));
        List<Finding> findings = List.of(Finding.of(RuleId.PARTY_MISMATCH, "another seller", List.of(
                Evidence.of(Field.SELLER, contract.first(Field.SELLER).orElseThrow()),
                Evidence.of(Field.SELLER, declaration.first(Field.SELLER).orElseThrow()))));

        FieldValue seller = document(SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(
                nameBox, List.of(new BoxReading("[Aes Dsibtion Cot", 0.0),
                        new BoxReading("Atlas Distribution Co., Ltd.", 0.55))))), "d1").first(Field.SELLER)
                .orElseThrow();
        assertThat(seller.value()).isEqualTo("Atlas Distribution Co., Ltd.");
        assertThat(seller.source().assumption()).contains("Aus Distribution", "Atlas Distribution Co., Ltd.");

        assertThat(SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(nameBox,
                List.of(new BoxReading("Lotus Distribution Co., Ltd.", 0.95)))))).as("another name alone")
                .isSameAs(dossier);
        assertThat(SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(nameBox,
                List.of(new BoxReading("Atlas Distribution Co., Ltd.", 0.30)))))).as("less surely than on the page")
                .isSameAs(dossier);
    }

    @Test
    void aNumberReadInDoubtOnThePageNeedsLessSurenessAloneToBeReadAsAnotherDocumentStatesIt() {
        // a certificate's "3 000 PCS" in Courier, its zeros dotted, read "3 666 PCS" at 0.67 on the page (a false
        // QUANTITY_MISMATCH against the invoice's 3,000); alone "3 000 PCS" at 0.53
        Box quantityBox = new Box(912, 605, 1007, 620);
        for (double onThePage : new double[]{0.67, 0.95}) {
            FieldValue quantity = new FieldValue("3666", "3 666 PCS",
                    new Provenance("d1", 1, quantityBox, ExtractionMethod.OCR, onThePage, null));
            Document certificate = new Document("d1", DocumentType.CERTIFICATE_OF_ORIGIN, "certificate.png", "test",
                    ExtractionMethod.OCR, 0.9, Map.of(), List.of(new LineItem(1, Map.of(LineField.QUANTITY,
                    quantity))), null);
            Document invoice = new Document("d2", DocumentType.INVOICE, "invoice.pdf", "test",
                    ExtractionMethod.PDF_TEXT, 0.95, Map.of(), List.of(new LineItem(1, Map.of(LineField.QUANTITY,
                    digital("d2", "3000")))), null);
            Dossier dossier = new Dossier("quantity", List.of(certificate, invoice));
            List<Finding> findings = List.of(Finding.of(RuleId.QUANTITY_MISMATCH, "another quantity",
                    List.of(Evidence.of("lines[1].quantity", quantity))));
            Dossier looked = SecondLook.lookAgain(dossier, findings, Map.of("d1", scan), reader(Map.of(quantityBox,
                    List.of(new BoxReading("3 @00 PCS", 0.06), new BoxReading("3 000 PCS", 0.53)))));
            if (onThePage < 0.7) {
                assertThat(document(looked, "d1").lines().get(0).get(LineField.QUANTITY).orElseThrow().value())
                        .isEqualTo("3000");
            } else {
                assertThat(looked).as("read surely on the page: a scrap alone says nothing").isSameAs(dossier);
            }
        }
    }

    @Test
    void digitalValuesAreNotLookedAtAgain() {
        Dossier dossier = weights("7,990.76 KG", "7990.76");
        Document declaration = document(dossier, "d1");
        Document printed = new Document("d1", DocumentType.DECLARATION, "declaration.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(Field.GROSS_WEIGHT, List.of(digital("d1", "7990.76"))),
                List.of(), null);
        Dossier digital = new Dossier(dossier.id(), List.of(printed, document(dossier, "d2")));
        assertThat(lookAgain(digital, readings(new BoxReading("7,590.76 KG", 0.95)))).isSameAs(digital);
        assertThat(asked).isEmpty();
        assertThat(declaration.extraction()).isEqualTo(ExtractionMethod.OCR);
    }

    @Test
    void theReviewReportsWhatTheSecondLookLeaves() throws IOException {
        Dossier dossier = weights("7,990.76 KG", "7990.76");
        Path declaration = Files.write(tmp.resolve("d1.jpg"), new byte[]{1});
        Path packingList = Files.write(tmp.resolve("d2.pdf"), new byte[]{2});
        List<ReviewService.SourcedFile> files = List.of(new ReviewService.SourcedFile(declaration, "test"),
                new ReviewService.SourcedFile(packingList, "test"));
        assertThat(engine(dossier, readings(new BoxReading("7,990.76 KG", 0.95))).reviewSourced("SHP-TEST", files)
                .findings()).as("read the same alone: the finding stands")
                .anyMatch(f -> f.rule().equals(RuleId.GROSS_WEIGHT_MISMATCH.name()));
        assertThat(engine(dossier, readings(new BoxReading("7,590.76 KG", 0.94))).reviewSourced("SHP-TEST", files)
                .findings()).as("read as the packing list states it").noneMatch(
                f -> f.rule().equals(RuleId.GROSS_WEIGHT_MISMATCH.name()));
    }

    /** a review engine whose reader gives the dossier's documents by file name ("d1.jpg" is d1) */
    private ReviewEngine engine(Dossier dossier, Map<Box, List<BoxReading>> readings) {
        DocumentReader boxes = reader(readings);
        DocumentReader reader = new DocumentReader() {
            @Override
            public Document read(String documentId, String fileName, byte[] content, String source) {
                assertThat(fileName).startsWith(documentId + ".");
                return document(dossier, documentId);
            }

            @Override
            public List<List<BoxReading>> readBoxesAgain(byte[] content, String fileName, int page,
                                                         List<Box> toRead) {
                return boxes.readBoxesAgain(content, fileName, page, toRead);
            }
        };
        return new ReviewEngine(reader, RuleBook.standard(), new RuleContext(RuleSettings.defaults(),
                HsNomenclature.load("classpath:hs/hs2022-subheadings.txt"), new EmbeddingJudge()),
                java.time.Clock.systemUTC());
    }

    /** a scanned declaration stating the weight as read, a digital packing list stating 7,590.76 kg */
    private Dossier weights(String raw, String value) {
        Document declaration = new Document("d1", DocumentType.DECLARATION, "declaration.jpg", "test",
                ExtractionMethod.OCR, 0.9, Map.of(Field.GROSS_WEIGHT, List.of(scanned("d1", raw, value, WEIGHT_BOX))),
                List.of(), null);
        Document packingList = new Document("d2", DocumentType.PACKING_LIST, "packing.pdf", "test",
                ExtractionMethod.PDF_TEXT, 0.95, Map.of(Field.GROSS_WEIGHT, List.of(digital("d2", "7590.76"))),
                List.of(), null);
        return new Dossier("SHP-TEST", List.of(declaration, packingList));
    }

    /** the dossier looked at again after a weight mismatch citing both documents' weights */
    private Dossier lookAgain(Dossier dossier, Map<Box, List<BoxReading>> readings) {
        List<Evidence> evidence = dossier.documents().stream()
                .map(d -> Evidence.of(Field.GROSS_WEIGHT, d.first(Field.GROSS_WEIGHT).orElseThrow())).toList();
        List<Finding> findings = List.of(Finding.of(RuleId.GROSS_WEIGHT_MISMATCH, "weights differ", evidence));
        return SecondLook.lookAgain(dossier, findings, Map.of("d1", scan, "d2", scan), reader(readings));
    }

    private static Map<Box, List<BoxReading>> readings(BoxReading... readings) {
        return Map.of(WEIGHT_BOX, List.of(readings));
    }

    /** a reader that reads each box as given */
    private DocumentReader reader(Map<Box, List<BoxReading>> readings) {
        return new DocumentReader() {
            @Override
            public Document read(String documentId, String fileName, byte[] content, String source) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean keeps(io.customsreview.hub.domain.ValueKind kind, double confidence) {
                return confidence >= 0.15; // as dates are kept at the default minimum confidence
            }

            @Override
            public List<List<BoxReading>> readBoxesAgain(byte[] content, String fileName, int page,
                                                         List<Box> boxes) {
                asked.addAll(boxes);
                return boxes.stream().map(b -> readings.getOrDefault(b, List.of())).toList();
            }
        };
    }

    private static FieldValue scanned(String document, String raw, String value, Box box) {
        return new FieldValue(value, raw, new Provenance(document, 1, box, ExtractionMethod.OCR, 0.95, null));
    }

    private static FieldValue digital(String document, String value) {
        return new FieldValue(value, value, new Provenance(document, 1, null, ExtractionMethod.PDF_TEXT, 1.0, null));
    }

    private static Document document(Dossier dossier, String id) {
        return dossier.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }
}
