package io.customsreview.hub.ocr;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.extraction.RecognisingDocumentReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that must not be read, nor bring the hub down: each comes out as an unreadable document with a reason an
 * officer understands, without exceptions and without allocating what the file claims to hold.
 */
class BadScanInputTest {

    private final RecognisingDocumentReader reader = OcrTestSupport.documentReader();

    @Test
    void zeroByteFileIsUnreadable() {
        assertUnreadable(new byte[0], "empty");
    }

    @Test
    void truncatedPngIsUnreadable() {
        byte[] png = OcrTestSupport.png(new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY));
        assertUnreadable(Arrays.copyOf(png, png.length / 2), "corrupt or truncated");
    }

    @Test
    void corruptJpegIsUnreadableOrEmpty() {
        byte[] jpeg = OcrTestSupport.jpeg(new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY), 0.8f);
        byte[] corrupt = jpeg.clone();
        for (int i = 20; i < corrupt.length; i += 7) {
            corrupt[i] = (byte) 0xFF; // markers everywhere: the entropy-coded data makes no sense
        }
        Document d = reader.read("d1", "photo.jpg", corrupt, "test");
        assertThat(d.readable()).isFalse();
        assertThat(d.unreadableReason()).isNotBlank();
    }

    @Test
    void headerOnlyImageIsUnreadable() {
        byte[] png = OcrTestSupport.png(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY));
        assertUnreadable(Arrays.copyOf(png, 40), "image");
    }

    /** 30,000 × 30,000 pixels of white deflate to a few hundred KB; decoding them would take 900 MB. */
    @Test
    void decompressionBombIsRefusedFromItsHeader() throws Exception {
        byte[] bomb = whitePng(30_000, 30_000);
        assertThat(bomb.length).isLessThan(2_000_000);
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();
        Document d = assertUnreadable(bomb, "too large to read safely");
        assertThat(d.unreadableReason()).contains("30000 × 30000");
        long after = runtime.totalMemory() - runtime.freeMemory();
        assertThat(after - before).as("memory taken by refusing the bomb").isLessThan(200L * 1024 * 1024);
    }

    /** A TIFF over the image size limit (40 MB by default) is refused before it is decoded. */
    @Test
    void fiftyMegabyteTiffIsRefused() {
        byte[] tiff = new byte[50 * 1024 * 1024];
        byte[] header = {0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00};
        System.arraycopy(header, 0, tiff, 0, header.length);
        assertUnreadable(tiff, "too large");
    }

    @Test
    void encryptedPdfIsUnreadable() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        assertUnreadable(pdf, "password");
    }

    @Test
    void blankImageIsUnreadableWithReason() {
        BufferedImage white = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
        var g = white.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 1700, 2200);
        g.dispose();
        assertUnreadable(OcrTestSupport.png(white), "no text");
    }

    private Document assertUnreadable(byte[] content, String reasonContains) {
        Document d = reader.read("d1", "scan", content, "test");
        assertThat(d.readable()).as("readable").isFalse();
        assertThat(d.unreadableReason()).containsIgnoringCase(reasonContains);
        return d;
    }

    /** A valid PNG (grey, 8 bit) of {@code width × height} white pixels, written chunk by chunk. */
    private static byte[] whitePng(int width, int height) throws Exception {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[width + 1];
            Arrays.fill(row, (byte) 0xFF);
            row[0] = 0; // filter type none
            for (int y = 0; y < height; y++) {
                z.write(row);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
