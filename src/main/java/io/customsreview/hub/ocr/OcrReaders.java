package io.customsreview.hub.ocr;

import io.customsreview.hub.rules.HsNomenclature;

/** The OCR reader the hub and the command line use. */
public final class OcrReaders {

    private OcrReaders() {
    }

    /** A reader with its own worker pool; Tesseract engines start with the first page, not here. */
    public static TesseractScanReader standard(OcrSettings settings, HsNomenclature nomenclature, int maxPages) {
        return new TesseractScanReader(new OcrEngine(settings), nomenclature, maxPages);
    }
}
