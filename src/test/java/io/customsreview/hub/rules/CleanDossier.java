package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentBuilder;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.LineField;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.customsreview.hub.domain.DocumentType.BILL_OF_LADING;
import static io.customsreview.hub.domain.DocumentType.CERTIFICATE_OF_ORIGIN;
import static io.customsreview.hub.domain.DocumentType.CONTRACT;
import static io.customsreview.hub.domain.DocumentType.DECLARATION;
import static io.customsreview.hub.domain.DocumentType.INSURANCE;
import static io.customsreview.hub.domain.DocumentType.INVOICE;
import static io.customsreview.hub.domain.DocumentType.PACKING_LIST;

/**
 * A complete, consistent CIF shipment of laptops and mice from Shanghai to Hamburg, written the way real documents
 * differ only in form ({@code COSU 612345678}, {@code INV 7781}, {@code CNSHA}, {@code M/V ...}, 10-digit national
 * codes, weights 0.04 % apart). Tests change one thing and expect exactly the finding that change should cause.
 * Document ids: contract d1, invoice d2, packing list d3, B/L d4, declaration d5, certificate d6, insurance d7.
 */
final class CleanDossier {

    private final Map<DocumentType, Map<Field, List<String>>> fields = new LinkedHashMap<>();
    private final Map<DocumentType, List<Map<LineField, String>>> lines = new LinkedHashMap<>();
    private final Map<DocumentType, String> ids = new LinkedHashMap<>();
    private final List<Document> extra = new ArrayList<>();

    private CleanDossier() {
    }

