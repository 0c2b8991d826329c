package io.customsreview.hub.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The folder intake ({@code hub.intake.*}): each sub-folder of {@code inbox-dir} is one dossier.
 *
 * @param inboxDir     where dossier folders are dropped
 * @param archiveDir   where a complete dossier folder is moved, as {@code <dossierId>-<timestamp>}, before review
 * @param readyMarker  file whose presence marks a dossier folder complete
 * @param quietPeriod  a folder is also complete when nothing in it changed for this long
 * @param pollInterval how often the inbox is scanned, in milliseconds in the YAML (the route's timer reads it)
 * @param initialDelay delay before the first scan, in milliseconds in the YAML
 * @param receivedEndpoint where every channel (mail, SFTP, the EDI feed) sends one received file (body bytes,
 *                         headers {@code CamelFileName} and {@code hubSource}); route {@code received-file} consumes it
 * @param storeDir     the content-addressed store of received files ({@code <sha256>/<name>})
 */
@ConfigurationProperties("hub.intake")
public record IntakeProperties(Path inboxDir, Path archiveDir, String readyMarker, Duration quietPeriod,
                               Duration pollInterval, Duration initialDelay, String receivedEndpoint,
                               Path storeDir) {

    public IntakeProperties(Path inboxDir, Path archiveDir, String readyMarker, Duration quietPeriod,
                            Duration pollInterval, Duration initialDelay) {
        this(inboxDir, archiveDir, readyMarker, quietPeriod, pollInterval, initialDelay, null, null);
    }

    @ConstructorBinding
    public IntakeProperties {
        inboxDir = inboxDir == null ? Path.of("data/inbox") : inboxDir;
        archiveDir = archiveDir == null ? Path.of("data/archive") : archiveDir;
        readyMarker = readyMarker == null || readyMarker.isBlank() ? ".ready" : readyMarker;
        quietPeriod = quietPeriod == null ? Duration.ofSeconds(60) : quietPeriod;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        initialDelay = initialDelay == null ? Duration.ofSeconds(1) : initialDelay;
        receivedEndpoint = receivedEndpoint == null || receivedEndpoint.isBlank() ? "direct:received-file"
                : receivedEndpoint;
        storeDir = storeDir == null ? Path.of("data/received") : storeDir;
    }
}
