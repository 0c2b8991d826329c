package io.customsreview.hub.testdata;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public reference data beside the project ({@code ../shared/data}, or {@code $CRH_SHARED_DATA}). A user's
 * clone lacks it: tests that need it are skipped with a message saying so.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path dir(String relative) {
        String configured = System.getenv("CRH_SHARED_DATA");
        Path base = configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
        Path dir = base.resolve(relative);
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "skipped: the shared reference data " + dir.toAbsolutePath().normalize()
                        + " is absent (set CRH_SHARED_DATA to the shared/data folder to run this test)");
        return dir;
    }
}
