package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.report.ReviewReport;
import io.customsreview.hub.report.ReviewReport.DocumentSummary;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders a review report as a CUSRES (customs response, D.96A) for single windows that want EDIFACT:
 * BGM with the dossier id, DTM 137 the review time, GIS the verdict, FTX its summary, one SG1 (ERP/ERC) per finding,
 * SG5 RFF with the dossier id (the message needs one) and one SG8 DOC per reviewed document.
 * ERC carries the rule as a three-digit code of code list {@code HUBRULES} (data element 9321 holds 8 characters at
 * most, the rule ids are longer): the codes are fixed by {@link #RULE_CODES}, in the order of the review contract.
 */
public final class CusresRenderer {

    /** frozen: position + 1 is the code; append new rules at the end, never reorder */
    static final List<String> RULE_CODES = List.of("MISSING_DOCUMENT", "MISSING_FIELD", "BL_NUMBER_MISMATCH",
            "INVOICE_NUMBER_MISMATCH", "CONTRACT_NUMBER_MISMATCH", "INVOICE_CONTRACT_AMOUNT_MISMATCH",
            "DECLARED_VALUE_EXCEEDS_CONTRACT", "DECLARED_INVOICE_VALUE_MISMATCH", "LINE_ARITHMETIC_ERROR",
            "CURRENCY_MISMATCH", "HS_CODE_INVALID", "HS_CODE_MISMATCH", "QUANTITY_MISMATCH", "PACKAGE_COUNT_MISMATCH",
            "GROSS_WEIGHT_MISMATCH", "NET_WEIGHT_MISMATCH", "NET_EXCEEDS_GROSS", "CONTAINER_MISMATCH",
            "CONTAINER_NUMBER_INVALID", "PARTY_MISMATCH", "ORIGIN_MISMATCH", "PORT_MISMATCH",
            "VESSEL_VOYAGE_MISMATCH", "INCOTERMS_MISMATCH", "DESCRIPTION_MISMATCH", "DATE_SEQUENCE_ERROR",
            "INSURANCE_INSUFFICIENT", "UNREADABLE_DOCUMENT");

    /** the document types as UN/EDIFACT document name codes (1001) */
    private static String documentCode(String type) {
        return switch (type) {
            case "INVOICE" -> "380";
            case "CONTRACT" -> "315";
            case "PACKING_LIST" -> "271";
            case "BILL_OF_LADING" -> "705";
            case "DECLARATION" -> "929";
            case "CERTIFICATE_OF_ORIGIN" -> "861";
            case "INSURANCE" -> "610";
            default -> "ZZZ";
        };
    }

    public String render(ReviewReport report) {
        StringBuilder m = new StringBuilder();
        String dossier = Contrl.escape(report.dossierId());
        m.append("UNH+1+CUSRES:D:96A:UN'\n");
        m.append("BGM+962+").append(dossier).append("+9'\n");
        m.append("DTM+137:").append(report.reviewedAt().atOffset(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMddHHmm"))).append(":203'\n");
        // GIS 7365 processing indicator, hub codes: CLR clear, REV review, REJ reject
        m.append("GIS+").append(report.verdict().name().substring(0, 3).replace("CLE", "CLR")).append("'\n");
        m.append("FTX+AAO+++").append(Contrl.escape("verdict " + report.verdict().name() + ", "
                + report.findings().size() + " finding(s)")).append("'\n");
        for (Finding finding : report.findings().stream().limit(50).toList()) {
            int code = RULE_CODES.indexOf(finding.rule()) + 1;
            m.append("ERP+1'\n");
            m.append("ERC+").append(code == 0 ? "999" : String.format("%03d", code)).append(":HUBRULES:ZZZ'\n");
        }
        m.append("RFF+ACW:").append(dossier).append("'\n");
        for (DocumentSummary d : report.documents().stream().limit(5).toList()) {
            m.append("DOC+").append(documentCode(d.type())).append('+').append(Contrl.escape(d.id())).append("'\n");
        }
        int segments = m.toString().split("'\n", -1).length;
        m.append("UNT+").append(segments).append("+1'\n");
        String reference = String.valueOf(Math.abs(report.dossierId().hashCode() % 100_000_000));
        String stamp = report.reviewedAt().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyMMdd:HHmm"));
        return "UNA:+.? '\nUNB+UNOC:3+CUSTOMSREVIEWHUB+SINGLEWINDOW+" + stamp + '+' + reference + "'\n" + m
                + "UNZ+1+" + reference + "'\n";
    }

    /** the CUSRES of the report the dispatch route is sending (exchange property set by ReportDispatcher) */
    public String renderDispatched(org.apache.camel.Exchange exchange) {
        return render(exchange.getProperty(io.customsreview.hub.report.ReportStore.REPORT_PROPERTY,
                ReviewReport.class));
    }
}
