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
        assertThat(WordSureness.ofCharacters("999", 0.62, characters("999", 0.995, 0.996, 0.995)))
                .as("a confidence of its own above the floor").isEqualTo(0.62);
    }

    @Test
    void aWordDoubtedBelowTheFloorWhoseCharactersWereReadAllButCertainlyIsReadDoubtfully() {
        // "1.245" and "PCS" in a declaration's quantity cell at 0.056, every character at 0.99 or more: withheld,
        // a planted quantity mismatch went unseen
        assertThat(WordSureness.ofCharacters("1.245", 0.056, characters("1.245", 1.0, 0.998, 0.997, 0.999, 0.996)))
                .isEqualTo(WordSureness.DOUBTFUL_BUT_READ);
        // "57626" at 0.43 for a crisp "577.27": its characters at 0.92 to 0.99 — low enough to stay withheld
        assertThat(WordSureness.ofCharacters("57626", 0.43, characters("57626", 0.99, 0.98, 0.95, 0.98, 0.92)))
                .isEqualTo(0.43);
        assertThat(WordSureness.ofCharacters("5", 0.2, characters("5", 0.999))).as("a single character").isEqualTo(0.2);
        assertThat(WordSureness.ofCharacters("5]", 0.2, characters("5]", 0.999, 0.87))).as("a single character")
                .isEqualTo(0.2);
        // "1.245PCS]" at 0.12: a ruled line's remains read as a bracket (0.87) after characters read at 0.99 or more
        assertThat(WordSureness.ofCharacters("1.245PCS]", 0.12, characters("1.245PCS]", 0.995, 0.994, 0.996, 0.997,
                0.993, 0.992, 0.991, 0.994, 0.87))).isEqualTo(WordSureness.DOUBTFUL_BUT_READ);
        assertThat(WordSureness.ofCharacters("18.561,40]China", 0.13, characters("18.561,40]China", 0.99, 0.99, 0.99,
                0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.88, 0.99, 0.99, 0.99, 0.99, 0.99)))
                .as("a mark inside the word is one of its characters").isEqualTo(0.13);
    }
}
