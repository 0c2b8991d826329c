package io.customsreview.hub.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.regex.Pattern;

/**
 * Document text as data for a prompt: JSON-quoted (so it cannot close a string or a delimiter), with anything that
 * looks like the prompt's delimiters or template variables defused. Also recognises text that tries to instruct
 * the model, for which the judge does not ask the model at all.
 */
final class DocumentData {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private static final Pattern INSTRUCTION = Pattern.compile(
            "(?i)\\b(ignore|disregard|forget|override)\\b.{0,40}\\b(previous|prior|above|all|earlier|the)\\b.{0,20}"
                    + "\\b(rules?|instructions?|prompts?|checks?|findings?)\\b"
                    + "|\\breport\\s+(it\\s+|the\\s+\\w+\\s+|as\\s+)?(clear|compliant|no\\s+problems?)\\b"
                    + "|\\b(system|assistant)\\s*:|</?\\s*document_data|\\byou\\s+are\\s+now\\b");

    private DocumentData() {
    }

    /** the value as JSON, safe inside the prompt's delimiters */
    static String json(Object value) {
        try {
            return defuse(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** plain text (a document's text) safe inside the prompt's delimiters */
    static String text(String text) {
        return defuse(text == null ? "" : text);
    }

    private static String defuse(String s) {
        return s.replaceAll("(?i)<\\s*/?\\s*document_data\\s*>", "[document_data]")
                .replace("{{", "{ {").replace("}}", "} }");
    }

    /** does the text try to instruct whoever reads it? */
    static boolean instructs(String text) {
        return text != null && INSTRUCTION.matcher(text).find();
    }

    /** a model's reason, shortened to one line: it ends up in a finding's message */
    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return "no reason given";
        }
        String line = reason.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    static double confidence(double value) {
        return Double.isNaN(value) ? 0.5 : Math.max(0.0, Math.min(1.0, value));
    }
}
