package io.customsreview.hub.ocr;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.extraction.DocumentText;
import io.customsreview.hub.extraction.LineBuilder;
import io.customsreview.hub.extraction.ScanReader;
import io.customsreview.hub.extraction.TextLine;
import io.customsreview.hub.extraction.TextSegment;
import io.customsreview.hub.extraction.UnreadableDocumentException;
import io.customsreview.hub.extraction.Word;
import io.customsreview.hub.rules.HsNomenclature;
import io.customsreview.hub.rules.UnLocodes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.Future;

/**
 * Reads images and scanned PDF pages with Tesseract: each page is decoded (or rendered) on the caller's thread,
 * then prepared and recognised on an OCR worker, so a document's pages are read in parallel and the number of
 * pages in memory at once stays bounded by the pool. Words come back with boxes in the pixels of the page image
 * (the image file's own pixels; for a PDF its rendering at {@link OcrSettings#dpi()}) and are corrected with domain
 * knowledge before lines are built.
 */
public final class TesseractScanReader implements ScanReader {

    /** Below these, a page is read again after Tesseract's orientation detection (turned 90/180/270°). */
    private static final double POOR_MEAN_CONFIDENCE = 0.65;
    private static final int POOR_WORD_COUNT = 15;
    private static final float MIN_ORIENTATION_CONFIDENCE = 1.5f;

    private final OcrEngine engine;
    private final DomainCorrections corrections;
    private final int maxPages;

    public TesseractScanReader(OcrEngine engine, HsNomenclature nomenclature, int maxPages) {
        this(engine, nomenclature, UnLocodes.none(), maxPages);
    }

    public TesseractScanReader(OcrEngine engine, HsNomenclature nomenclature, UnLocodes locodes, int maxPages) {
        this.engine = engine;
        this.corrections = new DomainCorrections(nomenclature, locodes);
        this.maxPages = maxPages;
    }

    public OcrEngine engine() {
        return engine;
    }

    @Override
    public double minConfidence() {
        return engine.settings().minConfidence();
    }

    @Override
    public DocumentText readImage(byte[] content) throws UnreadableDocumentException {
        OcrSettings s = engine.settings();
        try (ImageFiles files = ImageFiles.open(content, maxPages, s.maxPixels(), s.maxImageBytes())) {
            List<TextLine> lines = new ArrayList<>();
            List<Future<List<TextLine>>> batch = new ArrayList<>();
            for (int index = 0; index < files.pages(); index++) {
                ImageFiles.SourcePage page = files.page(index);
                int number = index + 1;
                batch.add(engine.submit(tesseract -> read(tesseract, number, page.image(), page.dpi())));
                if (batch.size() == s.poolSize() || index == files.pages() - 1) {
                    collect(batch, lines);
                }
            }
            return new DocumentText(lines, ExtractionMethod.OCR, files.pages());
        }
    }

