package io.customsreview.hub.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.DecidedBy;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportJsonTest {

    @Test
    void contractShape() throws Exception {
        Finding finding = new Finding("INVOICE_CONTRACT_AMOUNT_MISMATCH", Severity.ERROR, "differs", List.of(
                new Evidence("d1", "totalAmount", "12335.60", 1, new Box(412, 1880, 640, 1912)),
                new Evidence("d4", "totalAmount", "12345.60", null, null)), 0.98, DecidedBy.RULE);
        ReviewReport report = new ReviewReport("SHP-2025-000123", Verdict.REJECT, List.of(
                new ReviewReport.DocumentSummary("d1", "INVOICE", "scan_003.png", "sftp", "OCR", 0.93, null)),
                List.of(finding), Instant.parse("2025-07-29T08:15:00Z"), new ReviewReport.Timings(2310, 2000, 310));

        JsonNode json = ReportJson.mapper().readTree(ReportJson.toJson(report));

        assertThat(json.path("reviewedAt").asText()).isEqualTo("2025-07-29T08:15:00Z");
        assertThat(json.path("verdict").asText()).isEqualTo("REJECT");
        assertThat(json.path("documents").get(0).has("unreadableReason")).isFalse();
        JsonNode evidence = json.path("findings").get(0).path("evidence");
        assertThat(evidence.get(0).path("box").toString()).isEqualTo("[412,1880,640,1912]");
        assertThat(evidence.get(0).path("page").asInt()).isEqualTo(1);
        assertThat(evidence.get(1).has("page")).isFalse();
        assertThat(evidence.get(1).has("box")).isFalse();
        assertThat(json.path("findings").get(0).path("decidedBy").asText()).isEqualTo("RULE");
        assertThat(json.path("timings").path("totalMs").asLong()).isEqualTo(2310);
    }
}
