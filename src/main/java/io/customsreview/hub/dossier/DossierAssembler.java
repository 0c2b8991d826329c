package io.customsreview.hub.dossier;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.intake.HubHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts each received file into its dossier by the references it shares with earlier files (union-find kept in
 * table {@code dossier_reference}): no known reference opens a new dossier; references of two dossiers merge them
 * into the older one. A reviewed dossier that receives a document is re-opened (a new revision follows).
 * Assignment is serialised (one JVM): a merge and an assignment never interleave.
 */
@Component
public class DossierAssembler {

    private static final Logger log = LoggerFactory.getLogger(DossierAssembler.class);

    static final String OPEN = "OPEN";
    static final String REVIEWED = "REVIEWED";
    static final String MERGED = "MERGED";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AssemblyProperties props;
    private final Clock clock = Clock.systemUTC();
    private final MeterRegistry meters;

    public DossierAssembler(JdbcTemplate jdbc, JdbcTransactionManager transactionManager, AssemblyProperties props,
                            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.tx = new TransactionTemplate(transactionManager);
        this.props = props;
    }

    /** Camel entry point: assigns the received file and sets header {@code dossierId}; the body becomes that id. */
    public String assign(Exchange exchange) {
        var in = exchange.getMessage();
        String refs = in.getHeader(DocumentRecogniser.REFERENCES, "", String.class);
        String dossierId = assign(in.getHeader(HubHeaders.SHA256, String.class),
                in.getHeader(Exchange.FILE_NAME, String.class), in.getHeader(HubHeaders.HUB_SOURCE, String.class),
                in.getHeader(HubHeaders.STORED_PATH, String.class),
                in.getHeader(DocumentRecogniser.DOC_TYPES, "", String.class),
                in.getHeader(HubHeaders.MAIL_FROM, String.class),
                refs.isBlank() ? List.of() : Arrays.asList(refs.split(",")));
        in.setHeader(HubHeaders.DOSSIER_ID, dossierId);
        meters.counter("hub.intake.documents", "source", String.valueOf(in.getHeader(HubHeaders.HUB_SOURCE)))
                .increment();
        return dossierId;
    }

    public synchronized String assign(String sha, String fileName, String source, String storedPath, String docTypes,
                                      String sender, List<String> references) {
        return tx.execute(status -> {
            String existing = jdbc.query("SELECT dossier_id FROM dossier_document WHERE sha256 = ?",
                    rs -> rs.next() ? rs.getString(1) : null, sha);
            if (existing != null) {
                return resolve(existing); // recognised again after a failure: same dossier
            }
            List<String> found = new ArrayList<>();
            for (String ref : references) {
                jdbc.query("SELECT dossier_id FROM dossier_reference WHERE reference = ?",
                        rs -> {
                            found.add(rs.getString(1));
                        }, ref);
            }
            Set<String> dossiers = new LinkedHashSet<>();
            found.forEach(d -> dossiers.add(resolve(d)));
            String dossierId;
            Instant now = clock.instant();
            if (dossiers.isEmpty()) {
                dossierId = newDossierId(references, sha);
                jdbc.update("INSERT INTO dossier (dossier_id, status, revision, opened_at) VALUES (?, ?, 0, ?)",
                        dossierId, OPEN, ts(now));
                log.info("Dossier {} opened by {} ({})", dossierId, fileName, references);
            } else {
                List<String> ordered = new ArrayList<>(dossiers);
                ordered.sort((a, b) -> openedAt(a).compareTo(openedAt(b)));
                dossierId = ordered.get(0);
                for (String other : ordered.subList(1, ordered.size())) {
                    jdbc.update("UPDATE dossier_reference SET dossier_id = ? WHERE dossier_id = ?", dossierId, other);
                    jdbc.update("UPDATE dossier_document SET dossier_id = ? WHERE dossier_id = ?", dossierId, other);
                    jdbc.update("UPDATE dossier SET status = ?, merged_into = ? WHERE dossier_id = ?", MERGED,
                            dossierId, other);
                    log.info("Dossier {} merged into {}: {} bridges them", other, dossierId, fileName);
                }
                jdbc.update("UPDATE dossier SET status = ?, opened_at = ? WHERE dossier_id = ? AND status = ?",
                        OPEN, ts(now), dossierId, REVIEWED);
            }
            for (String ref : references) {
                jdbc.update(upsertReference(), ref, dossierId);
            }
            jdbc.update("INSERT INTO dossier_document (sha256, dossier_id, file_name, source, stored_path, doc_types,"
                            + " sender, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    sha, dossierId, fileName, source == null ? "unknown" : source, storedPath, docTypes, sender,
                    ts(now));
            return dossierId;
        });
    }