    @Override
    public List<TextLine> readPdfPages(byte[] pdf, SortedSet<Integer> pages) throws UnreadableDocumentException {
        OcrSettings s = engine.settings();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<TextLine> lines = new ArrayList<>();
            List<Future<List<TextLine>>> batch = new ArrayList<>();
            for (int number : pages) {
                if (number < 1 || number > Math.min(document.getNumberOfPages(), maxPages)) {
                    continue;
                }
                SourcePage page = rendered(renderer, document.getPage(number - 1), number);
                batch.add(engine.submit(tesseract -> page.toWorking() == 1.0
                        ? read(tesseract, number, page.image(), page.dpi())
                        : scaled(read(tesseract, number, page.image(), page.dpi()), page.toWorking())));
                if (batch.size() == s.poolSize()) {
                    collect(batch, lines);
                }
            }
            collect(batch, lines);
            return lines;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("the PDF is password-protected");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("the scanned PDF could not be rendered: " + e.getMessage());
        }
    }

    @Override
    public List<List<BoxReading>> readBoxesAgain(byte[] content, boolean pdf, int page, List<Box> boxes) {
        List<List<BoxReading>> readings = new ArrayList<>(boxes.size());
        try {
            SourcePage source = sourcePage(content, pdf, page);
            for (Box box : boxes) {
                readings.add(source == null ? List.of() : readAlone(source, box));
            }
        } catch (UnreadableDocumentException | OcrUnavailableException | IOException | RuntimeException e) {
            // no second look: the first reading stands
            readings.clear();
        }
        while (readings.size() < boxes.size()) {
            readings.add(List.of());
        }
        return readings;
    }

    /**
     * a page as it is read, before preparation: its image, its resolution (0: unknown) and how many of the pixels its
     * boxes are stated in make one of its own (1 but for a PDF scan of lower resolution than the working one)
     */
    private record SourcePage(BufferedImage image, int dpi, double toWorking) {
    }

    /**
     * A PDF page rendered to be read: a scan of lower resolution than the working one at its own resolution, so that
     * preparation sees its pixels (speckle, blur) as scanned and enlarges it once, its own way — its boxes then stated
     * in the working resolution's pixels like every other page's; any other page at the working resolution, its boxes
     * in the pixels of that rendering.
     */
    private SourcePage rendered(PDFRenderer renderer, PDPage page, int number) throws IOException {
        float renderDpi = renderDpi(page);
        int scanDpi = scannedImageDpi(page);
        return scanDpi > 0 && scanDpi < 0.9 * renderDpi
                ? new SourcePage(renderer.renderImageWithDPI(number - 1, scanDpi, ImageType.GRAY), scanDpi,
                renderDpi / scanDpi)
                : new SourcePage(renderer.renderImageWithDPI(number - 1, renderDpi, ImageType.GRAY),
                engine.settings().dpi(), 1.0);
    }

    /** page {@code number} of an image file or a PDF as it is read; null for no such page */
    private SourcePage sourcePage(byte[] content, boolean pdf, int number) throws UnreadableDocumentException,
            IOException {
        OcrSettings s = engine.settings();
        if (pdf) {
            try (PDDocument document = Loader.loadPDF(content)) {
                return number < 1 || number > Math.min(document.getNumberOfPages(), maxPages) ? null
                        : rendered(new PDFRenderer(document), document.getPage(number - 1), number);
            }
        }
        try (ImageFiles files = ImageFiles.open(content, maxPages, s.maxPixels(), s.maxImageBytes())) {
            if (number < 1 || number > files.pages()) {
                return null;
            }
            ImageFiles.SourcePage page = files.page(number - 1);
            return new SourcePage(page.image(), page.dpi(), 1.0);
        }
    }

    /**
     * A box read alone, as one line on white paper of its own, three ways: cropped close, cropped with a line's height
     * around it, and that enlarged twice. Each sways the recogniser otherwise (a crisp "7,590.76" read "7,990.76",
     * "7,090.76" and "7,590.76" so).
     */
    private List<BoxReading> readAlone(SourcePage page, Box box) throws OcrUnavailableException {
        int height = (int) Math.round((box.y2() - box.y1()) / page.toWorking());
        List<BoxReading> readings = new ArrayList<>(3);
        int dpi = page.dpi() > 0 ? page.dpi() : engine.settings().dpi();
        for (int way = 0; way < 3; way++) {
            BufferedImage crop = cropped(page, box, way == 0 ? Math.max(4, height / 4) : Math.max(8, height),
                    way == 2 ? 2 : 1, Math.max(10, height));
            if (crop == null) {
                return readings;
            }
            int resolution = way == 2 ? 2 * dpi : dpi;
            List<TesseractHandle.RecognisedWord> words = OcrEngine.await(engine.submit(tesseract ->
                    tesseract.recogniseLine(crop, resolution, TesseractHandle.Threshold.LOCAL)));
            if (!words.isEmpty()) {
                readings.add(new BoxReading(String.join(" ", words.stream().map(TesseractHandle.RecognisedWord::text)
                        .toList()), words.stream().mapToDouble(TesseractHandle.RecognisedWord::confidence).min()
                        .orElse(0)));
            }
        }
        return readings;
    }

    /** the box with {@code margin} px around it, enlarged {@code scale} times, {@code border} px of white around */
    private static BufferedImage cropped(SourcePage page, Box box, int margin, int scale, int border) {
        int x1 = Math.max(0, (int) Math.floor(box.x1() / page.toWorking()) - margin);
        int y1 = Math.max(0, (int) Math.floor(box.y1() / page.toWorking()) - margin);
        int x2 = Math.min(page.image().getWidth(), (int) Math.ceil(box.x2() / page.toWorking()) + margin);
        int y2 = Math.min(page.image().getHeight(), (int) Math.ceil(box.y2() / page.toWorking()) + margin);
        if (x2 - x1 < 4 || y2 - y1 < 4) {
            return null;
        }
        BufferedImage crop = new BufferedImage((x2 - x1) * scale + 2 * border, (y2 - y1) * scale + 2 * border,
                BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = crop.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, crop.getWidth(), crop.getHeight());
        if (scale != 1) {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        g.drawImage(page.image().getSubimage(x1, y1, x2 - x1, y2 - y1), border, border, (x2 - x1) * scale,
                (y2 - y1) * scale, null);
        g.dispose();
        return crop;
    }

    /**
     * The resolution of the scan a page consists of: one image covering (nearly) the whole page, as scanners and
     * phone apps write them; 0 when the page is anything else.
     */
    static int scannedImageDpi(PDPage page) {
        try {
            org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
            if (resources == null) {
                return 0;
            }
            PDImageXObject largest = null;
            int images = 0;
            for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images++;
                    if (largest == null || (long) image.getWidth() * image.getHeight()
                            > (long) largest.getWidth() * largest.getHeight()) {
                        largest = image;
                    }
                }
            }
            if (images != 1) {
                return 0;
            }
            PDRectangle box = page.getCropBox();
            double dpiAcross = largest.getWidth() / (box.getWidth() / 72.0);
            double dpiDown = largest.getHeight() / (box.getHeight() / 72.0);
            boolean upright = page.getRotation() % 180 == 0;
            if (!upright || Math.abs(dpiAcross - dpiDown) > 0.05 * dpiAcross || dpiAcross < 100 || dpiAcross > 1200) {
                return 0; // not one page-filling image of square pixels
            }
            return (int) Math.round(dpiAcross);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static List<TextLine> scaled(List<TextLine> lines, double factor) {
        return withBoxes(lines, b -> LineBuilder.box(b.x1() * factor, b.y1() * factor, b.x2() * factor, b.y2() * factor));
    }

    /** The working resolution, lowered for an oversized page so that its rendering stays within the pixel limit. */
    private float renderDpi(PDPage page) {
        OcrSettings s = engine.settings();
        PDRectangle box = page.getCropBox();
        double inches = Math.max(box.getWidth(), 1) / 72.0 * Math.max(box.getHeight(), 1) / 72.0;
        double limit = Math.sqrt(s.maxPixels() / inches);
        return (float) Math.min(s.dpi(), limit);
    }

    private static void collect(List<Future<List<TextLine>>> batch, List<TextLine> lines)
            throws UnreadableDocumentException {
        try {
            for (Future<List<TextLine>> page : batch) {
                lines.addAll(OcrEngine.await(page));
            }
        } catch (OcrUnavailableException e) {
            throw new UnreadableDocumentException("OCR could not read the document: " + e.getMessage());
        } finally {
            batch.clear();
        }
    }

    /** On an OCR worker: prepare the page, recognise it (turned upright if need be), boxes back to source pixels. */
    private List<TextLine> read(TesseractHandle tesseract, int pageNumber, BufferedImage source, int sourceDpi) {
        OcrSettings s = engine.settings();
        PagePreparation.PreparedPage page = PagePreparation.prepare(source, sourceDpi, s.dpi(), s.maxPixels());
        List<TesseractHandle.RecognisedWord> words = tesseract.recognise(page.grey(), page.dpi(),
                TesseractHandle.Threshold.forPage(page.evenlyLit()));
        boolean sideways = sideways(words);
        if (sideways || poor(words)) {
            // a page photographed or scanned sideways or upside down: ask OSD, read again only when it is sure
            TesseractHandle.Orientation orientation = tesseract.orientation(page.grey(), page.dpi());
            if (orientation != null && orientation.degrees() != 0
                    && orientation.confidence() >= MIN_ORIENTATION_CONFIDENCE) {
                // OSD gives the page's orientation; turning it back upright is the opposite rotation
                PagePreparation.PreparedPage turned = page.rotatedQuarterTurns(-orientation.degrees() / 90);
                List<TesseractHandle.RecognisedWord> again = tesseract.recognise(turned.grey(), turned.dpi(),
                        TesseractHandle.Threshold.forPage(turned.evenlyLit()));
                if (sideways ? !sideways(again) : score(again) > score(words)) {
                    page = turned;
                    words = again;
                }
            }
        }
        List<Word> level = new ArrayList<>(words.size());
        for (TesseractHandle.RecognisedWord w : words) {
            level.add(new Word(w.text(), LineBuilder.box(w.x1(), w.y1(), w.x2(), w.y2()), w.confidence()));
        }
        if (s.secondReading()) {
            level = SecondReading.improve(tesseract, page.grey(), page.dpi(),
                    TesseractHandle.Threshold.forPage(page.evenlyLit()), level, page.blurred());
        }
        if (s.unreadInk()) {
            level = UnreadInk.withoutFlatBoxes(level);
            level.addAll(UnreadInk.read(tesseract, page.grey(), page.dpi(),
                    TesseractHandle.Threshold.forPage(page.evenlyLit()), level));
        }
        List<Word> cleaned = new ArrayList<>(level.size());
        for (Word w : level) {
            String text = WordCleaning.clean(w.text(), w.confidence());
            for (Word word : WordCleaning.splitAtGaps(new Word(text, w.box(), w.confidence()))) {
                // a word read again over the end of an earlier one: Tesseract may place the two in other blocks
                int over = -1;
                Word runOn = null;
                for (int k = cleaned.size() - 1; k >= 0 && runOn == null && !word.text().isEmpty(); k--) {
                    runOn = WordCleaning.readOverItsEnd(cleaned.get(k), word);
                    over = k;
                }
                if (runOn != null) {
                    cleaned.set(over, runOn);
                } else if (!word.text().isEmpty()
                        && cleaned.stream().noneMatch(earlier -> WordCleaning.readTwice(earlier, word))) {
                    cleaned.add(word);
                }
            }
        }
        cleaned.removeIf(speck -> cleaned.stream()
                .anyMatch(word -> word != speck && WordCleaning.speckInside(word, speck)));
        level = WordCleaning.digitsMoreThanTheirBoxHolds(WordCleaning.strokesReadAsCharacters(cleaned));
        // lines are built on the upright page (on the skewed source a row of words climbs or falls across the
        // page); only then are the boxes taken back to the source image's pixels
        AffineTransform toSource = page.toSource();
        return withBoxes(LineBuilder.buildFromInk(pageNumber, corrections.correct(level)), box -> sourceBox(toSource, box));
    }

    /** the lines with every word's box replaced by {@code box} of it */
    private static List<TextLine> withBoxes(List<TextLine> lines, java.util.function.UnaryOperator<Box> box) {
        List<TextLine> result = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            List<TextSegment> segments = new ArrayList<>();
            for (TextSegment segment : line.segments()) {
                segments.add(new TextSegment(segment.words().stream()
                        .map(w -> new Word(w.text(), box.apply(w.box()), w.confidence())).toList()));
            }
            result.add(new TextLine(line.page(), segments));
        }
        return result;
    }

    private static boolean poor(List<TesseractHandle.RecognisedWord> words) {
        return words.size() < POOR_WORD_COUNT
                || words.stream().mapToDouble(TesseractHandle.RecognisedWord::confidence).average().orElse(0)
                < POOR_MEAN_CONFIDENCE;
    }

    /**
     * Tesseract reads a page fed sideways fairly well, word by word, but its words then stand on end (boxes taller
     * than wide) and no lines can be built from them.
     */
    private static boolean sideways(List<TesseractHandle.RecognisedWord> words) {
        long longWords = words.stream().filter(w -> w.text().length() >= 3).count();
        long standing = words.stream().filter(w -> w.text().length() >= 3 && w.y2() - w.y1() > w.x2() - w.x1()).count();
        return longWords >= 5 && standing * 2 > longWords;
    }

    /** Confident letters read: more of them means the better reading of a page. */
    private static double score(List<TesseractHandle.RecognisedWord> words) {
        return words.stream().mapToDouble(w -> w.confidence() * w.text().length()).sum();
    }

    private static Box sourceBox(AffineTransform toSource, Box w) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] corner : new double[][]{{w.x1(), w.y1()}, {w.x2(), w.y1()}, {w.x1(), w.y2()}, {w.x2(), w.y2()}}) {
            Point2D p = toSource.transform(new Point2D.Double(corner[0], corner[1]), null);
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        return LineBuilder.box(minX, minY, maxX, maxY);
    }
}
