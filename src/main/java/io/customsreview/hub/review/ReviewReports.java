package io.customsreview.hub.review;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.report.Verdict;

import java.time.Instant;
import java.util.List;

final class ReviewReports {

    private ReviewReports() {
    }

    static ReviewReport of(Dossier dossier, List<Finding> findings, Instant reviewedAt, ReviewReport.Timings timings) {
        List<ReviewReport.DocumentSummary> documents = dossier.documents().stream().map(ReviewReports::summary).toList();
        return new ReviewReport(dossier.id(), Verdict.of(findings), documents, List.copyOf(findings), reviewedAt, timings);
    }

    private static ReviewReport.DocumentSummary summary(Document d) {
        return new ReviewReport.DocumentSummary(d.id(), d.type().name(), d.fileName(), d.source(),
                d.extraction() == null ? null : d.extraction().name(), round(d.confidence()), d.unreadableReason());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
