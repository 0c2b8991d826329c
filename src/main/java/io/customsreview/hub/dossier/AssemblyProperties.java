package io.customsreview.hub.dossier;

import io.customsreview.hub.domain.DocumentType;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Dossier assembly across channels ({@code hub.assembly.*}).
 *
 * @param requiredDocuments a dossier is reviewed once these document types are all present and it has been quiet
 * @param quietPeriod       ... for this long (no new document of the dossier)
 * @param timeout           a dossier still missing a required document is reviewed anyway this long after its
 *                          first document (the rules then report MISSING_DOCUMENT)
 * @param checkInterval     how often open dossiers are checked for completion
 */
@ConfigurationProperties("hub.assembly")
public record AssemblyProperties(List<DocumentType> requiredDocuments, Duration quietPeriod, Duration timeout,
                                 Duration checkInterval) {

    public AssemblyProperties {
        requiredDocuments = requiredDocuments == null || requiredDocuments.isEmpty()
                ? List.of(DocumentType.DECLARATION, DocumentType.INVOICE, DocumentType.PACKING_LIST,
                DocumentType.BILL_OF_LADING, DocumentType.CONTRACT)
                : List.copyOf(requiredDocuments);
        quietPeriod = quietPeriod == null ? Duration.ofMinutes(2) : quietPeriod;
        timeout = timeout == null ? Duration.ofHours(24) : timeout;
        checkInterval = checkInterval == null ? Duration.ofSeconds(1) : checkInterval;
    }
}
