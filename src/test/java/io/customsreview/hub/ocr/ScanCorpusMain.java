package io.customsreview.hub.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * {@code ScanCorpusMain CORPUS OUT SEED [clean]}: the dossiers of a generated corpus "printed and scanned" into OUT
 * (same dossier ids, expectations copied to OUT.expected), for {@code review --batch OUT} and CorpusEvaluation.
 * Developer tool, not a test.
 */
public final class ScanCorpusMain {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        Random random = new Random(Long.parseLong(args[2]));
        boolean clean = args.length > 3 && args[3].equals("clean");
        Path expected = corpus.resolveSibling(corpus.getFileName() + ".expected");
        Path outExpected = Files.createDirectories(out.resolveSibling(out.getFileName() + ".expected"));
        List<Path> dossiers;
        try (Stream<Path> dirs = Files.list(corpus)) {
            dossiers = dirs.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dossier : dossiers) {
            Path target = Files.createDirectories(out.resolve(dossier.getFileName()));
            List<Path> files;
            try (Stream<Path> list = Files.list(dossier)) {
                files = list.sorted().toList();
            }
            for (Path file : files) {
                try {
                    ScanSimulator.scanFile(file, target, random, clean);
                } catch (java.io.IOException unreadable) {
                    // a planted unreadable document (a broken PDF) stays as it is: there is nothing to print
                    Files.copy(file, target.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path json = expected.resolve(dossier.getFileName() + ".json");
            if (Files.exists(json)) {
                Files.copy(json, outExpected.resolve(json.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        System.out.println(dossiers.size() + " dossiers scanned into " + out);
    }
}
