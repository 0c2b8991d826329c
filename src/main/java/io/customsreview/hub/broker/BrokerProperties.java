package io.customsreview.hub.broker;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The message broker ({@code hub.broker.*}).
 *
 * @param embedded   start an ActiveMQ broker inside the hub (default profile); false connects to {@code url}
 * @param name       broker name of the embedded broker; vm:// names are JVM-global, so unique per Spring context
 * @param url        broker URL when not embedded ({@code tcp://activemq:61616})
 * @param user       user for the external broker
 * @param password   password for the external broker
 * @param tcpEnabled open a TCP connector on the embedded broker
 * @param tcpHost    address the TCP connector binds to
 * @param tcpPort    port of the TCP connector
 * @param dataDir    KahaDB directory of the embedded broker (locked: a second process fails fast)
 * @param persistent keep messages on disk (KahaDB); false keeps them in memory
 * @param redelivery client-side redelivery of consumed messages before they go to {@code DLQ.<queue>}
 */
@ConfigurationProperties("hub.broker")
public record BrokerProperties(boolean embedded, String name, String url, String user, String password,
                               boolean tcpEnabled, String tcpHost, int tcpPort, String dataDir, boolean persistent,
                               Redelivery redelivery) {

    public BrokerProperties {
        name = name == null || name.isBlank() ? "customs-hub" : name;
        tcpHost = tcpHost == null ? "127.0.0.1" : tcpHost;
        dataDir = dataDir == null ? "data/broker" : dataDir;
        redelivery = redelivery == null ? new Redelivery(5, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1)) : redelivery;
    }

    public String tcpUri() {
        return "tcp://" + tcpHost + ":" + tcpPort;
    }

    public record Redelivery(int maximumRedeliveries, Duration initialDelay, double backOffMultiplier,
                             Duration maximumDelay) {
    }
}
