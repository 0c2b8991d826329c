package io.customsreview.hub.persistence;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * The database: the JDBC transaction manager is declared here and {@code @Primary}, so that nothing silently picks
 * the JMS one; the idempotent repository makes sure one dossier (same name, same content) is reviewed once.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    /** Processor name of the folder intake in {@code CAMEL_MESSAGEPROCESSED}. */
    public static final String FOLDER_INTAKE = "intake-folder";

    @Bean
    @Primary
    public JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    public JdbcMessageIdRepository dossierIdempotentRepository(DataSource dataSource,
                                                               JdbcTransactionManager transactionManager) {
        JdbcMessageIdRepository repository =
                new JdbcMessageIdRepository(dataSource, new TransactionTemplate(transactionManager), FOLDER_INTAKE);
        repository.setCreateTableIfNotExists(false); // schema-<platform>.sql creates it
        return repository;
    }
}
