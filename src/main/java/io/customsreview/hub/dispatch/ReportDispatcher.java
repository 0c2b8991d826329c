package io.customsreview.hub.dispatch;

import io.customsreview.hub.intake.HubHeaders;
import io.customsreview.hub.report.ReportJson;
import io.customsreview.hub.report.ReportStore;
import io.customsreview.hub.report.ReviewReport;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** Turns a report into the dispatched message: JSON text body, dossier id and verdict as headers. */
@Component
public class ReportDispatcher {

    public String prepare(ReviewReport report, Exchange exchange) {
        exchange.setProperty(ReportStore.REPORT_PROPERTY, report);
        exchange.getMessage().setHeader(HubHeaders.DOSSIER_ID, report.dossierId());
        exchange.getMessage().setHeader(HubHeaders.VERDICT, report.verdict().name());
        if (report.revision() != null) {
            exchange.getMessage().setHeader(HubHeaders.REVISION, report.revision());
        }
        return ReportJson.toJson(report);
    }
}
