package io.customsreview.hub.dispatch;

import io.customsreview.hub.intake.HubHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs just before a message goes to the dead letter queue: the original message is restored by then, so the
 * reason and what is known of the dossier are put back as headers.
 */
@Component
public class DeadLetterPreparer implements Processor {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPreparer.class);

    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (HubErrorHandling.isBrokerFailure(cause)) {
            return; // not dead-lettered (see HubErrorHandling): handed back to the caller, logged there
        }
        String reason = cause == null ? "unknown" : cause.getClass().getName() + ": " + cause.getMessage();
        var message = exchange.getMessage();
        message.setHeader(HubHeaders.FAILURE_REASON, reason);
        message.setHeader(HubHeaders.FAILED_ROUTE, exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class));
        copy(exchange, HubHeaders.DOSSIER_ID);
        copy(exchange, HubHeaders.ARCHIVED_TO);
        log.warn("Dead letter (route {}, dossier {}): {}", message.getHeader(HubHeaders.FAILED_ROUTE),
                message.getHeader(HubHeaders.DOSSIER_ID), reason);
    }

    private static void copy(Exchange exchange, String name) {
        String value = exchange.getProperty(name, String.class);
        if (value != null) {
            exchange.getMessage().setHeader(name, value);
        }
    }
}
