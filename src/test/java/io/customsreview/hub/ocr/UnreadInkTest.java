package io.customsreview.hub.ocr;

import io.customsreview.hub.extraction.LineBuilder;
import io.customsreview.hub.extraction.Word;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Print Tesseract's layout analysis passed over is found and read; what it read, and specks, are not read twice. */
class UnreadInkTest {

    private static final BufferedImage PAGE = OcrTestSupport.textPage("Date of Issue: September 9, 2025",
            "Certificate No. MC-66330423");
    private static List<Word> pageWords;

    @BeforeAll
    static void readThePage() throws Exception {
        pageWords = recognised(PAGE);
        assertThat(pageWords).extracting(Word::text).contains("2025", "MC-66330423");
    }

    @Test
    void aWordDroppedFromALineIsReadWhereItStands() throws Exception {
        Word year = pageWords.stream().filter(w -> w.text().equals("2025")).findFirst().orElseThrow();
        List<Word> withoutTheYear = pageWords.stream().filter(w -> w != year).toList();

        List<Word> found = unread(PAGE, withoutTheYear);

        assertThat(found).extracting(Word::text).containsExactly("2025");
        assertThat(Math.abs(found.get(0).box().x1() - year.box().x1())).isLessThan(8);
        assertThat(Math.abs(found.get(0).box().y1() - year.box().y1())).isLessThan(8);
    }

    @Test
    void whatWasReadIsNotReadAgain() throws Exception {
        assertThat(unread(PAGE, pageWords)).isEmpty();
    }

    @Test
    void aLineNoWordOfWhichWasReadIsLeftAsTheLayoutAnalysisSetIt() throws Exception {
        // a block passed over as a whole is mostly a signature block or a stamp: its fields were read elsewhere
        int secondLine = pageWords.stream().filter(w -> w.text().equals("MC-66330423")).findFirst().orElseThrow()
                .box().y1();
        List<Word> firstLineOnly = pageWords.stream().filter(w -> w.box().y2() < secondLine).toList();
        assertThat(unread(PAGE, firstLineOnly)).isEmpty();
    }

    @Test
    void aWholeLineDroppedBetweenTwoReadLinesIsRead() throws Exception {
        // a boxed form's values under their labels came back missing on a degraded scan, the labels above and below
        // read: the ports were reported unreadable though plain on the page
        BufferedImage form = OcrTestSupport.textPage("Port of Loading", "Qingdao, China", "Voyage No. 2450W");
        List<Word> read = recognised(form);
        Word port = read.stream().filter(w -> w.text().equals("Qingdao,")).findFirst().orElseThrow();
        List<Word> withoutTheValueLine = read.stream()
                .filter(w -> w.box().y2() < port.box().y1() || w.box().y1() > port.box().y2()).toList();

        // the comma after Qingdao lies outside the run's letters: read as its crop gives it
        assertThat(unread(form, withoutTheValueLine)).extracting(w -> w.text().replaceAll("\\p{Punct}+$", ""))
                .containsExactly("Qingdao", "China");

        // a lone word between two read lines is mostly a table header's second line: read as a line of its own it
        // had ended a packing list's goods table before its rows
        BufferedImage header = OcrTestSupport.textPage("Shipping      Description      Quantity", "Mark:",
                "N/M      Laptop computer      65 PCS");
        List<Word> headerRead = recognised(header);
        Word mark = headerRead.stream().filter(w -> w.text().startsWith("Mark")).findFirst().orElseThrow();
        assertThat(unread(header, headerRead.stream().filter(w -> w != mark).toList())).isEmpty();
    }

    @Test
    void aWordBoxedFlatterThanItsLettersIsReadAgainFromItsInk() throws Exception {
        // Tesseract returned "idian" boxed 17 by 2 px inside "Meridian"; the ink around the box was read as "Mer" and
        // "fan", and the buyer became "Mer idian fan Textiles Ltda."
        BufferedImage name = OcrTestSupport.textPage("Buyer:", "Meridian Textiles Ltda.", "Avenida Paulista 288");
        List<Word> read = recognised(name);
        Word meridian = read.stream().filter(w -> w.text().equals("Meridian")).findFirst().orElseThrow();
        int middle = (meridian.box().y1() + meridian.box().y2()) / 2;
        List<Word> withAFlatBox = new ArrayList<>(read.stream().filter(w -> w != meridian).toList());
        withAFlatBox.add(new Word("idian", LineBuilder.box(meridian.box().x1() + 66, middle,
                meridian.box().x1() + 100, middle + 5), 0.93));
        withAFlatBox.add(new Word("-", LineBuilder.box(1000, middle, 1020, middle + 3), 0.90));

        List<Word> kept = UnreadInk.withoutFlatBoxes(withAFlatBox);

        assertThat(kept).extracting(Word::text).doesNotContain("idian").contains("-", "Textiles", "Buyer:");
        assertThat(unread(name, kept)).extracting(Word::text).containsExactly("Meridian");
    }

