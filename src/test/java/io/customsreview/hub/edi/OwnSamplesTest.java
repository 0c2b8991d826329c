package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.extraction.RecognisingDocumentReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One interchange per mapping, kept in src/test/resources/edi-samples (no shared data needed): the same shipment as
 * INVOIC, ORDERS (D.01B), DESADV (byte-order mark, CRLF), IFTMIN (decimal comma, UNOB) and CUSDEC, read through the
 * hub's recognising reader as the intake does.
 */
class OwnSamplesTest {

    private final RecognisingDocumentReader reader =
            new RecognisingDocumentReader(ExtractionSettings.defaults(), null,
                    EdifactDocumentReader.withStructureCheck(null));

    private Document read(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/edi-samples/" + name)) {
            AtomicInteger n = new AtomicInteger();
            List<Document> documents = reader.readAll(() -> "d" + n.incrementAndGet(), name, in.readAllBytes(), "edi");
            assertThat(documents).hasSize(1);
            Document document = documents.get(0);
            assertThat(document.unreadableReason()).isNull();
            assertThat(document.extraction()).isEqualTo(ExtractionMethod.EDI);
            return document;
        }
    }

    private static String value(Document d, Field f) {
        return d.first(f).map(FieldValue::value).orElse(null);
    }

    @Test
    void invoiceCarriesItsNumberReferencesPartiesTermsAndLine() throws IOException {
        Document invoice = read("invoic-d96a.edi");
        assertThat(invoice.type()).isEqualTo(DocumentType.INVOICE);
        assertThat(value(invoice, Field.INVOICE_NUMBER)).isEqualTo("INV-2025-0042");
        assertThat(value(invoice, Field.CONTRACT_NUMBER)).isEqualTo("CT-88");
        assertThat(value(invoice, Field.BL_NUMBER)).isEqualTo("COSU6123456780");
        assertThat(value(invoice, Field.DOCUMENT_DATE)).isEqualTo("2025-03-04");
        assertThat(value(invoice, Field.SELLER)).isEqualTo("Acme Trading Co., Ltd.");
        assertThat(value(invoice, Field.BUYER)).isEqualTo("Nordhandel GmbH");
        assertThat(value(invoice, Field.CURRENCY)).isEqualTo("USD");
        assertThat(invoice.first(Field.TOTAL_AMOUNT).orElseThrow().decimal()).isEqualByComparingTo("25000");
        assertThat(value(invoice, Field.INCOTERM)).isEqualTo("CIF");
        assertThat(value(invoice, Field.ORIGIN_COUNTRY)).isEqualTo("CN");
        // LOC+9+CNSHA:139:6:Shanghai: the name with its UN/LOCODE, so that documents giving only one can be compared
        assertThat(value(invoice, Field.PORT_OF_LOADING)).isEqualTo("Shanghai (CNSHA)");
        assertThat(value(invoice, Field.PORT_OF_DISCHARGE)).isEqualTo("Hamburg (DEHAM)");
        var line = invoice.lines().get(0);
        assertThat(line.get(LineField.HS_CODE).orElseThrow().value()).isEqualTo("84713000");
        assertThat(line.get(LineField.DESCRIPTION).orElseThrow().value()).isEqualTo("Laptop computer, 14 inch");
        assertThat(line.get(LineField.QUANTITY).orElseThrow().decimal()).isEqualByComparingTo("100");
        assertThat(line.get(LineField.UNIT).orElseThrow().value()).isEqualTo("PCS");
        assertThat(line.get(LineField.UNIT_PRICE).orElseThrow().decimal()).isEqualByComparingTo("250");
        assertThat(line.get(LineField.AMOUNT).orElseThrow().decimal()).isEqualByComparingTo("25000");
        assertThat(invoice.first(Field.INVOICE_NUMBER).orElseThrow().source().page()).isZero();
    }

    @Test
    void ordersOfD01bIsTheContract() throws IOException {
        Document contract = read("orders-d01b.edi");
        assertThat(contract.type()).isEqualTo(DocumentType.CONTRACT);
        assertThat(value(contract, Field.CONTRACT_NUMBER)).isEqualTo("CT-88");
        assertThat(contract.first(Field.TOTAL_AMOUNT).orElseThrow().decimal()).isEqualByComparingTo("25000");
        assertThat(contract.lines()).hasSize(1);
    }

    @Test
    void despatchAdviceWithByteOrderMarkAndCrlfIsThePackingList() throws IOException {
        Document packing = read("desadv-d96a-bom-crlf.edi");
        assertThat(packing.type()).isEqualTo(DocumentType.PACKING_LIST);
        assertThat(value(packing, Field.INVOICE_NUMBER)).isEqualTo("INV-2025-0042");
        assertThat(value(packing, Field.PACKAGE_COUNT)).isEqualTo("10");
        assertThat(value(packing, Field.GROSS_WEIGHT)).isEqualTo("1250.5");
        assertThat(value(packing, Field.NET_WEIGHT)).isEqualTo("1100");
        assertThat(value(packing, Field.CONTAINER_NUMBER)).isEqualTo("MSCU1234565");
        assertThat(packing.lines().get(0).get(LineField.NET_WEIGHT).orElseThrow().value()).isEqualTo("1100");
    }

    @Test
    void transportInstructionWithDecimalCommaIsTheBillOfLading() throws IOException {
        Document bl = read("iftmin-d96a-decimal-comma.edi");
        assertThat(bl.type()).isEqualTo(DocumentType.BILL_OF_LADING);
        assertThat(value(bl, Field.BL_NUMBER)).isEqualTo("COSU6123456780");
        assertThat(value(bl, Field.SELLER)).isEqualTo("Acme Trading Co., Ltd.");
        assertThat(value(bl, Field.VESSEL)).isEqualTo("COSCO SHIPPING ARIES");
        assertThat(value(bl, Field.VOYAGE)).isEqualTo("V123E");
        assertThat(value(bl, Field.GROSS_WEIGHT)).isEqualTo("1250.5");
        assertThat(value(bl, Field.PACKAGE_COUNT)).isEqualTo("10");
        assertThat(value(bl, Field.ON_BOARD_DATE)).isEqualTo("2025-03-10");
        assertThat(value(bl, Field.SEAL_NUMBER)).isEqualTo("SH778899");
    }

    @Test
    void customsDeclarationIsTheDeclaration() throws IOException {
        Document declaration = read("cusdec-d96a.edi");
        assertThat(declaration.type()).isEqualTo(DocumentType.DECLARATION);
        assertThat(value(declaration, Field.DECLARATION_NUMBER)).isEqualTo("DEC-2025-77");
        assertThat(value(declaration, Field.INVOICE_NUMBER)).isEqualTo("INV-2025-0042");
        assertThat(value(declaration, Field.SELLER)).isEqualTo("Acme Trading Co., Ltd.");
        assertThat(value(declaration, Field.BUYER)).isEqualTo("Nordhandel GmbH Lübeck"); // ISO-8859-1 file
        assertThat(value(declaration, Field.GROSS_WEIGHT)).isEqualTo("1250.5");
        assertThat(value(declaration, Field.NET_WEIGHT)).isEqualTo("1100");
        assertThat(declaration.first(Field.TOTAL_AMOUNT).orElseThrow().decimal()).isEqualByComparingTo("25000");
    }
}
