package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MISSING_FIELD: asks every {@link FieldDependent} rule which fields kept it from checking, and reports each
 * (document, field) once, naming every rule that could not be checked.
 */
final class MissingFieldRule implements Rule {

    private final List<Rule> rules;

    /** @param rules the rule book; only those that are {@link FieldDependent} are asked */
    MissingFieldRule(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public RuleId id() {
        return RuleId.MISSING_FIELD;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        Map<String, List<MissingField>> byDocumentAndField = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (rule instanceof FieldDependent dependent) {
                for (MissingField gap : dependent.missingFields(dossier, context)) {
                    String key = gap.document().id() + "/" + gap.field();
                    byDocumentAndField.computeIfAbsent(key, k -> new ArrayList<>()).add(gap);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<MissingField> gaps : byDocumentAndField.values()) {
            MissingField first = gaps.get(0);
            Set<String> uncheckedRules = new LinkedHashSet<>();
            gaps.forEach(g -> uncheckedRules.add(g.rule().name()));
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidence.absent(first.document().id(), first.field().jsonName()));
            evidence.addAll(first.counterparts());
            String message = Describe.capitalise(Describe.doc(first.document())) + " has no readable "
                    + first.field().jsonName() + "; " + String.join(", ", uncheckedRules) + " could not be checked";
            findings.add(Finding.of(RuleId.MISSING_FIELD, message, evidence));
        }
        return findings;
    }
}
