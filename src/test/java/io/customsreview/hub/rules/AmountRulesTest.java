package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentBuilder;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.customsreview.hub.domain.DocumentType.CONTRACT;
import static io.customsreview.hub.domain.DocumentType.DECLARATION;
import static io.customsreview.hub.domain.DocumentType.INSURANCE;
import static io.customsreview.hub.domain.DocumentType.INVOICE;
import static io.customsreview.hub.rules.RuleTesting.check;
import static org.assertj.core.api.Assertions.assertThat;

class AmountRulesTest {

    @Test
    void aTenDollarDifferenceBetweenInvoiceAndContractIsAFinding() {
        List<Finding> findings = check(new InvoiceContractAmountRule(),
                CleanDossier.create().set(INVOICE, Field.TOTAL_AMOUNT, "12335.60"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("INVOICE_CONTRACT_AMOUNT_MISMATCH");
            assertThat(f.message()).isEqualTo(
                    "Invoice total USD 12,335.60 differs from contract total USD 12,345.60 by USD 10.00");
            assertThat(f.evidence()).extracting(e -> e.document() + ":" + e.field() + "=" + e.value())
                    .containsExactly("d2:totalAmount=12335.60", "d1:totalAmount=12345.60");
        });
    }

    @Test
    void oneCentIsADifferenceButTrailingZerosAreNot() {
        assertThat(check(new InvoiceContractAmountRule(), CleanDossier.create())).isEmpty(); // 12345.6 vs 12345.60
        assertThat(check(new InvoiceContractAmountRule(),
                CleanDossier.create().set(INVOICE, Field.TOTAL_AMOUNT, "12345.61"))).hasSize(1);
    }

    @Test
    void totalsInDifferentCurrenciesAreNotComparedAsAmounts() {
        CleanDossier dossier = CleanDossier.create()
                .set(CONTRACT, Field.CURRENCY, "EUR").set(CONTRACT, Field.TOTAL_AMOUNT, "11400.00");
        assertThat(check(new InvoiceContractAmountRule(), dossier)).isEmpty();
        // an unknown currency does not stop the comparison
        assertThat(check(new InvoiceContractAmountRule(), CleanDossier.create()
                .remove(CONTRACT, Field.CURRENCY).set(CONTRACT, Field.TOTAL_AMOUNT, "11400.00"))).hasSize(1);
    }

    @Test
    void twoInvoicesAreComparedWithTheContractByTheirSum() {
        CleanDossier split = CleanDossier.create().set(INVOICE, Field.TOTAL_AMOUNT, "9850.00")
                .add(DocumentBuilder.of("d8", INVOICE).with(Field.CURRENCY, "USD")
                        .with(Field.TOTAL_AMOUNT, "2495.60").build());
        assertThat(check(new InvoiceContractAmountRule(), split)).isEmpty();
    }

    @Test
    void declaredValueAboveTheContractTotalIsAFinding() {
        List<Finding> findings = check(new DeclaredValueExceedsContractRule(),
                CleanDossier.create().set(DECLARATION, Field.TOTAL_AMOUNT, "12400.00"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DECLARED_VALUE_EXCEEDS_CONTRACT");
            assertThat(f.message()).isEqualTo("Declared total value USD 12,400.00 on declaration d5 exceeds the "
                    + "contract total USD 12,345.60 on contract d1 by USD 54.40");
        });
    }

    @Test
    void declaredValueBelowOrAtTheContractTotalDoesNotExceedIt() {
        assertThat(check(new DeclaredValueExceedsContractRule(), CleanDossier.create())).isEmpty();
        assertThat(check(new DeclaredValueExceedsContractRule(),
                CleanDossier.create().set(DECLARATION, Field.TOTAL_AMOUNT, "12000.00"))).isEmpty();
    }

    @Test
    void declaredValueDifferentFromTheInvoiceIsAFinding() {
        assertThat(check(new DeclaredInvoiceValueRule(), CleanDossier.create())).isEmpty();
        List<Finding> findings = check(new DeclaredInvoiceValueRule(),
                CleanDossier.create().set(DECLARATION, Field.TOTAL_AMOUNT, "12000"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DECLARED_INVOICE_VALUE_MISMATCH");
            assertThat(f.message()).isEqualTo("Declared total value USD 12,000.00 on declaration d5 differs from "
                    + "invoice total USD 12,345.60 by USD 345.60");
        });
    }

    @Test
    void aDifferentCurrencyOnOneDocumentIsACurrencyMismatch() {
        assertThat(check(new CurrencyRule(), CleanDossier.create())).isEmpty();
        List<Finding> findings = check(new CurrencyRule(), CleanDossier.create().set(DECLARATION, Field.CURRENCY, "EUR"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CURRENCY_MISMATCH");
            assertThat(f.message()).isEqualTo("Currency EUR on declaration d5 differs from USD on invoice d2");
        });
    }

    @Test
    void anInsuredCurrencyIsNotPartOfTheCurrencyComparison() {
        assertThat(check(new CurrencyRule(), CleanDossier.create().set(INSURANCE, Field.INSURED_CURRENCY, "EUR")))
                .isEmpty();
    }

    @Test
    void insuranceBelow110PercentOfTheInvoiceIsInsufficientUnderCif() {
        List<Finding> findings = check(new InsuranceInsufficientRule(),
                CleanDossier.create().set(INSURANCE, Field.INSURED_AMOUNT, "13580.15"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("INSURANCE_INSUFFICIENT");
            assertThat(f.message()).isEqualTo("Insured amount USD 13,580.15 on insurance d7 is less than 110 % of the "
                    + "invoice total USD 12,345.60 (USD 13,580.16) required under CIF");
            assertThat(f.evidence()).extracting(e -> e.field()).containsExactly("insuredAmount", "totalAmount");
        });
    }

    @Test
    void insuranceOfExactly110PercentIsSufficient() {
        assertThat(check(new InsuranceInsufficientRule(), CleanDossier.create())).isEmpty();
    }

    @Test
    void insuranceIsNotCheckedUnderFobOrInAnotherCurrency() {
        CleanDossier fob = CleanDossier.create().set(INSURANCE, Field.INSURED_AMOUNT, "5000")
                .set(CONTRACT, Field.INCOTERM, "FOB").set(INVOICE, Field.INCOTERM, "FOB")
                .set(DECLARATION, Field.INCOTERM, "FOB");
        assertThat(check(new InsuranceInsufficientRule(), fob)).isEmpty();
        CleanDossier euro = CleanDossier.create().set(INSURANCE, Field.INSURED_AMOUNT, "12500")
                .set(INSURANCE, Field.INSURED_CURRENCY, "EUR");
        assertThat(check(new InsuranceInsufficientRule(), euro)).isEmpty();
    }
}
