package io.customsreview.hub.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.testdata.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Field extraction measured against ground truth that nobody here wrote: the invoice2data regression outputs and the
 * human labels of the Azure Form Recognizer samples. Prints the share of fields right; fails below the floor that
 * the extractor reached when this test was written, so that a regression shows.
 */
class PublicInvoiceGroundTruthTest {

    private final RecognisingDocumentReader reader = new RecognisingDocumentReader(ExtractionSettings.defaults());
    private final ObjectMapper json = new ObjectMapper();

    private record Check(String document, String field, String expected, String actual) {
        boolean right() {
            return expected.equals(actual);
        }
    }

    @Test
    void invoice2dataFieldsAreReadFromDigitalInvoices() throws IOException {
        Path dir = SharedData.dir("invoice2data-samples/compare");
        List<Check> checks = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path truthFile : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String base = truthFile.getFileName().toString().replace(".json", "");
                Path input = Files.exists(dir.resolve(base + ".pdf")) ? dir.resolve(base + ".pdf") : dir.resolve(base + ".txt");
                if (!Files.exists(input)) {
                    continue;
                }
                JsonNode truth = json.readTree(truthFile.toFile()).get(0);
                Document d = reader.read("d1", input.getFileName().toString(), Files.readAllBytes(input), "test");
                if (truth.has("invoice_number")) {
                    checks.add(new Check(base, "invoiceNumber", reference(truth.get("invoice_number").asText()),
                            value(d, Field.INVOICE_NUMBER).map(PublicInvoiceGroundTruthTest::reference).orElse(null)));
                }
                if (truth.has("date")) {
                    checks.add(new Check(base, "date", truth.get("date").asText(),
                            value(d, Field.DOCUMENT_DATE).orElse(null)));
                }
                if (truth.has("amount")) {
                    checks.add(new Check(base, "totalAmount", truth.get("amount").decimalValue().stripTrailingZeros()
                            .toPlainString(), value(d, Field.TOTAL_AMOUNT)
                            .map(v -> new BigDecimal(v).stripTrailingZeros().toPlainString()).orElse(null)));
                }
                if (truth.has("currency")) {
                    checks.add(new Check(base, "currency", truth.get("currency").asText(),
                            value(d, Field.CURRENCY).orElse(null)));
                }
            }
        }
        double share = report("invoice2data", checks);
        assertThat(checks).hasSizeGreaterThan(30);
        assertThat(share).isGreaterThanOrEqualTo(0.60);
    }

    @Test
    void azureLabelledReceiptNumbersAndCustomersAreRead() throws IOException {
        Path dir = SharedData.dir("azure-form-recognizer-samples/labeled-training-v2_1");
        List<Check> checks = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Path pdf = dir.resolve("Invoice_" + i + ".pdf");
            JsonNode labels = json.readTree(dir.resolve("Invoice_" + i + ".pdf.labels.json").toFile()).get("labels");
            Document d = reader.read("d1", pdf.getFileName().toString(), Files.readAllBytes(pdf), "test");
            assertThat(d.type()).isEqualTo(DocumentType.INVOICE);
            for (JsonNode label : labels) {
                String text = String.join(" ", label.get("value").findValuesAsText("text"));
                switch (label.get("label").asText()) {
                    case "Receipt No" -> checks.add(new Check(pdf.toString(), "invoiceNumber", text,
                            value(d, Field.INVOICE_NUMBER).orElse(null)));
                    case "Sold To" -> checks.add(new Check(pdf.toString(), "buyer", text,
                            value(d, Field.BUYER).orElse(null)));
                    default -> {
                    }
                }
            }
        }
        double share = report("azure labelled", checks);
        assertThat(checks).hasSize(10);
        assertThat(share).isGreaterThanOrEqualTo(0.9);
    }

    private static Optional<String> value(Document d, Field field) {
        return d.first(field).map(FieldValue::value);
    }

    private static String reference(String s) {
        return s.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }

    private static double report(String corpus, List<Check> checks) {
        long right = checks.stream().filter(Check::right).count();
        double share = checks.isEmpty() ? 0 : (double) right / checks.size();
        System.out.printf(Locale.ROOT, "%s ground truth: %d of %d fields right (%.1f %%)%n", corpus, right,
                checks.size(), 100 * share);
        checks.stream().filter(c -> !c.right()).forEach(c -> System.out.printf("  wrong: %s %s expected %s got %s%n",
                c.document(), c.field(), c.expected(), c.actual()));
        return share;
    }
}
