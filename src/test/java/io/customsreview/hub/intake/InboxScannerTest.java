package io.customsreview.hub.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboxScannerTest {

    private static final Instant NOW = Instant.parse("2025-07-29T08:15:00Z");

    @TempDir
    Path dir;

    private IntakeProperties props() {
        return new IntakeProperties(dir.resolve("inbox"), dir.resolve("archive"), ".ready", Duration.ofSeconds(60),
                null, null);
    }

    @Test
    void readyMarkerOrQuietPeriodCompletesADossier() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path marked = Files.createDirectories(inbox.resolve("A-marked"));
        Files.writeString(marked.resolve("invoice.txt"), "x");
        Files.createFile(marked.resolve(".ready"));
        Path quiet = Files.createDirectories(inbox.resolve("B-quiet"));
        Files.writeString(quiet.resolve("invoice.txt"), "x");
        age(quiet.resolve("invoice.txt"), quiet, NOW.minusSeconds(61));
        Path busy = Files.createDirectories(inbox.resolve("C-busy"));
        Files.writeString(busy.resolve("invoice.txt"), "x");
        age(busy.resolve("invoice.txt"), busy, NOW.minusSeconds(10));
        Path emptyQuiet = Files.createDirectories(inbox.resolve("D-empty"));
        age(emptyQuiet, emptyQuiet, NOW.minusSeconds(600));
        Files.createDirectories(inbox.resolve(".hidden")).resolve(".ready").toFile().createNewFile();

        InboxScanner scanner = new InboxScanner(props(), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(scanner.readyDossiers()).containsExactly(marked.toAbsolutePath().toString(),
                quiet.toAbsolutePath().toString());
    }

    @Test
    void archiveMovesTheFolderAndLeavesTheMarkerOut() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox").resolve("SHP-1"));
        Files.writeString(folder.resolve("b.txt"), "b");
        Files.writeString(folder.resolve("a.txt"), "a");
        Files.createFile(folder.resolve(".ready"));
        DossierArchiver archiver = new DossierArchiver(props(), Clock.fixed(NOW, ZoneOffset.UTC));

        ArchivedDossier first = archiver.archive(folder);

        assertThat(folder).doesNotExist();
        assertThat(first.archiveDir()).isEqualTo(dir.resolve("archive").resolve("SHP-1-20250729T081500000Z"));
        assertThat(first.files()).extracting(p -> p.getFileName().toString()).containsExactly("a.txt", "b.txt");
        assertThat(first.fingerprint()).hasSize(64);

        // the same dossier again, same millisecond: a second archive folder, the same fingerprint
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("b.txt"), "b");
        Files.writeString(folder.resolve("a.txt"), "a");
        ArchivedDossier second = archiver.archive(folder);
        assertThat(second.archiveDir()).isNotEqualTo(first.archiveDir());
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    }

    @Test
    void badDossierNameIsUnprocessableButArchived() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox").resolve("bad name'"));
        Files.writeString(folder.resolve("a.txt"), "a");
        DossierArchiver archiver = new DossierArchiver(props());
        var exchange = new org.apache.camel.support.DefaultExchange(new org.apache.camel.impl.DefaultCamelContext());

        assertThatThrownBy(() -> archiver.archive(folder.toString(), exchange))
                .isInstanceOf(UnprocessableInputException.class);
        assertThat(folder).doesNotExist();
        assertThat(Path.of(exchange.getProperty(HubHeaders.ARCHIVED_TO, String.class)).resolve("a.txt")).exists();
        assertThat(exchange.getProperty(DossierArchiver.ARCHIVED_DOSSIER)).isInstanceOf(ArchivedDossier.class);
    }

    private static void age(Path file, Path folder, Instant when) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(when));
        Files.setLastModifiedTime(folder, FileTime.from(when));
    }
}
