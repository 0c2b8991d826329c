package io.customsreview.hub.ocr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A word Tesseract gave no confidence, its characters each read surely, is read, doubtfully. */
class WordSurenessTest {

    private static List<BarSplitWords.Symbol> characters(String text, double... sureness) {
        List<BarSplitWords.Symbol> symbols = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            symbols.add(new BarSplitWords.Symbol(text.substring(i, i + 1), 10 * i, 0, 10 * i + 9, 20, sureness[i]));
        }
        return symbols;
    }

    @Test
    void aWordWithoutConfidenceWhoseCharactersWereReadSurelyIsReadDoubtfully() {
        // "999" in a declaration's quantity cell: the word at 0, each 9 at 0.995; withheld, a planted quantity
        // mismatch went unseen
        double sureness = WordSureness.ofCharacters("999", 0.0, characters("999", 0.995, 0.996, 0.995));
        assertThat(sureness).isEqualTo(WordSureness.DOUBTFUL_BUT_READ).isGreaterThan(0.6).isLessThan(0.93);
    }

    @Test
    void otherwiseTheWordsOwnConfidenceStands() {
        assertThat(WordSureness.ofCharacters("999", 0.0, characters("999", 0.995, 0.42, 0.995)))
                .as("a character doubted").isEqualTo(0.0);
        assertThat(WordSureness.ofCharacters("999", 0.0, characters("99", 0.995, 0.995)))
                .as("characters that do not spell the word").isEqualTo(0.0);
        assertThat(WordSureness.ofCharacters("999", 0.0, List.of())).as("no characters").isEqualTo(0.0);
        assertThat(WordSureness.ofCharacters("999", 0.31, characters("999", 0.995, 0.996, 0.995)))
                .as("a confidence of its own").isEqualTo(0.31);
    }
}
