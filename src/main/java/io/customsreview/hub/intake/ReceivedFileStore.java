package io.customsreview.hub.intake;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * The content-addressed store of received files: {@code <store>/<sha[0..2]>/<sha256>/<safe name>} on disk (written
 * to a temporary name, forced to disk, then moved into place) and one row in {@code received_file}. A file is stored
 * before its source (mail, SFTP) is acknowledged, so nothing acknowledged can be lost; storing the same content
 * twice keeps the first copy.
 */
@Component
public class ReceivedFileStore {

    private static final Logger log = LoggerFactory.getLogger(ReceivedFileStore.class);

    private final IntakeProperties props;
    private final JdbcTemplate jdbc;
    private final MeterRegistry meters;

    public ReceivedFileStore(IntakeProperties props, JdbcTemplate jdbc, MeterRegistry meters) {
        this.props = props;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    /**
     * Camel entry point of route {@code received-file}: stores the body and sets the headers {@link HubHeaders#SHA256}
     * and {@link HubHeaders#STORED_PATH}; the body stays the content.
     */
    public void store(Exchange exchange) throws IOException, org.apache.camel.InvalidPayloadException {
        byte[] content = exchange.getMessage().getMandatoryBody(byte[].class);
        String name = FileNames.safe(exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class));
        String source = exchange.getMessage().getHeader(HubHeaders.HUB_SOURCE, "unknown", String.class);
        Stored stored = store(content, name, source,
                exchange.getMessage().getHeader(HubHeaders.MAIL_FROM, String.class),
                exchange.getMessage().getHeader(HubHeaders.MAIL_SUBJECT, String.class),
                exchange.getMessage().getHeader(HubHeaders.MAIL_MESSAGE_ID, String.class));
        exchange.getMessage().setHeader(Exchange.FILE_NAME, name);
        exchange.getMessage().setHeader(HubHeaders.SHA256, stored.sha256());
        exchange.getMessage().setHeader(HubHeaders.STORED_PATH, stored.path().toString());
    }

    /** What was stored and where. */
    public record Stored(String sha256, Path path) {
    }

    public Stored store(byte[] content, String fileName, String source, String sender, String subject,
                        String messageId) throws IOException {
        String sha = sha256(content);
        String name = FileNames.safe(fileName);
        Path dir = props.storeDir().toAbsolutePath().resolve(sha.substring(0, 2)).resolve(sha);
        Path target = dir.resolve(name);
        if (!Files.exists(target)) {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".writing-", ".tmp");
            Files.write(tmp, content);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                Files.deleteIfExists(tmp);
            }
        }
        int rows = jdbc.update("INSERT INTO received_file (sha256, file_name, source, stored_path, size_bytes, sender,"
                        + " subject, message_id, received_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM received_file WHERE sha256 = ?)",
                sha, name, source, target.toString(), content.length, clip(sender, 500), clip(subject, 1000),
                clip(messageId, 1000), OffsetDateTime.now(ZoneOffset.UTC), sha);
        meters.counter("hub.intake.files", "source", source, "stored", rows == 0 ? "again" : "new").increment();
        log.info("Received {} from {} ({} bytes, sha256 {}){}", name, source, content.length, sha,
                rows == 0 ? " - content already stored" : "");
        return new Stored(sha, target);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
