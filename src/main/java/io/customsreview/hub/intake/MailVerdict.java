package io.customsreview.hub.intake;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** The verdict mail of a reviewed dossier, to the senders of its mailed documents. */
@Component
public class MailVerdict {

    private final MailProperties props;

    public MailVerdict(MailProperties props) {
        this.props = props;
    }

    public String compose(@Header(HubHeaders.DOSSIER_ID) String dossierId, @Header(HubHeaders.VERDICT) String verdict,
                          @Header(HubHeaders.REVISION) Integer revision, @Header("hubSenders") String senders,
                          Exchange exchange) {
        var out = exchange.getMessage();
        String report = out.getBody(String.class);
        out.removeHeaders("*", "Camel*|dossierId|verdict|revision");
        out.setHeader("To", senders);
        out.setHeader("From", props.from());
        out.setHeader("Subject", "Verdict " + verdict + " for dossier " + dossierId
                + (revision != null && revision > 1 ? " (revision " + revision + ")" : ""));
        return "The customs review of dossier " + dossierId + (revision == null ? "" : ", revision " + revision)
                + ", is complete: " + verdict + ".\n\nThe full report (JSON) follows.\n\n" + report + "\n";
    }
}
