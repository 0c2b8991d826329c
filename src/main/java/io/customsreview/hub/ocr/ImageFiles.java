package io.customsreview.hub.ocr;

import io.customsreview.hub.extraction.UnreadableDocumentException;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Decodes image files page by page with ImageIO (PNG, JPEG, TIFF of any number of pages, BMP, GIF), refusing
 * before decoding what would not fit: the dimensions come from the header, so a decompression bomb (a few KB that
 * inflate to 30,000 × 30,000 pixels) never gets its pixels allocated.
 */
final class ImageFiles implements AutoCloseable {

    /** One decoded page and the resolution the file states for it (0 when none). */
    record SourcePage(BufferedImage image, int dpi) {
    }

    private final ImageInputStream input;
    private final ImageReader reader;
    private final int pages;
    private final long maxPixels;

    private ImageFiles(ImageInputStream input, ImageReader reader, int pages, long maxPixels) {
        this.input = input;
        this.reader = reader;
        this.pages = pages;
        this.maxPixels = maxPixels;
    }

    static ImageFiles open(byte[] content, int maxPages, long maxPixels, long maxBytes)
            throws UnreadableDocumentException {
        if (content.length > maxBytes) {
            throw new UnreadableDocumentException("the image file is too large (" + content.length
                    + " bytes; the limit for images is " + maxBytes + ")");
        }
        ImageInputStream input = null;
        try {
            input = ImageIO.createImageInputStream(new ByteArrayInputStream(content));
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new UnreadableDocumentException("not a readable image (no decoder recognises its header)");
            }
            ImageReader reader = readers.next();
            reader.setInput(input, false, true);
            int pages = Math.min(reader.getNumImages(true), maxPages);
            if (pages <= 0) {
                throw new UnreadableDocumentException("the image file holds no image");
            }
            ImageFiles files = new ImageFiles(input, reader, pages, maxPixels);
            input = null;
            return files;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("not a readable image: " + describe(e));
        } finally {
            closeQuietly(input);
        }
    }

    int pages() {
        return pages;
    }

    /** Page {@code index} (0-based), after its header's dimensions are found acceptable. */
    SourcePage page(int index) throws UnreadableDocumentException {
        try {
            long width = reader.getWidth(index);
            long height = reader.getHeight(index);
            if (width <= 0 || height <= 0) {
                throw new UnreadableDocumentException("page " + (index + 1) + " of the image has no size");
            }
            if (width * height > maxPixels) {
                throw new UnreadableDocumentException("the image is too large to read safely (page " + (index + 1)
                        + " is " + width + " × " + height + " pixels; the limit is " + maxPixels
                        + " pixels): a decompression bomb or a far too fine scan");
            }
            BufferedImage image = reader.read(index);
            return new SourcePage(image, dpi(reader, index));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("the image is corrupt or truncated (page " + (index + 1) + "): "
                    + describe(e));
        }
    }

    /** The resolution from the standard metadata tree (pixel size in millimetres), 0 when absent. */
    private static int dpi(ImageReader reader, int index) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return 0;
            }
            Node root = metadata.getAsTree("javax_imageio_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!"Dimension".equals(n.getNodeName())) {
                    continue;
                }
                for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                    if ("HorizontalPixelSize".equals(d.getNodeName())) {
                        double millimetres = Double.parseDouble(d.getAttributes().getNamedItem("value").getNodeValue());
                        return millimetres > 0 ? (int) Math.round(25.4 / millimetres) : 0;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0; // a resolution we cannot read is one we estimate
        }
        return 0;
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void closeQuietly(ImageInputStream input) {
        if (input != null) {
            try {
                input.close();
            } catch (IOException ignored) {
                // nothing to release beyond the byte array
            }
        }
    }

    @Override
    public void close() {
        reader.dispose();
        closeQuietly(input);
    }
}
