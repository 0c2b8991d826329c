package io.customsreview.hub.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.TessAPI;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One native Tesseract engine (a TessBaseAPI handle through tess4j's {@link TessAPI} binding, the one its
 * {@code Tesseract} class uses), initialised once and reused page after page: initialising per page, as
 * {@code Tesseract.getWords} does, costs about a quarter of the page time. Not thread-safe: exactly one thread
 * owns a handle.
 */
final class TesseractHandle implements AutoCloseable {

    static {
        // before TessAPI loads libtesseract (and with it OpenMP, which reads the limit once): one thread per engine
        ProcessEnvironment.setIfUnset("OMP_THREAD_LIMIT", "1");
    }

    /** A recognised word: text, box in the pixels of the image given, confidence 0..1. */
    record RecognisedWord(String text, int x1, int y1, int x2, int y2, double confidence) {
    }

    /** What Tesseract's orientation detection says: rotate the page clockwise by {@code degrees} to read it. */
    record Orientation(int degrees, float confidence) {
    }

    private final TessAPI api;
    private final ITessAPI.TessBaseAPI handle;
    private final String datapath;
    private ITessAPI.TessBaseAPI osd;
    private int pages;
    private ByteBuffer pixelBuffer;

    TesseractHandle(String datapath, String language) throws OcrUnavailableException {
        this.datapath = datapath;
        try {
            api = TessAPI.INSTANCE;
            handle = api.TessBaseAPICreate();
        } catch (LinkageError e) {
            throw new OcrUnavailableException("the Tesseract library is not installed (" + e.getMessage()
                    + "); run scripts/setup.sh");
        }
        if (api.TessBaseAPIInit2(handle, datapath, language, ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
            api.TessBaseAPIDelete(handle);
            throw new OcrUnavailableException("Tesseract could not load the language data '" + language + "' from "
                    + datapath + " (install tesseract-ocr-" + language + " or set hub.ocr.datapath)");
        }
        api.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_AUTO);
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null"); // no "Estimating resolution" chatter on stderr
        SETTINGS.forEach((name, value) -> api.TessBaseAPISetVariable(handle, name, value));
    }

    /**
     * the recogniser's variables beyond the defaults (also part of the developer cache's key): trade documents print
     * dark on light, and re-reading every doubtful line inverted (tessedit_do_invert) cost ~5 % of the page time and,
     * measured on the development scans, changed no field. Sauvola's k (used on unevenly lit pages) at 0.2, not the
     * default 0.34, which hollows out the thick strokes of large bold titles ("CERTIFICATE OF ORIGIN" vanished).
     */
    static final java.util.Map<String, String> SETTINGS = new java.util.TreeMap<>(java.util.Map.of(
            "thresholding_kfactor", "0.2", "tessedit_do_invert", "0"));

    /**
     * How ink is told from paper. On an evenly lit page one threshold for the whole page (Otsu): on the degraded
     * development scans it lost half as many fields as local thresholds, which turn JPEG halos and speck remnants
     * into ink. A photo's shading, a coloured band or a dark picture needs Sauvola's local thresholds (with one
     * threshold a shaded page read no field at all).
     */
    enum Threshold {
        PAGE("0"), LOCAL("2");

        final String method;

        Threshold(String method) {
            this.method = method;
        }

        static Threshold forPage(boolean evenlyLit) {
            return evenlyLit ? PAGE : LOCAL;
        }
    }

    int pages() {
        return pages;
    }

    /** Recognises an 8-bit grey image whose resolution is {@code dpi} (0: unknown). */
    List<RecognisedWord> recognise(BufferedImage grey, int dpi, Threshold threshold) {
        pages++;
        ByteBuffer pixels = pixels(grey);
        return DeveloperWordCache.recognise(pixels, grey.getWidth(), grey.getHeight(), dpi + threshold.name(),
                () -> recogniseNow(pixels, grey, dpi, threshold));
    }

