package io.customsreview.hub.broker;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.region.policy.IndividualDeadLetterStrategy;
import org.apache.activemq.broker.region.policy.PolicyEntry;
import org.apache.activemq.broker.region.policy.PolicyMap;
import org.apache.activemq.store.kahadb.KahaDBPersistenceAdapter;
import org.apache.activemq.store.SharedFileLocker;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.File;

/**
 * The hub's own ActiveMQ broker (default profile, {@code hub.broker.embedded=true}): vm:// inside, TCP for other
 * processes, KahaDB under {@code hub.broker.data-dir} with failIfLocked, one {@code DLQ.<queue>} per queue.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hub.broker.embedded", havingValue = "true", matchIfMissing = true)
public class EmbeddedBrokerConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    public BrokerService brokerService(BrokerProperties props) throws Exception {
        BrokerService broker = new BrokerService();
        broker.setBrokerName(props.name());
        broker.setUseJmx(false);
        broker.setUseShutdownHook(false); // Spring stops it, after Camel
        broker.setSchedulerSupport(false);
        broker.setPersistent(props.persistent());
        File dataDir = new File(props.dataDir()).getAbsoluteFile();
        broker.setDataDirectoryFile(dataDir);
        if (props.persistent()) {
            KahaDBPersistenceAdapter kahaDb = new KahaDBPersistenceAdapter();
            kahaDb.setDirectory(new File(dataDir, "kahadb"));
            SharedFileLocker locker = new SharedFileLocker();
            locker.setFailIfLocked(true); // a second hub on the same directory fails at once instead of waiting forever
            kahaDb.setLocker(locker);
            broker.setPersistenceAdapter(kahaDb);
        }
        broker.setDestinationPolicy(deadLetterPolicy());
        if (props.tcpEnabled()) {
            broker.addConnector(props.tcpUri());
        }
        return broker;
    }

    @Bean
    public ConnectionFactory jmsConnectionFactory(BrokerService brokerService, BrokerProperties props) {
        ActiveMQConnectionFactory target =
                new ActiveMQConnectionFactory("vm://" + brokerService.getBrokerName() + "?create=false");
        return JmsConfiguration.caching(target, props);
    }

    static PolicyMap deadLetterPolicy() {
        IndividualDeadLetterStrategy dlq = new IndividualDeadLetterStrategy();
        dlq.setQueuePrefix("DLQ.");
        dlq.setUseQueueForQueueMessages(true);
        dlq.setProcessNonPersistent(true);
        PolicyEntry all = new PolicyEntry();
        all.setQueue(">");
        all.setDeadLetterStrategy(dlq);
        PolicyMap map = new PolicyMap();
        map.setDefaultEntry(all);
        return map;
    }
}