    @Test
    void aDoubtfulReadingOfARunGivesWayToASurerRawReading() {
        Word meridi = new Word("Meridi", LineBuilder.box(1327, 564, 1426, 593), 0.61);
        Word meridian = new Word("Meridian", LineBuilder.box(1327, 564, 1469, 594), 0.92);
        Word sure = new Word("Meridian", LineBuilder.box(1327, 564, 1469, 594), 0.95);

        assertThat(UnreadInk.surerReading(List.of(meridi), () -> List.of(meridian))).containsExactly(meridian);
        assertThat(UnreadInk.surerReading(List.of(), () -> List.of(meridian))).containsExactly(meridian);
        assertThat(UnreadInk.surerReading(List.of(meridian), () -> List.of(meridi))).containsExactly(meridian);
        assertThat(UnreadInk.surerReading(List.of(sure), () -> {
            throw new AssertionError("a sure reading is not read again");
        })).containsExactly(sure);
    }

    @Test
    void specksBesideTheWordsAreNoWords() throws Exception {
        BufferedImage speckled = OcrTestSupport.textPage("Date of Issue: September 9, 2025", "Certificate No. MC-66330423");
        var g = speckled.createGraphics();
        g.setColor(Color.BLACK);
        for (int x = 1150; x < 1350; x += 17) {
            g.fillRect(x, 80 + (x % 3) * 4, 3, 3); // dust along the first line, right of its words
        }
        g.dispose();
        assertThat(unread(speckled, pageWords)).isEmpty();
    }

    @Test
    void nothingIsReadBesideAWordBoxedOverTwoLines() throws Exception {
        // Tesseract boxed the gross weight over the net weight's line too, and read one of them: a label found
        // beside that box would be paired with the other line's value
        BufferedImage weights = OcrTestSupport.textPage("Net Weight: 620.25 KGS", "GW: 738.08 KGS");
        List<Word> read = recognised(weights);
        Word net = read.stream().filter(w -> w.text().equals("620.25")).findFirst().orElseThrow();
        Word gross = read.stream().filter(w -> w.text().equals("738.08")).findFirst().orElseThrow();
        List<Word> linesReadAsOne = new ArrayList<>(read.stream()
                .filter(w -> !List.of("Net", "Weight:", "620.25", "738.08").contains(w.text())).toList());
        linesReadAsOne.add(new Word("738.08", LineBuilder.box(Math.min(net.box().x1(), gross.box().x1()),
                net.box().y1(), Math.max(net.box().x2(), gross.box().x2()), gross.box().y2()), 0.24));

        assertThat(unread(weights, linesReadAsOne)).isEmpty();
        assertThat(unread(weights, linesReadAsOne.subList(0, linesReadAsOne.size() - 1)))
                .as("without the tall box, the net weight's line is read").extracting(Word::text)
                .contains("Weight:", "620.25");
    }

    @Test
    void aValueBesideALabelBoxedWithItsFramesRulesIsRead() throws Exception {
        // a framed "Total Amount: | € 4,840.00" on a blurred scan: the label's words boxed with the frame's rules above
        // and below (60 px high for 30 px letters), the amount unread — and then passed over as beside lines read as one
        // (the invoice had no total: a false MISSING_FIELD)
        BufferedImage framed = OcrTestSupport.textPage("Total Amount:          4,840.00", "Payment terms: 30 days");
        List<Word> read = recognised(framed);
        List<Word> labelsTall = new ArrayList<>();
        for (Word w : read) {
            if (w.text().equals("4,840.00")) {
                continue;
            }
            boolean label = w.text().equals("Total") || w.text().equals("Amount:");
            labelsTall.add(!label ? w : new Word(w.text(), LineBuilder.box(w.box().x1(), w.box().y1() - 25,
                    w.box().x2(), w.box().y2() + 25), w.confidence()));
        }
        assertThat(unread(framed, labelsTall)).extracting(Word::text).contains("4,840.00");
    }

    @Test
    void aWordBoxedOverSeveralLinesFarAlongTheLineKeepsNothingFromBeingRead() throws Exception {
        // a table's row numbers "1 2 3" read as one tall word at the left edge: a price dropped at the right of the
        // same rows, other words between them, is read
        Word year = pageWords.stream().filter(w -> w.text().equals("2025")).findFirst().orElseThrow();
        Word date = pageWords.stream().filter(w -> w.text().equals("Date")).findFirst().orElseThrow();
        Word certificate = pageWords.stream().filter(w -> w.text().equals("MC-66330423")).findFirst().orElseThrow();
        List<Word> rowNumbersAsOne = new ArrayList<>(pageWords.stream().filter(w -> w != year).toList());
        rowNumbersAsOne.add(new Word("WN", LineBuilder.box(Math.max(0, date.box().x1() - 40), date.box().y1(),
                Math.max(1, date.box().x1() - 25), certificate.box().y2()), 0.55));

        assertThat(unread(PAGE, rowNumbersAsOne)).extracting(Word::text).containsExactly("2025");
    }

