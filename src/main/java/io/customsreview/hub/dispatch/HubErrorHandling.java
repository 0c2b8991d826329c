package io.customsreview.hub.dispatch;

import io.customsreview.hub.intake.UnprocessableInputException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.springframework.stereotype.Component;

/**
 * The error handling of every route, in one place: bounded exponential redelivery, then the dead letter queue with
 * the original message and the reason ({@code failureReason} header). Validation errors are not retried.
 */
@Component
public class HubErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "hub-error-handling";

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
    }
}
