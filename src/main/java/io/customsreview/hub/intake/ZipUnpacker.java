package io.customsreview.hub.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a ZIP archive in memory within limits: entry count, total unpacked size, expansion ratio. An archive
 * that breaks a limit, is encrypted (password-protected) or corrupt is refused as a whole, with the reason.
 */
final class ZipUnpacker {

    record Entry(String name, byte[] content) {
    }

    static final class RefusedArchiveException extends Exception {
        RefusedArchiveException(String reason) {
            super(reason);
        }
    }

    private final int maxEntries;
    private final long maxBytes;
    private final int maxRatio;

    ZipUnpacker(int maxEntries, long maxBytes, int maxRatio) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
    }

    static boolean isZip(String name, byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4
                || name != null && name.toLowerCase().endsWith(".zip");
    }

    List<Entry> unpack(byte[] archive) throws RefusedArchiveException {
        if (encrypted(archive)) {
            throw new RefusedArchiveException("password-protected ZIP archive: cannot be opened, send it unprotected");
        }
        long ratioLimit = Math.max(1L, (long) archive.length) * maxRatio;
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.size() >= maxEntries) {
                    throw new RefusedArchiveException("ZIP archive has more than " + maxEntries + " entries");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > maxBytes) {
                        throw new RefusedArchiveException("ZIP bomb suspected: unpacks to more than " + maxBytes
                                + " bytes");
                    }
                    if (total > ratioLimit) {
                        throw new RefusedArchiveException("ZIP bomb suspected: expands more than " + maxRatio
                                + " times its size of " + archive.length + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
                entries.add(new Entry(entry.getName(), out.toByteArray()));
            }
        } catch (ZipException e) {
            String msg = String.valueOf(e.getMessage());
            throw new RefusedArchiveException(msg.contains("encrypted")
                    ? "password-protected ZIP archive: cannot be opened, send it unprotected"
                    : "corrupt ZIP archive: " + msg);
        } catch (IOException e) {
            throw new RefusedArchiveException("unreadable ZIP archive: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw new RefusedArchiveException("empty ZIP archive");
        }
        return entries;
    }

    /** the general-purpose flag bit 0 of any local file header marks an encrypted entry */
    private static boolean encrypted(byte[] zip) {
        try (InputStream in = new ByteArrayInputStream(zip)) {
            for (int i = 0; i + 8 < zip.length; i++) {
                if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                    int flags = (zip[i + 6] & 0xff) | (zip[i + 7] & 0xff) << 8;
                    if ((flags & 1) != 0) {
                        return true;
                    }
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
