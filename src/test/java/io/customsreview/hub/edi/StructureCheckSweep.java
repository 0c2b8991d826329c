package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code StructureCheckSweep DIR}: every EDIFACT interchange under DIR read with the Smooks structure check; prints
 * the rejected ones with the reason their documents carry (a developer's tool).
 */
public final class StructureCheckSweep {

    public static void main(String[] args) throws Exception {
        EdifactDocumentReader reader = EdifactDocumentReader.withStructureCheck(null);
        Map<String, Integer> reasons = new TreeMap<>();
        int all = 0;
        int rejected = 0;
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String head = new String(bytes, 0, Math.min(bytes.length, 16), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!head.contains("UNA") && !head.contains("UNB")) {
                continue;
            }
            all++;
            AtomicInteger n = new AtomicInteger();
            EdifactDocumentReader.Reading reading = reader.readInterchange(() -> "d" + n.incrementAndGet(),
                    file.getFileName().toString(), bytes, "sweep");
            if (!reading.accepted()) {
                rejected++;
                for (Document d : reading.documents()) {
                    if (d.unreadableReason() != null) {
                        System.out.println(file + ": " + d.unreadableReason());
                        reasons.merge(d.unreadableReason().replaceAll("\\d+", "#"), 1, Integer::sum);
                    }
                }
            }
        }
        System.out.println(rejected + " of " + all + " interchanges rejected");
        reasons.forEach((r, c) -> System.out.println(c + "  " + r));
        System.exit(0);
    }
}
