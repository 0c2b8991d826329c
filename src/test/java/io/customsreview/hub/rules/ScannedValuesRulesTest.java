package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentBuilder;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.LineField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.customsreview.hub.domain.DocumentType.BILL_OF_LADING;
import static io.customsreview.hub.domain.DocumentType.CERTIFICATE_OF_ORIGIN;
import static io.customsreview.hub.domain.DocumentType.CONTRACT;
import static io.customsreview.hub.domain.DocumentType.DECLARATION;
import static io.customsreview.hub.domain.DocumentType.PACKING_LIST;
import static io.customsreview.hub.domain.DocumentType.INSURANCE;
import static io.customsreview.hub.domain.DocumentType.INVOICE;
import static io.customsreview.hub.rules.RuleTesting.CONTEXT;
import static io.customsreview.hub.rules.RuleTesting.check;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values read by OCR carry the recogniser's look-alike confusions (O/0, I/l/1, a lost word end); the rules forgive
 * those, and only those, where a scan is involved.
 */
class ScannedValuesRulesTest {

    @Test
    void aReferenceReadWithLookAlikeCharactersFromAScanIsNoMismatch() {
        // the contract says SC-2025-001; its scan reads the letters and digits that look alike the other way
        CleanDossier dossier = CleanDossier.create().scanned(INVOICE)
                .set(INVOICE, Field.CONTRACT_NUMBER, "5C-2O25-OO1");
        assertThat(check(new ContractNumberRule(), dossier)).isEmpty();
    }

