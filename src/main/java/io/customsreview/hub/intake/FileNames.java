package io.customsreview.hub.intake;

import java.util.regex.Pattern;

/** Names that arrive from outside (attachments, archive entries, SFTP) made safe to use as one file name. */
final class FileNames {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._ -]");

    private FileNames() {
    }

    /**
     * The last path element only (so {@code ../../etc/passwd}, {@code C:\x\y.pdf} and {@code /abs/z} lose their
     * folders), unsafe characters replaced, no leading dots, at most 120 characters; "unnamed" when nothing is left.
     */
    static String safe(String name) {
        if (name == null) {
            return "unnamed";
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        last = UNSAFE.matcher(last).replaceAll("_").strip();
        while (last.startsWith(".")) {
            last = last.substring(1);
        }
        if (last.length() > 120) {
            int dot = last.lastIndexOf('.');
            String ext = dot > 0 && last.length() - dot <= 10 ? last.substring(dot) : "";
            last = last.substring(0, 120 - ext.length()) + ext;
        }
        return last.isEmpty() ? "unnamed" : last;
    }

    /** true when the name tried to leave its folder or was absolute */
    static boolean wasUnsafe(String name) {
        return name != null && (name.contains("..") || name.startsWith("/") || name.startsWith("\\")
                || name.matches("^[A-Za-z]:.*") || name.contains("/") || name.contains("\\"));
    }
}