    @Test
    void aTitleTheLayoutAnalysisPassedOverIsRead() throws Exception {
        // "SALES CONTRACT" printed larger at the top of a speckled scan, not one of its letters read: a contract was
        // then taken for the invoice its body cites; smaller print on a line of its own stays passed over
        BufferedImage page = new BufferedImage(1400, 1200, BufferedImage.TYPE_BYTE_GRAY);
        var g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font("Liberation Sans", java.awt.Font.BOLD, 66));
        g.drawString("SALES CONTRACT", 380, 140);
        g.setFont(new java.awt.Font("Liberation Sans", java.awt.Font.PLAIN, 42));
        g.drawString("Seller: Sunrise Distribution Ltd.", 60, 260);
        g.drawString("Buyer: Bosphorus Commerce S.A.", 60, 370);
        g.drawString("Payment Terms: Irrevocable L/C at sight", 60, 480);
        g.drawString("Authorised signature", 60, 1100);
        g.dispose();
        List<Word> read = recognised(page);
        List<Word> titleLost = read.stream().filter(w -> !List.of("SALES", "CONTRACT", "Authorised", "signature")
                .contains(w.text())).toList();
        assertThat(read).extracting(Word::text).contains("SALES", "CONTRACT", "Authorised");

        assertThat(unread(page, titleLost)).extracting(Word::text).containsExactly("SALES", "CONTRACT");
    }

    @Test
    void aWordWhoseLettersBlurRanTogetherIsRead() throws Exception {
        // "Bosphorus" dropped from a degraded declaration's "Bosphorus Electronics Pte. Ltd." (scanned at 150 DPI,
        // blurred): its letters had run together into one blob, taken for a single letter, too few to read — the
        // seller lost its first name (a false PARTY_MISMATCH)
        BufferedImage small = new BufferedImage(700, 200, BufferedImage.TYPE_BYTE_GRAY);
        var g = small.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, small.getWidth(), small.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font("Liberation Sans", java.awt.Font.PLAIN, 20));
        g.drawString("Consignor: Bosphorus Electronics Pte. Ltd.", 30, 50);
        g.drawString("357 Raffles Place, #12-01", 30, 72);
        g.dispose();
        BufferedImage blurred = new java.awt.image.ConvolveOp(new java.awt.image.Kernel(3, 3, boxBlur(9)),
                java.awt.image.ConvolveOp.EDGE_NO_OP, null).filter(small, null);
        BufferedImage page = new BufferedImage(1400, 400, BufferedImage.TYPE_BYTE_GRAY);
        var up = page.createGraphics();
        up.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        up.drawImage(blurred, 0, 0, 1400, 400, null);
        up.dispose();
        List<Word> read = recognised(page);
        assertThat(read).extracting(Word::text).as("precondition").contains("Electronics", "Raffles");
        // (where the page's reading did not pass over the name, as it did on the scan, it is taken out)
        List<Word> found = unread(page, read.stream().filter(w -> !w.text().contains("osph")).toList());

        assertThat(found).extracting(Word::text).containsExactly("Bosphorus");
    }

    @Test
    void aBlobCountsAsTheLettersItsWidthHolds() {
        // "Bosphorus" run together by blur into one blob of 177 by 35 px: several letters, worth reading
        assertThat(UnreadInk.lettersIn(new int[]{1257, 481, 1434, 516})).isGreaterThanOrEqualTo(6);
        // a packing list's title "PACKING LIST" whose "PACKING" box ended short of its G: one large letter stays one
        // (read as a word "G", it had made the title "PACKING G LIST", and the packing list an invoice)
        assertThat(UnreadInk.lettersIn(new int[]{400, 262, 446, 320})).isEqualTo(1);
        assertThat(UnreadInk.lettersIn(new int[]{400, 262, 406, 270})).as("a speck").isEqualTo(1);
    }

    private static float[] boxBlur(int n) {
        float[] kernel = new float[n];
        java.util.Arrays.fill(kernel, 1f / n);
        return kernel;
    }

    /** the words Tesseract reads on the page, as the OCR path's first reading gives them */
    private static List<Word> recognised(BufferedImage page) throws Exception {
        List<Word> read = new ArrayList<>();
        for (TesseractHandle.RecognisedWord w : OcrEngine.await(OcrTestSupport.scanReader().engine().submit(
                t -> t.recognise(page, 300, TesseractHandle.Threshold.PAGE)))) {
            read.add(new Word(w.text(), LineBuilder.box(w.x1(), w.y1(), w.x2(), w.y2()), w.confidence()));
        }
        return read;
    }

    private static List<Word> unread(BufferedImage page, List<Word> words) throws Exception {
        return OcrEngine.await(OcrTestSupport.scanReader().engine().submit(
                t -> UnreadInk.read(t, page, 300, TesseractHandle.Threshold.PAGE, words)));
    }

}
