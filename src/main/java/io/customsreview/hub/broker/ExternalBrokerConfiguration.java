package io.customsreview.hub.broker;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An external broker ({@code prod} profile): {@code hub.broker.url/user/password} from the environment. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hub.broker.embedded", havingValue = "false")
public class ExternalBrokerConfiguration {

    @Bean
    public ConnectionFactory jmsConnectionFactory(BrokerProperties props) {
        ActiveMQConnectionFactory target = new ActiveMQConnectionFactory(props.user(), props.password(), props.url());
        return JmsConfiguration.caching(target, props);
    }
}
