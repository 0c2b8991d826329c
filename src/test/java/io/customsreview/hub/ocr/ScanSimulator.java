package io.customsreview.hub.ocr;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Turns digital PDFs into what a scanner or a phone delivers: pages rasterised at 150–300 DPI, slightly rotated,
 * blurred, speckled, JPEG-compressed. Deterministic for a seed.
 */
final class ScanSimulator {

    /** How one scan is degraded. */
    record Degradation(int dpi, double rotationDegrees, boolean blur, double speckle, float jpegQuality) {

        static Degradation random(Random r) {
            int[] dpis = {150, 200, 240, 300};
            return new Degradation(dpis[r.nextInt(dpis.length)], (r.nextDouble() * 2 - 1) * 2.0, r.nextBoolean(),
                    0.0005 + r.nextDouble() * 0.0025, 0.55f + r.nextFloat() * 0.3f);
        }
    }

    private ScanSimulator() {
    }

    /** The pages of {@code pdf} as degraded grey images. */
    static List<BufferedImage> scan(byte[] pdf, Degradation d, Random r) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(degrade(renderer.renderImageWithDPI(i, d.dpi(), ImageType.GRAY), d, r));
            }
        }
        return pages;
    }

    static BufferedImage degrade(BufferedImage page, Degradation d, Random r) {
        BufferedImage out = rotate(page, d.rotationDegrees());
        if (d.blur()) {
            float[] kernel = new float[9];
            java.util.Arrays.fill(kernel, 1f / 9);
            BufferedImage blurred = new BufferedImage(out.getWidth(), out.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            new ConvolveOp(new Kernel(3, 3, kernel), ConvolveOp.EDGE_NO_OP, null).filter(out, blurred);
            out = blurred;
        }
        byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int specks = (int) (data.length * d.speckle());
        for (int i = 0; i < specks; i++) {
            data[r.nextInt(data.length)] = (byte) (r.nextBoolean() ? 0 : 255);
        }
        return out;
    }

    static BufferedImage rotate(BufferedImage page, double degrees) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0,
                page.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    /** A scanned PDF: each page one JPEG image, no text layer, the page size of the original. */
    static byte[] imagePdf(List<BufferedImage> pages, int dpi, float jpegQuality) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(new PDRectangle(image.getWidth() * 72f / dpi, image.getHeight() * 72f / dpi));
                document.addPage(page);
                PDImageXObject x = JPEGFactory.createFromImage(document, image, jpegQuality, dpi);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * One file of a dossier as a carrier sends it on paper: single pages as JPEG or PNG images, longer documents as
     * image-only PDFs; a file that is no PDF is passed on as it came. {@code clean}: undegraded 300-DPI scans, to
     * tell OCR noise from layout differences.
     */
    static Path scanFile(Path pdf, Path dir, Random random, boolean clean) throws IOException {
        byte[] content = Files.readAllBytes(pdf);
        String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
        if (!new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            return Files.write(dir.resolve(pdf.getFileName()), content);
        }
        Degradation d = clean ? new Degradation(300, 0, false, 0, 0.92f) : Degradation.random(random);
        List<BufferedImage> pages = scan(content, d, random);
        if (pages.size() > 1 || random.nextInt(3) == 0) {
            return Files.write(dir.resolve(name + "-scan.pdf"), imagePdf(pages, d.dpi(), d.jpegQuality()));
        }
        return random.nextBoolean()
                ? Files.write(dir.resolve(name + ".jpg"), OcrTestSupport.jpeg(pages.get(0), d.jpegQuality()))
                : Files.write(dir.resolve(name + ".png"), OcrTestSupport.png(pages.get(0)));
    }
}
