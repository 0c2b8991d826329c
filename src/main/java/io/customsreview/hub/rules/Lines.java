package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Goods lines: their evidence names and which line of one document is which line of another. */
final class Lines {

    /** the invoice describes the goods most fully; other documents' lines are matched to its lines */
    static final List<DocumentType> REFERENCE_PREFERENCE = List.of(DocumentType.INVOICE, DocumentType.CONTRACT,
            DocumentType.DECLARATION, DocumentType.PACKING_LIST);

    /** words too common in goods descriptions to tell two lines apart */
    private static final Set<String> STOP_WORDS = Set.of("AND", "OF", "THE", "FOR", "WITH", "IN", "TO", "A", "AN",
            "PCS", "PC", "SET", "SETS", "NEW", "PARTS");

    private Lines() {
    }

    /** "lines[2].quantity": the line's 1-based number, as in messages ("line 2") */
    static String fieldName(LineItem line, LineField field) {
        return "lines[" + line.number() + "]." + field.jsonName();
    }

    static Evidence evidence(LineItem line, LineField field) {
        return Evidence.of(fieldName(line, field), line.get(field).orElseThrow());
    }

    /** a line matched with the reference document's line for the same goods */
    record Pair(Document document, LineItem line, Document referenceDocument, LineItem referenceLine) {
    }

    /** the document whose lines the others are matched with: the first invoice with lines, else the first with lines */
    static Optional<Document> referenceDocument(Dossier dossier) {
        List<Document> withLines = dossier.readable().stream().filter(d -> !d.lines().isEmpty()).toList();
        return Consistency.reference(withLines, REFERENCE_PREFERENCE);
    }

    /**
     * Whether a scanned document lists fewer goods lines than another document of the dossier: a row the scan did
     * not read (lost to noise or to the page's layout), so that what its lines add up to, or which codes they give,
     * proves nothing about the document.
     */
    static boolean lineLostOnScan(Dossier dossier, Document document) {
        return document.extraction() == ExtractionMethod.OCR
                && dossier.readable().stream().anyMatch(d -> d.lines().size() > document.lines().size());
    }

    /**
     * Every line of every other document with lines, paired with the reference document's line for the same goods:
     * by position when both documents have as many lines, otherwise by the most description words in common (a
     * line sharing no word with any reference line stays unpaired: it cannot be told which goods it is).
     */
    static List<Pair> pairs(Dossier dossier) {
        Optional<Document> reference = referenceDocument(dossier);
        if (reference.isEmpty()) {
            return List.of();
        }
        Document ref = reference.get();
        List<Pair> pairs = new ArrayList<>();
        for (Document document : dossier.readable()) {
            if (document == ref || document.lines().isEmpty()) {
                continue;
            }
            if (document.lines().size() == ref.lines().size()) {
                for (int i = 0; i < ref.lines().size(); i++) {
                    pairs.add(new Pair(document, document.lines().get(i), ref, ref.lines().get(i)));
                }
            } else {
                for (LineItem line : document.lines()) {
                    bestMatch(line, ref.lines()).ifPresent(match -> pairs.add(new Pair(document, line, ref, match)));
                }
            }
        }
        return pairs;
    }

    /** the line among {@code candidates} whose description shares most words with {@code line}'s */
    static Optional<LineItem> bestMatch(LineItem line, List<LineItem> candidates) {
        return bestMatch(line.get(LineField.DESCRIPTION).map(FieldValue::value).orElse(null), candidates);
    }

    static Optional<LineItem> bestMatch(String description, List<LineItem> candidates) {
        Set<String> words = tokens(description);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        LineItem best = null;
        double bestScore = 0;
        for (LineItem candidate : candidates) {
            Set<String> other = tokens(candidate.get(LineField.DESCRIPTION).map(FieldValue::value).orElse(null));
            Set<String> common = new HashSet<>(words);
            common.retainAll(other);
            Set<String> union = new HashSet<>(words);
            union.addAll(other);
            double score = union.isEmpty() ? 0 : (double) common.size() / union.size();
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    static Set<String> tokens(String description) {
        if (description == null) {
            return Set.of();
        }
        return Arrays.stream(Normalize.words(description).split(" "))
                .filter(w -> w.length() > 1 && !STOP_WORDS.contains(w))
                .collect(Collectors.toSet());
    }
}
