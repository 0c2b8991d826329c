package io.customsreview.hub.rules;

import io.customsreview.hub.domain.RuleId;
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
    void standardRuleBookHasEveryRuleOfTheContract() {
        Set<RuleId> expected = Arrays.stream(RuleId.values()).collect(Collectors.toSet());
        assertThat(RuleBook.standard()).extracting(Rule::id).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void standardRuleBookReportsInTheContractsOrder() {
        assertThat(RuleBook.standard()).extracting(Rule::id).isSorted();
    }
}
