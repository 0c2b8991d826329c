package io.customsreview.hub.ocr;

import java.util.List;

/**
 * Tesseract now and then gives a crisply printed word no confidence at all: "999" and "PCS" in a declaration's
 * quantity cell came back at 0 while each of their characters was read at 0.995, and the quantity was withheld as
 * unread (a planted quantity mismatch went unseen). Where a word's confidence is nil and every one of its characters
 * was read surely, the word is taken as read, but only doubtfully: below what the rules count as sure, so that a
 * look-alike digit in it is still forgiven rather than reported. A word given some confidence, but too little to be
 * read ("1.245" and "PCS" at 0.056 in another quantity cell, each character at 0.99 or more), is taken so too where
 * every character was read all but certainly: there a low word confidence is some measure, and only characters far
 * surer than that overrule it ("57626" at 0.43 for a crisp 577.27 had characters at 0.92 to 0.99).
 */
final class WordSureness {

    /** below this a word's own confidence is no measure: its characters' are asked */
    static final double NONE = 0.05;
    /** every character at least this sure ... */
    static final double SURE_CHARACTER = 0.9;
    /** ... makes the word this sure: above the floor for withheld values, below the rules' "sure" */
    static final double DOUBTFUL_BUT_READ = 0.85;
    /** below this (the default floor for values, {@code hub.ocr.min-confidence}) a word would be withheld ... */
    static final double BELOW_FLOOR = 0.6;
    /** ... unless each of its characters, two or more, was read at least this surely */
    static final double CERTAIN_CHARACTER = 0.98;
    /** marks a ruled line's remains are read as beside a word */
    private static final String BORDER_MARKS = "|[]{}_";
    /** in the developer word cache's key: cached words from before this rule are read again */
    static final String VERSION = "sureness3";

    private WordSureness() {
    }

    /**
     * the word's sureness from its characters where its own is nil and its characters spell it, each read surely, or
     * where its own is below the floor and its characters, two or more, spell it, each read all but certainly (a mark
     * at either end aside); else its own
     */
    static double ofCharacters(String word, double own, List<BarSplitWords.Symbol> characters) {
        if (own >= BELOW_FLOOR || characters.isEmpty()) {
            return own;
        }
        StringBuilder spelt = new StringBuilder();
        double least = 1;
        int first = 0;
        int last = characters.size() - 1;
        // a rule's remains read as a mark at the word's end ("1.245PCS]", "537,77}") is no character of it
        while (first < last && BORDER_MARKS.indexOf(characters.get(first).text()) >= 0) {
            first++;
        }
        while (last > first && BORDER_MARKS.indexOf(characters.get(last).text()) >= 0) {
            last--;
        }
        for (int i = 0; i < characters.size(); i++) {
            spelt.append(characters.get(i).text());
            if (i >= first && i <= last) {
                least = Math.min(least, characters.get(i).confidence());
            }
        }
        boolean nil = own < NONE;
        if (!nil && last - first < 1) {
            return own; // one character alone is too little to overrule the word's doubt
        }
        return spelt.toString().equals(word) && least >= (nil ? SURE_CHARACTER : CERTAIN_CHARACTER)
                ? DOUBTFUL_BUT_READ : own;
    }
}
