package io.customsreview.hub.dossier;

import io.customsreview.hub.extraction.DocumentReader;
import io.customsreview.hub.extraction.ExtractionSettings;
import io.customsreview.hub.extraction.RecognisingDocumentReader;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.apache.camel.processor.aggregate.jdbc.PostgresAggregationRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * The durable parts of the assembly: the JDBC aggregation repository that holds one quiet-period/timeout per open
 * dossier (and survives restarts: the aggregator restores its timeouts from it; a completion that failed is
 * recovered from its "completed" table), the idempotent repositories of received files (by SHA-256) and of reviews
 * (by dossier fingerprint), and the reader that recognises received files.
 */
@Configuration(proxyBeanMethods = false)
public class DossierConfiguration {

    public static final String RECEIVED_FILES = "received-file";
    public static final String DOSSIER_REVIEWS = "dossier-review";

    @Bean
    public DocumentReader intakeDocumentReader(ExtractionSettings extraction) {
        return new RecognisingDocumentReader(extraction);
    }

    @Bean
    public JdbcMessageIdRepository receivedFileIdempotentRepository(DataSource dataSource,
                                                                   JdbcTransactionManager transactionManager) {
        return repository(dataSource, transactionManager, RECEIVED_FILES);
    }

    @Bean
    public JdbcMessageIdRepository dossierReviewIdempotentRepository(DataSource dataSource,
                                                                    JdbcTransactionManager transactionManager) {
        return repository(dataSource, transactionManager, DOSSIER_REVIEWS);
    }

    private static JdbcMessageIdRepository repository(DataSource dataSource, JdbcTransactionManager tm, String name) {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, new TransactionTemplate(tm), name);
        repository.setCreateTableIfNotExists(false); // schema-<platform>.sql creates it
        return repository;
    }

    @Bean
    public JdbcAggregationRepository dossierAggregationRepository(
            DataSource dataSource, JdbcTransactionManager transactionManager,
            @Value("${spring.sql.init.platform:h2}") String platform,
            @Value("${hub.assembly.recovery-interval-ms:5000}") long recoveryInterval) {
        JdbcAggregationRepository repository = "postgresql".equals(platform)
                ? new PostgresAggregationRepository(transactionManager, "dossier_aggregation", dataSource)
                : new JdbcAggregationRepository(transactionManager, "dossier_aggregation", dataSource);
        repository.setUseRecovery(true);
        repository.setRecoveryInterval(recoveryInterval);
        repository.setAllowSerializedHeaders(false);
        return repository;
    }

    @Bean
    public AggregationStrategy dossierAggregationStrategy() {
        // the aggregated exchange is only the dossier's durable timer: its body is the dossier id. The old exchange
        // is kept (the JDBC repository versions it for optimistic locking)
        return (oldExchange, newExchange) -> {
            if (oldExchange == null) {
                return newExchange;
            }
            oldExchange.getMessage().setBody(newExchange.getMessage().getBody());
            return oldExchange;
        };
    }
}
