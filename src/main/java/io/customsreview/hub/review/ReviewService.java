package io.customsreview.hub.review;

import io.customsreview.hub.report.ReviewReport;

import java.nio.file.Path;
import java.util.List;

/** Reviews one dossier: reads each file, runs the rules, returns the report. */
public interface ReviewService {

    ReviewReport review(String dossierId, List<Path> files, String source);

    /** One received file of an assembled dossier and the channel it came from (mail, sftp, edi, folder). */
    record SourcedFile(Path file, String source) {
    }

    /**
     * Reviews a dossier assembled from several channels: each document keeps its own source. The default reviews
     * them under one source, "mixed" when they differ.
     */
    default ReviewReport reviewSourced(String dossierId, List<SourcedFile> files) {
        List<String> sources = files.stream().map(SourcedFile::source).distinct().toList();
        return review(dossierId, files.stream().map(SourcedFile::file).toList(),
                sources.size() == 1 ? sources.get(0) : "mixed");
    }
}
