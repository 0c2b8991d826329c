package io.customsreview.hub.ocr;

import io.customsreview.hub.extraction.LineBuilder;
import io.customsreview.hub.extraction.Word;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

/** How a doubtful segment's second reading is merged with its first. */
class SecondReadingTest {

    @Test
    void aSurerReadingOfLettersReplacesTheDoubtfulOne() {
        List<Word> merged = SecondReading.merged(
                List.of(word("Conignee", 100, 300, 0.32)),
                List.of(word("Consignee", 98, 302, 0.91)), true);
        assertThat(merged).extracting(Word::text, Word::confidence).containsExactly(tuple("Consignee", 0.91));
    }

    @Test
    void aReadingWithAnEdgeScrapMoreConfirmsTheWordInsteadOfReplacingIt() {
        // the crop's edge took a rule's remains: "Vehicle" came back "IVehicle"
        List<Word> merged = SecondReading.merged(
                List.of(word("Vehicle", 236, 358, 0.25)),
                List.of(word("IVehicle", 230, 358, 0.85)), true);
        assertThat(merged).singleElement().satisfies(w -> {
            assertThat(w.text()).isEqualTo("Vehicle");
            assertThat(w.confidence()).isEqualTo(0.55, offset(1e-9));
        });
    }

    @Test
    void aLessSureOrBarelySureReadingReplacesNothing() {
        List<Word> first = List.of(word("Conignee", 100, 300, 0.32));
        assertThat(SecondReading.merged(first, List.of(word("Consignee", 98, 302, 0.30)), true)).isEqualTo(first);
        assertThat(SecondReading.merged(first, List.of(word("Consignee", 98, 302, 0.45)), true)).isEqualTo(first);
    }

    @Test
    void digitsAreNeverReplacedOnlyConfirmed() {
        // enlarged alone, "64 155,00" came back "6415500" — surer and wrong
        List<Word> first = List.of(word("64", 100, 140, 0.51), word("155,00", 150, 260, 0.51));
        assertThat(SecondReading.merged(first, List.of(word("6415500", 100, 260, 0.80)), true)).isEqualTo(first);
    }

    @Test
    void digitsTheTwoReadingsReadDifferentlyAreTooDoubtfulToTake() {
        // "600 PCS" in a worn typewriter face: "606" at 0.75 on the page, "600" alone
        List<Word> merged = SecondReading.merged(List.of(word("606", 1071, 1102, 0.75), word("PCS", 1113, 1144, 0.97)),
                List.of(word("600", 1070, 1103, 0.88), word("PCS", 1112, 1145, 0.96)), true);
        assertThat(merged).extracting(Word::text).containsExactly("606", "PCS");
        assertThat(merged.get(0).confidence()).isLessThan(0.6); // below the floor for numbers: withheld
        assertThat(merged.get(1).confidence()).isEqualTo(0.97);
    }

    @Test
    void digitsReadAlikeTwiceOrSurelyOnceAreKept() {
        List<Word> separatorsLost = List.of(word("1,234.50", 100, 260, 0.8));
        assertThat(SecondReading.merged(separatorsLost, List.of(word("123450", 100, 260, 0.9)), true))
                .singleElement().satisfies(w -> assertThat(w.confidence()).isEqualTo(0.8));
        List<Word> edgeCut = List.of(word("4,820", 100, 260, 0.8));
        assertThat(SecondReading.merged(edgeCut, List.of(word("482", 100, 230, 0.9)), true)).isEqualTo(edgeCut);
        List<Word> sure = List.of(word("606", 100, 160, 0.95));
        assertThat(SecondReading.merged(sure, List.of(word("600", 100, 160, 0.9)), true)).isEqualTo(sure);
        List<Word> crisp = List.of(word("606", 100, 160, 0.8));
        assertThat(SecondReading.merged(crisp, List.of(word("600", 100, 160, 0.9)), false))
                .as("no vote on a crisp page").isEqualTo(crisp);
    }

    @Test
    void theSameTextReadAgainIsAsSureAsTheMeanOfBothReadings() {
        List<Word> merged = SecondReading.merged(
                List.of(word("MEDU10033785", 100, 340, 0.50)),
                List.of(word("MEDU10033785", 101, 338, 0.90)), true);
        assertThat(merged).singleElement().satisfies(w -> {
            assertThat(w.text()).isEqualTo("MEDU10033785");
            assertThat(w.confidence()).isEqualTo(0.70, offset(1e-9));
        });
    }