    static CleanDossier create() {
        CleanDossier d = new CleanDossier();
        d.doc(CONTRACT, "d1")
                .set(CONTRACT, Field.CONTRACT_NUMBER, "SC-2025-001")
                .set(CONTRACT, Field.DOCUMENT_DATE, "2025-01-10")
                .set(CONTRACT, Field.CURRENCY, "USD")
                .set(CONTRACT, Field.TOTAL_AMOUNT, "12345.60")
                .set(CONTRACT, Field.INCOTERM, "CIF")
                .line(CONTRACT, "Laptop computers 14 inch", "84713000", "100", "PCS", "98.50", "9850.00")
                .line(CONTRACT, "Wireless computer mice", "847160", "400", "PCS", "6.239", "2495.60");
        d.doc(INVOICE, "d2")
                .set(INVOICE, Field.INVOICE_NUMBER, "INV-7781")
                .set(INVOICE, Field.CONTRACT_NUMBER, "SC 2025 001")
                .set(INVOICE, Field.DOCUMENT_DATE, "2025-02-01")
                .set(INVOICE, Field.CURRENCY, "USD")
                .set(INVOICE, Field.TOTAL_AMOUNT, "12345.6")
                .set(INVOICE, Field.INCOTERM, "CIF")
                .set(INVOICE, Field.ORIGIN_COUNTRY, "CN")
                .line(INVOICE, "Laptop computers, 14\"", "8471.30.00", "100", "PCS", "98.5", "9850")
                .line(INVOICE, "Computer mice (wireless)", "8471.60", "400", "PCS", "6.239", "2495.60");
        d.doc(PACKING_LIST, "d3")
                .set(PACKING_LIST, Field.INVOICE_NUMBER, "INV 7781")
                .set(PACKING_LIST, Field.PACKAGE_COUNT, "25")
                .set(PACKING_LIST, Field.NET_WEIGHT, "1100")
                .set(PACKING_LIST, Field.GROSS_WEIGHT, "1250.5")
                .set(PACKING_LIST, Field.CONTAINER_NUMBER, "CSQU3054383", "MSCU1234566");
        d.lineValues(PACKING_LIST, Map.of(LineField.DESCRIPTION, "Laptop computers", LineField.QUANTITY, "100",
                LineField.PACKAGES, "20", LineField.NET_WEIGHT, "900", LineField.GROSS_WEIGHT, "1020.5"));
        d.lineValues(PACKING_LIST, Map.of(LineField.DESCRIPTION, "Wireless mice", LineField.QUANTITY, "400",
                LineField.PACKAGES, "5", LineField.NET_WEIGHT, "200", LineField.GROSS_WEIGHT, "230"));
        d.doc(BILL_OF_LADING, "d4")
                .set(BILL_OF_LADING, Field.BL_NUMBER, "COSU612345678")
                .set(BILL_OF_LADING, Field.VESSEL, "M/V COSCO SHIPPING ARIES")
                .set(BILL_OF_LADING, Field.VOYAGE, "012E")
                .set(BILL_OF_LADING, Field.PORT_OF_LOADING, "Shanghai, China")
                .set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "HAMBURG")
                .set(BILL_OF_LADING, Field.ON_BOARD_DATE, "2025-02-10")
                .set(BILL_OF_LADING, Field.PACKAGE_COUNT, "25")
                .set(BILL_OF_LADING, Field.GROSS_WEIGHT, "1250.50")
                .set(BILL_OF_LADING, Field.CONTAINER_NUMBER, "MSCU 123456 6", "CSQU3054383");
        d.doc(DECLARATION, "d5")
                .set(DECLARATION, Field.BL_NUMBER, "COSU 612345678")
                .set(DECLARATION, Field.INVOICE_NUMBER, "INV-7781")
                .set(DECLARATION, Field.CONTRACT_NUMBER, "SC-2025-001")
                .set(DECLARATION, Field.DOCUMENT_DATE, "2025-02-25")
                .set(DECLARATION, Field.ORIGIN_COUNTRY, "CN")
                .set(DECLARATION, Field.PORT_OF_LOADING, "CNSHA")
                .set(DECLARATION, Field.PORT_OF_DISCHARGE, "Port of Hamburg (DE)")
                .set(DECLARATION, Field.INCOTERM, "CIF")
                .set(DECLARATION, Field.CURRENCY, "USD")
                .set(DECLARATION, Field.TOTAL_AMOUNT, "12345.60")
                .set(DECLARATION, Field.PACKAGE_COUNT, "25")
                .set(DECLARATION, Field.GROSS_WEIGHT, "1250")
                .set(DECLARATION, Field.NET_WEIGHT, "1100.0")
                .set(DECLARATION, Field.CONTAINER_NUMBER, "CSQU3054383", "MSCU1234566");
        d.lineValues(DECLARATION, Map.of(LineField.DESCRIPTION, "Portable automatic data processing machines",
                LineField.HS_CODE, "8471300000", LineField.QUANTITY, "100", LineField.UNIT, "PCS",
                LineField.NET_WEIGHT, "900", LineField.AMOUNT, "9850.00", LineField.ORIGIN, "CN"));
        d.lineValues(DECLARATION, Map.of(LineField.DESCRIPTION, "Input units (mice)", LineField.HS_CODE, "8471607000",
                LineField.QUANTITY, "400", LineField.UNIT, "PCS", LineField.NET_WEIGHT, "200",
                LineField.AMOUNT, "2495.60", LineField.ORIGIN, "CN"));
        d.doc(CERTIFICATE_OF_ORIGIN, "d6")
                .set(CERTIFICATE_OF_ORIGIN, Field.INVOICE_NUMBER, "inv-7781")
                .set(CERTIFICATE_OF_ORIGIN, Field.ORIGIN_COUNTRY, "CN")
                .set(CERTIFICATE_OF_ORIGIN, Field.HS_CODE, "847130")
                .set(CERTIFICATE_OF_ORIGIN, Field.QUANTITY, "500")
                .set(CERTIFICATE_OF_ORIGIN, Field.UNIT, "PCS");
        d.doc(INSURANCE, "d7")
                .set(INSURANCE, Field.BL_NUMBER, "COSU-612345678")
                .set(INSURANCE, Field.DOCUMENT_DATE, "2025-02-08")
                .set(INSURANCE, Field.INSURED_AMOUNT, "13580.16")
                .set(INSURANCE, Field.INSURED_CURRENCY, "USD")
                .set(INSURANCE, Field.VESSEL, "MV Cosco Shipping Aries")
                .set(INSURANCE, Field.VOYAGE, "012 E");
        return d;
    }

    private final java.util.Set<DocumentType> scanned = java.util.EnumSet.noneOf(DocumentType.class);
    private final Map<DocumentType, Double> confidences = new java.util.EnumMap<>(DocumentType.class);

    private CleanDossier doc(DocumentType type, String id) {
        ids.put(type, id);
        fields.put(type, new LinkedHashMap<>());
        lines.put(type, new ArrayList<>());
        return this;
    }

    /** replaces the field's values on the document of {@code type} (several values for containers) */
    CleanDossier set(DocumentType type, Field field, String... values) {
        fields.get(type).put(field, List.of(values));
        return this;
    }

    CleanDossier remove(DocumentType type, Field field) {
        fields.get(type).remove(field);
        return this;
    }

    /** removes the field from every document */
    CleanDossier removeEverywhere(Field field) {
        fields.values().forEach(f -> f.remove(field));
        return this;
    }

    /** the document of {@code type} as read by OCR from a scan */
    CleanDossier scanned(DocumentType type) {
        scanned.add(type);
        return this;
    }

    /** the same, every value read with {@code confidence} */
    CleanDossier scanned(DocumentType type, double confidence) {
        confidences.put(type, confidence);
        return scanned(type);
    }

    CleanDossier withoutDocument(DocumentType type) {
        fields.remove(type);
        lines.remove(type);
        ids.remove(type);
        return this;
    }

    /** changes one value of line {@code number} (1-based) of the document of {@code type}; null removes it */
    CleanDossier setLine(DocumentType type, int number, LineField field, String value) {
        Map<LineField, String> line = lines.get(type).get(number - 1);
        if (value == null) {
            line.remove(field);
        } else {
            line.put(field, value);
        }
        return this;
    }

    CleanDossier withoutLines(DocumentType type) {
        lines.get(type).clear();
        return this;
    }

    CleanDossier line(DocumentType type, String description, String hsCode, String quantity, String unit,
                      String unitPrice, String amount) {
        return lineValues(type, Map.of(LineField.DESCRIPTION, description, LineField.HS_CODE, hsCode,
                LineField.QUANTITY, quantity, LineField.UNIT, unit, LineField.UNIT_PRICE, unitPrice,
                LineField.AMOUNT, amount));
    }

    CleanDossier lineValues(DocumentType type, Map<LineField, String> values) {
        lines.get(type).add(new EnumMap<>(values));
        return this;
    }

    /** adds a document as it is (a second invoice, an unreadable file) */
    CleanDossier add(Document document) {
        extra.add(document);
        return this;
    }

    Dossier dossier() {
        List<Document> documents = new ArrayList<>();
        ids.forEach((type, id) -> {
            DocumentBuilder builder = DocumentBuilder.of(id, type);
            if (scanned.contains(type)) {
                builder.method(io.customsreview.hub.domain.ExtractionMethod.OCR)
                        .confidence(confidences.getOrDefault(type, 0.95));
            }
            fields.get(type).forEach((field, values) -> values.forEach(v -> builder.with(field, v)));
            lines.get(type).forEach(builder::line);
            documents.add(builder.build());
        });
        documents.addAll(extra);
        return new Dossier("SHP-TEST", documents);
    }
}
