package io.customsreview.hub.edi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Prints the golden form of interchanges (used to draft golden files, then checked by reading the samples). */
public final class GoldenDump {
    public static void main(String[] args) throws Exception {
        EdifactDocumentReader reader = Boolean.getBoolean("structure")
                ? EdifactDocumentReader.withStructureCheck(null) : EdifactDocumentReader.standard();
        for (String a : args) {
            AtomicInteger n = new AtomicInteger();
            EdifactDocumentReader.Reading r = reader.readInterchange(() -> "d" + n.incrementAndGet(),
                    Path.of(a).getFileName().toString(), Files.readAllBytes(Path.of(a)), "edi");
            System.out.println("=== " + a);
            System.out.print(GoldenFormat.render(r));
            if (!r.accepted()) {
                System.out.print(r.contrl());
            }
        }
    }
}
