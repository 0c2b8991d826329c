package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * CONTAINER_MISMATCH: documents that list containers list different sets of them; the B/L is the reference.
 * Order and repetition do not matter, and a document listing no container is not compared (air and LCL freight);
 * a scan that lists only some of the other's containers did not read the rest.
 */
final class ContainerMismatchRule implements Rule {

    private static final List<DocumentType> PREFERENCE = List.of(DocumentType.BILL_OF_LADING,
            DocumentType.PACKING_LIST, DocumentType.DECLARATION);

    @Override
    public RuleId id() {
        return RuleId.CONTAINER_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        List<Document> carriers = dossier.readable().stream().filter(d -> d.has(Field.CONTAINER_NUMBER)).toList();
        Optional<Document> reference = Consistency.reference(carriers, PREFERENCE);
        if (reference.isEmpty()) {
            return List.of();
        }
        Document ref = reference.get();
        TreeSet<String> expected = containers(dossier, ref);
        // documents missing and adding the same containers share one finding
        Map<String, List<Document>> differing = new LinkedHashMap<>();
        for (Document document : carriers) {
            TreeSet<String> listed = containers(dossier, document);
            boolean scan = document.extraction() == ExtractionMethod.OCR || ref.extraction() == ExtractionMethod.OCR;
            if (document != ref && !listed.equals(expected) && !containerNotRead(document, listed, ref, expected)
                    && !(scan && pOrFFirst(listed).equals(pOrFFirst(expected)))) {
                differing.computeIfAbsent(difference(expected, listed), k -> new ArrayList<>()).add(document);
            }
        }
        List<Finding> findings = new ArrayList<>();
        differing.forEach((difference, documents) -> {
            List<Evidence> evidence = new ArrayList<>();
            ref.all(Field.CONTAINER_NUMBER).forEach(v -> evidence.add(Evidence.of(Field.CONTAINER_NUMBER, v)));
            documents.forEach(d -> d.all(Field.CONTAINER_NUMBER)
                    .forEach(v -> evidence.add(Evidence.of(Field.CONTAINER_NUMBER, v))));
            findings.add(Finding.of(id(), "Container numbers on " + Describe.docs(documents) + " differ from those on "
                    + Describe.doc(ref) + ": " + difference, evidence));
        });
        return findings;
    }

    /**
     * One document lists some of the other's containers and nothing else, and that one is a scan: a container it
     * did not read (a line lost to noise, a number scrambled), not another container. A container replaced by
     * another stays a finding.
     */
    private static boolean containerNotRead(Document document, TreeSet<String> listed, Document ref,
                                            TreeSet<String> expected) {
        return expected.containsAll(listed) && document.extraction() == ExtractionMethod.OCR
                || listed.containsAll(expected) && ref.extraction() == ExtractionMethod.OCR;
    }

    /**
     * the numbers with an opening P taken as an F: the two weigh 11 apart in the check digit's sum, so a scan's P read
     * for an F (or back) passes the check ("PCIU6053498" on a B/L, "FCIU6053498" on a declaration)
     */
    private static TreeSet<String> pOrFFirst(TreeSet<String> numbers) {
        return numbers.stream()
                .map(n -> n.startsWith("P") && Normalize.validContainerNumber(n) ? "F" + n.substring(1) : n)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String difference(TreeSet<String> expected, TreeSet<String> listed) {
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(listed);
        TreeSet<String> extra = new TreeSet<>(listed);
        extra.removeAll(expected);
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add(String.join(", ", missing) + " not listed");
        }
        if (!extra.isEmpty()) {
            parts.add(String.join(", ", extra) + " listed in addition");
        }
        return String.join("; ", parts);
    }

    /**
     * the document's containers, a scanned number misread taken as the one it is
     * ({@link Consistency#containerReadAlikeElsewhere})
     */
    private static TreeSet<String> containers(Dossier dossier, Document document) {
        return document.all(Field.CONTAINER_NUMBER).stream()
                .map(v -> Consistency.containerReadAlikeElsewhere(dossier, document, v)
                        .orElse(Normalize.container(v.value())))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
