package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.LineField;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.customsreview.hub.domain.DocumentType.CERTIFICATE_OF_ORIGIN;
import static io.customsreview.hub.domain.DocumentType.CONTRACT;
import static io.customsreview.hub.domain.DocumentType.DECLARATION;
import static io.customsreview.hub.domain.DocumentType.INVOICE;
import static io.customsreview.hub.domain.DocumentType.PACKING_LIST;
import static io.customsreview.hub.rules.RuleTesting.check;
import static org.assertj.core.api.Assertions.assertThat;

class LineRulesTest {

    @Test
    void quantityTimesUnitPriceMustGiveTheLineAmount() {
        assertThat(check(new LineArithmeticRule(), CleanDossier.create())).isEmpty(); // 400 × 6.239 = 2495.60
        List<Finding> findings = check(new LineArithmeticRule(), CleanDossier.create()
                .setLine(INVOICE, 1, LineField.AMOUNT, "9840.00").set(INVOICE, Field.TOTAL_AMOUNT, "12335.60"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LINE_ARITHMETIC_ERROR");
            assertThat(f.message()).isEqualTo(
                    "Line 1 of invoice d2: 100 × USD 98.50 = USD 9,850.00, but the line amount is USD 9,840.00");
            assertThat(f.evidence()).extracting(e -> e.field())
                    .containsExactly("lines[1].quantity", "lines[1].unitPrice", "lines[1].amount");
        });
    }

    @Test
    void theProductIsRoundedHalfUpToTheCent() {
        // 3 × 3.335 = 10.005, printed as 10.01
        CleanDossier dossier = CleanDossier.create().withoutLines(INVOICE).remove(INVOICE, Field.TOTAL_AMOUNT)
                .line(INVOICE, "Cables", "854442", "3", "PCS", "3.335", "10.01");
        assertThat(check(new LineArithmeticRule(), dossier)).isEmpty();
    }

    @Test
    void linesMustAddUpToTheTotalOnAnyDocument() {
        List<Finding> findings = check(new LineArithmeticRule(),
                CleanDossier.create().set(DECLARATION, Field.TOTAL_AMOUNT, "12355.60"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
                "The lines of declaration d5 add up to USD 12,345.60, but its total is USD 12,355.60 (difference USD 10.00)"));
    }

    @Test
    void aDoubtfulLineAmountOneLookAlikeDigitFromWhatMakesTheTotalIsAMisreadingNotASumError() {
        // "11 770,50" read "11 776,50" at 0.69 on a scanned declaration: its lines added up to 6.00 more than its total
        CleanDossier misread = CleanDossier.create().scanned(DECLARATION, 0.69)
                .setLine(DECLARATION, 1, LineField.AMOUNT, "9856.00");
        assertThat(check(new LineArithmeticRule(), misread)).isEmpty();
        CleanDossier otherDigit = CleanDossier.create().scanned(DECLARATION, 0.69)
                .setLine(DECLARATION, 1, LineField.AMOUNT, "9854.00");
        assertThat(check(new LineArithmeticRule(), otherDigit)).as("4 is no look-alike of 0").hasSize(1);
        CleanDossier surelyRead = CleanDossier.create().scanned(DECLARATION, 0.95)
                .setLine(DECLARATION, 1, LineField.AMOUNT, "9856.00");
        assertThat(check(new LineArithmeticRule(), surelyRead)).as("read surely").hasSize(1);
    }

    @Test
    void aDoubtfulLineAmountWhereTheTotalNeedsWhatAnotherDocumentsSameLineStatesIsAMisreadingNotASumError() {
        // "19,404.00" read "19, 464.60" at 0.75 on a scanned declaration (two digits off): the total and the invoice's
        // same line both say 19,404.00
        CleanDossier misread = CleanDossier.create().scanned(DECLARATION, 0.75)
                .setLine(DECLARATION, 1, LineField.AMOUNT, "9856.60");
        assertThat(check(new LineArithmeticRule(), misread)).isEmpty();
        CleanDossier invoiceDiffers = CleanDossier.create().scanned(DECLARATION, 0.75)
                .setLine(DECLARATION, 1, LineField.AMOUNT, "9856.60")
                .setLine(INVOICE, 1, LineField.AMOUNT, "9856.60").set(INVOICE, Field.TOTAL_AMOUNT, "12352.20");
        assertThat(check(new LineArithmeticRule(), invoiceDiffers)).as("no other document says what the total needs")
                .extracting(Finding::message).anySatisfy(m -> assertThat(m).startsWith("The lines of declaration d5"));
        CleanDossier surelyRead = CleanDossier.create().scanned(DECLARATION, 0.95)
                .setLine(DECLARATION, 1, LineField.AMOUNT, "9856.60");
        assertThat(check(new LineArithmeticRule(), surelyRead)).as("read surely").hasSize(1);
    }

