package io.customsreview.hub.corpus;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** The shared HS nomenclature (../shared relative to the project dir), for tests; skips when absent. */
final class HsNomenclatureFile {
    private HsNomenclatureFile() {
    }

    private static Set<String> codes;

    static Path locate() {
        Path project = Path.of("").toAbsolutePath();
        Path rel = project.getParent() == null ? null
                : project.getParent().resolve("shared/data/hs-nomenclature/harmonized-system.csv");
        if (rel != null && Files.isRegularFile(rel)) {
            return rel;
        }
        Path abs = Path.of("/work/shared/data/hs-nomenclature/harmonized-system.csv");
        return Files.isRegularFile(abs) ? abs : null;
    }

    /** Valid 6-digit subheadings; the calling test is skipped (not failed) when the file is absent. */
    static synchronized Set<String> subheadings() {
        Path p = locate();
        Assumptions.assumeTrue(p != null,
                "HS nomenclature not found at ../shared/data/hs-nomenclature/harmonized-system.csv (nor /work/shared): HS validity checks skipped");
        if (codes == null) {
            Set<String> s = new HashSet<>();
            try {
                for (String line : Files.readAllLines(p)) {
                    String[] f = line.split(",", 3);
                    if (f.length > 2 && f[1].matches("\\d{6}")) {
                        s.add(f[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            codes = s;
        }
        return codes;
    }
}
