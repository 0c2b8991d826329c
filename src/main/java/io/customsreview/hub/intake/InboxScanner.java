package io.customsreview.hub.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the complete dossier folders of the inbox: those holding the ready marker, or in which nothing changed
 * during the quiet period (and that hold at least one file).
 */
@Component
public class InboxScanner {

    private static final Logger log = LoggerFactory.getLogger(InboxScanner.class);

    private final IntakeProperties props;
    private final Clock clock;

    @Autowired
    public InboxScanner(IntakeProperties props) {
        this(props, Clock.systemUTC());
    }

    InboxScanner(IntakeProperties props, Clock clock) {
        this.props = props;
        this.clock = clock;
    }

    /** Absolute paths (strings, so that they travel as text) of the complete dossier folders, in name order. */
    public List<String> readyDossiers() throws IOException {
        Path inbox = props.inboxDir();
        Files.createDirectories(inbox);
        List<String> ready = new ArrayList<>();
        try (Stream<Path> entries = Files.list(inbox)) {
            for (Path dir : entries.filter(Files::isDirectory).sorted().toList()) {
                if (!dir.getFileName().toString().startsWith(".") && isComplete(dir)) {
                    ready.add(dir.toAbsolutePath().toString());
                }
            }
        }
        if (!ready.isEmpty()) {
            log.info("{} dossier(s) ready in {}", ready.size(), inbox);
        }
        return ready;
    }

    boolean isComplete(Path dir) {
        try {
            if (Files.exists(dir.resolve(props.readyMarker()))) {
                return true;
            }
            Instant quietSince = clock.instant().minus(props.quietPeriod());
            FileTime latest = Files.getLastModifiedTime(dir);
            boolean anyFile = false;
            try (Stream<Path> tree = Files.walk(dir)) {
                for (Path p : tree.skip(1).toList()) {
                    FileTime t = Files.getLastModifiedTime(p);
                    latest = t.compareTo(latest) > 0 ? t : latest;
                    anyFile |= Files.isRegularFile(p);
                }
            }
            return anyFile && latest.toInstant().isBefore(quietSince);
        } catch (IOException | UncheckedIOException e) {
            log.debug("Dossier folder {} changed while scanned: {}", dir, e.toString());
            return false; // being written or moved: next poll
        }
    }
}
