package io.customsreview.hub.dossier;

import io.customsreview.hub.intake.HubHeaders;
import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.review.ReviewService;
import io.customsreview.hub.review.ReviewService.SourcedFile;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reviews a completed dossier: every document assigned to it so far (from the store), each with its own source.
 * The fingerprint over the dossier id and its documents' SHA-256 keys the review's idempotency, so a re-delivered
 * completion (restart, recovery) does not review the same set twice; a set with a late document is a new revision
 * that supersedes the previous report.
 */
@Component
public class DossierReviewer {

    private static final Logger log = LoggerFactory.getLogger(DossierReviewer.class);

    /** header: true when there is nothing to review (the dossier was merged into another one) */
    public static final String SKIP = "hubSkip";
    /** header: the senders (e-mail addresses) of the dossier's documents, comma-separated */
    public static final String SENDERS = "hubSenders";

    private final JdbcTemplate jdbc;
    private final ReviewService reviewService;
    private final DossierAssembler assembler;
    private final MeterRegistry meters;

    public DossierReviewer(JdbcTemplate jdbc, ReviewService reviewService, DossierAssembler assembler,
                           MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.reviewService = reviewService;
        this.assembler = assembler;
    }

    record StoredDocument(String sha256, String fileName, String source, String storedPath, String sender) {
    }

    List<StoredDocument> documents(String dossierId) {
        return jdbc.query("SELECT sha256, file_name, source, stored_path, sender FROM dossier_document"
                        + " WHERE dossier_id = ? ORDER BY received_at, sha256",
                (rs, i) -> new StoredDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), dossierId);
    }

    /** Sets headers {@code dossierKey} (the fingerprint) and {@link #SKIP}. */
    public void prepare(@Header(HubHeaders.DOSSIER_ID) String dossierId, Exchange exchange) {
        String status = jdbc.query("SELECT status FROM dossier WHERE dossier_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, dossierId);
        List<StoredDocument> docs = documents(dossierId);
        boolean skip = docs.isEmpty() || DossierAssembler.MERGED.equals(status);
        if (skip) {
            log.info("Dossier {} has nothing to review ({}), its documents are in {}", dossierId, status,
                    assembler.resolve(dossierId));
        }
        exchange.getMessage().setHeader(SKIP, skip);
        exchange.getMessage().setHeader(HubHeaders.DOSSIER_KEY, fingerprint(dossierId, docs));
    }

    public ReviewReport review(@Header(HubHeaders.DOSSIER_ID) String dossierId,
                               @Header(HubHeaders.DOSSIER_KEY) String fingerprint, Exchange exchange) {
        List<StoredDocument> docs = documents(dossierId);
        Map<String, Object> row = jdbc.queryForMap("SELECT revision, last_fingerprint, opened_at FROM dossier"
                + " WHERE dossier_id = ?", dossierId);
        int previous = ((Number) row.get("REVISION")).intValue();
        // a completion delivered again after a failure keeps its revision
        int revision = fingerprint.equals(row.get("LAST_FINGERPRINT")) ? Math.max(previous, 1) : previous + 1;
        ReviewReport report = reviewService.reviewSourced(dossierId,
                        docs.stream().map(d -> new SourcedFile(Path.of(d.storedPath()), d.source())).toList())
                .withRevision(revision, revision > 1 ? dossierId + "#" + (revision - 1) : null);
        jdbc.update("UPDATE dossier SET status = ?, revision = ?, last_fingerprint = ?, reviewed_at = ?"
                        + " WHERE dossier_id = ?", DossierAssembler.REVIEWED, revision, fingerprint,
                OffsetDateTime.now(ZoneOffset.UTC), dossierId);
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> senders = new TreeSet<>();
        docs.forEach(d -> {
            sources.add(d.source());
            if (d.sender() != null && !d.sender().isBlank()) {
                senders.add(d.sender());
            }
        });
        exchange.getMessage().setHeader(HubHeaders.SOURCE, String.join(",", sources));
        exchange.getMessage().setHeader(HubHeaders.REVISION, revision);
        exchange.getMessage().setHeader(SENDERS, String.join(",", senders));
        meters.counter("hub.dossiers.reviewed", "verdict", report.verdict().name()).increment();
        meters.timer("hub.review.duration").record(Duration.ofMillis(report.timings().totalMs()));
        if (row.get("OPENED_AT") instanceof java.sql.Timestamp opened) {
            meters.timer("hub.dossier.assembly.latency").record(Duration.between(opened.toInstant(), Instant.now()));
        }
        log.info("Dossier {} revision {} reviewed: {} ({} document(s) from {})", dossierId, revision,
                report.verdict(), docs.size(), sources);
        return report;
    }

    static String fingerprint(String dossierId, List<StoredDocument> docs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(dossierId.getBytes(StandardCharsets.UTF_8));
            docs.stream().map(StoredDocument::sha256).sorted().forEach(s -> {
                sha.update((byte) 0);
                sha.update(s.getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
