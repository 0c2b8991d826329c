package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.RuleId;
import java.util.Map;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CleanDossierTest {

    @Test
    void aConsistentDossierWrittenInDifferentFormatsHasNoFindingAtAll() {
        // any finding, even a warning, would turn the verdict CLEAR into REVIEW
        assertThat(RuleTesting.review(CleanDossier.create())).isEmpty();
    }

    @Test
    void aDocumentListingTheSameGoodsInAnotherOrderIsConsistent() {
        // the declaration lists the mice first: its lines had been paired with the invoice's by position (the laptops'
        // 100 PCS against the mice's 400, the laptops' code against the mice's, their descriptions as other goods)
        assertThat(RuleTesting.review(miceFirst(CleanDossier.create(), "400"))).isEmpty();
        assertThat(RuleTesting.review(miceFirst(CleanDossier.create(), "450"))).as("the mice's quantity changed")
                .extracting(Finding::rule).containsExactly("QUANTITY_MISMATCH");
    }

    private static CleanDossier miceFirst(CleanDossier dossier, String miceQuantity) {
        return dossier.withoutLines(DocumentType.DECLARATION)
                .lineValues(DocumentType.DECLARATION, Map.of(LineField.DESCRIPTION, "Input units (mice)",
                        LineField.HS_CODE, "8471607000", LineField.QUANTITY, miceQuantity, LineField.UNIT, "PCS",
                        LineField.NET_WEIGHT, "200", LineField.AMOUNT, "2495.60", LineField.ORIGIN, "CN"))
                .lineValues(DocumentType.DECLARATION, Map.of(LineField.DESCRIPTION,
                        "Portable automatic data processing machines", LineField.HS_CODE, "8471300000",
                        LineField.QUANTITY, "100", LineField.UNIT, "PCS", LineField.NET_WEIGHT, "900",
                        LineField.AMOUNT, "9850.00", LineField.ORIGIN, "CN"));
    }

    @Test
    void standardRuleBookHasEveryRuleOfTheContract() {
        Set<RuleId> expected = Arrays.stream(RuleId.values()).collect(Collectors.toSet());
        assertThat(RuleBook.standard()).extracting(Rule::id).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void standardRuleBookReportsInTheContractsOrder() {
        assertThat(RuleBook.standard()).extracting(Rule::id).isSorted();
    }
}
