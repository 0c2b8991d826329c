package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated interchanges (truncated, bad counts, random bytes, huge segments, XML-looking content, swapped and
 * dropped segments) through the reader the hub uses, Smooks structure check included: nothing escapes, and each
 * ends accepted, or rejected with a reason that names the segment position. 2,000 here (seeded, repeatable);
 * the 10,000: {@code mvn -o test -Dtest=EdifactFuzzTest -Dedi.fuzz.count=10000}.
 */
class EdifactFuzzTest {

    private static final List<String> SAMPLES = List.of("invoic-d96a.edi", "orders-d01b.edi",
            "desadv-d96a-bom-crlf.edi", "iftmin-d96a-decimal-comma.edi", "cusdec-d96a.edi");

    @Test
    void mutatedInterchangesEndAcceptedOrRejectedWithAReason() throws IOException {
        int count = Integer.getInteger("edi.fuzz.count", 2_000);
        EdifactDocumentReader reader = EdifactDocumentReader.withStructureCheck(null);
        List<byte[]> originals = new ArrayList<>();
        for (String name : SAMPLES) {
            try (InputStream in = getClass().getResourceAsStream("/edi-samples/" + name)) {
                originals.add(in.readAllBytes());
            }
        }
        Random random = new Random(20250304L);
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < count; i++) {
            byte[] mutated = mutate(originals.get(random.nextInt(originals.size())), random);
            AtomicInteger n = new AtomicInteger();
            EdifactDocumentReader.Reading reading = reader.readInterchange(() -> "d" + n.incrementAndGet(),
                    "fuzz-" + i + ".edi", mutated, "edi");
            assertThat(reading.contrl()).startsWith("UNA").contains("UCI+");
            assertThat(reading.documents()).isNotEmpty();
            if (reading.accepted()) {
                accepted++;
                assertThat(reading.contrl()).doesNotContain("+4'").doesNotContain("FTX+AAO");
            } else {
                rejected++;
                assertThat(reading.documents()).filteredOn(d -> !d.readable()).isNotEmpty()
                        .allSatisfy(d -> assertThat(d.unreadableReason()).containsPattern("segment \\d+|message type"));
                assertThat(reading.contrl()).contains("FTX+AAO+++segment ");
            }
            for (Document d : reading.documents()) {
                assertThat(d.readable() || d.unreadableReason() != null).isTrue();
            }
        }
        assertThat(accepted + rejected).isEqualTo(count);
        assertThat(rejected).as("most mutations break the interchange").isGreaterThan(count / 2);
    }

    static byte[] mutate(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.ISO_8859_1);
        int at = random.nextInt(Math.max(1, text.length()));
        String mutated = switch (random.nextInt(10)) {
            case 0 -> text.substring(0, at); // truncated
            case 1 -> text.replaceFirst("UNT\\+\\d+", "UNT+" + random.nextInt(100)); // bad count
            case 2 -> text.substring(0, at) + randomBytes(random, 1 + random.nextInt(40)) + text.substring(at);
            case 3 -> text.substring(0, at) + "X".repeat(25_000) + text.substring(at); // huge segment
            case 4 -> text.substring(0, at) + "<?xml version=\"1.0\"?><a>&lt;'+:</a>" + text.substring(at);
            case 5 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(30)));
            case 6 -> text.replaceFirst("UNZ\\+\\d+", "UNZ+" + (2 + random.nextInt(5)));
            case 7 -> swapSegments(text, random);
            case 8 -> randomBytes(random, random.nextInt(2_000));
            default -> text.replace('\'', random.nextBoolean() ? '"' : '\'').replace("+", random.nextInt(4) == 0
                    ? "+:" : "+");
        };
        return mutated.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String swapSegments(String text, Random random) {
        List<String> segments = new ArrayList<>(List.of(text.split("(?<=')")));
        if (segments.size() > 3) {
            int a = 1 + random.nextInt(segments.size() - 2);
            int b = 1 + random.nextInt(segments.size() - 2);
            String s = segments.get(a);
            segments.set(a, segments.get(b));
            segments.set(b, s);
        }
        return String.join("", segments);
    }

    private static String randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
