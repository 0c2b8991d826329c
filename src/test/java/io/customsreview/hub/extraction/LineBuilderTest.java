package io.customsreview.hub.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineBuilderTest {

    private static Word word(String text, int x1, int y1, int x2, int y2) {
        return new Word(text, LineBuilder.box(x1, y1, x2, y2), 0.95);
    }

    @Test
    void aWordFlattenedOverItsNeighbourGoesToTheGapInTheNextLine() {
        // a degraded B/L: "Distribution" boxed 3 px high over "Consignee:", its place in "Delta ... Sociedad Limitada"
        List<TextLine> lines = LineBuilder.buildFromInk(1, List.of(
                word("Consignee:", 95, 300, 198, 329), word("Notify:", 650, 302, 708, 322),
                word("Distribution", 181, 318, 238, 321),
                word("Delta", 118, 345, 161, 361), word("Sociedad", 266, 345, 343, 361),
                word("Limitada", 349, 345, 420, 361)));
        assertThat(lines).extracting(TextLine::text).containsExactly("Consignee:   Notify:",
                "Delta Distribution   Sociedad Limitada");
    }

    @Test
    void aWordsEndReadAgainAsASliverInsideItIsNoWordOfItsOwn() {
        // "ise" boxed 2 px wide and 2 px high inside "Sunrise": the buyer had been "Sunrise ise Trading pic" (a false
        // PARTY_MISMATCH)
        List<TextLine> lines = LineBuilder.buildFromInk(1, List.of(
                word("Sunrise", 111, 378, 174, 394), word("ise", 151, 379, 153, 381),
                word("Trading", 179, 379, 242, 397), word("plc", 248, 379, 271, 397)));
        assertThat(lines).extracting(TextLine::text).containsExactly("Sunrise Trading plc");
    }

    @Test
    void aWordBoxedAtTheStartOfTheWordBeforeItStandsBeforeIt() {
        // a declaration's "Total Value:" boxed as "Value:" over both words, "Total" inside it: read "Value: Total", the
        // declared total had been lost (a false MISSING_FIELD, and a goods line "Value: Total")
        List<TextLine> lines = LineBuilder.buildFromInk(1, List.of(
                word("Value:", 665, 830, 784, 876), word("Total", 678, 837, 715, 874),
                word("USD", 1032, 847, 1070, 862), word("3.737,62", 1076, 848, 1145, 867)));
        assertThat(lines).extracting(TextLine::text).first().asString().startsWith("Total Value:");
        // "Destination:" boxed over "Le Havre (FRLEH)" after it: "Le" inside, but well into the box, is no word before
        List<TextLine> after = LineBuilder.buildFromInk(1, List.of(
                word("Destination:", 1388, 914, 1886, 958), word("Le", 1600, 914, 1636, 962),
                word("Havre", 1650, 914, 1736, 960), word("(FRLEH)", 1750, 910, 1890, 958)));
        assertThat(after).extracting(TextLine::text).first().asString().startsWith("Destination: Le Havre");
    }

    @Test
    void aSmallMarkBesideItsNeighboursStaysOnItsLine() {
        // a dash or a comma is low, but it does not overlap the words beside it
        List<TextLine> lines = LineBuilder.buildFromInk(1, List.of(
                word("Invoice", 100, 300, 180, 320), word("-", 185, 309, 192, 312), word("2024", 197, 300, 240, 320),
                word("Delta", 100, 345, 150, 361), word("Limitada", 260, 345, 330, 361)));
        assertThat(lines).extracting(TextLine::text).first().isEqualTo("Invoice - 2024");
    }
}
