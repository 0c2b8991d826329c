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
                List<LineItem> matched = inOrder(document.lines(), ref.lines());
                for (int i = 0; i < ref.lines().size(); i++) {
                    pairs.add(new Pair(document, document.lines().get(i), ref, matched.get(i)));
                }
            } else {
                for (LineItem line : document.lines()) {
                    bestMatch(line, ref.lines()).ifPresent(match -> pairs.add(new Pair(document, line, ref, match)));
                }
            }
        }
        return pairs;
    }

    /**
     * For lists of as many lines, the reference line of each line: the one at its position, unless the lines list the
     * same goods in another order — each line that moves shares more with another reference line (description words,
     * the HS subheading, the quantity) than with its own, and each reference line is taken once. A line changed on
     * purpose still shares most with its own.
     */
    static List<LineItem> inOrder(List<LineItem> lines, List<LineItem> reference) {
        int n = lines.size();
        double[][] affinity = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                affinity[i][j] = affinity(lines.get(i), reference.get(j));
            }
        }
        // greedily, the strongest affinities first
        int[] partner = new int[n];
        Arrays.fill(partner, -1);
        boolean[] taken = new boolean[n];
        for (int round = 0; round < n; round++) {
            int bestI = -1;
            int bestJ = -1;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (partner[i] < 0 && !taken[j] && (bestI < 0 || affinity[i][j] > affinity[bestI][bestJ])) {
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            partner[bestI] = bestJ;
            taken[bestJ] = true;
        }
        for (int i = 0; i < n; i++) {
            if (partner[i] != i && affinity[i][partner[i]] <= affinity[i][i]) {
                return reference; // no clear other order: by position
            }
        }
        List<LineItem> matched = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            matched.add(reference.get(partner[i]));
        }
        return matched;
    }

    /** what two lines share: description words (their share of all), the HS subheading, the quantity */
    private static double affinity(LineItem line, LineItem other) {
        double score = wordShare(descriptionWords(line), descriptionWords(other));
        Optional<String> code = line.get(LineField.HS_CODE).map(v -> Normalize.hsCode(v.value()));
        Optional<String> otherCode = other.get(LineField.HS_CODE).map(v -> Normalize.hsCode(v.value()));
        if (code.isPresent() && otherCode.isPresent() && code.get().length() >= 6 && otherCode.get().length() >= 6
                && code.get().substring(0, 6).equals(otherCode.get().substring(0, 6))) {
            score += 1;
        }
        Optional<java.math.BigDecimal> quantity = line.get(LineField.QUANTITY).flatMap(v -> decimal(v.value()));
        Optional<java.math.BigDecimal> otherQuantity = other.get(LineField.QUANTITY).flatMap(v -> decimal(v.value()));
        if (quantity.isPresent() && otherQuantity.isPresent() && quantity.get().compareTo(otherQuantity.get()) == 0) {
            score += 0.5;
        }
        return score;
    }

    private static Optional<java.math.BigDecimal> decimal(String value) {
        try {
            return Optional.of(new java.math.BigDecimal(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
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
            double score = wordShare(words, descriptionWords(candidate));
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Set<String> descriptionWords(LineItem line) {
        return tokens(line.get(LineField.DESCRIPTION).map(FieldValue::value).orElse(null));
    }

    /** the words two sets have in common, as a share of all their words */
    private static double wordShare(Set<String> words, Set<String> other) {
        Set<String> common = new HashSet<>(words);
        common.retainAll(other);
        Set<String> union = new HashSet<>(words);
        union.addAll(other);
        return union.isEmpty() ? 0 : (double) common.size() / union.size();
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
