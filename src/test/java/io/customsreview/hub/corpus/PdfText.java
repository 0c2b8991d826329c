package io.customsreview.hub.corpus;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Path;

/** Text of a generated PDF (also a tiny CLI: PdfText file.pdf... prints the text). */
public final class PdfText {
    private PdfText() {
    }

    public static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(doc);
        }
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(doc);
        }
    }

    public static void main(String[] args) throws IOException {
        for (String a : args) {
            System.out.println("===== " + a);
            System.out.println(text(Path.of(a)));
        }
    }
}
