package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentBuilder;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.customsreview.hub.domain.DocumentType.BILL_OF_LADING;
import static io.customsreview.hub.domain.DocumentType.CERTIFICATE_OF_ORIGIN;
import static io.customsreview.hub.domain.DocumentType.CONTRACT;
import static io.customsreview.hub.domain.DocumentType.DECLARATION;
import static io.customsreview.hub.domain.DocumentType.INSURANCE;
import static io.customsreview.hub.domain.DocumentType.INVOICE;
import static io.customsreview.hub.domain.DocumentType.PACKING_LIST;
import static io.customsreview.hub.rules.RuleTesting.check;
import static org.assertj.core.api.Assertions.assertThat;

class ReferenceRulesTest {

    @Test
    void blNumberWrittenWithSpacesOrDashesIsTheSame() {
        // the clean dossier writes it COSU612345678, COSU 612345678 and COSU-612345678
        assertThat(check(new BlNumberRule(), CleanDossier.create())).isEmpty();
    }

    @Test
    void blNumberCitedDifferentlyByTheDeclarationIsAMismatch() {
        List<Finding> findings = check(new BlNumberRule(),
                CleanDossier.create().set(DECLARATION, Field.BL_NUMBER, "COSU612345679"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("BL_NUMBER_MISMATCH");
            assertThat(f.severity().name()).isEqualTo("ERROR");
            assertThat(f.message()).isEqualTo(
                    "B/L number COSU612345679 cited on declaration d5 differs from COSU612345678 on bill of lading d4");
            assertThat(f.evidence()).extracting(Evidence::document, Evidence::field, Evidence::value).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("d4", "blNumber", "COSU612345678"),
                    org.assertj.core.groups.Tuple.tuple("d5", "blNumber", "COSU612345679"));
        });
    }

    @Test
    void aReferenceReadDoubtfullyOnAScanOneMisreadingFromAnothersIsThatNumberMisread() {
        // seen on scanned insurance policies and declarations: a 6 read as 8, a speck read as one digit more
        CleanDossier zeroAsNine = CleanDossier.create().scanned(INSURANCE, 0.84)
                .set(INSURANCE, Field.BL_NUMBER, "COSU612345878");
        assertThat(check(new BlNumberRule(), zeroAsNine)).isEmpty();
        CleanDossier digitMore = CleanDossier.create().scanned(DECLARATION, 0.86)
                .set(DECLARATION, Field.BL_NUMBER, "COSU6123456787");
        assertThat(check(new BlNumberRule(), digitMore)).isEmpty();
        CleanDossier digitReadTwice = CleanDossier.create().scanned(DECLARATION, 0.86)
                .set(DECLARATION, Field.BL_NUMBER, "COSU 6123845678"); // 8 inserted
        assertThat(check(new BlNumberRule(), digitReadTwice)).as("a speck read as a digit inside").isEmpty();
        CleanDossier invoiceNumber = CleanDossier.create().scanned(PACKING_LIST, 0.5)
                .set(PACKING_LIST, Field.INVOICE_NUMBER, "INV 7731"); // INV-7781: an 8 read as 3
        assertThat(check(new InvoiceNumberRule(), invoiceNumber)).isEmpty();
        CleanDossier lettersLost = CleanDossier.create().scanned(PACKING_LIST, 0.33)
                .set(PACKING_LIST, Field.INVOICE_NUMBER, "7781"); // "INV -7781": too short to tell
        assertThat(check(new InvoiceNumberRule(), lettersLost)).hasSize(1);
        CleanDossier longerLettersLost = CleanDossier.create().set(INVOICE, Field.INVOICE_NUMBER, "INV-2024-87300")
                .set(DECLARATION, Field.INVOICE_NUMBER, "INV-2024-87300")
                .set(CERTIFICATE_OF_ORIGIN, Field.INVOICE_NUMBER, "INV-2024-87300")
                .scanned(PACKING_LIST, 0.33).set(PACKING_LIST, Field.INVOICE_NUMBER, "2024-87300");
        assertThat(check(new InvoiceNumberRule(), longerLettersLost)).as("'INV -2024-87300', its letters lost")
                .isEmpty();

        CleanDossier letterMisread = CleanDossier.create().scanned(INSURANCE, 0.3)
                .set(INSURANCE, Field.BL_NUMBER, "COSW612345678"); // an M for W: the digits the same
        assertThat(check(new BlNumberRule(), letterMisread)).as("a letter for a letter").isEmpty();
        assertThat(check(new BlNumberRule(), CleanDossier.create().scanned(INSURANCE, 0.3)
                .set(INSURANCE, Field.BL_NUMBER, "COSW612345679"))).as("and a digit more").hasSize(1);

        assertThat(check(new BlNumberRule(), CleanDossier.create().scanned(INSURANCE, 0.95)
                .set(INSURANCE, Field.BL_NUMBER, "COSU612345878"))).as("read surely: a wrong number").hasSize(1);
        assertThat(check(new BlNumberRule(), CleanDossier.create().scanned(INSURANCE, 0.84)
                .set(INSURANCE, Field.BL_NUMBER, "COSU612345278"))).as("2 and 6 do not look alike").hasSize(1);
        assertThat(check(new BlNumberRule(), CleanDossier.create()
                .set(INSURANCE, Field.BL_NUMBER, "COSU612345878"))).as("digital: a wrong number").hasSize(1);
    }

    @Test
    void aDoubtfulOReadAsCIsAMisreading() {
        // "PC5647700" at 0.80 on a declaration, "P05647700" at 0.75 on the contract, both for PO5647700: the O's
        // circle read open (a false CONTRACT_NUMBER_MISMATCH)
        CleanDossier open = CleanDossier.create().scanned(CONTRACT, 0.75).set(CONTRACT, Field.CONTRACT_NUMBER, "P05647700")
                .set(INVOICE, Field.CONTRACT_NUMBER, "PO5647700").set(PACKING_LIST, Field.CONTRACT_NUMBER, "PO5647700")
                .scanned(DECLARATION, 0.80).set(DECLARATION, Field.CONTRACT_NUMBER, "PC5647700");
        assertThat(check(new ContractNumberRule(), open)).isEmpty();
        CleanDossier sure = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "PO5647700")
                .set(INVOICE, Field.CONTRACT_NUMBER, "PO5647700").set(PACKING_LIST, Field.CONTRACT_NUMBER, "PO5647700")
                .scanned(DECLARATION, 0.95).set(DECLARATION, Field.CONTRACT_NUMBER, "PC5647700");
        assertThat(check(new ContractNumberRule(), sure)).as("read surely").hasSize(1);
    }

    @Test
    void aReferencesOwnVBeforeAnIReadTwiceOnAScanIsTheNumberMisread() {
        // "GVI243791" read "GV1I243791" on a clean packing list scan: its V before the "1" had been taken for an I and
        // its slash (a false INVOICE_NUMBER_MISMATCH)
        CleanDossier readTwice = CleanDossier.create().set(INVOICE, Field.INVOICE_NUMBER, "GVI243791")
                .scanned(PACKING_LIST, 0.95).set(PACKING_LIST, Field.INVOICE_NUMBER, "GV1I243791")
                .set(DECLARATION, Field.INVOICE_NUMBER, "GVI243791")
                .set(CERTIFICATE_OF_ORIGIN, Field.INVOICE_NUMBER, "GVI243791");
        assertThat(check(new InvoiceNumberRule(), readTwice)).isEmpty();
        CleanDossier other = CleanDossier.create().set(INVOICE, Field.INVOICE_NUMBER, "GVI243791")
                .scanned(PACKING_LIST, 0.95).set(PACKING_LIST, Field.INVOICE_NUMBER, "GV1I243797")
                .set(DECLARATION, Field.INVOICE_NUMBER, "GVI243791")
                .set(CERTIFICATE_OF_ORIGIN, Field.INVOICE_NUMBER, "GVI243791");
        assertThat(check(new InvoiceNumberRule(), other)).as("another number").hasSize(1);
    }

    @Test
    void aDigitChangedNextToItsTwinIsNoDigitMoreOrLess() {
        // "CI/4100/24" read at 0.47 on a certificate citing invoice CI/4101/24: with repeats counted once the two
        // read "C141024" and "C1410124", one character apart, and the planted mismatch was forgiven as a misreading
        CleanDossier changedToATwin = CleanDossier.create().set(INVOICE, Field.INVOICE_NUMBER, "CI/4101/24")
                .set(DECLARATION, Field.INVOICE_NUMBER, "CI/4101/24").set(PACKING_LIST, Field.INVOICE_NUMBER, "CI/4101/24")
                .scanned(CERTIFICATE_OF_ORIGIN, 0.47).set(CERTIFICATE_OF_ORIGIN, Field.INVOICE_NUMBER, "Cl/4100/24");
        assertThat(check(new InvoiceNumberRule(), changedToATwin)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Cl/4100/24"));
        CleanDossier twinReadOnce = CleanDossier.create().set(INVOICE, Field.INVOICE_NUMBER, "CI/4100/24")
                .set(DECLARATION, Field.INVOICE_NUMBER, "CI/4100/24").set(PACKING_LIST, Field.INVOICE_NUMBER, "CI/4100/24")
                .scanned(CERTIFICATE_OF_ORIGIN, 0.47).set(CERTIFICATE_OF_ORIGIN, Field.INVOICE_NUMBER, "Cl/410/24");
        assertThat(check(new InvoiceNumberRule(), twinReadOnce)).as("a digit of a twin lost, read doubtfully").isEmpty();
    }

    @Test
    void aDoubtfulBlNumberWithACharacterMoreIsTheBillOfLadingsMisread() {
        // "EGLV2550765958985" at 0.74 on a degraded declaration for EGLV 255076595895: an 8 read once more
        CleanDossier dossier = CleanDossier.create().set(BILL_OF_LADING, Field.BL_NUMBER, "EGLV 255076595895")
                .set(INSURANCE, Field.BL_NUMBER, "EGLV 255076595895")
                .scanned(DECLARATION, 0.74).set(DECLARATION, Field.BL_NUMBER, "EGLV2550765958985");
        assertThat(check(new BlNumberRule(), dossier)).isEmpty();
    }

    @Test
    void twoDocumentsCitingTheSameWrongBlNumberMakeOneFinding() {
        List<Finding> findings = check(new BlNumberRule(), CleanDossier.create()
                .set(DECLARATION, Field.BL_NUMBER, "COSU999")
                .set(INSURANCE, Field.BL_NUMBER, "COSU-999"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("declaration d5 and insurance d7");
            assertThat(f.evidence()).hasSize(3);
        });
    }

    @Test
    void withoutABillOfLadingTheCitationsAreComparedWithTheFirst() {
        CleanDossier dossier = CleanDossier.create().withoutDocument(BILL_OF_LADING)
                .set(INSURANCE, Field.BL_NUMBER, "COSU612345600");
        assertThat(check(new BlNumberRule(), dossier)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("COSU612345600").contains("declaration d5"));
        assertThat(check(new BlNumberRule(), CleanDossier.create().withoutDocument(BILL_OF_LADING))).isEmpty();
    }

    @Test
    void invoiceNumberCitedByThePackingListMustBeTheInvoices() {
        assertThat(check(new InvoiceNumberRule(), CleanDossier.create())).isEmpty();
        List<Finding> findings = check(new InvoiceNumberRule(),
                CleanDossier.create().set(PACKING_LIST, Field.INVOICE_NUMBER, "INV-7787"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("INVOICE_NUMBER_MISMATCH");
            assertThat(f.message()).isEqualTo("Invoice number INV-7787 cited on packing list d3 differs from INV-7781 on invoice d2");
        });
    }

    @Test
    void aDeclarationMayCiteEitherOfTwoInvoices() {
        CleanDossier dossier = CleanDossier.create()
                .set(DECLARATION, Field.INVOICE_NUMBER, "INV-7781", "INV-7782")
                .add(DocumentBuilder.of("d8", INVOICE).with(Field.INVOICE_NUMBER, "INV-7782").build());
        assertThat(check(new InvoiceNumberRule(), dossier)).isEmpty();
    }

    @Test
    void contractNumberCitedByTheInvoiceMustBeTheContracts() {
        assertThat(check(new ContractNumberRule(), CleanDossier.create())).isEmpty();
        List<Finding> findings = check(new ContractNumberRule(),
                CleanDossier.create().set(INVOICE, Field.CONTRACT_NUMBER, "SC-2025-002"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CONTRACT_NUMBER_MISMATCH");
            assertThat(f.message()).contains("SC-2025-002").contains("invoice d2").contains("contract d1");
        });
    }

    @Test
    void theContractsNumberIsNotComparedWithItself() {
        CleanDossier dossier = CleanDossier.create().set(CONTRACT, Field.CONTRACT_NUMBER, "SC-2025-001", "PO-55");
        assertThat(check(new ContractNumberRule(), dossier)).isEmpty();
    }
}
