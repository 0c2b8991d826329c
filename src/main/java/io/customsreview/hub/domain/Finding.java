package io.customsreview.hub.domain;

import java.util.List;

/** A reviewed fact: exactly one rule, why it fired, and the values it rests on. */
public record Finding(String rule, Severity severity, String message, List<Evidence> evidence, double confidence,
                      DecidedBy decidedBy) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    public static Finding of(RuleId rule, String message, List<Evidence> evidence) {
        return new Finding(rule.name(), rule.severity(), message, evidence, 1.0, DecidedBy.RULE);
    }

    public static Finding of(RuleId rule, String message, List<Evidence> evidence, double confidence,
                             DecidedBy decidedBy) {
        return new Finding(rule.name(), rule.severity(), message, evidence, confidence, decidedBy);
    }
}
