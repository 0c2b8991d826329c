package io.customsreview.hub.intake;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Moves a complete dossier folder out of the inbox into {@code <archive>/<dossierId>-<timestamp>/} before it is
 * reviewed, so the originals are kept whatever happens next and the folder is not picked up twice.
 */
@Component
public class DossierArchiver {

    private static final Logger log = LoggerFactory.getLogger(DossierArchiver.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    /** A dossier id becomes a file name and a JMS header: keep it plain. */
    private static final Pattern DOSSIER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private final IntakeProperties props;
    private final Clock clock;

    @Autowired
    public DossierArchiver(IntakeProperties props) {
        this(props, Clock.systemUTC());
    }

    DossierArchiver(IntakeProperties props, Clock clock) {
        this.props = props;
        this.clock = clock;
    }

    /** Exchange property holding the {@link ArchivedDossier} while the body is its archive folder. */
    public static final String ARCHIVED_DOSSIER = "archivedDossier";

    /**
     * Camel entry point: archives the folder named by the body and returns the archive folder's path (text), so
     * that whatever fails later, the message points at the originals. The dossier itself travels as the
     * exchange property {@value #ARCHIVED_DOSSIER}.
     */
    public String archive(String inboxFolder, Exchange exchange) throws IOException {
        String dossierId = Path.of(inboxFolder).getFileName().toString();
        exchange.setProperty(HubHeaders.DOSSIER_ID, dossierId);
        exchange.getMessage().setHeader(HubHeaders.DOSSIER_ID, dossierId);
        ArchivedDossier dossier = archive(Path.of(inboxFolder));
        String archivedTo = dossier.archiveDir().toString();
        exchange.setProperty(ARCHIVED_DOSSIER, dossier);
        exchange.setProperty(HubHeaders.ARCHIVED_TO, archivedTo);
        exchange.getMessage().setHeader(HubHeaders.ARCHIVED_TO, archivedTo);
        exchange.getMessage().setHeader(HubHeaders.DOSSIER_KEY, dossier.fingerprint());
        if (!DOSSIER_ID.matcher(dossierId).matches()) {
            throw new UnprocessableInputException("dossier folder name '" + dossierId
                    + "' is not a valid dossier id (letters, digits, '.', '_', '-'); originals kept in " + archivedTo);
        }
        return archivedTo;
    }

    public ArchivedDossier archive(Path inboxFolder) throws IOException {
        String dossierId = inboxFolder.getFileName().toString();
        Files.createDirectories(props.archiveDir());
        Path target = moveToArchive(inboxFolder, dossierId);
        List<Path> files = documentFiles(target);
        log.info("Dossier {} archived to {} ({} file(s))", dossierId, target, files.size());
        return new ArchivedDossier(dossierId, target, files, fingerprint(dossierId, target, files));
    }

    private Path moveToArchive(Path source, String dossierId) throws IOException {
        String stamp = STAMP.format(clock.instant());
        for (int attempt = 0; ; attempt++) {
            Path target = props.archiveDir().resolve(dossierId + "-" + stamp + (attempt == 0 ? "" : "-" + attempt));
            if (Files.exists(target)) {
                continue;
            }
            try {
                return Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // a twin dossier archived the same millisecond: next suffix
            } catch (AtomicMoveNotSupportedException e) {
                copyTree(source, target);
                deleteTree(source);
                return target;
            }
        }
    }

    private List<Path> documentFiles(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            return tree.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(props.readyMarker()))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString()))
                    .toList();
        }
    }

    private static String fingerprint(String dossierId, Path dir, List<Path> files) throws IOException {
        MessageDigest sha = sha256();
        sha.update(dossierId.getBytes(StandardCharsets.UTF_8));
        for (Path file : files) {
            sha.update((byte) 0);
            sha.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> tree = Files.walk(source)) {
            for (Path p : tree.toList()) {
                Files.copy(p, target.resolve(source.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
