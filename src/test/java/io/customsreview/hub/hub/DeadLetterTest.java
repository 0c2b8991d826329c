package io.customsreview.hub.hub;

import io.customsreview.hub.intake.UnprocessableInputException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A review that fails with a validation error ends in the dead letter queue at once, with the reason. */
class DeadLetterTest extends HubTestSupport {

    private static final String BROKEN_PREFIX = "BROKEN";
    private static final AtomicInteger ATTEMPTS = new AtomicInteger();
    private static boolean advised;

    @BeforeEach
    void failReviewsOfBrokenDossiers() throws Exception {
        if (advised) {
            return;
        }
        // the context is shared: the advice only touches dossiers named BROKEN-*
        AdviceWith.adviceWith(camelContext, "intake-folder", route -> route.weaveById("review-dossier").before()
                .process(exchange -> {
                    String dossierId = exchange.getMessage().getHeader("dossierId", String.class);
                    if (dossierId != null && dossierId.startsWith(BROKEN_PREFIX)) {
                        ATTEMPTS.incrementAndGet();
                        throw new UnprocessableInputException("test: dossier " + dossierId + " cannot be reviewed");
                    }
                }));
        advised = true;
    }

    @Test
    void validationErrorGoesToTheDeadLetterQueueWithoutRetry() throws Exception {
        String dossierId = uniqueDossierId(BROKEN_PREFIX);
        ATTEMPTS.set(0);
        dropDossier(dossierId, Map.of("invoice.txt", "INVOICE".getBytes(StandardCharsets.UTF_8),
                ".ready", new byte[0]), null);

        Message dead = receive(DEAD_LETTER_QUEUE, "dossierId = '" + dossierId + "'", Duration.ofSeconds(30));

        assertThat(dead).as("dead letter of " + dossierId).isInstanceOf(TextMessage.class);
        // the original message of the failing dossier step: the archive folder holding the originals
        assertThat(((TextMessage) dead).getText()).isEqualTo(dead.getStringProperty("archivedTo"))
                .startsWith(archive().resolve(dossierId).toString());
        assertThat(dead.getStringProperty("failureReason"))
                .contains(UnprocessableInputException.class.getName())
                .contains("cannot be reviewed");
        assertThat(dead.getStringProperty("archivedTo")).contains(dossierId);
        assertThat(ATTEMPTS).as("validation errors are not retried").hasValue(1);
        // nothing lost: the originals are archived
        assertThat(FolderIntakeEndToEndTest.archivedFolder(dossierId).resolve("invoice.txt")).exists();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_report WHERE dossier_id = ?", Integer.class,
                dossierId)).isZero();
    }

    @Test
    void dossierWithoutDocumentsIsUnprocessable() throws Exception {
        String dossierId = uniqueDossierId("SHP-NODOCS");
        dropDossier(dossierId, Map.of(".ready", new byte[0]), null);

        Message dead = receive(DEAD_LETTER_QUEUE, "dossierId = '" + dossierId + "'", Duration.ofSeconds(30));

        assertThat(dead).isInstanceOf(TextMessage.class);
        assertThat(dead.getStringProperty("failureReason")).contains("has no document files");
        assertThat(dead.getStringProperty("failedRoute")).isEqualTo("intake-folder");
    }
}
