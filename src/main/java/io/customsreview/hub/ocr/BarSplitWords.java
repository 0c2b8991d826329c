package io.customsreview.hub.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table's ruled line read as a bar (or brackets) glued to a count and its unit ("73|SETS", "107|/SETS" at 0.39,
 * "3,790)}PCS" at 0.12): Tesseract
 * gives the whole word the doubt its bar earned, and the count, read surely, was withheld with it. Such a word is
 * split at its bars into the words either side, each with the boxes and confidences of its own characters.
 */
final class BarSplitWords {

    /** a character as Tesseract read it: its box and confidence (0..1) */
    record Symbol(String text, int x1, int y1, int x2, int y2, double confidence) {
    }

    /**
     * a number, bars (perhaps with a stroke or a brace), then letters: a count glued to its unit by a rule; or a
     * rule read as closing brackets ("3,790)}PCS" at 0.12)
     */
    private static final Pattern COUNT_BAR_UNIT =
            Pattern.compile("\\d[\\d.,]*(?:\\|+[/}\\])]?|[)}\\]]{1,2})\\p{L}.*");

    /**
     * an amount with its cents, a rule read as an apostrophe or bars, then the next cell's number of four digits or
     * more ("3,199.20'0306.17.9200": an amount and a commodity code; a Swiss grouping apostrophe is followed by three)
     */
    private static final Pattern AMOUNT_RULE_NUMBER = Pattern.compile("\\d[\\d.,]*[.,]\\d{2}(?:'|\\|+)\\d{4,}[\\d.]*");

    /** the characters a rule is read as, where the word is split */
    private static final String RULE_READINGS = "|)}]";

    private BarSplitWords() {
    }

    /** whether a word as Tesseract read it is a count and its unit glued by a bar, or an amount and a number so */
    static boolean glued(String word) {
        return COUNT_BAR_UNIT.matcher(word).matches() || AMOUNT_RULE_NUMBER.matcher(word).matches();
    }

    /**
     * The word's pieces between its bars, each as sure as its least sure character; the word as it was where its
     * characters do not spell it (no symbols given, or other text).
     */
    static List<TesseractHandle.RecognisedWord> split(TesseractHandle.RecognisedWord word, List<Symbol> symbols) {
        StringBuilder spelt = new StringBuilder();
        symbols.forEach(s -> spelt.append(s.text()));
        if (symbols.isEmpty() || !spelt.toString().equals(word.text())) {
            return List.of(word);
        }
        String rule = AMOUNT_RULE_NUMBER.matcher(word.text()).matches() ? RULE_READINGS + "'" : RULE_READINGS;
        List<TesseractHandle.RecognisedWord> pieces = new ArrayList<>();
        List<Symbol> piece = new ArrayList<>();
        for (Symbol symbol : symbols) {
            if (symbol.text().length() == 1 && rule.contains(symbol.text())) {
                addPiece(pieces, piece);
                piece = new ArrayList<>();
            } else {
                piece.add(symbol);
            }
        }
        addPiece(pieces, piece);
        return pieces.isEmpty() ? List.of(word) : pieces;
    }

    private static void addPiece(List<TesseractHandle.RecognisedWord> pieces, List<Symbol> piece) {
        if (piece.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int x1 = Integer.MAX_VALUE;
        int y1 = Integer.MAX_VALUE;
        int x2 = Integer.MIN_VALUE;
        int y2 = Integer.MIN_VALUE;
        double confidence = 1;
        for (Symbol s : piece) {
            text.append(s.text());
            x1 = Math.min(x1, s.x1());
            y1 = Math.min(y1, s.y1());
            x2 = Math.max(x2, s.x2());
            y2 = Math.max(y2, s.y2());
            confidence = Math.min(confidence, s.confidence());
        }
        pieces.add(new TesseractHandle.RecognisedWord(text.toString(), x1, y1, x2, y2, confidence));
    }
}
