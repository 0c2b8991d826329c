package io.customsreview.hub.review;

import io.customsreview.hub.report.ReviewReport;

import java.nio.file.Path;
import java.util.List;

/** Reviews one dossier: reads each file, runs the rules, returns the report. */
public interface ReviewService {

    ReviewReport review(String dossierId, List<Path> files, String source);
}
