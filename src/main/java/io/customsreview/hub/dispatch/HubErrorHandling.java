package io.customsreview.hub.dispatch;

import io.customsreview.hub.intake.UnprocessableInputException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.springframework.jms.JmsException;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Component;

/**
 * The error handling of every route, in one place: bounded exponential redelivery, then the dead letter queue with
 * the original message and the reason ({@code failureReason} header). Validation errors are not retried.
 * <p>
 * The broker (or a transaction resource) being unavailable is no fault of the message: such failures are retried
 * the same bounded way and then handed back to the caller unhandled, never to the dead letter queue (which sits on
 * that same broker: its send would fail too and the dead letter channel would swallow that, losing the report).
 * For an assembled dossier the caller is the aggregator: its completion stays unconfirmed in the JDBC aggregation
 * repository and the repository's recovery completes it again every {@code hub.assembly.recovery-interval-ms}
 * until the broker is back and the report is sent.
 */
@Component
public class HubErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "hub-error-handling";

    /** the broker or a transaction resource unavailable: retried, handed back to the caller, never dead-lettered */
    @SuppressWarnings("unchecked")
    static final Class<? extends Throwable>[] BROKER_FAILURES =
            new Class[]{TransactionException.class, JmsException.class, jakarta.jms.JMSException.class};

    /** true when {@code failure} or one of its causes is one of {@link #BROKER_FAILURES} */
    public static boolean isBrokerFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : BROKER_FAILURES) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private final ErrorHandlingProperties props;
    private final DeadLetterPreparer deadLetterPreparer;

    public HubErrorHandling(ErrorHandlingProperties props, DeadLetterPreparer deadLetterPreparer) {
        this.props = props;
        this.deadLetterPreparer = deadLetterPreparer;
    }

    @Override
    public void configuration() {
        RouteConfigurationDefinition configuration = routeConfiguration(ID);
        configuration.errorHandler(deadLetterChannel("jms:queue:{{hub.dispatch.dead-letter-queue}}?jmsMessageType=Text")
                        .useOriginalMessage()
                        .onPrepareFailure(deadLetterPreparer)
                        .maximumRedeliveries(props.maximumRedeliveries())
                        .redeliveryDelay(props.redeliveryDelay().toMillis())
                        .useExponentialBackOff()
                        .backOffMultiplier(props.backOffMultiplier())
                        .maximumRedeliveryDelay(props.maximumDelay().toMillis())
                        .retryAttemptedLogLevel(LoggingLevel.WARN)
                        .logExhausted(true)
                        .logExhaustedMessageHistory(false));
        configuration.onException(UnprocessableInputException.class)
                .maximumRedeliveries(0);
        configuration.onException(BROKER_FAILURES)
                .maximumRedeliveries(props.maximumRedeliveries())
                .redeliveryDelay(props.redeliveryDelay().toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(props.backOffMultiplier())
                .maximumRedeliveryDelay(props.maximumDelay().toMillis())
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .handled(false)
                .log(LoggingLevel.WARN, HubErrorHandling.class.getName(),
                        "Broker or transaction unavailable in route ${routeId} (dossier ${header.dossierId}): "
                                + "${exception.message}; not dead-lettered, left to the caller to try again");
    }
}
