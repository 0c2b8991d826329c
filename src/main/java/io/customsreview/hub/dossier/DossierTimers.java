package io.customsreview.hub.dossier;

import io.customsreview.hub.intake.HubHeaders;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After a (re)start, resets the timer of every dossier still open in the aggregation repository: Camel restores a
 * timer with the timeout computed for the dossier's first document, which is the overall timeout when that document
 * was not enough; a nudge (route dossier-timers, once after start) makes the aggregator evaluate {@link DossierAssembler#completionDelay} again.
 */
@Component
public class DossierTimers {

    private static final Logger log = LoggerFactory.getLogger(DossierTimers.class);

    private final JdbcAggregationRepository repository;
    private final ProducerTemplate producer;

    public DossierTimers(JdbcAggregationRepository dossierAggregationRepository, ProducerTemplate producer) {
        this.repository = dossierAggregationRepository;
        this.producer = producer;
    }

    /** Camel entry point of route dossier-timers (once, just after start). */
    public void nudgeOpenDossiers() {
        var keys = repository.getKeys();
        for (String dossierId : keys) {
            producer.sendBodyAndHeader("direct:assemble-dossier", dossierId, HubHeaders.DOSSIER_ID, dossierId);
        }
        if (!keys.isEmpty()) {
            log.info("Timers of {} open dossier(s) reset after start: {}", keys.size(), keys);
        }
    }
}
