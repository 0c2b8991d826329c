package io.customsreview.hub.report;

import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Keeps every report for the officer in table {@code review_report}: one row per review. A report with a revision
 * (an assembled dossier) is one row per dossier and revision: a dispatch tried again (broker down, recovery after a
 * crash) replaces the row of its earlier attempt instead of adding a second one.
 */
@Component
public class ReportStore {

    /** Exchange property holding the {@link ReviewReport} while its JSON is the body. */
    public static final String REPORT_PROPERTY = "reviewReport";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** Camel entry point: the body is the report's JSON, the report itself travels in the exchange property. */
    public void store(@Body String json, @ExchangeProperty(REPORT_PROPERTY) ReviewReport report,
                      @Header("reviewSource") String source, @Header("archivedTo") String archivedTo) {
        save(report, json, source, archivedTo);
    }

    public void save(ReviewReport report, String json, String source, String archivePath) {
        OffsetDateTime reviewedAt = OffsetDateTime.ofInstant(report.reviewedAt(), ZoneOffset.UTC);
        if (report.revision() != null && jdbc.update("UPDATE review_report SET verdict = ?, source = ?,"
                        + " document_count = ?, finding_count = ?, report_json = ?, archive_path = ?, reviewed_at = ?,"
                        + " stored_at = ? WHERE dossier_id = ? AND revision = ?",
                report.verdict().name(), source, report.documents().size(), report.findings().size(), json,
                archivePath, reviewedAt, OffsetDateTime.now(clock), report.dossierId(), report.revision()) > 0) {
            return;
        }
        jdbc.update("INSERT INTO review_report (dossier_id, revision, verdict, source, document_count, finding_count,"
                        + " report_json, archive_path, reviewed_at, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                report.dossierId(), report.revision(), report.verdict().name(), source, report.documents().size(),
                report.findings().size(), json, archivePath, reviewedAt, OffsetDateTime.now(clock));
    }
}