    @Test
    void theSameTextReadAgainSurelyIsAtLeastAsSureAsADoubtfulReadingIsTaken() {
        // "67.61 KGS" at 0.00 in a clean B/L's weight column, alone at 0.96: the mean (0.48) withheld a planted weight
        List<Word> merged = SecondReading.merged(
                List.of(word("67.61", 1891, 1976, 0.0), word("KGS", 1990, 2061, 0.0)),
                List.of(word("67.61", 1890, 1975, 0.96), word("KGS", 1991, 2060, 0.96)), true);
        assertThat(merged).extracting(Word::confidence).containsExactly(0.75, 0.75);
        List<Word> lessSure = SecondReading.merged(List.of(word("67.61", 1891, 1976, 0.0)),
                List.of(word("67.61", 1890, 1975, 0.9)), true);
        assertThat(lessSure.get(0).confidence()).as("alone at 0.90: the mean").isEqualTo(0.45, offset(1e-9));
    }

    @Test
    void aScrapReadTwiceIsNotConfirmed() {
        List<Word> first = List.of(word("1", 100, 118, 0.53), word("@50", 140, 200, 0.82));
        assertThat(SecondReading.merged(first, List.of(word("1", 100, 118, 0.95), word("@50", 140, 200, 0.82)), true))
                .isEqualTo(first);
    }

    @Test
    void oneWordReadAsTwoIsMergedAsAGroupWithoutDuplicates() {
        // "69C5504A 7223/77267" on the page, one word alone: the group is the same text, confirmed, not doubled
        List<Word> first = List.of(word("69C5504A", 100, 260, 0.55), word("7223/77267", 270, 470, 0.65),
                word("Date:", 700, 800, 0.96));
        List<Word> merged = SecondReading.merged(first, List.of(word("69C5504A7223/77267", 100, 470, 0.85),
                word("Date:", 700, 800, 0.97)), true);
        assertThat(merged).extracting(Word::text).containsExactly("69C5504A", "7223/77267", "Date:");
        assertThat(merged.get(0).confidence()).isEqualTo(0.70, offset(1e-9));
        assertThat(merged.get(2)).isSameAs(first.get(2)); // sure words stay as read
    }

    @Test
    void aCountGluedToItsUnitOnThePageIsPartedWhereTheSecondReadingPartsIt() {
        // "126 SETS" read "126SETS|" at 0.47 on a degraded declaration (a rule's remains after it), "126" at 0.96 and "SETS" at 0.00 alone: the
        // quantity had been withheld, and a planted QUANTITY_MISMATCH (136 on the packing list) missed
        List<Word> merged = SecondReading.merged(List.of(word("126SETS|", 796, 870, 0.47)),
                List.of(word("126", 797, 820, 0.96), word("SETS", 832, 866, 0.0)), true);
        assertThat(merged).extracting(Word::text).containsExactly("126", "SETS");
        assertThat(merged.get(0).confidence()).isEqualTo(0.715, offset(1e-9));
        assertThat(merged.get(1).confidence()).isEqualTo(0.235, offset(1e-9));

        List<Word> reference = List.of(word("INV-2024-88891", 100, 300, 0.47));
        assertThat(SecondReading.merged(reference, List.of(word("INV-2024-", 100, 230, 0.9),
                word("88891", 240, 300, 0.9)), true)).as("a space between no count and unit: confirmed, not parted")
                .extracting(Word::text).containsExactly("INV-2024-88891");
    }

    @Test
    void wordsTheSecondReadingDidNotSeeStay() {
        List<Word> first = List.of(word("Via", 100, 160, 0.21), word("Porto", 200, 300, 0.95));
        assertThat(SecondReading.merged(first, List.of(), true)).isEqualTo(first);
    }

    @Test
    void aLineIsReadAloneAndThePageAfterItIsStillReadAsAPage() throws Exception {
        var engine = OcrTestSupport.scanReader().engine();
        BufferedImage page = OcrTestSupport.textPage("Consignee: Harbourside Manufacturing", "Invoice No. INV-2024-88891");
        BufferedImage firstLine = page.getSubimage(0, 40, page.getWidth(), 90);
        List<List<TesseractHandle.RecognisedWord>> readings = OcrEngine.await(engine.submit(t -> List.of(
                t.recogniseLine(firstLine, 300, TesseractHandle.Threshold.PAGE),
                // the same engine afterwards: both lines of a page again, not the page squeezed into one line
                t.recognise(page, 300, TesseractHandle.Threshold.PAGE))));
        assertThat(readings.get(0)).extracting(TesseractHandle.RecognisedWord::text)
                .containsExactly("Consignee:", "Harbourside", "Manufacturing");
        List<TesseractHandle.RecognisedWord> words = readings.get(1);
        assertThat(words).extracting(TesseractHandle.RecognisedWord::text).contains("INV-2024-88891");
        assertThat(words.stream().mapToInt(TesseractHandle.RecognisedWord::y1).max().orElse(0)).isGreaterThan(150);
    }

    private static Word word(String text, int x1, int x2, double confidence) {
        return new Word(text, LineBuilder.box(x1, 500, x2, 530), confidence);
    }
}