    @Test
    void anSReadAsADollarSignOnAScanIsNoMismatch() {
        CleanDossier dossier = CleanDossier.create().scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "$C-2025-001");
        assertThat(check(new ContractNumberRule(), dossier)).isEmpty();
        CleanDossier inside = CleanDossier.create().scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "S$C-2025-001");
        assertThat(check(new ContractNumberRule(), inside)).isEmpty();
    }

    @Test
    void anISlashReadAsVOrAWReadForAVOnAScanIsNoMismatch() {
        CleanDossier slash = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "CI/3076/24")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "CI/3076/24")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "CV3076/24");
        assertThat(check(new ContractNumberRule(), slash)).isEmpty();
        CleanDossier doubleU = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "VTG/2025/522")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "VTG/2025/522")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "WTG/2025/522");
        assertThat(check(new ContractNumberRule(), doubleU)).isEmpty();
        CleanDossier twice = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "CI/3076/24")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "CI/3076/24")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "C1I/3076/24");
        assertThat(check(new ContractNumberRule(), twice)).isEmpty();
        // "CI/5261/24" read "CV/S261/24" on a degraded invoice: the I read as a V, the 5 after the slash as an S
        CleanDossier slashBeforeALetter = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "Cl/5261/24")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "Cl/5261/24")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "CV/S261/24");
        assertThat(check(new ContractNumberRule(), slashBeforeALetter)).isEmpty();
        CleanDossier iAsW = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "CI/3076/24")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "CI/3076/24")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "CW/3076/24");
        assertThat(check(new ContractNumberRule(), iAsW)).isEmpty();
        CleanDossier iAsV = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "CI/3076/24")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "CI/3076/24")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "CV/3076/24");
        assertThat(check(new ContractNumberRule(), iAsV)).as("the I read as V, its slash kept").isEmpty();
        CleanDossier iLowerCase = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "CI/3076/24")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "CI/3076/24")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "Ci/3076/24");
        assertThat(check(new ContractNumberRule(), iLowerCase)).as("the I read as i").isEmpty();
        CleanDossier iAndSlashAsWv = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "CI/3076/24")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "CI/3076/24")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "CWV/3076/24");
        assertThat(check(new ContractNumberRule(), iAndSlashAsWv)).as("seen on a scanned packing list").isEmpty();
        CleanDossier iAndSlashAsVv = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "CI/3076/24")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "CI/3076/24")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "CVv/3076/24");
        assertThat(check(new ContractNumberRule(), iAndSlashAsVv)).as("seen on a scanned invoice").isEmpty();
        CleanDossier iAsT = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "SIH249680")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "SIH249680")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "STH249680");
        assertThat(check(new ContractNumberRule(), iAsT)).as("a serif I read as T").isEmpty();
        // "JRS/2024/660" read "IRS/2624/660" at 0.56 on a scanned packing list: the J's hook lost, a 0 read as 6
        CleanDossier jAsI = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "JRS/2024/660")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "JRS/2024/660")
                .set(INVOICE, Field.CONTRACT_NUMBER, "JRS/2024/660")
                .scanned(PACKING_LIST, 0.56).set(PACKING_LIST, Field.CONTRACT_NUMBER, "IRS/2624/660");
        assertThat(check(new ContractNumberRule(), jAsI)).as("a J read as I").isEmpty();
        CleanDossier jAsIOtherDigit = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "JRS/2024/660")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "JRS/2024/660")
                .set(INVOICE, Field.CONTRACT_NUMBER, "JRS/2024/660")
                .scanned(PACKING_LIST, 0.56).set(PACKING_LIST, Field.CONTRACT_NUMBER, "IRS/2424/660");
        assertThat(check(new ContractNumberRule(), jAsIOtherDigit)).as("4 is no look-alike of 0").isNotEmpty();
        CleanDossier digit = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "CI/3076/24")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "CI/3076/24")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "CV3076/25");
        assertThat(check(new ContractNumberRule(), digit)).isNotEmpty();
    }

    @Test
    void anISlashReadAsTwoLettersBeforeTheDigitsIsNoMismatch() {
        // an invoice number "CI/9070/25" read "CVv9070/25" on a degraded declaration, a contract number "BOI/2024/977"
        // read "BOWU2024/977" on an invoice: the I and the slash read as two letters (two false mismatches)
        CleanDossier vv = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "Cl/9070/25")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "Cl/9070/25")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "CVv9070/25");
        assertThat(check(new ContractNumberRule(), vv)).isEmpty();
        CleanDossier wu = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "BOI/2024/977")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "BOI/2024/977")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "BOWU2024/977");
        assertThat(check(new ContractNumberRule(), wu)).isEmpty();
        CleanDossier otherDigit = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "BOI/2024/977")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "BOI/2024/977")
                .scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "BOWU2024/971");
        assertThat(check(new ContractNumberRule(), otherDigit)).isNotEmpty();
    }

    @Test
    void theSameLookAlikesOnADigitalDocumentAreAMismatch() {
        CleanDossier dossier = CleanDossier.create().set(INVOICE, Field.CONTRACT_NUMBER, "5C-2O25-OO1");
        assertThat(check(new ContractNumberRule(), dossier)).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("CONTRACT_NUMBER_MISMATCH"));
    }

    @Test
    void aDifferentDigitOnAScanIsStillAMismatch() {
        CleanDossier dossier = CleanDossier.create().scanned(INVOICE).set(INVOICE, Field.CONTRACT_NUMBER, "SC-2025-007");
        assertThat(check(new ContractNumberRule(), dossier)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("SC-2025-007"));
    }

    @Test
    void anEReadAsFOnAScanIsNoMismatchButAnotherDigitIs() {
        // the lower bar of the E lost in a worn scan
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().scanned(BILL_OF_LADING)
                .set(BILL_OF_LADING, Field.VOYAGE, "012F"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create()
                .set(BILL_OF_LADING, Field.VOYAGE, "012F"))).isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().scanned(BILL_OF_LADING)
                .set(BILL_OF_LADING, Field.VOYAGE, "013E"))).isNotEmpty();
    }

    @Test
    void aVoyageReadDoubtfullyWithALookAlikeDigitIsNoMismatch() {
        // "010N" read "910N" at 0.38 on a certificate of origin: a false VESSEL_VOYAGE_MISMATCH (here "012 E")
        assertThat(check(new VesselVoyageRule(), CleanDossier.create()
                .scanned(CERTIFICATE_OF_ORIGIN, 0.38).set(CERTIFICATE_OF_ORIGIN, Field.VOYAGE, "912E"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create()
                .scanned(CERTIFICATE_OF_ORIGIN, 0.96).set(CERTIFICATE_OF_ORIGIN, Field.VOYAGE, "912E")))
                .as("read surely").isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create()
                .scanned(CERTIFICATE_OF_ORIGIN, 0.38).set(CERTIFICATE_OF_ORIGIN, Field.VOYAGE, "412E")))
                .as("4 and 0 do not look alike").isNotEmpty();
    }

    @Test
    void aSouthboundVoyageWhoseSWasReadAsAnEightOnAScanIsNoMismatchButAnotherDigitIs() {
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "012S")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VOYAGE, "0128"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "012S")
                .set(BILL_OF_LADING, Field.VOYAGE, "0128"))).isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "012S")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VOYAGE, "0138"))).isNotEmpty();
        // "477S" read "4775" on the B/L and "4778" on the declaration, both scans: the S read as either look-alike
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().scanned(INSURANCE)
                .set(INSURANCE, Field.VOYAGE, "0128").scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VOYAGE, "0125")))
                .isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create()
                .set(INSURANCE, Field.VOYAGE, "0128").set(BILL_OF_LADING, Field.VOYAGE, "0125")))
                .as("printed so").isNotEmpty();
        // the leg's letter lost, not a digit
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "012S")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VOYAGE, "012"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "012S")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VOYAGE, "01"))).isNotEmpty();
    }

    @Test
    void anEastboundVoyageWhoseEWasReadAsAFiveOrAnEightOnAScanIsNoMismatch() {
        // "voyage 113E" read "1135" (0.43) on a clean B/L scan and "1138" (0.47) on its degraded scan: a false
        // VESSEL_VOYAGE_MISMATCH on both
        for (String read : new String[]{"1135", "1138", "1136"}) {
            assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "113E")
                    .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VOYAGE, read))).as(read).isEmpty();
        }
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "113E")
                .set(BILL_OF_LADING, Field.VOYAGE, "1135"))).as("printed so").isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "113E")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VOYAGE, "1145"))).as("another digit too")
                .isNotEmpty();
    }

    @Test
    void aDoubtfulVoyageWhoseFourWasReadAsAnAIsNoMismatch() {
        // "486W" read "A86W" (0.60) on a clean declaration scan: a false VESSEL_VOYAGE_MISMATCH
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(BILL_OF_LADING, Field.VOYAGE, "486W")
                .scanned(INSURANCE, 0.60).set(INSURANCE, Field.VOYAGE, "A86W"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(BILL_OF_LADING, Field.VOYAGE, "486W")
                .scanned(INSURANCE).set(INSURANCE, Field.VOYAGE, "A86W"))).as("read surely").isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(BILL_OF_LADING, Field.VOYAGE, "486W")
                .scanned(INSURANCE, 0.60).set(INSURANCE, Field.VOYAGE, "A87W"))).as("another digit too")
                .isNotEmpty();
    }

    @Test
    void aScannedInvoiceThatLostAGoodsRowIsNotSaidToAddUpWrongNorToLackACode() {
        // the scan read only the second row: its lines cannot add up to the total, nor give the first row's code
        CleanDossier lostRow = CleanDossier.create().scanned(INVOICE).withoutLines(INVOICE)
                .line(INVOICE, "Computer mice (wireless)", "8471.60", "400", "PCS", "6.239", "2495.60");
        assertThat(check(new LineArithmeticRule(), lostRow)).isEmpty();
        assertThat(check(new HsCodeMismatchRule(), lostRow)).isEmpty();

        CleanDossier printedSo = CleanDossier.create().withoutLines(INVOICE)
                .line(INVOICE, "Computer mice (wireless)", "8471.60", "400", "PCS", "6.239", "2495.60");
        assertThat(check(new LineArithmeticRule(), printedSo)).as("a digital invoice prints what it lists")
                .singleElement().satisfies(f -> assertThat(f.message()).contains("add up to"));
        assertThat(check(new HsCodeMismatchRule(), printedSo)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("847130"));
    }

    @Test
    void aVesselWhoseFirstWordASmudgeTookIsTheSameShipButAnotherNameIsNot() {
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VESSEL, "CMA CGM JACQUES SAADE")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VESSEL, "es CGM JACQUES SAADE"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VESSEL, "CMA CGM JACQUES SAADE")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VESSEL, "CGM JACQUES SAADE"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VESSEL, "CMA CGM JACQUES SAADE")
                .set(BILL_OF_LADING, Field.VESSEL, "es CGM JACQUES SAADE"))).as("printed so").isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VESSEL, "MSC GULSUN")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VESSEL, "Hee GULSUN"))).as("prefix misread").isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VESSEL, "MSC GULSUN")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VESSEL, "MSC OSCAR"))).isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VESSEL, "MSC ANNA")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VESSEL, "HMM ANNA"))).as("too short a name to tell")
                .isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VESSEL, "MSC GULSUN")
                .set(BILL_OF_LADING, Field.VESSEL, "Hee GULSUN"))).as("printed so").isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VESSEL, "HAMBURG EXPRESS")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VESSEL, "BERLIN EXPRESS"))).isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VESSEL, "CMA CGM JACQUES SAADE")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VESSEL, "CMA CGM ANTOINE DE SAINT EXUPERY")))
                .isNotEmpty();
    }

    @Test
    void aVesselReadDoubtfullyOneLetterFromTheBillOfLadingsIsThatShip() {
        // "HWM OSLO" read at 0.35 on a certificate: a clean dossier given a VESSEL_VOYAGE_MISMATCH
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(BILL_OF_LADING, Field.VESSEL, "HMM OSLO")
                .scanned(INSURANCE, 0.35).set(INSURANCE, Field.VESSEL, "HWM OSLO"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(BILL_OF_LADING, Field.VESSEL, "HMM OSLO")
                .scanned(INSURANCE, 0.95).set(INSURANCE, Field.VESSEL, "HWM OSLO"))).as("read surely").isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(BILL_OF_LADING, Field.VESSEL, "HMM OSLO")
                .scanned(INSURANCE, 0.35).set(INSURANCE, Field.VESSEL, "MSC OSLO"))).as("another ship").isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(BILL_OF_LADING, Field.VESSEL, "HMM OSLO")
                .set(INSURANCE, Field.VESSEL, "HWM OSLO"))).as("printed so").isNotEmpty();
    }

    @Test
    void aScannedLineWhoseAmountCellWasNotReadIsNotSaidToAddUpWrong() {
        // the amount of line 2 lost, its unit price read into the amount column
        CleanDossier shifted = CleanDossier.create().scanned(INVOICE).setLine(INVOICE, 2, LineField.AMOUNT, "6.239")
                .setLine(INVOICE, 2, LineField.UNIT_PRICE, null).setLine(INVOICE, 2, LineField.QUANTITY, null);
        assertThat(check(new LineArithmeticRule(), shifted)).isEmpty();

        CleanDossier complete = CleanDossier.create().scanned(INVOICE).set(INVOICE, Field.TOTAL_AMOUNT, "12000.00");
        assertThat(check(new LineArithmeticRule(), complete)).as("every cell read: the sum is checked")
                .singleElement().satisfies(f -> assertThat(f.message()).contains("add up to"));
    }

    @Test
    void aScannedInvoiceQuantityItsOwnPriceAndAmountContradictIsAMisreadingNotAMismatch() {
        // "1100" read for "100": 100 × 98.50 = 9,850.00 on the invoice's own line, as the other documents say
        assertThat(check(new QuantityRule(), CleanDossier.create().scanned(INVOICE)
                .setLine(INVOICE, 1, LineField.QUANTITY, "1100"))).isEmpty();
        assertThat(check(new QuantityRule(), CleanDossier.create()
                .setLine(INVOICE, 1, LineField.QUANTITY, "1100"))).as("printed so").isNotEmpty();
        // the invoice's own arithmetic agrees with its quantity: the other documents differ from it
        assertThat(check(new QuantityRule(), CleanDossier.create().scanned(INVOICE)
                .setLine(INVOICE, 1, LineField.QUANTITY, "110").setLine(INVOICE, 1, LineField.AMOUNT, "10835.00")))
                .isNotEmpty();
    }

    @Test
    void aScannedQuantityWithANeighboursDigitsInFrontIsAMisreadingButAnotherQuantityIsNot() {
        // "4,400" read for "400" (the line number joined to the cell); no unit price on the scan to tell
        assertThat(check(new QuantityRule(), CleanDossier.create().scanned(INVOICE)
                .setLine(INVOICE, 2, LineField.QUANTITY, "4400").setLine(INVOICE, 2, LineField.UNIT_PRICE, null)))
                .isEmpty();
        assertThat(check(new QuantityRule(), CleanDossier.create().setLine(INVOICE, 2, LineField.QUANTITY, "4400")
                .setLine(INVOICE, 2, LineField.UNIT_PRICE, null))).as("printed so").isNotEmpty();
        assertThat(check(new QuantityRule(), CleanDossier.create().scanned(INVOICE)
                .setLine(INVOICE, 2, LineField.QUANTITY, "440").setLine(INVOICE, 2, LineField.UNIT_PRICE, null)))
                .as("another quantity").isNotEmpty();
    }

    @Test
    void aScannedCodeIsComparedOnItsSubheadingAndAMisreadReferenceCodeProvesNothing() {
        // national digits misread on the scanned declaration: the subheading 847130 agrees
        assertThat(check(new HsCodeMismatchRule(), CleanDossier.create().scanned(DECLARATION)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471309900"))).isEmpty();
        assertThat(check(new HsCodeMismatchRule(), CleanDossier.create()
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471309900"))).as("printed so").isNotEmpty();
        assertThat(check(new HsCodeMismatchRule(), CleanDossier.create().scanned(DECLARATION)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471500000"))).as("another subheading").isNotEmpty();
        // the scanned invoice's first code misread into no subheading: the certificate's code may be that one
        assertThat(check(new HsCodeMismatchRule(), CleanDossier.create().scanned(INVOICE)
                .setLine(INVOICE, 1, LineField.HS_CODE, "84719900"))).isEmpty();
    }

    @Test
    void aCodeReadDoubtfullyOneLookAlikeDigitFromTheReferenceCodeIsThatCodeMisread() {
        // "610510" read at 0.55 on a degraded certificate for 6109.10 (a 9 read as a 5): a valid subheading, but read
        // in doubt one look-alike digit from the invoice's code (a false HS_CODE_MISMATCH)
        assertThat(check(new HsCodeMismatchRule(), CleanDossier.create().scanned(DECLARATION, 0.55)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471800000"))).isEmpty();
        assertThat(check(new HsCodeMismatchRule(), CleanDossier.create().scanned(DECLARATION, 0.95)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471800000"))).as("read surely").isNotEmpty();
        assertThat(check(new HsCodeMismatchRule(), CleanDossier.create().scanned(DECLARATION, 0.55)
                .setLine(DECLARATION, 1, LineField.HS_CODE, "8471500000"))).as("no look-alike").isNotEmpty();
    }

    @Test
    void aContainerAScanDidNotReadIsNoMismatchButAnotherContainerIs() {
        assertThat(check(new ContainerMismatchRule(), CleanDossier.create().scanned(DECLARATION)
                .set(DECLARATION, Field.CONTAINER_NUMBER, "CSQU3054383"))).isEmpty();
        assertThat(check(new ContainerMismatchRule(), CleanDossier.create()
                .set(DECLARATION, Field.CONTAINER_NUMBER, "CSQU3054383"))).as("printed so").isNotEmpty();
        assertThat(check(new ContainerMismatchRule(), CleanDossier.create().scanned(BILL_OF_LADING)
                .set(BILL_OF_LADING, Field.CONTAINER_NUMBER, "CSQU3054383"))).as("the B/L's scan").isEmpty();
        assertThat(check(new ContainerMismatchRule(), CleanDossier.create().scanned(DECLARATION)
                .set(DECLARATION, Field.CONTAINER_NUMBER, "CSQU3054383", "MSCU1234571")))
                .as("another container").isNotEmpty();
    }

    @Test
    void anOwnerCodesIReadAsATOnAScanIsTheNumberAnotherDocumentStates() {
        // "FCIU3907680" read "FCTU3907680" at 0.83 on a clean scanned declaration: a serif I's bars read as a T
        assertThat(Normalize.validContainerNumber("FCIU3907680")).as("precondition").isTrue();
        CleanDossier scanned = CleanDossier.create()
                .set(BILL_OF_LADING, Field.CONTAINER_NUMBER, "FCIU3907680")
                .set(PACKING_LIST, Field.CONTAINER_NUMBER, "FCIU3907680")
                .scanned(DECLARATION, 0.83).set(DECLARATION, Field.CONTAINER_NUMBER, "FCTU3907680");
        assertThat(check(new ContainerNumberInvalidRule(), scanned)).isEmpty();
        assertThat(check(new ContainerMismatchRule(), scanned)).isEmpty();
    }

    @Test
    void anOwnerCodesIReadAsAJOnAScanIsTheNumberAnotherDocumentStates() {
        // "EISU0531985" read "EJSU0531985" on a clean scanned B/L (a false CONTAINER_NUMBER_INVALID and MISMATCH)
        assertThat(Normalize.validContainerNumber("EISU0531985")).as("precondition").isTrue();
        CleanDossier scanned = CleanDossier.create()
                .set(DECLARATION, Field.CONTAINER_NUMBER, "EISU0531985")
                .set(PACKING_LIST, Field.CONTAINER_NUMBER, "EISU0531985")
                .scanned(BILL_OF_LADING, 0.91).set(BILL_OF_LADING, Field.CONTAINER_NUMBER, "EJSU0531985");
        assertThat(check(new ContainerNumberInvalidRule(), scanned)).isEmpty();
        assertThat(check(new ContainerMismatchRule(), scanned)).isEmpty();
        CleanDossier printed = CleanDossier.create()
                .set(DECLARATION, Field.CONTAINER_NUMBER, "EISU0531985")
                .set(PACKING_LIST, Field.CONTAINER_NUMBER, "EISU0531985")
                .set(BILL_OF_LADING, Field.CONTAINER_NUMBER, "EJSU0531985");
        assertThat(check(new ContainerNumberInvalidRule(), printed)).as("printed so").isNotEmpty();
    }

    @Test
    void anOwnerCodesPReadAsAnFOnAScanIsTheNumberAnotherDocumentStatesThoughBothPassTheirCheckDigit() {
        // "PCIU6053498" on a degraded B/L and "FCIU6053498" on a degraded declaration: F and P weigh 11 apart in the
        // check digit's sum, so both numbers are valid (a false CONTAINER_MISMATCH)
        assertThat(Normalize.validContainerNumber("FCIU6053498")).as("precondition").isTrue();
        assertThat(Normalize.validContainerNumber("PCIU6053498")).as("precondition").isTrue();
        CleanDossier scanned = CleanDossier.create().scanned(BILL_OF_LADING).scanned(DECLARATION)
                .set(BILL_OF_LADING, Field.CONTAINER_NUMBER, "PCIU6053498")
                .set(PACKING_LIST, Field.CONTAINER_NUMBER, "PCIU6053498")
                .set(DECLARATION, Field.CONTAINER_NUMBER, "FCIU6053498");
        assertThat(check(new ContainerMismatchRule(), scanned)).isEmpty();
        CleanDossier printed = CleanDossier.create()
                .set(BILL_OF_LADING, Field.CONTAINER_NUMBER, "PCIU6053498")
                .set(PACKING_LIST, Field.CONTAINER_NUMBER, "PCIU6053498")
                .set(DECLARATION, Field.CONTAINER_NUMBER, "FCIU6053498");
        assertThat(check(new ContainerMismatchRule(), printed)).as("printed so").isNotEmpty();
    }

    @Test
    void anOwnerCodesLetterMisreadOnAScanIsTheNumberAnotherDocumentStatesButOneEveryDocumentPrintsIsInvalid() {
        String misread = "GSQU3054383"; // CSQU3054383 with its C read as G
        assertThat(Normalize.validContainerNumber(misread)).as("precondition").isFalse();
        CleanDossier scannedDeclaration = CleanDossier.create().scanned(DECLARATION)
                .set(DECLARATION, Field.CONTAINER_NUMBER, misread, "MSCU1234566");
        assertThat(check(new ContainerNumberInvalidRule(), scannedDeclaration)).isEmpty();
        assertThat(check(new ContainerMismatchRule(), scannedDeclaration)).isEmpty();

        CleanDossier printed = CleanDossier.create().set(DECLARATION, Field.CONTAINER_NUMBER, misread, "MSCU1234566");
        assertThat(check(new ContainerNumberInvalidRule(), printed)).as("a digital document").hasSize(1);
        CleanDossier everywhere = CleanDossier.create().scanned(DECLARATION).scanned(BILL_OF_LADING)
                .scanned(PACKING_LIST)
                .set(DECLARATION, Field.CONTAINER_NUMBER, misread, "MSCU1234566")
                .set(BILL_OF_LADING, Field.CONTAINER_NUMBER, misread, "MSCU1234566")
                .set(PACKING_LIST, Field.CONTAINER_NUMBER, misread, "MSCU1234566");
        assertThat(check(new ContainerNumberInvalidRule(), everywhere)).as("every document states it so")
                .hasSize(1);
    }

    @Test
    void aContainerDigitReadDoubtfullyAsItsLookAlikeIsTheNumberAnotherDocumentStates() {
        String misread = "CSQU3054388"; // CSQU3054383 with its check digit 3 read as 8, at 0.92 ("KOCU3180739" seen)
        assertThat(Normalize.validContainerNumber(misread)).as("precondition").isFalse();
        CleanDossier doubtful = CleanDossier.create().scanned(DECLARATION, 0.92)
                .set(DECLARATION, Field.CONTAINER_NUMBER, misread, "MSCU1234566");
        assertThat(check(new ContainerNumberInvalidRule(), doubtful)).isEmpty();
        assertThat(check(new ContainerMismatchRule(), doubtful)).isEmpty();

        CleanDossier sure = CleanDossier.create().scanned(DECLARATION, 0.95)
                .set(DECLARATION, Field.CONTAINER_NUMBER, misread, "MSCU1234566")
                .remove(PACKING_LIST, Field.CONTAINER_NUMBER);
        assertThat(check(new ContainerNumberInvalidRule(), sure)).as("read surely, one document against it")
                .hasSize(1);
        // "ECMU4909910" read at 0.96 on a scanned declaration for ECMU4909010, which the B/L and the packing list
        // state: a number failing its check digit that two other documents state valid, one look-alike digit
        // apart, is a misreading however sure (a false CONTAINER_MISMATCH and CONTAINER_NUMBER_INVALID)
        CleanDossier sureAgainstTwo = CleanDossier.create().scanned(DECLARATION, 0.96)
                .set(DECLARATION, Field.CONTAINER_NUMBER, misread, "MSCU1234566");
        assertThat(check(new ContainerNumberInvalidRule(), sureAgainstTwo)).isEmpty();
        assertThat(check(new ContainerMismatchRule(), sureAgainstTwo)).isEmpty();
        assertThat(check(new ContainerNumberInvalidRule(), CleanDossier.create()
                .set(DECLARATION, Field.CONTAINER_NUMBER, misread, "MSCU1234566"))).as("printed so").hasSize(1);
        CleanDossier otherDigit = CleanDossier.create().scanned(DECLARATION, 0.92)
                .set(DECLARATION, Field.CONTAINER_NUMBER, "CSQU3054384", "MSCU1234566");
        assertThat(check(new ContainerNumberInvalidRule(), otherDigit)).as("4 is no look-alike of 3").hasSize(1);
        // "ONEU0992082" read at 0.90 on a degraded packing list for ONEU0992052, which the B/L and the declaration
        // state: a blurred 5 read as an 8 (a false CONTAINER_MISMATCH and CONTAINER_NUMBER_INVALID)
        CleanDossier fiveReadAsEight = CleanDossier.create().scanned(DECLARATION, 0.90)
                .set(DECLARATION, Field.CONTAINER_NUMBER, "CSQU3084383", "MSCU1234566");
        assertThat(Normalize.validContainerNumber("CSQU3084383")).as("precondition").isFalse();
        assertThat(check(new ContainerNumberInvalidRule(), fiveReadAsEight)).isEmpty();
        assertThat(check(new ContainerMismatchRule(), fiveReadAsEight)).isEmpty();
    }

    @Test
    void aDoubtfulContainerNumberWithAnOwnerLetterAndADigitMisreadIsTheNumberTwoOthersState() {
        // "HOMU6307286" read at 0.68 on a degraded B/L for HDMU6307280 (D as O, 0 as 6), which the declaration and
        // the packing list state (a false CONTAINER_MISMATCH and CONTAINER_NUMBER_INVALID)
        String misread = "CSOU3054388"; // CSQU3054383 with its Q read as O and its check digit 3 as 8
        assertThat(Normalize.validContainerNumber(misread)).as("precondition").isFalse();
        CleanDossier doubtful = CleanDossier.create().scanned(BILL_OF_LADING, 0.68)
                .set(BILL_OF_LADING, Field.CONTAINER_NUMBER, misread, "MSCU1234566");
        assertThat(check(new ContainerNumberInvalidRule(), doubtful)).isEmpty();
        assertThat(check(new ContainerMismatchRule(), doubtful)).isEmpty();
        assertThat(check(new ContainerNumberInvalidRule(), CleanDossier.create().scanned(BILL_OF_LADING, 0.95)
                .set(BILL_OF_LADING, Field.CONTAINER_NUMBER, misread, "MSCU1234566"))).as("read surely").hasSize(1);
        assertThat(check(new ContainerNumberInvalidRule(), doubtful.remove(PACKING_LIST, Field.CONTAINER_NUMBER)))
                .as("one document against it").hasSize(1);
    }

    @Test
    void aLegLetterReadTwiceOnAScanIsNoMismatchButAnotherDigitIs() {
        // "751S" read "7515S" on one scan and "7518S" on another: the S's glyph read once as a digit, once as itself
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "751S")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VOYAGE, "7518S")
                .scanned(DECLARATION).set(DECLARATION, Field.VOYAGE, "7515S"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "751S")
                .set(BILL_OF_LADING, Field.VOYAGE, "7518S"))).as("on digital documents").isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "751S")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VOYAGE, "7517S"))).isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "751S")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VOYAGE, "7525S"))).isNotEmpty();
    }

    @Test
    void aDoubtfulVoyageWithADigitMoreReadIsNoOtherVoyage() {
        // "020S" read "0920S" at 0.39 on a degraded B/L and "0205S" at 0.45 on the certificate (its S read twice),
        // the declaration reading 020S: two false VESSEL_VOYAGE_MISMATCHes
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "020S")
                .scanned(BILL_OF_LADING, 0.39).set(BILL_OF_LADING, Field.VOYAGE, "0920S")
                .scanned(DECLARATION, 0.91).set(DECLARATION, Field.VOYAGE, "020S")
                .scanned(CERTIFICATE_OF_ORIGIN, 0.45).set(CERTIFICATE_OF_ORIGIN, Field.VOYAGE, "0205S"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "020S")
                .scanned(BILL_OF_LADING, 0.95).set(BILL_OF_LADING, Field.VOYAGE, "0920S"))).as("read surely")
                .isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "020S")
                .scanned(BILL_OF_LADING, 0.39).set(BILL_OF_LADING, Field.VOYAGE, "0927S"))).as("a digit else too")
                .isNotEmpty();
    }

    @Test
    void aReferenceDocumentsMisreadValueGivesWayToTheValueMoreDocumentsAgreeWith() {
        // "009S" read "0098" at 0.64 on a degraded B/L (the reference) and "0909S" at 0.45 on the declaration, the
        // invoice reading 009S: each scan agrees with the invoice, the declaration not with the B/L (a false
        // VESSEL_VOYAGE_MISMATCH between two misreadings)
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "009S")
                .scanned(BILL_OF_LADING, 0.64).set(BILL_OF_LADING, Field.VOYAGE, "0098")
                .scanned(DECLARATION, 0.45).set(DECLARATION, Field.VOYAGE, "0909S"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "009S")
                .scanned(BILL_OF_LADING, 0.64).set(BILL_OF_LADING, Field.VOYAGE, "0098")
                .scanned(DECLARATION, 0.95).set(DECLARATION, Field.VOYAGE, "0909S"))).as("read surely: another voyage")
                .isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "009S")
                .set(DECLARATION, Field.VOYAGE, "009S")
                .scanned(BILL_OF_LADING, 0.95).set(BILL_OF_LADING, Field.VOYAGE, "012S"))).as("the B/L's own voyage")
                .extracting(f -> f.message()).singleElement().asString().contains("012S");
    }

    @Test
    void aDoubtfulVoyageWhoseLegLetterWasReadTwiceBothTimesAsDigitsIsNoOtherVoyage() {
        // "287S" read "V.28758" at 0.22 on a clean certificate of origin (the S's glyph read twice, as 5 and as 8),
        // the B/L reading 287S (a false VESSEL_VOYAGE_MISMATCH)
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "287S")
                .set(BILL_OF_LADING, Field.VOYAGE, "287S")
                .scanned(CERTIFICATE_OF_ORIGIN, 0.22).set(CERTIFICATE_OF_ORIGIN, Field.VOYAGE, "28758"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "287S")
                .set(BILL_OF_LADING, Field.VOYAGE, "287S")
                .scanned(CERTIFICATE_OF_ORIGIN, 0.95).set(CERTIFICATE_OF_ORIGIN, Field.VOYAGE, "28758")))
                .as("read surely").isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "287S")
                .set(BILL_OF_LADING, Field.VOYAGE, "287S")
                .scanned(CERTIFICATE_OF_ORIGIN, 0.22).set(CERTIFICATE_OF_ORIGIN, Field.VOYAGE, "28748")))
                .as("a 4 is no S").isNotEmpty();
    }

    @Test
    void aScannedVoyagesLegLetterEReadAsASixIsNoOtherVoyage() {
        // "2639E" read "26396" at 0.86 on a degraded B/L, three other documents reading 2639E (a false
        // VESSEL_VOYAGE_MISMATCH)
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "2639E")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VOYAGE, "26396"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "2639E")
                .set(BILL_OF_LADING, Field.VOYAGE, "26396"))).as("on digital documents").isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "2639E")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.VOYAGE, "26296"))).as("a digit else").isNotEmpty();
    }

    @Test
    void aLetterReadAmongAScannedVoyagesDigitsIsNoOtherVoyage() {
        // "195W" read "1S95W" on a degraded certificate (a speck read as an S among the digits)
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "195W")
                .set(BILL_OF_LADING, Field.VOYAGE, "195W")
                .scanned(DECLARATION).set(DECLARATION, Field.VOYAGE, "1S95W"))).isEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "195W")
                .set(BILL_OF_LADING, Field.VOYAGE, "195W")
                .set(DECLARATION, Field.VOYAGE, "1S95W"))).as("printed so").isNotEmpty();
        assertThat(check(new VesselVoyageRule(), CleanDossier.create().set(INSURANCE, Field.VOYAGE, "195W")
                .set(BILL_OF_LADING, Field.VOYAGE, "195W")
                .scanned(DECLARATION).set(DECLARATION, Field.VOYAGE, "1495W"))).as("a digit more").isNotEmpty();
    }

    @Test
    void aPortNameWithAMisreadLetterOnAScanIsTheSamePortEvenWithItsCountry() {
        // "Nhava Sheva, India" against the scan's "Nnava Sheva": the country is no part of the name
        assertThat(check(new PortRule(), CleanDossier.create().set(DECLARATION, Field.PORT_OF_DISCHARGE, "Nhava Sheva, India")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Nnava Sheva"))).isEmpty();
        assertThat(check(new PortRule(), CleanDossier.create().set(DECLARATION, Field.PORT_OF_DISCHARGE, "Nhava Sheva, India")
                .set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Nnava Sheva"))).isNotEmpty();
        assertThat(check(new PortRule(), CleanDossier.create().set(DECLARATION, Field.PORT_OF_DISCHARGE, "Nhava Sheva, India")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Mundra"))).isNotEmpty();
    }

    @Test
    void aPortNameWhoseNWasReadAsTwoIsOnAScanIsTheSamePort() {
        // "Savaiinah, United States" on a degraded packing list for Savannah: an n's arch lost, its stems read as i's
        assertThat(check(new PortRule(), CleanDossier.create().set(DECLARATION, Field.PORT_OF_DISCHARGE, "Savannah")
                .set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Savannah").scanned(PACKING_LIST)
                .set(PACKING_LIST, Field.PORT_OF_DISCHARGE, "Savaiinah, United States"))).isEmpty();
        assertThat(check(new PortRule(), CleanDossier.create().set(DECLARATION, Field.PORT_OF_DISCHARGE, "Savannah")
                .set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Savannah")
                .set(PACKING_LIST, Field.PORT_OF_DISCHARGE, "Savaiinah, United States"))).as("printed so")
                .isNotEmpty();
    }

    @Test
    void aPortNameWhoseMWasReadAsRnOnAScanIsTheSamePort() {
        // "Harnburg" for Hamburg: the m's two arches read as r and n, too short a name for a letter's difference
        assertThat(check(new PortRule(), CleanDossier.create().set(DECLARATION, Field.PORT_OF_DISCHARGE, "Hamburg")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Harnburg"))).isEmpty();
        assertThat(check(new PortRule(), CleanDossier.create().set(DECLARATION, Field.PORT_OF_DISCHARGE, "Hamburg")
                .set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Harnburg"))).as("printed so").isNotEmpty();
        assertThat(check(new PortRule(), CleanDossier.create().set(DECLARATION, Field.PORT_OF_DISCHARGE, "Hamburg")
                .scanned(BILL_OF_LADING).set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Harburg"))).isNotEmpty();
    }

    @Test
    void aCompanyNameWithMisreadLettersOrALostEndOnAScanIsTheSameParty() {
        Dossier dossier = new Dossier("scan", List.of(
                DocumentBuilder.of("d1", CONTRACT).with(Field.SELLER, "Guangzhou Silverline Supply Industrial Co., Ltd.")
                        .with(Field.BUYER, "Harbourside Industries S.r.l.").build(),
                DocumentBuilder.of("d2", DECLARATION).method(ExtractionMethod.OCR)
                        .with(Field.SELLER, "GUANGZHOU SILVERLINE SUPPLY INDUSTRIAL COMF")
                        .with(Field.BUYER, "Harbourside Industries S.r.1.").build(),
                DocumentBuilder.of("d3", INVOICE).method(ExtractionMethod.OCR)
                        .with(Field.SELLER, "Guangzhou Silverline Supply Industrial Co., Ltd.")
                        .with(Field.BUYER, "Harbourside Industries S.r.l.").build(),
                DocumentBuilder.of("d4", BILL_OF_LADING).method(ExtractionMethod.OCR)
                        .with(Field.SELLER, "Guangzhou Silverline Supplu Industrial Co., Ltd.").build()));
        assertThat(new PartyMismatchRule().check(dossier, CONTEXT)).isEmpty();
    }

    @Test
    void aLegalFormReadDoubtfullyAsAnotherIsNoOtherParty() {
        // "Vanguard Trading S.r.l." read "Vanguard Trading Sti." at 0.59 (a Turkish "Şti." to the judge): the same name
        Dossier dossier = new Dossier("scan", List.of(
                DocumentBuilder.of("d1", CONTRACT).with(Field.BUYER, "VANGUARD TRADING SRL").build(),
                DocumentBuilder.of("d2", CERTIFICATE_OF_ORIGIN).method(ExtractionMethod.OCR).confidence(0.59)
                        .with(Field.BUYER, "Vanguard Trading Sti.").build()));
        assertThat(new PartyMismatchRule().check(dossier, CONTEXT)).isEmpty();

        Dossier surely = new Dossier("scan", List.of(
                DocumentBuilder.of("d1", CONTRACT).with(Field.BUYER, "VANGUARD TRADING SRL").build(),
                DocumentBuilder.of("d2", CERTIFICATE_OF_ORIGIN).method(ExtractionMethod.OCR).confidence(0.96)
                        .with(Field.BUYER, "Vanguard Trading Ltd.").build()));
        assertThat(new PartyMismatchRule().check(surely, CONTEXT)).as("another legal form read surely").hasSize(1);
    }

    @Test
    void aScannedContractsPartyMisreadGivesWayToTheNameTheOtherDocumentsAgreeOn() {
        // a degraded contract's seller read as a box's label: three documents state one seller, and the finding is
        // the contract's, once (it had been one finding for each of the other documents)
        Dossier dossier = new Dossier("scan", List.of(
                DocumentBuilder.of("d1", CONTRACT).method(ExtractionMethod.OCR).with(Field.SELLER, "Seter Exporter")
                        .build(),
                DocumentBuilder.of("d2", INVOICE).with(Field.SELLER, "Blue Ocean Home Goods Pte. Ltd.").build(),
                DocumentBuilder.of("d3", PACKING_LIST).with(Field.SELLER, "Blue Ocean Home Goods Pte. Ltd.").build(),
                DocumentBuilder.of("d4", DECLARATION).method(ExtractionMethod.OCR)
                        .with(Field.SELLER, "BLUE OCEAN HOME GOODS PTE LTD").build()));
        assertThat(new PartyMismatchRule().check(dossier, CONTEXT)).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("Seller 'Seter Exporter' on CONTRACT d1"));

        Dossier planted = new Dossier("scan", List.of(
                DocumentBuilder.of("d1", CONTRACT).method(ExtractionMethod.OCR)
                        .with(Field.SELLER, "Blue Ocean Home Goods Pte. Ltd.").build(),
                DocumentBuilder.of("d2", INVOICE).with(Field.SELLER, "Blue Ocean Home Goods Pte. Ltd.").build(),
                DocumentBuilder.of("d3", PACKING_LIST).with(Field.SELLER, "Apex Trading GmbH").build()));
        assertThat(new PartyMismatchRule().check(planted, CONTEXT)).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("Seller 'Apex Trading GmbH' on PACKING_LIST d3"));
    }

    @Test
    void anotherCompanyOnAScanIsStillAnotherParty() {
        Dossier dossier = new Dossier("scan", List.of(
                DocumentBuilder.of("d1", CONTRACT).with(Field.SELLER, "Guangzhou Silverline Supply Industrial Co., Ltd.")
                        .build(),
                DocumentBuilder.of("d2", BILL_OF_LADING).method(ExtractionMethod.OCR)
                        .with(Field.SELLER, "Guangzhou Goldline Trading Industrial Co., Ltd.").build()));
        assertThat(new PartyMismatchRule().check(dossier, CONTEXT)).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("PARTY_MISMATCH"));
    }

    @Test
    void theSameMisreadNamesOnDigitalDocumentsAreDifferentParties() {
        Dossier dossier = new Dossier("digital", List.of(
                DocumentBuilder.of("d1", CONTRACT).with(Field.SELLER, "Shanghai Delta Industries Industrial Co., Ltd.")
                        .build(),
                DocumentBuilder.of("d2", INVOICE).with(Field.SELLER, "Shanghai Deka Industries Industrial Co., Ltd.")
                        .build()));
        assertThat(new PartyMismatchRule().check(dossier, CONTEXT)).hasSize(1);
    }
}
