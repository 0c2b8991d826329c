package io.customsreview.hub.llm;

import io.customsreview.hub.domain.DecidedBy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddingJudgeTest {

    private static final EmbeddingJudge JUDGE = new EmbeddingJudge();

    private static GoodsEvidence goods(String description, String hs) {
        return new GoodsEvidence(description, hs, null, null);
    }

    @Test
    void stackNotesExamples() {
        assertThat(JUDGE.sameGoods(goods("Laptop computer, 14 inch", null), goods("Portable notebook PC 14\"", null))
                .same()).isTrue();
        assertThat(JUDGE.sameGoods(goods("Cotton T-shirts, men", null), goods("Men's cotton tee shirts", null))
                .same()).isTrue();
        assertThat(JUDGE.sameGoods(goods("Laptop computer", null), goods("Frozen shrimp", null)).same()).isFalse();
        assertThat(JUDGE.sameGoods(goods("Docking station USB-C", "847330"),
                goods("Port replicator for notebook", "84733020")).same()).isTrue();
    }

    @Test
    void codesALookAlikeDigitOrTwoApartAreNoDifferentChapters() {
        // "99611100" read on a degraded certificate for 09011100: "different chapters 09 / 99" had outweighed the
        // words (a false DESCRIPTION_MISMATCH)
        assertThat(JUDGE.sameGoods(goods("Raw Arabica coffee, unroasted", "0901110000"),
                goods("Green coffee beans, Arabica, not roasted", "99611100")).same()).isTrue();
        assertThat(JUDGE.sameGoods(goods("Raw Arabica coffee, unroasted", "0901110000"),
                goods("Frozen shrimps, peeled", "99611100")).same()).as("other goods").isFalse();
    }

    @Test
    void anAcUnitIsAnAirConditionerButAnAcAdapterIsNot() {
        assertThat(JUDGE.sameGoods(goods("Wall-type split AC unit, 12,000 BTU", null),
                goods("SPLIT AIR CONDITIONER 12000 BTU, WALL", null)).same()).isTrue();
        assertThat(JUDGE.sameGoods(goods("Wall-type split AC unit, 12,000 BTU/h", null),
                goods("Split air conditioner 12000 BTU, wall mounted", null)).same()).isTrue();
        assertThat(JUDGE.sameGoods(goods("Power adapter 65W, AC/DC, universal input", null),
                goods("SPLIT AIR CONDITIONER 12000 BTU, WALL", null)).same()).isFalse();
    }

    @Test
    void aSizeInLitresIsTheSameSizeWrittenOutOrAbbreviated() {
        // a packing list's "PP" lost on a scan: "litre" alone against the invoice's "L" had counted as a changed
        // specification (a false DESCRIPTION_MISMATCH)
        assertThat(JUDGE.sameGoods(goods("Plastic storage boxes with lid, 30 L", null),
                goods("storage containers 30 litre with cover", null)).same()).isTrue();
        assertThat(JUDGE.sameGoods(goods("Plastic storage boxes with lid, 30 L", null),
                goods("storage containers 50 litre with cover", null)).same()).as("another size").isFalse();
    }

    @Test
    void aWordWithALetterReadAsItsLookAlikeIsTheWord() {
        // "panel" read "panei" on a scanned insurance certificate: "panei" and "luminaire" against "panel light" had
        // made two kinds of goods (a false DESCRIPTION_MISMATCH)
        assertThat(JUDGE.sameGoods(goods("LED panel light 600x600 mm, 40W", null),
                goods("LED ceiling panei luminaire 60x60", null)).same()).isTrue();
        // "LED" lost on a degraded packing list: "ceiling panel luminaire" against "LED panel light" (a light of a
        // kind named is a lamp)
        assertThat(JUDGE.sameGoods(goods("LED panel light 600x600 mm, 40W", null),
                goods("ceiling panel luminaire 60x60", null)).same()).isTrue();
        assertThat(JUDGE.sameGoods(goods("Cotton shirts, men", null), goods("Cotton skirts, men", null)).same())
                .as("h and k do not look alike").isFalse();
        // "men" read "nen" on a degraded packing list: a word of three letters, an m's stroke lost
        assertThat(JUDGE.sameGoods(goods("Men's T-shirts, 100% cotton, knitted", null),
                goods("Cotton knit tee shirts for nen", null)).same()).isTrue();
    }

    @Test
    void aLexiconWordWithALetterReadAsItsLookAlikeIsTheWordEvenWhereTheOtherSaysItAnotherWay() {
        // "Bluetooth" read "Biuetooth" on a degraded packing list, beside "Wireless headsets": a false
        // DESCRIPTION_MISMATCH — the other description has no "bluetooth" to compare the misread word with
        assertThat(JUDGE.sameGoods(goods("Wireless headsets, over-ear type", null),
                goods("Biuetooth headphones, over-ear", null)).same()).isTrue();
        assertThat(JUDGE.sameGoods(goods("Wireless headsets, over-ear type", null),
                goods("Biuetooth speakers, portable", null)).same()).as("other goods").isFalse();
    }

    @Test
    void aSizeWhoseDigitsWereReadAsTheLettersOfTheirShapeIsTheSize() {
        // "65W" read "GSW" on a degraded packing list: a false DESCRIPTION_MISMATCH
        assertThat(JUDGE.sameGoods(goods("Switching power supply 65 W", null),
                goods("Power adapter GSW, AC/DC, universal input", null)).same()).isTrue();
        assertThat(JUDGE.sameGoods(goods("Switching power supply 65 W", null),
                goods("Power adapter 90W, AC/DC, universal input", null)).same()).as("another size").isFalse();
    }

    @Test
    void synonymsOfASynonymAreOneWord() {
        // "bluetooth" is "wireless", and "wireless" is "wifi": all three one word, not two
        assertThat(GoodsText.tokens("Bluetooth headphones")).isEqualTo(GoodsText.tokens("Wireless headphones"))
                .isEqualTo(GoodsText.tokens("WiFi headphones"));
    }

    @Test
    void aWordSplitInTwoByTheScanIsTheWord() {
        // "COFFEE" read "COFF EE" on a clean scan of a bill of lading: a false DESCRIPTION_MISMATCH
        assertThat(JUDGE.sameGoods(goods("Raw Arabica coffee, unroasted", null),
                goods("GREEN COFF EE BEANS, ARABICA, NOT", null)).same()).isTrue();
        assertThat(JUDGE.sameGoods(goods("Raw Arabica coffee, unroasted", null),
                goods("GREEN TEA LEAVES, SENCHA", null)).same()).as("other goods").isFalse();
    }

    @Test
    void aWordReadOverTheNextLinesWordIsTheTwoWords() {
        // "radial", wrapped onto the next line of a degraded contract, read into "Passenger" ("Passengeradial"): a false
        // DESCRIPTION_MISMATCH — "passenger car" is a car to the judge, so the other's words hold no "passenger"
        assertThat(JUDGE.sameGoods(goods("Passenger car tyres 205/55R16, radial", null),
                goods("Passengeradial car tyres 205/55R16,", null)).same()).isTrue();
    }

    @Test
    void aDescriptionSayingAWordTwiceIsJudgedLikeAnyOther() {
        // "Cotton knit tee shirts for men, cotton" beside a B/L's summary: the judge had failed on the word printed
        // twice, and with it the whole DESCRIPTION_MISMATCH rule on the dossier (a planted fault unseen)
        assertThat(JUDGE.sameGoods(goods("Cotton knit tee shirts for men, cotton", null),
                goods("LED PANEL LIGHT 600X600 MM, 40W", null)).same()).isFalse();
        assertThat(JUDGE.sameGoods(goods("Cotton knit tee shirts for men, cotton", null),
                goods("COTTON KNIT TEE SHIRTS FOR MEN", null)).same()).isTrue();
    }

    @Test
    void theSameCodeBesideWordsNamingAnotherKindOfGoodsIsADescriptionChanged() {
        // a certificate of origin's "Men's T-shirts" under the jeans' code 6203.42: a planted DESCRIPTION_MISMATCH
        // the code had outvoted
        assertThat(JUDGE.sameGoods(
                new GoodsEvidence("Men's denim jeans, 100% cotton", "6203424010", new BigDecimal("1150"), "PCS"),
                new GoodsEvidence("Men's T-shirts, 100% cotton, knitted", "62034240", new BigDecimal("1150"), "PCS"))
                .same()).as("the code and the count copied").isFalse();
        assertThat(JUDGE.sameGoods(goods("Men's denim jeans, 100% cotton", "620342"),
                goods("Cotton denim trousers for men", "620342")).same()).as("the same kind").isTrue();
    }

    @Test
    void hsCodesWeighIn() {
        // wording unknown to the lexicon, but one subheading: the same goods
        assertThat(JUDGE.sameGoods(goods("Portable automatic data processing machines", "847130"),
                goods("Laptop computers", "84713000")).same()).isTrue();
        // similar words, different chapters: different goods
        assertThat(JUDGE.sameGoods(goods("Cotton shirts", "620520"), goods("Cotton yarn", "520512")).same())
                .isFalse();
    }

    @Test
    void quantityAndUnitSupportTheSameGoods() {
        GoodsEvidence a = new GoodsEvidence("Wireless mouse, black", null, new BigDecimal("200"), "PCS");
        GoodsEvidence b = new GoodsEvidence("Cordless optical mouse", null, new BigDecimal("200.00"), "PCS");
        Judgment judgment = JUDGE.sameGoods(a, b);
        assertThat(judgment.same()).isTrue();
        assertThat(judgment.reason()).contains("same quantity");
    }

    @Test
    void aMaterialBothNameIsNoSharedKindWhenEachNamesOtherGoods() {
        // a digital certificate of origin's line replaced by other goods, its HS code and count kept: "steel" in
        // both had made one kind of goods, and the shared code and count outvoted the rest (a planted
        // DESCRIPTION_MISMATCH missed)
        GoodsEvidence cookware = new GoodsEvidence("Stainless steel cookware set, 7 pieces", "73239300",
                new BigDecimal("28"), "SET");
        GoodsEvidence shoes = new GoodsEvidence("Safety shoes with leather uppers, steel toe", "73239300",
                new BigDecimal("28"), "SET");
        assertThat(JUDGE.sameGoods(cookware, shoes).same()).isFalse();
        // the material is the goods where one side names nothing else
        assertThat(JUDGE.sameGoods(goods("Steel pipes, seamless", "730419"), goods("Stainless steel tubes", "730419"))
                .same()).isTrue();
    }

    @Test
    void everyDecisionIsTheEmbeddingJudgesWithAConfidence() {
        Judgment judgment = JUDGE.sameParty("ACME Trading Co., Ltd.", "Acme Trading Company Limited");
        assertThat(judgment.same()).isTrue();
        assertThat(judgment.decidedBy()).isEqualTo(DecidedBy.EMBEDDING);
        assertThat(judgment.confidence()).isBetween(0.9, 1.0);
        Judgment different = JUDGE.sameParty("Acme Trading Co", "Apex Trading Co");
        assertThat(different.same()).isFalse();
        assertThat(different.confidence()).isGreaterThan(0.5);
    }

    @Test
    void modelLoadsLazilyOnceAndEmbeddingsAreCached() {
        AtomicInteger loads = new AtomicInteger();
        EmbeddingJudge judge = new EmbeddingJudge(() -> {
            loads.incrementAndGet();
            return new dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel();
        }, 2);
        assertThat(judge.sameGoods(goods("Frozen shrimp", null), goods("Frozen shrimp", null)).same()).isTrue();
        assertThat(loads).hasValue(0); // decided by normalisation alone
        judge.sameGoods(goods("Olive oil", null), goods("Sunflower oil", null));
        assertThat(loads).hasValue(0); // a replaced word decides without the model, too
        judge.sameGoods(goods("Docking station USB-C", null), goods("Port replicator for notebook", null));
        judge.sameGoods(goods("Green tea leaves", null), goods("Thé vert en feuilles", null));
        judge.sameGoods(goods("Docking station USB-C", null), goods("Port replicator for notebook", null));
        assertThat(loads).hasValue(1);
    }
}
