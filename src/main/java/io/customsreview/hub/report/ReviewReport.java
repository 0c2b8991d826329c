package io.customsreview.hub.report;

import io.customsreview.hub.domain.Finding;

import java.time.Instant;
import java.util.List;

/**
 * The review report of one dossier, as the contract (section 3) fixes it. {@code revision} and {@code supersedes}
 * are additions of the assembled intake (absent on a folder dossier): a late document re-opens a dossier and its
 * new report, revision n+1, supersedes {@code <dossierId>#<n>}.
 */
public record ReviewReport(String dossierId, Verdict verdict, List<DocumentSummary> documents, List<Finding> findings,
                           Instant reviewedAt, Timings timings, Integer revision, String supersedes) {

    public ReviewReport(String dossierId, Verdict verdict, List<DocumentSummary> documents, List<Finding> findings,
                        Instant reviewedAt, Timings timings) {
        this(dossierId, verdict, documents, findings, reviewedAt, timings, null, null);
    }

    /** the same report as revision {@code revision} of its dossier, superseding {@code supersedes} (or nothing) */
    public ReviewReport withRevision(int revision, String supersedes) {
        return new ReviewReport(dossierId, verdict, documents, findings, reviewedAt, timings, revision, supersedes);
    }

    public record DocumentSummary(String id, String type, String fileName, String source, String extraction,
                                  double confidence, String unreadableReason) {
    }

    /** totalMs is the contract's; the stage times are additions. */
    public record Timings(long totalMs, long recognitionMs, long rulesMs) {
    }
}
