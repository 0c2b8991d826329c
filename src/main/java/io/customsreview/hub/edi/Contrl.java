package io.customsreview.hub.edi;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes the CONTRL (syntax and service report, D.3) that answers one interchange: UCI accepted (7) or rejected
 * (4) with the error code and the segment position, and one UCM per message. Sender and recipient are swapped.
 */
final class Contrl {

    private Contrl() {
    }

    static String render(Interchange interchange, String ownReference, LocalDateTime now) {
        StringBuilder body = new StringBuilder();
        String messageRef = "1";
        body.append("UNH+").append(messageRef).append("+CONTRL:D:3:UN'\n");
        EdifactSyntaxException error = interchange.error();
        body.append("UCI+").append(escape(interchange.controlReference())).append('+')
                .append(escape(interchange.sender())).append('+').append(escape(interchange.recipient()))
                .append('+').append(interchange.accepted() ? "7" : "4");
        if (error != null) {
            body.append('+').append(error.errorCode()).append('+').append(escape(error.segmentTag()));
        }
        body.append("'\n");
        for (EdifactMessage message : interchange.messages()) {
            EdifactSyntaxException e = message.error();
            String version = message.directory().length() >= 4 ? message.directory().substring(0, 1) : "";
            String release = message.directory().length() >= 4 ? message.directory().substring(1) : "";
            body.append("UCM+").append(escape(message.reference())).append('+').append(escape(message.type()))
                    .append(':').append(escape(version)).append(':').append(escape(release)).append(":UN+")
                    .append(e == null ? "7" : "4");
            if (e != null) {
                body.append('+').append(e.errorCode()).append("'\n");
                // UCS: position of the segment in error within the message (UNH = 1)
                int inMessage = e.position() - message.segments().get(0).position() + 1;
                body.append("UCS+").append(inMessage).append('+').append(e.errorCode()).append("'\n");
                body.append("FTX+AAO+++").append(escape(e.describe())).append("'\n");
            } else {
                body.append("'\n");
            }
        }
        if (error != null) {
            body.append("FTX+AAO+++").append(escape(error.describe())).append("'\n");
        }
        // UNH to UNT inclusive
        int segments = body.toString().split("'\n", -1).length;
        body.append("UNT+").append(segments).append('+').append(messageRef).append("'\n");
        String stamp = now.format(DateTimeFormatter.ofPattern("yyMMdd:HHmm"));
        String syntax = interchange.syntaxId().isEmpty() ? "UNOC" : interchange.syntaxId();
        return "UNA:+.? '\n"
                + "UNB+" + syntax + ":3+" + escape(or(interchange.recipient(), "HUB")) + '+'
                + escape(or(interchange.sender(), "UNKNOWN")) + '+' + stamp + '+' + ownReference + "'\n"
                + body
                + "UNZ+1+" + ownReference + "'\n";
    }

    private static String or(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** releases the service characters so any reason or reference can be written */
    static String escape(String value) {
        String cleaned = value == null ? "" : value.replaceAll("\\p{Cntrl}", " ");
        String printable = cleaned.length() > 500 ? cleaned.substring(0, 500) : cleaned;
        return printable.replace("?", "??").replace("'", "?'").replace("+", "?+").replace(":", "?:");
    }
}
