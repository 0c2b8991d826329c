package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Document;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The step of routes/edi.camel.yaml that reads an interchange and answers the sender: the CONTRL goes to the
 * endpoint the feed route named in header {@code ediContrlEndpoint} (the sender's out-folder, or the JMS reply
 * queue), and the raw interchange is left as the body, untouched, for the hub's common intake.
 */
public class EdiFeed {

    public static final String CONTRL_ENDPOINT = "ediContrlEndpoint";
    public static final String ACCEPTED = "ediAccepted";
    public static final String MESSAGES = "ediMessages";

    private static final Logger log = LoggerFactory.getLogger(EdiFeed.class);

    private final EdifactDocumentReader reader;
    private final ProducerTemplate producer;

    public EdiFeed(EdifactDocumentReader reader, ProducerTemplate producer) {
        this.reader = reader;
        this.producer = producer;
    }

    public void acknowledge(Exchange exchange) {
        byte[] raw = exchange.getMessage().getBody(byte[].class);
        String fileName = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        if (fileName == null) {
            fileName = "edi-" + exchange.getExchangeId() + ".edi";
            exchange.getMessage().setHeader(Exchange.FILE_NAME, fileName);
        }
        AtomicInteger n = new AtomicInteger();
        EdifactDocumentReader.Reading reading = reader.readInterchange(() -> "m" + n.incrementAndGet(), fileName,
                raw == null ? new byte[0] : raw, "edi");
        String sender = folderName(reading.sender());
        String endpoint = exchange.getMessage().getHeader(CONTRL_ENDPOINT, String.class);
        if (endpoint != null) {
            producer.sendBodyAndHeader(endpoint, reading.contrl(), Exchange.FILE_NAME,
                    sender + "/" + fileName + ".contrl");
        }
        if (!reading.accepted()) {
            log.warn("EDI interchange {} rejected: {}", fileName, reading.documents().stream()
                    .filter(d -> !d.readable()).map(Document::unreadableReason).findFirst().orElse("?"));
        }
        exchange.getMessage().removeHeader(CONTRL_ENDPOINT);
        exchange.getMessage().setHeader(ACCEPTED, reading.accepted());
        exchange.getMessage().setHeader(MESSAGES, reading.documents().size());
        exchange.getMessage().setHeader("hubSource", "edi");
        exchange.getMessage().setBody(raw);
    }

    /** the UNB sender, made safe as a folder name */
    private static String folderName(String unbSender) {
        String sender = unbSender.replaceAll("[^A-Za-z0-9._-]", "_");
        return sender.isEmpty() || sender.startsWith(".") ? "unknown" : sender;
    }
}
