package io.customsreview.hub.ocr;

/** Tesseract cannot run here (library or language data missing); the message says what to install. */
public final class OcrUnavailableException extends Exception {

    OcrUnavailableException(String message) {
        super(message);
    }
}
