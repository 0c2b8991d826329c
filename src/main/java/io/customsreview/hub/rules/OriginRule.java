package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.RuleId;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ORIGIN_MISMATCH: the country of origin differs, between the documents' stated origins (the certificate of origin
 * is the reference) and for goods lines that state one: against the matched reference line's origin, else the
 * dossier's reference origin.
 */
final class OriginRule implements Rule, FieldDependent {

    private static final List<DocumentType> PREFERENCE = List.of(DocumentType.CERTIFICATE_OF_ORIGIN,
            DocumentType.INVOICE, DocumentType.DECLARATION);

    @Override
    public RuleId id() {
        return RuleId.ORIGIN_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        List<Finding> findings = new ArrayList<>(Consistency.againstReference(dossier,
                Consistency.Spec.normalised(id(), Field.ORIGIN_COUNTRY, "Country of origin", PREFERENCE, Normalize::code)));
        findings.addAll(lineOrigins(dossier));
        return findings;
    }

    private List<Finding> lineOrigins(Dossier dossier) {
        List<Document> carriers = dossier.readable().stream().filter(d -> d.has(Field.ORIGIN_COUNTRY)).toList();
        Optional<Document> originDocument = Consistency.reference(carriers, PREFERENCE);
        Map<LineItem, Lines.Pair> matched = new HashMap<>();
        Lines.pairs(dossier).forEach(p -> matched.put(p.line(), p));
        // lines stating the same other origin against the same expected value share one finding
        Map<String, Difference> differing = new LinkedHashMap<>();
        for (Document document : dossier.readable()) {
            for (LineItem line : document.lines()) {
                Optional<FieldValue> origin = line.get(LineField.ORIGIN);
                if (origin.isEmpty()) {
                    continue;
                }
                Lines.Pair pair = matched.get(line);
                Difference expected;
                if (pair != null && pair.referenceLine().get(LineField.ORIGIN).isPresent()) {
                    expected = new Difference(pair.referenceLine().get(LineField.ORIGIN).orElseThrow().value(),
                            Lines.evidence(pair.referenceLine(), LineField.ORIGIN),
                            "line " + pair.referenceLine().number() + " of " + Describe.doc(pair.referenceDocument()));
                } else if (originDocument.isPresent() && !sameAsOwnDocument(document, origin.get())) {
                    FieldValue value = originDocument.get().first(Field.ORIGIN_COUNTRY).orElseThrow();
                    expected = new Difference(value.value(), Evidence.of(Field.ORIGIN_COUNTRY, value),
                            Describe.doc(originDocument.get()));
                } else {
                    continue;
                }
                String found = Normalize.code(origin.get().value());
                if (Normalize.code(expected.expected()).equals(found)) {
                    continue;
                }
                String key = expected.where() + "/" + found;
                Difference difference = differing.computeIfAbsent(key, k -> expected);
                difference.evidence().add(Lines.evidence(line, LineField.ORIGIN));
                difference.lines().add("line " + line.number() + " of " + Describe.doc(document));
                difference.found().add(origin.get().value());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Difference d : differing.values()) {
            findings.add(Finding.of(id(), "Origin " + d.found().get(0) + " on " + Describe.joined(d.lines())
                    + " differs from " + d.expected() + " on " + d.where(), d.evidence()));
        }
        return findings;
    }

    /** the line repeats its document's stated origin: comparing that already tells any difference */
    private static boolean sameAsOwnDocument(Document document, FieldValue lineOrigin) {
        return document.first(Field.ORIGIN_COUNTRY)
                .map(v -> Normalize.code(v.value()).equals(Normalize.code(lineOrigin.value()))).orElse(false);
    }

    /** lines whose origin differs from {@code expected}, stated on {@code where} */
    private record Difference(String expected, List<Evidence> evidence, String where, List<String> lines,
                              List<String> found) {
        Difference(String expected, Evidence expectedEvidence, String where) {
            this(expected, new ArrayList<>(List.of(expectedEvidence)), where, new ArrayList<>(), new ArrayList<>());
        }
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        // a document giving its origin per line only is not missing it
        List<Document> stated = dossier.readable().stream()
                .filter(d -> EnumSet.of(DocumentType.INVOICE, DocumentType.DECLARATION,
                        DocumentType.CERTIFICATE_OF_ORIGIN).contains(d.type()))
                .toList();
        List<Document> subjects = stated.stream()
                .filter(d -> d.lines().stream().noneMatch(l -> l.get(LineField.ORIGIN).isPresent())).toList();
        return MissingFields.lacking(subjects, stated, id(), Field.ORIGIN_COUNTRY);
    }
}
