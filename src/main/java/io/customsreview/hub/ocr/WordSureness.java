package io.customsreview.hub.ocr;

import java.util.List;

/**
 * Tesseract now and then gives a crisply printed word no confidence at all: "999" and "PCS" in a declaration's
 * quantity cell came back at 0 while each of their characters was read at 0.995, and the quantity was withheld as
 * unread (a planted quantity mismatch went unseen). Where a word's confidence is nil and every one of its characters
 * was read surely, the word is taken as read, but only doubtfully: below what the rules count as sure, so that a
 * look-alike digit in it is still forgiven rather than reported.
 */
final class WordSureness {

    /** below this a word's own confidence is no measure: its characters' are asked */
    static final double NONE = 0.05;
    /** every character at least this sure ... */
    static final double SURE_CHARACTER = 0.9;
    /** ... makes the word this sure: above the floor for withheld values, below the rules' "sure" */
    static final double DOUBTFUL_BUT_READ = 0.85;
    /** in the developer word cache's key: cached words from before this rule are read again */
    static final String VERSION = "sureness1";

    private WordSureness() {
    }

    /**
     * the word's sureness from its characters where its own is nil and its characters spell it, each read surely;
     * else its own
     */
    static double ofCharacters(String word, double own, List<BarSplitWords.Symbol> characters) {
        if (own >= NONE || characters.isEmpty()) {
            return own;
        }
        StringBuilder spelt = new StringBuilder();
        double least = 1;
        for (BarSplitWords.Symbol c : characters) {
            spelt.append(c.text());
            least = Math.min(least, c.confidence());
        }
        return spelt.toString().equals(word) && least >= SURE_CHARACTER ? DOUBTFUL_BUT_READ : own;
    }
}
