package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.DocumentType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A dossier before it is written: canonical shipment, each document's view and style, what the faults did. */
public final class DossierDraft {

    /** A file that is not a document (UNREADABLE_DOCUMENT). */
    public record ExtraFile(String reason, byte[] bytes) {
    }

    final String dossierId;
    final long seed;
    Shipment base;
    final Map<DocumentType, Shipment> views = new EnumMap<>(DocumentType.class);
    final Map<DocumentType, DocStyle> styles = new EnumMap<>(DocumentType.class);
    final List<Fault> faults;
    final List<FaultRecord> records = new ArrayList<>();
    final List<ExtraFile> extras = new ArrayList<>();

    DossierDraft(String dossierId, long seed, Shipment base, List<Fault> faults) {
        this.dossierId = dossierId;
        this.seed = seed;
        this.base = base;
        this.faults = List.copyOf(faults);
    }

    public String dossierId() {
        return dossierId;
    }

    public Shipment base() {
        return base;
    }

    public Map<DocumentType, Shipment> views() {
        return views;
    }

    public Map<DocumentType, DocStyle> styles() {
        return styles;
    }

    public List<FaultRecord> records() {
        return records;
    }

    public List<Fault> faults() {
        return faults;
    }

    public List<ExtraFile> extras() {
        return extras;
    }

    /** The document's content (labels, values, canonical truth) as it will be rendered. */
    public DocContent content(DocumentType t) {
        return Contents.build(t, views.get(t), styles.get(t));
    }

    public byte[] render(DocumentType t) {
        return PdfLayout.render(content(t), styles.get(t));
    }

    void update(DocumentType t, java.util.function.UnaryOperator<Shipment> change) {
        views.put(t, change.apply(views.get(t)));
    }

    void updateAll(java.util.function.UnaryOperator<Shipment> change) {
        views.replaceAll((k, v) -> change.apply(v));
        base = change.apply(base);
    }
}
