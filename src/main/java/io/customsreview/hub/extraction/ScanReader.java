package io.customsreview.hub.extraction;

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
}