    @Test
    void scannedLineAmountsWhoseLeadingGroupWasLostAreWhatAnotherDocumentStatesForTheSameGoods() {
        // "8 862,56" and "8 859,12" read "862,56" and "859,12" at 0.92 on a clean scan (each lone 8 lost): the lines
        // added up to 16,000.00 less than the total, which the invoice's lines make
        CleanDossier lost = CleanDossier.create().scanned(DECLARATION, 0.92)
                .setLine(DECLARATION, 1, LineField.AMOUNT, "850.00");
        assertThat(check(new LineArithmeticRule(), lost)).isEmpty();
        CleanDossier otherDigits = CleanDossier.create().scanned(DECLARATION, 0.92)
                .setLine(DECLARATION, 1, LineField.AMOUNT, "851.00");
        assertThat(check(new LineArithmeticRule(), otherDigits)).as("not the end of 9,850.00").hasSize(1);
        CleanDossier printed = CleanDossier.create().setLine(DECLARATION, 1, LineField.AMOUNT, "850.00");
        assertThat(check(new LineArithmeticRule(), printed)).as("a text layer says what it says").hasSize(1);
    }

    @Test
    void linesWithoutAmountsAreNotSummed() {
        CleanDossier dossier = CleanDossier.create().setLine(INVOICE, 2, LineField.AMOUNT, null);
        assertThat(check(new LineArithmeticRule(), dossier)).isEmpty();
    }

