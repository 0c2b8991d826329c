package io.customsreview.hub.report;

import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.Severity;

import java.util.List;

public enum Verdict {
    CLEAR,
    REVIEW,
    REJECT;

    /** REJECT when any ERROR, REVIEW when only WARNINGs, CLEAR otherwise. */
    public static Verdict of(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return REJECT;
        }
        return findings.isEmpty() ? CLEAR : REVIEW;
    }
}
