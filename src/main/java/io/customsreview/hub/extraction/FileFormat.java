package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.ExtractionMethod;

/** What a file is, told from its first bytes. */
enum FileFormat {
    PDF(ExtractionMethod.PDF_TEXT),
    IMAGE(ExtractionMethod.OCR),
    EDIFACT(ExtractionMethod.EDI),
    TEXT(ExtractionMethod.TEXT),
    EMAIL(ExtractionMethod.TEXT),
    BINARY(null);

    private final ExtractionMethod method;

    FileFormat(ExtractionMethod method) {
        this.method = method;
    }

    ExtractionMethod method() {
        return method;
    }

    /** an e-mail file starts with its header lines ("Received:", "From:", "MIME-Version:" ...) */
    private static final java.util.regex.Pattern EMAIL_HEADERS = java.util.regex.Pattern.compile(
            "(?i)((Received|Return-Path|From|To|Cc|Subject|Date|Message-ID|MIME-Version|Content-Type|Delivered-To|Reply-To|"
                    + "X-[A-Za-z0-9-]+):[^\\n]*\\r?\\n([ \\t][^\\n]*\\r?\\n)*){2,}");

    static FileFormat sniff(byte[] c) {
        String head = new String(c, 0, Math.min(c.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) {
            return PDF;
        }
        if (startsWith(c, 0x89, 0x50, 0x4E, 0x47) || startsWith(c, 0xFF, 0xD8, 0xFF) || startsWith(c, 0x49, 0x49, 0x2A, 0x00)
                || startsWith(c, 0x4D, 0x4D, 0x00, 0x2A) || startsWith(c, 0x42, 0x4D) || startsWith(c, 0x47, 0x49, 0x46)) {
            return IMAGE;
        }
        String trimmed = head.replaceFirst("^\\xEF\\xBB\\xBF", "").stripLeading();
        if (trimmed.startsWith("UNA") || trimmed.startsWith("UNB+") || trimmed.startsWith("UNH+")) {
            return EDIFACT;
        }
        if (EMAIL_HEADERS.matcher(trimmed).lookingAt() && trimmed.matches("(?s).*(?m)^(From|Subject|Message-ID):.*")) {
            return EMAIL;
        }
        int control = 0;
        int sample = Math.min(c.length, 8192);
        for (int i = 0; i < sample; i++) {
            int b = c[i] & 0xFF;
            if (b == 0) {
                return BINARY;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                control++;
            }
        }
        return control > sample / 50 ? BINARY : TEXT;
    }

    private static boolean startsWith(byte[] c, int... bytes) {
        if (c.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((c[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
