package io.customsreview.hub.llm;

import io.customsreview.hub.domain.DecidedBy;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Grounded extraction assist: for the fields the extractors could not find (messy OCR), the model proposes values
 * and must quote the span of the text it read each from. A value is accepted only when its quote stands literally
 * in the document text and the value is written within the quote; it is marked {@code decidedBy: LLM} with the
 * span as evidence. Anything else the model says is dropped.
 *
 * <p>Merge note (extraction/ is edited in parallel): after a document is extracted, call
 * {@code assist.propose(text.plainText(), missingFields)} and add each accepted value as the field's FieldValue
 * (Provenance confidence = value.confidence(), assumption = "LLM, quoting: " + value.quote()).
 */
public final class ExtractionAssist {

    private static final Logger log = LoggerFactory.getLogger(ExtractionAssist.class);
    /** what a grounded but model-read value is worth: below any value the extractors read themselves */
    static final double CONFIDENCE = 0.6;
    private static final int MAX_TEXT = 24_000;

    private final AiTasks.ExtractionAssistService service;
    private final LlmCaller caller;

    ExtractionAssist(AiTasks.ExtractionAssistService service, LlmCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** one accepted value: the quote is literally the document text at {@code offset} */
    public record AssistedValue(Field field, String value, String quote, int offset, double confidence) {

        public DecidedBy decidedBy() {
            return DecidedBy.LLM;
        }

        /** evidence for a report: the quoted span as the value's raw form */
        public Evidence evidence(String documentId) {
            return new Evidence(documentId, field.jsonName(), quote, null, null);
        }
    }

    /** the values the model found, grounded in the text; empty without a model or when it cannot answer */
    public List<AssistedValue> propose(String text, List<Field> missing) {
        if (service == null || text == null || text.isBlank() || missing.isEmpty()) {
            return List.of();
        }
        String clipped = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        Map<String, Field> asked = new LinkedHashMap<>();
        missing.forEach(f -> asked.put(f.jsonName(), f));
        String fields = String.join(", ", asked.keySet());
        String data = DocumentData.text(clipped);
        LlmCaller.Outcome<AiTasks.ExtractionAnswer> outcome = caller.ask(AiTasks.EXTRACTION_PROMPT,
                fields + "\n" + data, () -> service.extract(fields, data), a -> a.values() != null);
        if (!outcome.answered()) {
            return List.of();
        }
        List<AssistedValue> accepted = new ArrayList<>();
        for (AiTasks.ProposedValue proposed : outcome.answer().values()) {
            Field field = proposed == null ? null : asked.get(proposed.field());
            if (field == null || blank(proposed.value()) || blank(proposed.quote())) {
                continue;
            }
            if (accepted.stream().anyMatch(v -> v.field() == field)) {
                continue; // one value per field: the first grounded one
            }
            int offset = text.indexOf(proposed.quote());
            if (offset < 0) {
                log.info("LLM value for {} rejected: its quote '{}' is not in the text", field.jsonName(),
                        proposed.quote());
                continue;
            }
            if (!squeeze(proposed.quote()).contains(squeeze(proposed.value()))) {
                log.info("LLM value for {} rejected: '{}' is not what the quote '{}' says", field.jsonName(),
                        proposed.value(), proposed.quote());
                continue;
            }
            accepted.add(new AssistedValue(field, proposed.value().strip(), proposed.quote(), offset, CONFIDENCE));
        }
        return accepted;
    }

    /** letters and digits only, lower case: "USD 12,345.60" is within "Total: USD 12,345.60" */
    private static String squeeze(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
