package io.customsreview.hub.report;

import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Keeps every report for the officer in table {@code review_report}. */
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
        jdbc.update("INSERT INTO review_report (dossier_id, verdict, source, document_count, finding_count,"
                        + " report_json, archive_path, reviewed_at, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                report.dossierId(), report.verdict().name(), source, report.documents().size(),
                report.findings().size(), json, archivePath,
                OffsetDateTime.ofInstant(report.reviewedAt(), ZoneOffset.UTC),
                OffsetDateTime.now(clock));
    }
}
