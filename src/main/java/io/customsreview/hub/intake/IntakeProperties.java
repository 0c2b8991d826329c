package io.customsreview.hub.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

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
 */
@ConfigurationProperties("hub.intake")
public record IntakeProperties(Path inboxDir, Path archiveDir, String readyMarker, Duration quietPeriod,
                               Duration pollInterval, Duration initialDelay) {

    public IntakeProperties {
        inboxDir = inboxDir == null ? Path.of("data/inbox") : inboxDir;
        archiveDir = archiveDir == null ? Path.of("data/archive") : archiveDir;
        readyMarker = readyMarker == null || readyMarker.isBlank() ? ".ready" : readyMarker;
        quietPeriod = quietPeriod == null ? Duration.ofSeconds(60) : quietPeriod;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        initialDelay = initialDelay == null ? Duration.ofSeconds(1) : initialDelay;
    }
}
