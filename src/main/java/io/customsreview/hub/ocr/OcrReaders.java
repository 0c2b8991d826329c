package io.customsreview.hub.ocr;

import io.customsreview.hub.rules.HsNomenclature;
import io.customsreview.hub.rules.UnLocodes;

/** The OCR reader the hub and the command line use. */
public final class OcrReaders {

    private OcrReaders() {
    }

    /** A reader with its own worker pool; Tesseract engines start with the first page, not here. */
    public static TesseractScanReader standard(OcrSettings settings, HsNomenclature nomenclature, int maxPages) {
        return standard(settings, nomenclature, UnLocodes.none(), maxPages);
    }

    /** The same, port codes also repaired against the UN/LOCODE list. */
    public static TesseractScanReader standard(OcrSettings settings, HsNomenclature nomenclature, UnLocodes locodes,
                                               int maxPages) {
        return new TesseractScanReader(new OcrEngine(settings), nomenclature, locodes, maxPages);
    }
}