    private String upsertReference() {
        return isPostgres()
                ? "INSERT INTO dossier_reference (reference, dossier_id) VALUES (?, ?) ON CONFLICT (reference) DO NOTHING"
                : "MERGE INTO dossier_reference (reference, dossier_id) KEY (reference) VALUES (?, ?)";
    }

    private Boolean postgres;

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                    c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
        }
        return postgres;
    }

    /** follows merges to the dossier that holds the documents now */
    String resolve(String dossierId) {
        String current = dossierId;
        for (int i = 0; i < 100; i++) {
            String next = jdbc.query("SELECT merged_into FROM dossier WHERE dossier_id = ?",
                    rs -> rs.next() ? rs.getString(1) : null, current);
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private Instant openedAt(String dossierId) {
        Timestamp t = jdbc.query("SELECT opened_at FROM dossier WHERE dossier_id = ?",
                rs -> rs.next() ? rs.getTimestamp(1) : null, dossierId);
        return t == null ? Instant.MAX : t.toInstant();
    }

    private String newDossierId(List<String> references, String sha) {
        String base = references.stream()
                .sorted((a, b) -> Integer.compare(rank(a), rank(b)))
                .findFirst()
                .map(r -> "DOS-" + r.replace(':', '-'))
                .orElse("DOS-" + sha.substring(0, 12));
        base = base.length() > 180 ? base.substring(0, 180) : base;
        String id = base;
        for (int i = 2; jdbc.queryForObject("SELECT COUNT(*) FROM dossier WHERE dossier_id = ?", Integer.class, id) > 0;
             i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /** a B/L number names a dossier best, then the invoice, contract and declaration numbers */
    private static int rank(String reference) {
        return reference.startsWith("BL:") ? 0 : reference.startsWith("INV:") ? 1 : reference.startsWith("CT:") ? 2 : 3;
    }

    /**
     * Completion timeout of the dossier's aggregation, in milliseconds, evaluated on every new document: the quiet
     * period when every required document is there, else what is left of the overall timeout (at least the quiet
     * period). A merged-away dossier completes at once (and is then found empty).
     */
    public long completionDelay(@Header(HubHeaders.DOSSIER_ID) String dossierId) {
        Map<String, Object> row = jdbc.query("SELECT status, opened_at FROM dossier WHERE dossier_id = ?",
                rs -> rs.next() ? Map.of("status", rs.getString(1), "opened", rs.getTimestamp(2)) : null, dossierId);
        if (row == null || MERGED.equals(row.get("status"))) {
            return 1;
        }
        long quiet = props.quietPeriod().toMillis();
        if (missing(dossierId).isEmpty()) {
            return quiet;
        }
        Instant deadline = ((Timestamp) row.get("opened")).toInstant().plus(props.timeout());
        return Math.max(quiet, Duration.between(clock.instant(), deadline).toMillis());
    }

    /** required document types the dossier does not have yet */
    public List<DocumentType> missing(String dossierId) {
        Set<String> present = new HashSet<>();
        jdbc.query("SELECT doc_types FROM dossier_document WHERE dossier_id = ?",
                rs -> {
                    Collections.addAll(present, rs.getString(1).split(","));
                }, dossierId);
        return props.requiredDocuments().stream().filter(t -> !present.contains(t.name())).toList();
    }

    private static OffsetDateTime ts(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
