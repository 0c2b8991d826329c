package io.customsreview.hub.intake;

import java.nio.file.Path;
import java.util.List;

/**
 * A dossier folder after it was moved to the archive.
 *
 * @param dossierId   the folder's name
 * @param archiveDir  where its originals now are
 * @param files       the document files, in name order (the ready marker and hidden files left out)
 * @param fingerprint SHA-256 over the dossier id, file names and contents: the idempotency key
 */
public record ArchivedDossier(String dossierId, Path archiveDir, List<Path> files, String fingerprint) {

    public ArchivedDossier {
        files = List.copyOf(files);
    }
}
