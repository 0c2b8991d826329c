package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;
import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.report.Verdict;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CUSRES rendering of a report is a well-formed interchange that names the dossier, verdict and findings. */
class CusresRendererTest {

    @Test
    void reportBecomesAWellFormedCusres() {
        ReviewReport report = new ReviewReport("SHP-2025-000123", Verdict.REJECT,
                List.of(new ReviewReport.DocumentSummary("d1", "INVOICE", "inv.edi", "edi", "EDI", 1.0, null),
                        new ReviewReport.DocumentSummary("d2", "BILL_OF_LADING", "bl.pdf", "folder", "PDF_TEXT", 0.9,
                                null)),
                List.of(Finding.of(RuleId.BL_NUMBER_MISMATCH, "B/L COSU1 vs COSU2", List.of()),
                        Finding.of(RuleId.UNREADABLE_DOCUMENT, "scan: can't read", List.of())),
                Instant.parse("2025-03-04T10:15:00Z"), new ReviewReport.Timings(10, 5, 5));

        String cusres = new CusresRenderer().render(report);

        assertThat(cusres).contains("UNH+1+CUSRES:D:96A:UN'").contains("BGM+962+SHP-2025-000123+9'")
                .contains("DTM+137:202503041015:203'").contains("GIS+REJ'").contains("ERC+003:HUBRULES:ZZZ'")
                .contains("ERC+028:HUBRULES:ZZZ'").contains("DOC+380+d1'").contains("DOC+705+d2'");
        Interchange parsed = EdifactSyntax.parse(cusres.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.error()).isNull();
        assertThat(parsed.accepted()).as("UNT and UNZ counts are right").isTrue();
        assertThat(parsed.messages()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("CUSRES");
            assertThat(m.directory()).isEqualTo("D96A");
        });
    }

    @Test
    void ruleCodesFollowTheContractOrder() {
        for (RuleId rule : RuleId.values()) {
            assertThat(CusresRenderer.RULE_CODES).as("every rule has a CUSRES code").contains(rule.name());
        }
    }
}
