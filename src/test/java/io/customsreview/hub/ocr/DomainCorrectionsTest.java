package io.customsreview.hub.ocr;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.extraction.Word;
import io.customsreview.hub.rules.HsNomenclature;
import io.customsreview.hub.rules.Normalize;
import io.customsreview.hub.rules.RuleSettings;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Knowledge-based correction of confusable characters: only to the one reading that is valid. */
class DomainCorrectionsTest {

    private static final HsNomenclature HS = HsNomenclature.load(RuleSettings.defaults().hsNomenclatureResource());
    private final DomainCorrections corrections = new DomainCorrections(HS);

    @Test
    void containerNumberIsRepairedByItsCheckDigit() {
        String valid = validContainer("MSCU", "123456");
        String misread = "M5CU" + "I23456" + valid.charAt(10);
        assertThat(texts(misread)).containsExactly(valid);
        assertThat(corrections.correct(words(misread)).get(0).confidence()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void spacedContainerNumberIsRepairedAcrossWords() {
        String valid = validContainer("TGHU", "805512");
        assertThat(texts("TGHU", "8O55I2", valid.substring(10))).containsExactly("TGHU", "805512", valid.substring(10));
    }

    @Test
    void zeroReadAsQInTheSerialIsRepaired() {
        assertThat(texts("CMAUQ798889")).containsExactly("CMAU0798889"); // seen on a scanned declaration
    }

    @Test
    void aSpeckReadBetweenOwnerCodeAndSerialIsDroppedWhenTheNumberThenPasses() {
        assertThat(texts("CMAU/7139477")).containsExactly("CMAU7139477"); // seen on a scanned declaration
        assertThat(texts("CMAU/7139478")).containsExactly("CMAU/7139478"); // the check digit fails: left alone
        assertThat(texts("2024/1234567")).containsExactly("2024/1234567"); // a reference, no owner code
    }

    @Test
    void containerNumberWithAWrongCheckDigitIsLeftAlone() {
        String valid = validContainer("MSCU", "123456");
        char wrong = (char) ('0' + (valid.charAt(10) - '0' + 1) % 10);
        String misread = "MSCU" + "I23456" + wrong;
        assertThat(texts(misread)).containsExactly(misread);
    }

    @Test
    void anOwnerCodesLetterReadAsAnotherLetterIsLeftForTheRules() {
        // "FMCU9080339" may be EMCU9080339 misread or a number printed wrong ("EMCU2438530" repaired to FMCU2438530
        // had hidden a planted invalid number on every document): only another document can tell
        assertThat(texts("FMCU9080339")).containsExactly("FMCU9080339");
    }

    @Test
    void fourLettersAndEightDigitsAreLeftToTheFieldExtractor() {
        // a bill of lading number as MSC prints them: leaving out its second 0 would pass a check digit
        assertThat(texts("MEDU51805107")).containsExactly("MEDU51805107");
        assertThat(texts("INVOICE12345")).containsExactly("INVOICE12345"); // twelve characters, no container
    }

    @Test
    void hsCodeIsRepairedAgainstTheNomenclature() {
        assertThat(HS.isValid("847130")).isTrue();
        assertThat(texts("8471.3O")).containsExactly("8471.30");
        assertThat(texts("B471.30,")).containsExactly("8471.30,");
        assertThat(texts("9999.9O")).containsExactly("9999.9O"); // 999990 is no subheading: nothing to repair to
    }

    @Test
    void anHsCodeAndTheQuantityBesideItAreNoContainerNumber() {
        // "BSIB309500" (8518.30.95.00) and the next column's "1": joined, "BSIB3095001" passed the check digit, and
        // the repaired code was turned back into letters
        assertThat(texts("BSIB309500", "1", "040", "PCS")).containsExactly("8518309500", "1", "040", "PCS");
        // the check digit's place taken by a digit of the next column: not joined, nothing repaired
        String checkDigit = validContainer("TGHU", "805512").substring(10);
        List<Word> apart = List.of(new Word("TGHU", new Box(100, 500, 148, 520), 0.5),
                new Word("8O55I2", new Box(158, 500, 230, 520), 0.5),
                new Word(checkDigit, new Box(900, 500, 912, 520), 0.5));
        assertThat(corrections.correct(apart)).extracting(Word::text).containsExactly("TGHU", "8O55I2", checkDigit);
    }

    @Test
    void currencyAndCountryAreRepaired() {
        assertThat(texts("U5D")).containsExactly("USD");
        assertThat(texts("EUR", "USD")).containsExactly("EUR", "USD");
        assertThat(texts("CHlNA")).containsExactly("CHINA");
    }

    @Test
    void ordinaryWordsAndNumbersAreLeftAlone() {
        assertThat(texts("INVOICE", "Total", "100", "B00K", "SOS", "1,500.00")).containsExactly("INVOICE", "Total",
                "100", "B00K", "SOS", "1,500.00");
    }

    @Test
    void portCodeWithLettersReadAsDigitsIsRepairedToTheOneListedReading() {
        DomainCorrections listed = new DomainCorrections(HS, io.customsreview.hub.rules.UnLocodes.of(List.of(
                new io.customsreview.hub.rules.UnLocodes.Location("CNSHA", "Shanghai", true),
                new io.customsreview.hub.rules.UnLocodes.Location("SGSIN", "Singapore", true),
                new io.customsreview.hub.rules.UnLocodes.Location("USLB3", "Long Beach", false),
                new io.customsreview.hub.rules.UnLocodes.Location("USLBE", "Somewhere", false),
                new io.customsreview.hub.rules.UnLocodes.Location("USLB8", "Elsewhere", false))));
        assertThat(listed.correct(words("CN5HA", "(SGS1N)", "USLB3", "USL8E", "USLB8", "US1B8")).stream().map(Word::text))
                .containsExactly("CNSHA", "(SGSIN)", "USLB3", "USLBE", "USLB8", "US1B8"); // known or two readings: kept
        assertThat(texts("CN5HA")).as("without the list").containsExactly("CN5HA");
    }

    private List<String> texts(String... words) {
        return corrections.correct(words(words)).stream().map(Word::text).toList();
    }

    /** words side by side on one line, a space apart, as OCR gives them */
    private static List<Word> words(String... texts) {
        List<Word> words = new java.util.ArrayList<>();
        int x = 100;
        for (String text : texts) {
            int width = 12 * text.length();
            words.add(new Word(text, new Box(x, 500, x + width, 520), 0.5));
            x += width + 10;
        }
        return words;
    }

    private static String validContainer(String owner, String serial) {
        for (int check = 0; check <= 9; check++) {
            if (Normalize.validContainerNumber(owner + serial + check)) {
                return owner + serial + check;
            }
        }
        throw new IllegalArgumentException("no check digit for " + owner + serial);
    }
}
