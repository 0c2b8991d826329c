package io.customsreview.hub.broker;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.RedeliveryPolicy;
import org.apache.camel.spring.spi.SpringTransactionPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.JmsTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * JMS transactions. The JDBC transaction manager is declared {@code @Primary} in
 * {@link io.customsreview.hub.persistence.PersistenceConfiguration}; routes name this policy explicitly
 * ({@code transacted: ref: jmsTransacted}).
 */
@Configuration(proxyBeanMethods = false)
public class JmsConfiguration {

    @Bean
    public JmsTransactionManager jmsTransactionManager(ConnectionFactory jmsConnectionFactory) {
        return new JmsTransactionManager(jmsConnectionFactory);
    }

    @Bean
    public SpringTransactionPolicy jmsTransacted(JmsTransactionManager jmsTransactionManager) {
        SpringTransactionPolicy policy = new SpringTransactionPolicy(jmsTransactionManager);
        policy.setPropagationBehaviorName("PROPAGATION_REQUIRED");
        return policy;
    }

    /** Caches sessions and producers; consumers are cached by Camel ({@code cacheLevelName=CACHE_CONSUMER}). */
    static ConnectionFactory caching(ActiveMQConnectionFactory target, BrokerProperties props) {
        BrokerProperties.Redelivery r = props.redelivery();
        RedeliveryPolicy redelivery = new RedeliveryPolicy();
        redelivery.setMaximumRedeliveries(r.maximumRedeliveries());
        redelivery.setInitialRedeliveryDelay(r.initialDelay().toMillis());
        redelivery.setRedeliveryDelay(r.initialDelay().toMillis());
        redelivery.setUseExponentialBackOff(r.backOffMultiplier() > 1.0);
        redelivery.setBackOffMultiplier(r.backOffMultiplier());
        redelivery.setMaximumRedeliveryDelay(r.maximumDelay().toMillis());
        target.setRedeliveryPolicy(redelivery);
        CachingConnectionFactory caching = new CachingConnectionFactory(target);
        caching.setSessionCacheSize(10);
        caching.setCacheConsumers(false);
        return caching;
    }
}
