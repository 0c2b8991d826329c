package io.customsreview.hub.ocr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BarSplitWordsTest {

    private static BarSplitWords.Symbol symbol(String text, int x, double confidence) {
        return new BarSplitWords.Symbol(text, x, 100, x + 10, 120, confidence);
    }

    @Test
    void aCountGluedToItsUnitByABarIsSplitEachPieceAsSureAsItsCharacters() {
        // "107|/SETS" at 0.42 under a declaration's "Qty" and "Units": the count was withheld with the bar's doubt
        TesseractHandle.RecognisedWord word = new TesseractHandle.RecognisedWord("107|/SETS", 0, 100, 90, 120, 0.42);
        List<BarSplitWords.Symbol> symbols = List.of(symbol("1", 0, 0.97), symbol("0", 10, 0.96), symbol("7", 20, 0.95),
                symbol("|", 30, 0.31), symbol("/", 40, 0.45), symbol("S", 50, 0.9), symbol("E", 60, 0.92),
                symbol("T", 70, 0.93), symbol("S", 80, 0.91));
        assertThat(BarSplitWords.glued(word.text())).isTrue();
        assertThat(BarSplitWords.split(word, symbols)).containsExactly(
                new TesseractHandle.RecognisedWord("107", 0, 100, 30, 120, 0.95),
                new TesseractHandle.RecognisedWord("/SETS", 40, 100, 90, 120, 0.45));
    }

    @Test
    void aCountGluedToItsUnitByARuleReadAsClosingBracketsIsSplitToo() {
        // "3,790)}PCS" at 0.12 under a packing list's "Qty": a planted quantity change was withheld with the rule's
        // doubt, and missed (a QUANTITY_MISMATCH not found)
        TesseractHandle.RecognisedWord word = new TesseractHandle.RecognisedWord("3,790)}PCS", 0, 100, 100, 120, 0.12);
        List<BarSplitWords.Symbol> symbols = List.of(symbol("3", 0, 0.93), symbol(",", 10, 0.9), symbol("7", 20, 0.94),
                symbol("9", 30, 0.95), symbol("0", 40, 0.96), symbol(")", 50, 0.2), symbol("}", 60, 0.1),
                symbol("P", 70, 0.9), symbol("C", 80, 0.92), symbol("S", 90, 0.93));
        assertThat(BarSplitWords.glued(word.text())).isTrue();
        assertThat(BarSplitWords.split(word, symbols)).containsExactly(
                new TesseractHandle.RecognisedWord("3,790", 0, 100, 50, 120, 0.9),
                new TesseractHandle.RecognisedWord("PCS", 70, 100, 100, 120, 0.9));
        assertThat(BarSplitWords.glued("(40GP)")).isFalse();
        assertThat(BarSplitWords.glued("2020).")).as("no letters after").isFalse();
    }

    @Test
    void anAmountGluedToTheNextCellsNumberByARuleReadAsAnApostropheIsSplit() {
        // "3,199.20'0306.17.9200" at 0.55: an invoice line's amount and its commodity code across a rule; the line
        // had no amount, and its planted price change went unseen (a LINE_ARITHMETIC_ERROR missed)
        String text = "3,199.20'0306.17.9200";
        List<BarSplitWords.Symbol> symbols = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            symbols.add(symbol(String.valueOf(text.charAt(i)), 10 * i, text.charAt(i) == '\'' ? 0.3 : 0.9));
        }
        TesseractHandle.RecognisedWord word = new TesseractHandle.RecognisedWord(text, 0, 100, 210, 120, 0.55);
        assertThat(BarSplitWords.glued(text)).isTrue();
        assertThat(BarSplitWords.split(word, symbols)).extracting(TesseractHandle.RecognisedWord::text)
                .containsExactly("3,199.20", "0306.17.9200");
        assertThat(BarSplitWords.glued("3'199.20")).as("a Swiss grouping mark").isFalse();
        assertThat(BarSplitWords.glued("1'234'567.50")).isFalse();
        assertThat(BarSplitWords.glued("199.20'306")).as("a group of three may be grouping").isFalse();
    }

    @Test
    void otherWordsAndWordsTheirCharactersDoNotSpellStayWhole() {
        assertThat(BarSplitWords.glued("SETS")).isFalse();
        assertThat(BarSplitWords.glued("73/SETS")).as("a stroke, no bar").isFalse();
        assertThat(BarSplitWords.glued("|73")).isFalse();
        assertThat(BarSplitWords.glued("73|SETS")).isTrue();
        assertThat(BarSplitWords.glued("600|}PCS")).isTrue();
        TesseractHandle.RecognisedWord word = new TesseractHandle.RecognisedWord("73|SETS", 0, 100, 70, 120, 0.39);
        assertThat(BarSplitWords.split(word, List.of(symbol("7", 0, 0.9)))).containsExactly(word);
        assertThat(BarSplitWords.split(word, List.of())).containsExactly(word);
    }
}
