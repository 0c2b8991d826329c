package io.customsreview.hub.llm;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Severity;

import java.util.List;

/**
 * One rule written by a customs team in plain language (see {@code docs/officer-rules.example.yml}).
 *
 * @param id        the finding's rule id, e.g. OFFICER_TEXTILE_MATERIAL (capitals, digits, underscores; never a contract
 *                  rule's id)
 * @param severity  ERROR or WARNING
 * @param fields    the fields the rule concerns, by report name: {@code description}, {@code originCountry},
 *                  {@code lines.description}, {@code lines.hsCode}
 * @param documents the document types whose fields are evidence; empty for all
 * @param rule      the rule in plain language
 */
public record OfficerRule(String id, Severity severity, List<String> fields, List<DocumentType> documents,
                          String rule) {

    public OfficerRule {
        fields = List.copyOf(fields);
        documents = List.copyOf(documents);
    }
}
