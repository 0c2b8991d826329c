package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Box;

import java.util.List;
import java.util.SortedSet;

/**
 * Reads text from pixels: image files and PDF pages without a real text layer. The OCR feature implements it
 * ({@code io.customsreview.hub.ocr}); words come back with boxes in page-image pixels and the recogniser's
 * confidence, so the extractors and the provenance work as for digital text.
 */
public interface ScanReader {

    /** The text of an image file (PNG, JPEG, TIFF with any number of pages, BMP, GIF). */
    DocumentText readImage(byte[] content) throws UnreadableDocumentException;

    /** The lines of the given 1-based pages of a PDF, read from their rendering at the OCR resolution. */
    List<TextLine> readPdfPages(byte[] pdf, SortedSet<Integer> pages) throws UnreadableDocumentException;

    /** Values read from words less sure than this (0..1) are withheld: better missing than wrong. */
    double minConfidence();

    /** What a box of a page read alone gave: its words' text and the least sure word's confidence (0..1). */
    record BoxReading(String text, double confidence) {
    }

    /**
     * The given boxes of one page (1-based) of an image file or ({@code pdf}) a scanned PDF, each cropped from the page
     * as it is read (no preparation) and read alone as one line, in a few ways (with more or less of its surroundings,
     * enlarged): a second look at a value, away from the words around it. For each box the readings it gave (none
     * where it gave nothing); none at all where the file or page cannot be read, or this reader reads no boxes again.
     */
    default List<List<BoxReading>> readBoxesAgain(byte[] content, boolean pdf, int page, List<Box> boxes) {
        return noReadings(boxes);
    }

    /** no reading for any of the boxes */
    static List<List<BoxReading>> noReadings(List<Box> boxes) {
        return boxes.stream().map(b -> List.<BoxReading>of()).toList();
    }
}
