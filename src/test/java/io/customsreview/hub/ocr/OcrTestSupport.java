package io.customsreview.hub.ocr;

import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.extraction.RecognisingDocumentReader;
import io.customsreview.hub.review.ReviewEngine;
import io.customsreview.hub.review.ReviewEngines;
import io.customsreview.hub.rules.HsNomenclature;
import io.customsreview.hub.rules.RuleSettings;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Engines shared by the OCR tests of one JVM: Tesseract engines and the embedding model are started once, not per
 * test class (keeps the OCR tests within their time budget).
 */
final class OcrTestSupport {

    private static TesseractScanReader scanReader;
    private static RecognisingDocumentReader documentReader;
    private static ReviewEngine reviewEngine;

    private OcrTestSupport() {
    }

    static synchronized TesseractScanReader scanReader() {
        if (scanReader == null) {
            scanReader = OcrReaders.standard(OcrSettings.defaults(),
                    HsNomenclature.load(RuleSettings.defaults().hsNomenclatureResource()), 50);
        }
        return scanReader;
    }

    static synchronized RecognisingDocumentReader documentReader() {
        if (documentReader == null) {
            documentReader = new RecognisingDocumentReader(ExtractionSettings.defaults(), scanReader());
        }
        return documentReader;
    }

    static synchronized ReviewEngine reviewEngine() {
        if (reviewEngine == null) {
            reviewEngine = ReviewEngines.standard(RuleSettings.defaults(), ExtractionSettings.defaults());
        }
        return reviewEngine;
    }

    /** lines of 42-pt Liberation Sans, black on white, 110 px apart from (60, 100) on: a clean page image */
    static BufferedImage textPage(String... lines) {
        var image = new BufferedImage(1400, 120 + 110 * lines.length, BufferedImage.TYPE_BYTE_GRAY);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font("Liberation Sans", java.awt.Font.PLAIN, 42));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 60, 100 + 110 * i);
        }
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
