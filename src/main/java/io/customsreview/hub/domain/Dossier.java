package io.customsreview.hub.domain;

import java.util.List;
import java.util.Optional;

/** Everything filed for one shipment. */
public record Dossier(String id, List<Document> documents) {

    public Dossier {
        documents = List.copyOf(documents);
    }

    /** readable documents of the given type, in arrival order */
    public List<Document> ofType(DocumentType type) {
        return documents.stream().filter(d -> d.type() == type && d.readable()).toList();
    }

    public Optional<Document> firstOfType(DocumentType type) {
        return ofType(type).stream().findFirst();
    }

    public List<Document> readable() {
        return documents.stream().filter(Document::readable).toList();
    }
}
