package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The qualifiers of the UNCL code lists that say the same thing in other ways, each read as the document field it
 * stands for: dates (2005), weights (6311/6313), packing levels (CPS), goods items (GID), control totals (6069),
 * bill of lading document codes (1001), line amounts (5025), units (Rec. 20) and ports named with their code.
 */
class StandardQualifiersTest {

    private final EdifactDocumentReader reader = EdifactDocumentReader.standard();

    private Document read(String message) {
        String[] segments = message.split("'");
        String interchange = "UNB+UNOC:3+S:ZZ+R:ZZ+250304:1015+9'UNH+1+" + String.join("'", segments) + "'UNT+"
                + (segments.length + 1) + "+1'UNZ+1+9'";
        AtomicInteger n = new AtomicInteger();
        List<Document> documents = reader.readAll(() -> "d" + n.incrementAndGet(), "x.edi",
                interchange.getBytes(StandardCharsets.ISO_8859_1), "test");
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).unreadableReason()).isNull();
        return documents.get(0);
    }

    private static String value(Document d, Field f) {
        return d.first(f).map(FieldValue::value).orElse(null);
    }

    private static List<String> values(Document d, Field f) {
        return d.all(f).stream().map(FieldValue::value).toList();
    }

    private static String value(LineItem line, LineField f) {
        return line.get(f).map(FieldValue::value).orElse(null);
    }

    @Test
    void orderDateAndDeclarationDateAreTheDocumentDate() {
        assertThat(value(read("ORDERS:D:96A:UN'BGM+220+PO1+9'DTM+4:20250301:102'UNS+S"), Field.DOCUMENT_DATE))
                .isEqualTo("2025-03-01");
        assertThat(value(read("CUSDEC:D:96A:UN'BGM+929+DEC1+9'DTM+150:20250312:102'UNS+D'UNS+S"),
                Field.DOCUMENT_DATE)).isEqualTo("2025-03-12");
        // 137 is the document's own date whatever else is given; a date of a cited reference is not
        assertThat(value(read("ORDERS:D:96A:UN'BGM+220+PO1+9'DTM+4:20250301:102'DTM+137:20250302:102'UNS+S"),
                Field.DOCUMENT_DATE)).isEqualTo("2025-03-02");
        assertThat(read("CUSDEC:D:96A:UN'BGM+929+DEC1+9'RFF+IV:INV1'DTM+150:20250101:102'UNS+D'UNS+S")
                .has(Field.DOCUMENT_DATE)).isFalse();
    }

    @Test
    void totalWeightsAndCustomsLineWeights() {
        Document declaration = read("CUSDEC:D:01B:UN'BGM+929+DEC1+9'MEA+AAE+AAD+KGM:1250.5'MEA+AAE+AAC+KGM:1100'"
                + "UNS+D'LIN+1'PIA+1+84713000:HS'QTY+47:100:PCE'MEA+AAF+AAL+KGM:1100'MOA+38:25000'UNS+S");
        assertThat(value(declaration, Field.GROSS_WEIGHT)).isEqualTo("1250.5");
        assertThat(value(declaration, Field.NET_WEIGHT)).isEqualTo("1100");
        LineItem line = declaration.lines().get(0);
        assertThat(value(line, LineField.NET_WEIGHT)).isEqualTo("1100");
        assertThat(value(line, LineField.AMOUNT)).isEqualTo("25000.00"); // amounts: at least two decimals
        // a container's own weight (MEA after EQD) is no weight of the goods
        Document packing = read("DESADV:D:96A:UN'BGM+351+D1+9'EQD+CN+MSCU1234565'MEA+AAE+G+KGM:3800'CPS+1'"
                + "LIN+1'MEA+AAE+G+KGM:600'LIN+2'MEA+AAE+G+KGM:650.5");
        // no total stated: the lines' weights make it up
        assertThat(value(packing, Field.GROSS_WEIGHT)).isEqualTo("1250.5");
    }

    @Test
    void packingLevelsGiveTheConsignmentTotalAndEachLinesPackages() {
        Document nested = read("DESADV:D:96A:UN'BGM+351+D1+9'CPS+1'PAC+30++CT'CPS+2+1'PAC+10++CT'LIN+1'"
                + "QTY+12:100:PCE'CPS+3+1'PAC+20++CT'LIN+2'QTY+12:200:PCE");
        assertThat(value(nested, Field.PACKAGE_COUNT)).isEqualTo("30");
        assertThat(value(nested, Field.PACKAGE_KIND)).isEqualTo("CTN");
        assertThat(value(nested.lines().get(0), LineField.PACKAGES)).isEqualTo("10");
        assertThat(value(nested.lines().get(1), LineField.PACKAGES)).isEqualTo("20");
        Document flat = read("DESADV:D:96A:UN'BGM+351+D1+9'CPS+1'PAC+10++PX'LIN+1'CPS+2'PAC+20++PX'LIN+2");
        assertThat(value(flat, Field.PACKAGE_COUNT)).isEqualTo("30");
        assertThat(value(flat, Field.PACKAGE_KIND)).isEqualTo("PLT");
        assertThat(value(flat.lines().get(1), LineField.PACKAGES)).isEqualTo("20");
    }

    @Test
    void goodsItemsOfABillOfLadingAddUp() {
        Document bl = read("IFTMIN:D:01B:UN'BGM+705+COSU6123456780+9'DTM+342:20250310:102'"
                + "GID+1+4:CT'PIA+5+847130:HS'FTX+AAA+++LAPTOP COMPUTERS'MEA+AAE+G+KGM:100'"
                + "GID+2+6:CT'PIA+5+851762:HS'FTX+AAA+++WIRELESS ROUTERS'MEA+AAE+G+KGM:50.5'"
                + "EQD+CN+MSCU1234565'MEA+AAE+T+KGM:3800'SEL+SH778899+CA");
        // BGM 705 (bill of lading) without RFF+BM: its number is the B/L number
        assertThat(value(bl, Field.BL_NUMBER)).isEqualTo("COSU6123456780");
        assertThat(value(bl, Field.ON_BOARD_DATE)).isEqualTo("2025-03-10");
        assertThat(value(bl, Field.PACKAGE_COUNT)).isEqualTo("10");
        assertThat(value(bl, Field.GROSS_WEIGHT)).isEqualTo("150.5");
        assertThat(values(bl, Field.DESCRIPTION)).containsExactly("LAPTOP COMPUTERS", "WIRELESS ROUTERS");
        assertThat(values(bl, Field.HS_CODE)).containsExactly("847130", "851762");
        // an RFF+BM names the B/L whatever the BGM number is
        assertThat(value(read("IFTMIN:D:96A:UN'BGM+705+SI-1+9'RFF+BM:MAEU123456789'GID+1+4:CT"), Field.BL_NUMBER))
                .isEqualTo("MAEU123456789");
    }

    @Test
    void controlTotalsStandWhenNoSegmentStatesTheTotal() {
        Document bl = read("IFTMIN:D:96A:UN'BGM+340+SI-1+9'CNT+7:1250.5:KGM'CNT+11:10'RFF+BM:MAEU123456789'"
                + "FTX+AAA+++GOODS");
        assertThat(value(bl, Field.GROSS_WEIGHT)).isEqualTo("1250.5");
        assertThat(value(bl, Field.PACKAGE_COUNT)).isEqualTo("10");
        // the control total is the message's own statement of the total; goods items only add up to it
        Document items = read("IFTMIN:D:96A:UN'BGM+340+SI-1+9'CNT+7:999:KGM'RFF+BM:MAEU123456789'"
                + "GID+1+4:CT'MEA+AAE+G+KGM:1250.5'GID+2+6:CT'MEA+AAE+G+KGM:1'");
        assertThat(value(items, Field.GROSS_WEIGHT)).isEqualTo("999");
        assertThat(value(items, Field.PACKAGE_COUNT)).isEqualTo("10");
    }

    @Test
    void unitsAndPortsAsTheDocumentsName() {
        Document invoice = read("INVOIC:D:96A:UN'BGM+380+INV1+9'TDT+20++1'LOC+9+CNSHA:139:6:Shanghai'"
                + "LOC+11+DEHAM'LIN+1'QTY+47:20:PR'LIN+2'QTY+47:5:SET'UNS+S'MOA+77:100");
        assertThat(value(invoice.lines().get(0), LineField.UNIT)).isEqualTo("PAIR");
        assertThat(value(invoice.lines().get(1), LineField.UNIT)).isEqualTo("SET");
        assertThat(value(invoice, Field.PORT_OF_LOADING)).isEqualTo("Shanghai (CNSHA)");
        assertThat(value(invoice, Field.PORT_OF_DISCHARGE)).isEqualTo("DEHAM");
    }

    @Test
    void aLongDescriptionGoesOnInTheNextItemDescription() {
        Document invoice = read("INVOIC:D:96A:UN'BGM+380+INV1+9'LIN+1'IMD+F++:::Laptop computer 14 inch,:Intel Core"
                + "'IMD+F++:::i5, 16GB RAM'UNS+S'MOA+77:100");
        assertThat(value(invoice.lines().get(0), LineField.DESCRIPTION))
                .isEqualTo("Laptop computer 14 inch, Intel Core i5, 16GB RAM");
    }
}