    @Test
    void aCodeOutsideTheNomenclatureIsInvalidOncePerCode() {
        assertThat(check(new HsCodeInvalidRule(), CleanDossier.create())).isEmpty();
        CleanDossier dossier = CleanDossier.create()
                .setLine(INVOICE, 1, LineField.HS_CODE, "8471.99.00")
                .setLine(CONTRACT, 1, LineField.HS_CODE, "84719900");
        List<Finding> findings = check(new HsCodeInvalidRule(), dossier);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("HS_CODE_INVALID");
            assertThat(f.message()).isEqualTo("Commodity code 84719900 on contract d1 and invoice d2 is not a valid HS "
                    + "code: subheading 847199 is not in the HS nomenclature");
            assertThat(f.evidence()).hasSize(2);
        });
    }

    @Test
    void aCodeOfFewerThanSixDigitsIsInvalid() {
        List<Finding> findings = check(new HsCodeInvalidRule(),
                CleanDossier.create().set(CERTIFICATE_OF_ORIGIN, Field.HS_CODE, "8471"));
        assertThat(findings).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("8471").contains("fewer than 6 digits"));
    }

    @Test
    void codesAreComparedOnTheDigitsBothGive() {
        // 8471.30.00 / 847130 / 8471300000 and 8471.60 / 847160 / 8471607000 are the same codes
        assertThat(check(new HsCodeMismatchRule(), CleanDossier.create())).isEmpty();
        List<Finding> findings = check(new HsCodeMismatchRule(),
                CleanDossier.create().setLine(DECLARATION, 2, LineField.HS_CODE, "8471700000"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("HS_CODE_MISMATCH");
            assertThat(f.message()).isEqualTo("Commodity code 8471700000 on line 2 of declaration d5 differs from "
                    + "8471.60 on line 2 of invoice d2");
        });
    }

    @Test
    void whereTheInvoiceLineGivesNoCodeTheOtherDocumentsCodesMustAgree() {
        // the invoice's code not read on its scan: the declaration's 8471700000 against the contract's 847160
        CleanDossier lost = CleanDossier.create().setLine(INVOICE, 2, LineField.HS_CODE, null);
        assertThat(check(new HsCodeMismatchRule(), lost)).isEmpty();
        List<Finding> findings = check(new HsCodeMismatchRule(),
                lost.setLine(DECLARATION, 2, LineField.HS_CODE, "8471700000"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .contains("8471700000", "847160", "no code read on line 2 of invoice d2"));
    }

    @Test
    void aScannedCodeOutsideTheNomenclatureIsInvalidButNotAlsoAMismatch() {
        // "84151999" read for "8415109000": one misread, reported once, as HS_CODE_INVALID
        CleanDossier scanned = CleanDossier.create().scanned(DECLARATION)
                .setLine(DECLARATION, 2, LineField.HS_CODE, "8471990000");
        assertThat(check(new HsCodeMismatchRule(), scanned)).isEmpty();
        assertThat(check(new HsCodeInvalidRule(), scanned)).hasSize(1);
        // printed on a digital document, it is the code the document gives: both
        CleanDossier digital = CleanDossier.create().setLine(DECLARATION, 2, LineField.HS_CODE, "8471990000");
        assertThat(check(new HsCodeMismatchRule(), digital)).hasSize(1);
    }

    @Test
    void aScannedCodeOneLookAlikeDigitFromAValidCodeOfAnotherDocumentIsAMisreadingNotInvalid() {
        // "8471360000" read for the other documents' 8471300000: the 0 read as 6; 847136 is no subheading
        assertThat(RuleTesting.NOMENCLATURE.isValid("847136")).isFalse();
        CleanDossier scanned = CleanDossier.create().scanned(DECLARATION)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471360000");
        assertThat(check(new HsCodeInvalidRule(), scanned)).isEmpty();

        CleanDossier printed = CleanDossier.create().setLine(DECLARATION, 1, LineField.HS_CODE, "8471360000");
        assertThat(check(new HsCodeInvalidRule(), printed)).as("printed so, it is what the document says").hasSize(1);
        CleanDossier nineForZero = CleanDossier.create().scanned(DECLARATION)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471390000");
        assertThat(check(new HsCodeInvalidRule(), nineForZero)).as("9 read for 0")
                .isEmpty();
        CleanDossier noLookAlike = CleanDossier.create().scanned(DECLARATION)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471320000");
        assertThat(check(new HsCodeInvalidRule(), noLookAlike)).as("2 is no look-alike of 0").hasSize(1);
        // "62026000" at 0.57 on a degraded invoice for 63026000 (a 3 read as 2): read doubtfully, one digit from a
        // valid subheading another document states is a misreading whichever the digit
        CleanDossier doubtful = CleanDossier.create().scanned(DECLARATION, 0.57)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471320000");
        assertThat(check(new HsCodeInvalidRule(), doubtful)).isEmpty();
        CleanDossier doubtfulTwoDigits = CleanDossier.create().scanned(DECLARATION, 0.57)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471420000");
        assertThat(RuleTesting.NOMENCLATURE.isValid("847142")).isFalse();
        assertThat(check(new HsCodeInvalidRule(), doubtfulTwoDigits)).as("two digits off").hasSize(1);
        // the 3 of 847130 read as 8 and its zero as 6: "847186" is no subheading either
        assertThat(RuleTesting.NOMENCLATURE.isValid("847186")).isFalse();
        CleanDossier twoZeros = CleanDossier.create().scanned(DECLARATION)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471860000");
        assertThat(check(new HsCodeInvalidRule(), twoZeros)).as("two look-alike digits").isEmpty();
        CleanDossier threeDigits = CleanDossier.create().scanned(DECLARATION)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471866000");
        assertThat(check(new HsCodeInvalidRule(), threeDigits)).as("a national digit is not compared")
                .isEmpty();
        CleanDossier twoAndOther = CleanDossier.create().scanned(DECLARATION)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471820000");
        assertThat(RuleTesting.NOMENCLATURE.isValid("847182")).isFalse();
        assertThat(check(new HsCodeInvalidRule(), twoAndOther)).as("one of the two no look-alike").hasSize(1);
    }

    @Test
    void aScannedCodeWithADigitMoreThanAValidCodeOfAnotherDocumentIsAMisreading() {
        // "6306260" on a degraded B/L for 630260: a digit more, and an odd number of digits no code has
        assertThat(RuleTesting.NOMENCLATURE.isValid("841713")).isFalse();
        CleanDossier scanned = CleanDossier.create().scanned(DECLARATION)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8417130");
        assertThat(check(new HsCodeInvalidRule(), scanned)).isEmpty();
        CleanDossier printed = CleanDossier.create().setLine(DECLARATION, 1, LineField.HS_CODE, "8417130");
        assertThat(check(new HsCodeInvalidRule(), printed)).as("printed so").hasSize(1);
        CleanDossier evenDigits = CleanDossier.create().scanned(DECLARATION)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "84171300");
        assertThat(check(new HsCodeInvalidRule(), evenDigits)).as("a code's length: no digit more").hasSize(1);
    }

    @Test
    void aScannedCodeParsedFromARunWithADigitMoreIsAMisreadingOfTheValidCodeThatRunHolds() {
        // "194054210" at 0.42 for 94054210 (a rule's remains read as a 1 before it): parsed as 194054, reported as
        // an invalid code where the invoice states 9405.42
        io.customsreview.hub.domain.Provenance scan = new io.customsreview.hub.domain.Provenance("d5", 1, null,
                io.customsreview.hub.domain.ExtractionMethod.OCR, 0.42, null);
        assertThat(HsCodeInvalidRule.misreadOnScan(new io.customsreview.hub.domain.FieldValue("194054",
                "194054210 LED ceiling panel luminaire 60x60", scan), java.util.Set.of("940542"))).isTrue();
        assertThat(HsCodeInvalidRule.misreadOnScan(new io.customsreview.hub.domain.FieldValue("194054",
                "194054210 LED ceiling panel luminaire 60x60", scan), java.util.Set.of("940540")))
                .as("another subheading").isFalse();
        assertThat(HsCodeInvalidRule.misreadOnScan(new io.customsreview.hub.domain.FieldValue("194054",
                "19405421 LED ceiling panel", scan), java.util.Set.of("940542")))
                .as("an even run: a code's length, no digit more").isFalse();
    }

    @Test
    void differentNationalDigitsBeyondTheCommonOnesAreNoMismatch() {
        CleanDossier dossier = CleanDossier.create().setLine(INVOICE, 1, LineField.HS_CODE, "84713000")
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471300010");
        assertThat(check(new HsCodeMismatchRule(), dossier)).isEmpty();
        CleanDossier national = CleanDossier.create().setLine(INVOICE, 1, LineField.HS_CODE, "84713000")
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471309910");
        assertThat(check(new HsCodeMismatchRule(), national)).hasSize(1);
    }

    @Test
    void linesAreMatchedByDescriptionWhenTheCountsDiffer() {
        // the declaration lists the mice first and only them: matched by words, not position
        CleanDossier dossier = CleanDossier.create().withoutLines(DECLARATION).remove(DECLARATION, Field.TOTAL_AMOUNT)
                .lineValues(DECLARATION, Map.of(LineField.DESCRIPTION, "Wireless computer mice",
                        LineField.HS_CODE, "8471607000", LineField.QUANTITY, "400", LineField.UNIT, "PCS"));
        assertThat(check(new HsCodeMismatchRule(), dossier)).isEmpty();
        assertThat(check(new QuantityRule(), dossier)).isEmpty();
    }

    @Test
    void aCertificateCodeMatchingNoLineIsAMismatch() {
        List<Finding> findings = check(new HsCodeMismatchRule(),
                CleanDossier.create().set(CERTIFICATE_OF_ORIGIN, Field.HS_CODE, "850760"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("Commodity code 850760 on certificate of origin d6 matches none of the codes on invoice d2"));
    }

    @Test
    void aScannedCertificateCodeOneLookAlikeDigitFromALineCodeIsThatCodeMisread() {
        // "847136" read for the invoice's 847130 (a slashed zero read as 6); 847136 is no subheading
        CleanDossier misread = CleanDossier.create().scanned(CERTIFICATE_OF_ORIGIN)
                .set(CERTIFICATE_OF_ORIGIN, Field.HS_CODE, "847136");
        assertThat(check(new HsCodeMismatchRule(), misread)).isEmpty();

        CleanDossier printed = CleanDossier.create().set(CERTIFICATE_OF_ORIGIN, Field.HS_CODE, "847136");
        assertThat(check(new HsCodeMismatchRule(), printed)).as("printed so").hasSize(1);
        CleanDossier valid = CleanDossier.create().scanned(CERTIFICATE_OF_ORIGIN)
                .set(CERTIFICATE_OF_ORIGIN, Field.HS_CODE, "850760");
        assertThat(RuleTesting.NOMENCLATURE.isValid("850760")).isTrue();
        assertThat(check(new HsCodeMismatchRule(), valid)).as("a valid other code read").hasSize(1);
        CleanDossier noLookAlike = CleanDossier.create().scanned(CERTIFICATE_OF_ORIGIN)
                .set(CERTIFICATE_OF_ORIGIN, Field.HS_CODE, "847132");
        assertThat(RuleTesting.NOMENCLATURE.isValid("847132")).isFalse();
        assertThat(check(new HsCodeMismatchRule(), noLookAlike)).as("2 is no look-alike of 0").hasSize(1);
        // "8471.320.0000" on a degraded B/L: a digit more, odd in length, which no code has (a false HS_CODE_MISMATCH)
        CleanDossier digitMore = CleanDossier.create().scanned(CERTIFICATE_OF_ORIGIN)
                .set(CERTIFICATE_OF_ORIGIN, Field.HS_CODE, "8471320");
        assertThat(check(new HsCodeMismatchRule(), digitMore)).isEmpty();
        CleanDossier digitMorePrinted = CleanDossier.create().set(CERTIFICATE_OF_ORIGIN, Field.HS_CODE, "8471320");
        assertThat(check(new HsCodeMismatchRule(), digitMorePrinted)).as("printed so").hasSize(1);
    }

    @Test
    void aCertificateCodeIsNoMismatchWhereAnInvoiceLineCodeWasNotRead() {
        // the scanned invoice's second code was withheld as doubtful: the certificate's code may be that one
        CleanDossier dossier = CleanDossier.create().scanned(INVOICE).setLine(INVOICE, 2, LineField.HS_CODE, null)
                .set(CERTIFICATE_OF_ORIGIN, Field.HS_CODE, "850760");
        assertThat(check(new HsCodeMismatchRule(), dossier)).isEmpty();
    }

    @Test
    void aDifferentQuantityOfTheSameGoodsIsAMismatch() {
        assertThat(check(new QuantityRule(), CleanDossier.create())).isEmpty();
        List<Finding> findings = check(new QuantityRule(),
                CleanDossier.create().setLine(PACKING_LIST, 1, LineField.QUANTITY, "90"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("QUANTITY_MISMATCH");
            assertThat(f.message()).isEqualTo("Quantity 90 on line 1 of packing list d3 differs from 100 PCS on line 1 "
                    + "of invoice d2");
        });
    }

    @Test
    void aQuantityReadSurelyOneLookAlikeDigitOffWhatThreeDocumentsStateIsAMisreading() {
        // "7,600 PCS" read "7,606" at 0.94 on a degraded certificate; invoice, contract, packing list and declaration
        // state 7,600 (a false QUANTITY_MISMATCH): a glyph, not six pieces short
        assertThat(check(new QuantityRule(), sevenThousandSixHundred("7606", "7600"))).isEmpty();
        assertThat(check(new QuantityRule(), sevenThousandSixHundred("7606", "7590")))
                .as("two documents only state 7,600").extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).startsWith("Quantity 7,606 PCS on line 2 of declaration d5"));
        assertThat(check(new QuantityRule(), sevenThousandSixHundred("7604", "7600")))
                .as("4 is no look-alike of 0").hasSize(1);
        CleanDossier sixty = CleanDossier.create().set(CERTIFICATE_OF_ORIGIN, Field.QUANTITY, "160")
                .setLine(CONTRACT, 2, LineField.QUANTITY, "60").setLine(INVOICE, 2, LineField.QUANTITY, "60")
                .setLine(PACKING_LIST, 2, LineField.QUANTITY, "60").setLine(DECLARATION, 2, LineField.QUANTITY, "66")
                .scanned(DECLARATION, 0.94);
        assertThat(check(new QuantityRule(), sixty)).as("66 is a tenth more than 60: no glyph's slip").hasSize(1);
    }

    @Test
    void aQuantityReadDoubtfullyTwoLookAlikeDigitsOffWhatThreeDocumentsStateIsAMisreading() {
        // "2,040 PCS" read "2946" at 0.87 on a degraded packing list (the comma and a 0 read as a 9, a 0 as a 6);
        // invoice, contract and declaration state 2,040 (a false QUANTITY_MISMATCH)
        assertThat(check(new QuantityRule(), twoThousandForty("2946", 0.87, "2040"))).isEmpty();
        assertThat(check(new QuantityRule(), twoThousandForty("2946", 0.95, "2040"))).as("read surely").hasSize(1);
        assertThat(check(new QuantityRule(), twoThousandForty("2946", 0.87, "2030")))
                .as("two documents only state 2,040").isNotEmpty();
        assertThat(check(new QuantityRule(), twoThousandForty("2947", 0.87, "2040"))).as("7 is no look-alike of 0")
                .hasSize(1);
        // a planted 57 for 61 on a clean certificate scan (0.89): both digits look-alikes, but none of them as printed
        CleanDossier sixtyOne = CleanDossier.create().set(CERTIFICATE_OF_ORIGIN, Field.QUANTITY, "161")
                .setLine(CONTRACT, 2, LineField.QUANTITY, "61").setLine(INVOICE, 2, LineField.QUANTITY, "61")
                .setLine(DECLARATION, 2, LineField.QUANTITY, "61")
                .setLine(PACKING_LIST, 2, LineField.QUANTITY, "57").scanned(PACKING_LIST, 0.89);
        assertThat(check(new QuantityRule(), sixtyOne)).as("every digit changed: another quantity").hasSize(1);
    }

    private static CleanDossier twoThousandForty(String packed, double confidence, String declared) {
        return CleanDossier.create().set(CERTIFICATE_OF_ORIGIN, Field.QUANTITY, "2140")
                .setLine(CONTRACT, 2, LineField.QUANTITY, "2040").setLine(INVOICE, 2, LineField.QUANTITY, "2040")
                .setLine(DECLARATION, 2, LineField.QUANTITY, declared)
                .setLine(PACKING_LIST, 2, LineField.QUANTITY, packed).scanned(PACKING_LIST, confidence);
    }

    private static CleanDossier sevenThousandSixHundred(String declared, String packed) {
        return CleanDossier.create().set(CERTIFICATE_OF_ORIGIN, Field.QUANTITY, "7700")
                .setLine(CONTRACT, 2, LineField.QUANTITY, "7600").setLine(INVOICE, 2, LineField.QUANTITY, "7600")
                .setLine(PACKING_LIST, 2, LineField.QUANTITY, packed)
                .setLine(DECLARATION, 2, LineField.QUANTITY, declared).scanned(DECLARATION, 0.94);
    }

    @Test
    void aDoubtfulQuantityWhoseFirstDigitWasReadAsALetterIsNoOtherQuantity() {
        // "56PCS" read "S6PCS" at 0.45 on a degraded packing list: 6 against the invoice's 56 (a false finding)
        io.customsreview.hub.domain.Provenance scan = new io.customsreview.hub.domain.Provenance("d4", 1, null,
                io.customsreview.hub.domain.ExtractionMethod.OCR, 0.45, null);
        FieldValue invoiced = new FieldValue("56", "56", new io.customsreview.hub.domain.Provenance("d6", 1, null,
                io.customsreview.hub.domain.ExtractionMethod.PDF_TEXT, 0.99, null));
        assertThat(QuantityRule.doubtfullyMisread(new FieldValue("6", "S6PCS", scan), invoiced)).isTrue();
        assertThat(QuantityRule.doubtfullyMisread(new FieldValue("9", "S9SETS", scan),
                new FieldValue("99", "99", invoiced.source()))).as("a first digit read as any letter").isTrue();
        assertThat(QuantityRule.doubtfullyMisread(new FieldValue("6", "S6PCS", scan),
                new FieldValue("67", "67", invoiced.source()))).as("the digits read differ").isFalse();
        assertThat(QuantityRule.doubtfullyMisread(new FieldValue("6", "6 PCS", scan), invoiced))
                .as("no letter read for the digit").isFalse();
    }

    @Test
    void aDoubtfulQuantityADigitMoreMadeDecimalIsNoOtherQuantity() {
        // "2.220 PCS" (European grouping) read "2.2280" at 0.70 on a degraded declaration: four digits after the
        // point made it 2.228 against the invoice's 2,220 (a false QUANTITY_MISMATCH)
        io.customsreview.hub.domain.Provenance scan = new io.customsreview.hub.domain.Provenance("d4", 1, null,
                io.customsreview.hub.domain.ExtractionMethod.OCR, 0.70, null);
        FieldValue invoiced = new FieldValue("2220", "2,220", new io.customsreview.hub.domain.Provenance("d3", 1,
                null, io.customsreview.hub.domain.ExtractionMethod.PDF_TEXT, 0.99, null));
        assertThat(QuantityRule.doubtfullyMisread(new FieldValue("2.228", "2.2280", scan), invoiced)).isTrue();
        assertThat(QuantityRule.doubtfullyMisread(new FieldValue("2.228", "2.2280", new io.customsreview.hub.domain
                .Provenance("d4", 1, null, io.customsreview.hub.domain.ExtractionMethod.OCR, 0.95, null)), invoiced))
                .as("read surely").isFalse();
        assertThat(QuantityRule.doubtfullyMisread(new FieldValue("2.5", "2.5", scan),
                new FieldValue("25", "25", invoiced.source()))).as("a decimal quantity read so").isFalse();
    }

    @Test
    void aDigitReadAfterOrForItsLookAlikeInADoubtfulScannedQuantityIsNoOtherQuantity() {
        // "80 PCS" read "808 PCS" at 0.64 (a speck read as a digit after it): ten times the goods is no miscount
        CleanDossier speck = CleanDossier.create().setLine(INVOICE, 1, LineField.QUANTITY, "80")
                .scanned(PACKING_LIST, 0.64).setLine(PACKING_LIST, 1, LineField.QUANTITY, "808");
        assertThat(check(new QuantityRule(), speck)).noneMatch(f -> f.message().contains("packing list"));

        CleanDossier within = CleanDossier.create().setLine(INVOICE, 1, LineField.QUANTITY, "640")
                .scanned(PACKING_LIST, 0.71).setLine(PACKING_LIST, 1, LineField.QUANTITY, "6490");
        assertThat(check(new QuantityRule(), within)).as("a digit more within it")
                .noneMatch(f -> f.message().contains("packing list"));
        CleanDossier twoMore = CleanDossier.create().setLine(INVOICE, 1, LineField.QUANTITY, "640")
                .scanned(PACKING_LIST, 0.71).setLine(PACKING_LIST, 1, LineField.QUANTITY, "64990");
        assertThat(check(new QuantityRule(), twoMore)).as("two digits more")
                .anyMatch(f -> f.message().contains("packing list"));

        CleanDossier sure = CleanDossier.create().setLine(INVOICE, 1, LineField.QUANTITY, "80")
                .scanned(PACKING_LIST).setLine(PACKING_LIST, 1, LineField.QUANTITY, "808");
        assertThat(check(new QuantityRule(), sure)).as("read surely").anyMatch(f -> f.message().contains("packing list"));
        CleanDossier printed = CleanDossier.create().setLine(INVOICE, 1, LineField.QUANTITY, "80")
                .setLine(PACKING_LIST, 1, LineField.QUANTITY, "808");
        assertThat(check(new QuantityRule(), printed)).as("printed so").anyMatch(f -> f.message().contains("packing list"));
        CleanDossier lookAlike = CleanDossier.create().setLine(INVOICE, 1, LineField.QUANTITY, "2000")
                .scanned(PACKING_LIST, 0.76).setLine(PACKING_LIST, 1, LineField.QUANTITY, "2900");
        assertThat(check(new QuantityRule(), lookAlike)).as("a doubtful look-alike digit")
                .noneMatch(f -> f.message().contains("packing list"));
        // below clean print's 0.93: "1,206" at 0.91 for 1,200 (a slashed zero read as 6, on two seeds)
        CleanDossier belowCleanPrint = CleanDossier.create().setLine(INVOICE, 1, LineField.QUANTITY, "1200")
                .scanned(PACKING_LIST, 0.91).setLine(PACKING_LIST, 1, LineField.QUANTITY, "1206");
        assertThat(check(new QuantityRule(), belowCleanPrint)).as("read below clean print")
                .noneMatch(f -> f.message().contains("packing list"));
        CleanDossier lookAlikeSure = CleanDossier.create().setLine(INVOICE, 1, LineField.QUANTITY, "2000")
                .scanned(PACKING_LIST).setLine(PACKING_LIST, 1, LineField.QUANTITY, "2900");
        assertThat(check(new QuantityRule(), lookAlikeSure)).as("a look-alike read surely")
                .anyMatch(f -> f.message().contains("packing list"));
        CleanDossier otherStart = CleanDossier.create().setLine(INVOICE, 1, LineField.QUANTITY, "80")
                .scanned(PACKING_LIST, 0.64).setLine(PACKING_LIST, 1, LineField.QUANTITY, "908");
        assertThat(check(new QuantityRule(), otherStart)).as("other digits")
                .anyMatch(f -> f.message().contains("packing list"));
    }

    @Test
    void aThousandsSeparatorReadAsTheDecimalMarkOnAScanIsNoOtherQuantity() {
        // "1,620" read "1.620" from a scan is 1.62: the same digits, a thousand times smaller
        CleanDossier misread = CleanDossier.create().setLine(INVOICE, 1, LineField.QUANTITY, "1620")
                .scanned(PACKING_LIST).setLine(PACKING_LIST, 1, LineField.QUANTITY, "1.620");
        assertThat(check(new QuantityRule(), misread)).noneMatch(f -> f.message().contains("packing list"));

        // on a digital document it is what the document says; on a scan other digits are other quantities
        CleanDossier digital = CleanDossier.create().setLine(INVOICE, 1, LineField.QUANTITY, "1620")
                .setLine(PACKING_LIST, 1, LineField.QUANTITY, "1.620");
        assertThat(check(new QuantityRule(), digital)).anyMatch(f -> f.message().contains("packing list"));
        CleanDossier otherDigits = CleanDossier.create().setLine(INVOICE, 1, LineField.QUANTITY, "1620")
                .scanned(PACKING_LIST).setLine(PACKING_LIST, 1, LineField.QUANTITY, "1.62");
        assertThat(check(new QuantityRule(), otherDigits)).anyMatch(f -> f.message().contains("packing list"));
    }

    @Test
    void quantitiesInDifferentUnitsAreNotCompared() {
        CleanDossier dossier = CleanDossier.create().setLine(DECLARATION, 1, LineField.QUANTITY, "10")
                .setLine(DECLARATION, 1, LineField.UNIT, "CTN");
        assertThat(check(new QuantityRule(), dossier)).isEmpty();
    }

    @Test
    void aCertificateQuantityIsComparedWithTheSumOfTheLines() {
        List<Finding> findings = check(new QuantityRule(),
                CleanDossier.create().set(CERTIFICATE_OF_ORIGIN, Field.QUANTITY, "450"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Quantity 450 PCS on certificate of origin d6 differs from 500 PCS, the sum of the lines of invoice d2"));
        // in kilograms it is a weight, not a count of pieces
        assertThat(check(new QuantityRule(), CleanDossier.create()
                .set(CERTIFICATE_OF_ORIGIN, Field.QUANTITY, "1100").set(CERTIFICATE_OF_ORIGIN, Field.UNIT, "KG"))).isEmpty();
    }

    @Test
    void aDifferentCountryOfOriginIsAMismatch() {
        assertThat(check(new OriginRule(), CleanDossier.create())).isEmpty();
        List<Finding> findings = check(new OriginRule(),
                CleanDossier.create().set(INVOICE, Field.ORIGIN_COUNTRY, "VN"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ORIGIN_MISMATCH");
            assertThat(f.message()).isEqualTo("Country of origin VN on invoice d2 differs from CN on certificate of origin d6");
        });
    }

    @Test
    void aLineOfAnotherOriginIsAMismatch() {
        List<Finding> findings = check(new OriginRule(),
                CleanDossier.create().setLine(DECLARATION, 2, LineField.ORIGIN, "VN"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Origin VN on line 2 of declaration d5 differs from CN on certificate of origin d6");
            assertThat(f.evidence()).extracting(e -> e.document() + ":" + e.field())
                    .containsExactly("d6:originCountry", "d5:lines[2].origin");
        });
    }

    @Test
    void netWeightAboveGrossIsAFindingOnDocumentsAndLines() {
        assertThat(check(new NetExceedsGrossRule(), CleanDossier.create())).isEmpty();
        List<Finding> findings = check(new NetExceedsGrossRule(), CleanDossier.create()
                .set(DECLARATION, Field.NET_WEIGHT, "1300").setLine(PACKING_LIST, 2, LineField.NET_WEIGHT, "240"));
        assertThat(findings).extracting(Finding::message).containsExactly(
                "Net weight 240 kg on line 2 of packing list d3 exceeds its gross weight 230 kg",
                "Net weight 1,300 kg on declaration d5 exceeds its gross weight 1,250 kg");
    }

    @Test
    void aScannedNetWeightThatLostItsDecimalMarkIsNoNetAboveGross() {
        // "218.50" read "21850" (or "21,850", the point read as a grouping comma) beside a gross weight of 230
        CleanDossier lostMark = CleanDossier.create().scanned(PACKING_LIST)
                .setLine(PACKING_LIST, 2, LineField.NET_WEIGHT, "21850");
        assertThat(check(new NetExceedsGrossRule(), lostMark)).isEmpty();
        CleanDossier printed = CleanDossier.create().setLine(PACKING_LIST, 2, LineField.NET_WEIGHT, "21850");
        assertThat(check(new NetExceedsGrossRule(), printed)).as("printed so").hasSize(1);
        CleanDossier slightlyAbove = CleanDossier.create().scanned(PACKING_LIST)
                .setLine(PACKING_LIST, 2, LineField.NET_WEIGHT, "240");
        assertThat(check(new NetExceedsGrossRule(), slightlyAbove)).as("above, no moved mark").hasSize(1);
        CleanDossier tooLight = CleanDossier.create().scanned(PACKING_LIST)
                .setLine(PACKING_LIST, 2, LineField.NET_WEIGHT, "12000");
        assertThat(check(new NetExceedsGrossRule(), tooLight)).as("120 kg of 230 is no net weight either").hasSize(1);
    }

    @Test
    void netEqualToGrossIsNoFinding() {
        assertThat(check(new NetExceedsGrossRule(),
                CleanDossier.create().set(DECLARATION, Field.NET_WEIGHT, "1250.000"))).isEmpty();
    }
}