    /**
     * Recognises a crop holding one line of text (page segmentation: a single line), e.g. a doubtful segment read
     * again enlarged.
     */
    List<RecognisedWord> recogniseLine(BufferedImage grey, int dpi, Threshold threshold) {
        return recogniseAs(ITessAPI.TessPageSegMode.PSM_SINGLE_LINE, "line", grey, dpi, threshold);
    }

    /**
     * Recognises a crop as one raw line, without Tesseract's own line finding: what a single line's reading gives
     * nothing for where the crop holds the tops of the line below as well.
     */
    List<RecognisedWord> recogniseRawLine(BufferedImage grey, int dpi, Threshold threshold) {
        return recogniseAs(ITessAPI.TessPageSegMode.PSM_RAW_LINE, "raw", grey, dpi, threshold);
    }

    private List<RecognisedWord> recogniseAs(int segmentation, String reading, BufferedImage grey, int dpi,
                                             Threshold threshold) {
        ByteBuffer pixels = pixels(grey);
        return DeveloperWordCache.recognise(pixels, grey.getWidth(), grey.getHeight(), reading + dpi + threshold.name(),
                () -> {
                    api.TessBaseAPISetPageSegMode(handle, segmentation);
                    try {
                        return recogniseNow(pixels, grey, dpi, threshold);
                    } finally {
                        api.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_AUTO);
                    }
                });
    }

    private List<RecognisedWord> recogniseNow(ByteBuffer pixels, BufferedImage grey, int dpi, Threshold threshold) {
        api.TessBaseAPISetVariable(handle, "thresholding_method", threshold.method);
        api.TessBaseAPISetImage(handle, pixels, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
        if (dpi > 0) { // else Tesseract estimates it from the letters' height
            api.TessBaseAPISetSourceResolution(handle, dpi);
        }
        List<RecognisedWord> words = new ArrayList<>();
        if (api.TessBaseAPIRecognize(handle, null) != 0) {
            api.TessBaseAPIClear(handle);
            return words;
        }
        ITessAPI.TessResultIterator iterator = api.TessBaseAPIGetIterator(handle);
        if (iterator == null) {
            api.TessBaseAPIClear(handle);
            return words;
        }
        try {
            ITessAPI.TessPageIterator page = api.TessResultIteratorGetPageIterator(iterator);
            api.TessPageIteratorBegin(page);
            IntBuffer left = IntBuffer.allocate(1), top = IntBuffer.allocate(1), right = IntBuffer.allocate(1),
                    bottom = IntBuffer.allocate(1);
            int level = ITessAPI.TessPageIteratorLevel.RIL_WORD;
            do {
                Pointer text = api.TessResultIteratorGetUTF8Text(iterator, level);
                if (text == null) {
                    continue;
                }
                String word = text.getString(0, "UTF-8").strip();
                api.TessDeleteText(text);
                if (word.isEmpty()) {
                    continue;
                }
                float confidence = api.TessResultIteratorConfidence(iterator, level);
                api.TessPageIteratorBoundingBox(page, level, left, top, right, bottom);
                double sureness = Math.max(0, Math.min(100, confidence)) / 100.0;
                boolean glued = BarSplitWords.glued(word);
                // the characters are asked for (one native call each) only where a word needs them, and once
                List<BarSplitWords.Symbol> characters = glued || sureness < WordSureness.BELOW_FLOOR
                        ? symbols(iterator) : List.of();
                if (sureness < WordSureness.BELOW_FLOOR) {
                    sureness = WordSureness.ofCharacters(word, sureness, characters);
                }
                RecognisedWord recognised = new RecognisedWord(word, left.get(0), top.get(0), right.get(0),
                        bottom.get(0), sureness);
                if (glued) {
                    words.addAll(BarSplitWords.split(recognised, characters));
                } else {
                    words.add(recognised);
                }
            } while (api.TessPageIteratorNext(page, level) == ITessAPI.TRUE);
        } finally {
            api.TessResultIteratorDelete(iterator);
            api.TessBaseAPIClear(handle);
        }
        return words;
    }

    /** the characters of the word the iterator stands at, with their boxes and confidences (a copy iterates them) */
    private List<BarSplitWords.Symbol> symbols(ITessAPI.TessResultIterator iterator) {
        List<BarSplitWords.Symbol> symbols = new ArrayList<>();
        ITessAPI.TessResultIterator copy = api.TessResultIteratorCopy(iterator);
        if (copy == null) {
            return symbols;
        }
        try {
            ITessAPI.TessPageIterator page = api.TessResultIteratorGetPageIterator(copy);
            IntBuffer left = IntBuffer.allocate(1), top = IntBuffer.allocate(1), right = IntBuffer.allocate(1),
                    bottom = IntBuffer.allocate(1);
            int symbol = ITessAPI.TessPageIteratorLevel.RIL_SYMBOL;
            for (int guard = 0; guard < 64; guard++) {
                Pointer text = api.TessResultIteratorGetUTF8Text(copy, symbol);
                if (text == null) {
                    return List.of();
                }
                String character = text.getString(0, "UTF-8");
                api.TessDeleteText(text);
                float confidence = api.TessResultIteratorConfidence(copy, symbol);
                api.TessPageIteratorBoundingBox(page, symbol, left, top, right, bottom);
                symbols.add(new BarSplitWords.Symbol(character, left.get(0), top.get(0), right.get(0), bottom.get(0),
                        Math.max(0, Math.min(100, confidence)) / 100.0));
                if (api.TessPageIteratorIsAtFinalElement(page, ITessAPI.TessPageIteratorLevel.RIL_WORD, symbol)
                        == ITessAPI.TRUE || api.TessPageIteratorNext(page, symbol) != ITessAPI.TRUE) {
                    return symbols;
                }
            }
            return List.of();
        } finally {
            api.TessResultIteratorDelete(copy);
        }
    }

    /** Orientation of the page by Tesseract's OSD model (osd.traineddata), or null when it cannot tell. */
    Orientation orientation(BufferedImage grey, int dpi) {
        if (osd == null) {
            osd = api.TessBaseAPICreate();
            if (api.TessBaseAPIInit2(osd, datapath, "osd", ITessAPI.TessOcrEngineMode.OEM_TESSERACT_ONLY) != 0) {
                api.TessBaseAPIDelete(osd);
                osd = null;
                return null;
            }
            api.TessBaseAPISetPageSegMode(osd, ITessAPI.TessPageSegMode.PSM_OSD_ONLY);
            api.TessBaseAPISetVariable(osd, "debug_file", "/dev/null");
        }
        ByteBuffer pixels = pixels(grey);
        api.TessBaseAPISetImage(osd, pixels, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
        if (dpi > 0) {
            api.TessBaseAPISetSourceResolution(osd, dpi);
        }
        IntBuffer degrees = IntBuffer.allocate(1);
        FloatBuffer confidence = FloatBuffer.allocate(1);
        FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
        try {
            if (api.TessBaseAPIDetectOrientationScript(osd, degrees, confidence, new PointerByReference(),
                    scriptConfidence) == ITessAPI.TRUE) {
                return new Orientation(degrees.get(0), confidence.get(0));
            }
            return null;
        } finally {
            api.TessBaseAPIClear(osd);
        }
    }

    /**
     * The page's pixels in native memory for Tesseract, in one buffer per engine reused page after page: a fresh
     * direct buffer per page (~9 MB at 300 DPI) is zeroed on allocation and freed only when the collector gets to it.
     */
    private ByteBuffer pixels(BufferedImage grey) {
        if (grey.getRaster().getParent() != null) {
            grey = PagePreparation.grey(grey, 1.0); // a crop shares its page's buffer: its own pixels only
        }
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        if (pixelBuffer == null || pixelBuffer.capacity() < data.length) {
            pixelBuffer = ByteBuffer.allocateDirect(data.length);
        }
        pixelBuffer.clear();
        pixelBuffer.put(data).flip();
        return pixelBuffer;
    }

    @Override
    public void close() {
        api.TessBaseAPIEnd(handle);
        api.TessBaseAPIDelete(handle);
        if (osd != null) {
            api.TessBaseAPIEnd(osd);
            api.TessBaseAPIDelete(osd);
        }
    }
}
