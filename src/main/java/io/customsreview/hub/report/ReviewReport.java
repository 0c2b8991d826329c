package io.customsreview.hub.report;

import io.customsreview.hub.domain.Finding;

import java.time.Instant;
import java.util.List;

/** The review report of one dossier, as the contract (section 3) fixes it. */
public record ReviewReport(String dossierId, Verdict verdict, List<DocumentSummary> documents, List<Finding> findings,
                           Instant reviewedAt, Timings timings) {

    public record DocumentSummary(String id, String type, String fileName, String source, String extraction,
                                  double confidence, String unreadableReason) {
    }

    /** totalMs is the contract's; the stage times are additions. */
    public record Timings(long totalMs, long recognitionMs, long rulesMs) {
    }
}
