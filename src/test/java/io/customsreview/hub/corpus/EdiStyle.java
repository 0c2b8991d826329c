package io.customsreview.hub.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * How one EDIFACT interchange of the corpus is written, as the translators of different senders write them:
 * directory (D.96A or D.01B), service string advice (UNA) or not, decimal comma, one segment per line (LF or CRLF)
 * or all on one line, syntax identifier and the bytes that go with it (UNOA upper-case ASCII, UNOB ASCII, UNOC
 * ISO 8859-1 or, as many senders do, UTF-8 under UNOC, UNOW UTF-8 with syntax version 4), a UTF-8 byte-order mark,
 * and {@code variants}: the seed of the qualifier and layout choices inside the messages (DTM 137 or 3/4, MOA 77, 79,
 * 86 or 39, RFF ON or CT, PAC per line or per consignment, ...).
 */
public record EdiStyle(String directory, boolean una, boolean decimalComma, String lineBreak, String syntax,
                       int syntaxVersion, Charset charset, boolean bom, long variants) {

    static EdiStyle random(Random r) {
        String directory = r.nextInt(3) == 0 ? "D96A" : "D01B";
        boolean una = r.nextInt(4) != 0;
        boolean comma = una && r.nextInt(4) == 0;
        String lineBreak = ShipmentFactory.pick(r, List.of("\n", "\n", "\r\n", ""));
        int cs = r.nextInt(10);
        String syntax;
        int version = 3;
        Charset charset;
        boolean bom = false;
        if (cs < 2) {
            syntax = "UNOA";
            charset = StandardCharsets.US_ASCII;
        } else if (cs < 3) {
            syntax = "UNOB";
            charset = StandardCharsets.US_ASCII;
        } else if (cs < 6) {
            syntax = "UNOC";
            charset = StandardCharsets.ISO_8859_1;
        } else if (cs < 8) {
            syntax = "UNOC";
            charset = StandardCharsets.UTF_8;
            bom = r.nextInt(3) == 0;
        } else {
            syntax = "UNOW";
            version = 4;
            charset = StandardCharsets.UTF_8;
            bom = r.nextBoolean();
        }
        return new EdiStyle(directory, una, comma, lineBreak, syntax, version, charset, bom, r.nextLong());
    }

    /** UNOA knows upper-case letters only */
    boolean upperCaseOnly() {
        return syntax.equals("UNOA");
    }

    /** characters beyond ASCII may be written (ISO 8859-1 or UTF-8) */
    boolean latin() {
        return !charset.equals(StandardCharsets.US_ASCII);
    }

    char decimalMark() {
        return decimalComma ? ',' : '.';
    }

    String describe() {
        return directory + " " + syntax + ":" + syntaxVersion + " " + charset.name() + (bom ? "+BOM" : "")
                + (una ? " UNA" : " no-UNA") + (decimalComma ? " decimal-comma" : "")
                + (lineBreak.isEmpty() ? " one-line" : lineBreak.equals("\n") ? " LF" : " CRLF");
    }
}
