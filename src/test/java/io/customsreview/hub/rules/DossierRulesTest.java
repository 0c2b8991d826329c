package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.customsreview.hub.domain.DocumentType.BILL_OF_LADING;
import static io.customsreview.hub.domain.DocumentType.CONTRACT;
import static io.customsreview.hub.domain.DocumentType.DECLARATION;
import static io.customsreview.hub.domain.DocumentType.INSURANCE;
import static io.customsreview.hub.domain.DocumentType.INVOICE;
import static io.customsreview.hub.domain.DocumentType.PACKING_LIST;
import static io.customsreview.hub.rules.RuleTesting.check;
import static org.assertj.core.api.Assertions.assertThat;

class DossierRulesTest {

    private static final Document UNREADABLE = Document.unreadable("d8", "scan_003.png", "test", ExtractionMethod.OCR,
            "no text recognised on 2 pages");

    @Test
    void everyRequiredDocumentPresentIsNoFinding() {
        assertThat(check(new MissingDocumentRule(), CleanDossier.create())).isEmpty();
    }

    @Test
    void anAbsentPackingListIsAMissingDocument() {
        List<Finding> findings = check(new MissingDocumentRule(), CleanDossier.create().withoutDocument(PACKING_LIST));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("MISSING_DOCUMENT");
            assertThat(f.severity().name()).isEqualTo("ERROR");
            assertThat(f.message()).isEqualTo("No packing list in the dossier");
        });
    }

    @Test
    void insuranceIsRequiredUnderCifOnly() {
        List<Finding> findings = check(new MissingDocumentRule(), CleanDossier.create().withoutDocument(INSURANCE));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("No insurance in the dossier, required as the Incoterm is CIF");
            assertThat(f.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e.field()).isEqualTo("incoterm"));
        });
        CleanDossier fob = CleanDossier.create().withoutDocument(INSURANCE).set(CONTRACT, Field.INCOTERM, "FOB")
                .set(INVOICE, Field.INCOTERM, "FOB").set(DECLARATION, Field.INCOTERM, "FOB");
        assertThat(check(new MissingDocumentRule(), fob)).isEmpty();
    }

    @Test
    void anUnreadableFileDoesNotStandInForAMissingDocument() {
        List<Finding> findings = check(new MissingDocumentRule(),
                CleanDossier.create().withoutDocument(INVOICE).add(UNREADABLE));
        assertThat(findings).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("No invoice in the dossier (unreadable: scan_003.png)"));
    }

    @Test
    void anUnreadableFileIsOneWarningSayingWhy() {
        List<Finding> findings = check(new UnreadableDocumentRule(), CleanDossier.create().add(UNREADABLE));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("UNREADABLE_DOCUMENT");
            assertThat(f.severity().name()).isEqualTo("WARNING");
            assertThat(f.message()).isEqualTo("File scan_003.png (d8) could not be read: no text recognised on 2 pages");
        });
        assertThat(check(new UnreadableDocumentRule(), CleanDossier.create())).isEmpty();
    }

    @Test
    void otherRulesIgnoreUnreadableFiles() {
        assertThat(RuleTesting.review(CleanDossier.create().add(UNREADABLE))).extracting(Finding::rule)
                .containsExactly("UNREADABLE_DOCUMENT");
    }

    @Test
    void aTotalTheInvoiceLacksIsOneMissingFieldNamingEveryUncheckedRule() {
        List<Finding> findings = RuleTesting.review(CleanDossier.create().remove(INVOICE, Field.TOTAL_AMOUNT));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("MISSING_FIELD");
            assertThat(f.severity().name()).isEqualTo("WARNING");
            assertThat(f.message()).isEqualTo("Invoice d2 has no readable totalAmount; INVOICE_CONTRACT_AMOUNT_MISMATCH, "
                    + "DECLARED_INVOICE_VALUE_MISMATCH, INSURANCE_INSUFFICIENT could not be checked");
            assertThat(f.evidence().get(0).document()).isEqualTo("d2");
            assertThat(f.evidence().get(0).value()).isNull();
            assertThat(f.evidence()).extracting(e -> e.document()).contains("d1");
        });
    }

    @Test
    void aBlNumberTheBillOfLadingLacksIsAMissingField() {
        List<Finding> findings = RuleTesting.review(CleanDossier.create().remove(BILL_OF_LADING, Field.BL_NUMBER));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Bill of lading d4 has no readable blNumber; BL_NUMBER_MISMATCH could not be checked"));
    }

    @Test
    void aFieldNoDocumentGivesIsNoMissingField() {
        // nothing to compare with: a dossier without any voyage is not incomplete for the rules
        assertThat(RuleTesting.review(CleanDossier.create().removeEverywhere(Field.VOYAGE))).isEmpty();
    }

    @Test
    void aCitationTheKeyFieldTableExpectsIsAMissingFieldWhenAbsent() {
        assertThat(RuleTesting.review(CleanDossier.create().remove(PACKING_LIST, Field.INVOICE_NUMBER)))
                .extracting(Finding::message)
                .containsExactly("Packing list d3 has no readable invoiceNumber; INVOICE_NUMBER_MISMATCH could not be checked");
    }

    @Test
    void aFieldOutsideTheDocumentsKeyFieldsIsNoMissingField() {
        // the packing list carries no Incoterm, currency or total while contract and invoice do: that is normal
        CleanDossier dossier = CleanDossier.create();
        Document packingList = dossier.dossier().firstOfType(PACKING_LIST).orElseThrow();
        assertThat(packingList.has(Field.INCOTERM) || packingList.has(Field.CURRENCY)
                || packingList.has(Field.TOTAL_AMOUNT)).isFalse();
        assertThat(check(new MissingFieldRule(RuleBook.standard()), dossier)).isEmpty();
    }

    @Test
    void oneWrongInvoiceTotalIsReportedByTheRulesItBreaksAndNoOther() {
        // the contract and the declaration disagree with it, and its own lines no longer add up to it
        assertThat(RuleTesting.review(CleanDossier.create().set(INVOICE, Field.TOTAL_AMOUNT, "12335.60")))
                .extracting(Finding::rule).containsExactly("INVOICE_CONTRACT_AMOUNT_MISMATCH",
                        "DECLARED_INVOICE_VALUE_MISMATCH", "LINE_ARITHMETIC_ERROR");
    }
}
