package io.customsreview.hub.ocr;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How scanned documents and images are read ({@code hub.ocr.*}).
 *
 * @param datapath          Tesseract's tessdata folder; blank: {@code $TESSDATA_PREFIX}, else Debian's
 *                          {@code /usr/share/tesseract-ocr/5/tessdata}
 * @param language          Tesseract language(s), e.g. {@code eng}
 * @param dpi               resolution pages are normalised to and PDFs rendered at
 * @param poolSize          OCR worker threads (one Tesseract engine each); 0: the number of cores
 * @param recycleAfterPages an engine is ended and created anew after this many pages (native memory creeps up)
 * @param maxPixels         images larger than this (width × height, read from the header) are refused unread
 * @param maxImageBytes     image files larger than this are refused
 * @param minConfidence     values read from words less sure than this (0..1) are withheld
 * @param secondReading     doubtful segments are read again, enlarged, as single lines (default true; false saves
 *                          10-20 % of the time on poor scans and reads fewer fields)
 * @param unreadInk         print the layout analysis passed over on a line it read (a word dropped from a line), or
 *                          as a whole line between two lines it read, is found and read (default true)
 */
@ConfigurationProperties("hub.ocr")
public record OcrSettings(String datapath, String language, int dpi, int poolSize, int recycleAfterPages,
                          long maxPixels, long maxImageBytes, double minConfidence,
                          Boolean secondReading, Boolean unreadInk) {

    static final String DEBIAN_TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";

    public OcrSettings {
        if (datapath == null || datapath.isBlank()) {
            String prefix = System.getenv("TESSDATA_PREFIX");
            datapath = prefix != null && !prefix.isBlank() ? prefix : DEBIAN_TESSDATA;
        }
        language = language == null || language.isBlank() ? "eng" : language;
        dpi = dpi <= 0 ? 300 : dpi;
        poolSize = poolSize <= 0 ? Runtime.getRuntime().availableProcessors() : poolSize;
        recycleAfterPages = recycleAfterPages <= 0 ? 200 : recycleAfterPages;
        maxPixels = maxPixels <= 0 ? 80_000_000L : maxPixels; // an A4 page at 600 DPI is 35 Mpx
        maxImageBytes = maxImageBytes <= 0 ? 40L * 1024 * 1024 : maxImageBytes;
        minConfidence = minConfidence <= 0 ? 0.6 : minConfidence;
        secondReading = secondReading == null || secondReading;
        unreadInk = unreadInk == null || unreadInk;
    }

    /**
     * the defaults; on the command line the floor for doubtful values may be set with -Dhub.ocr.min-confidence, the
     * second reading switched off with -Dhub.ocr.second-reading=false, the search for unread print with
     * -Dhub.ocr.unread-ink=false
     */
    public static OcrSettings defaults() {
        return new OcrSettings(null, null, 0, 0, 0, 0, 0,
                Double.parseDouble(System.getProperty("hub.ocr.min-confidence", "0")),
                Boolean.valueOf(System.getProperty("hub.ocr.second-reading", "true")),
                Boolean.valueOf(System.getProperty("hub.ocr.unread-ink", "true")));
    }
}
