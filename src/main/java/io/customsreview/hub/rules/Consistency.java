package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares one document-level field across the documents of a dossier. Each document is compared with one
 * reference document, never every pair with every pair, and documents that give the same wrong value share one
 * finding: a difference is reported once.
 */
final class Consistency {

    /**
     * How a field is compared.
     *
     * @param rule       the rule that reports a difference
     * @param field      the field compared
     * @param label      how messages name the field ("B/L number")
     * @param preference document types in order of authority; the first document of the first type that carries
     *                   the field is the reference, else the first document that carries it
     * @param key        the normalised form; documents whose values have equal keys share a finding
     * @param same       whether two values agree (may be more lenient than equal keys, e.g. weights)
     * @param show       how messages show a value
     * @param detail     what messages add after a difference (" by 10 kg"), given reference and other value
     */
    record Spec(RuleId rule, Field field, String label, List<DocumentType> preference,
                Function<FieldValue, String> key, BiPredicate<FieldValue, FieldValue> same,
                Function<FieldValue, String> show, BiFunction<FieldValue, FieldValue, String> detail) {

        /** values equal once normalised by {@code normalise}, shown as they stood */
        static Spec normalised(RuleId rule, Field field, String label, List<DocumentType> preference,
                               Function<String, String> normalise) {
            Function<FieldValue, String> key = v -> normalise.apply(v.value());
            return new Spec(rule, field, label, preference, key, (a, b) -> key.apply(a).equals(key.apply(b)),
                    FieldValue::value, (a, b) -> "");
        }

        /** the same comparison, and values of which one was read by OCR also agree when {@code alike} says so */
        Spec forgivingScans(BiPredicate<String, String> alike) {
            return new Spec(rule, field, label, preference, key, (a, b) -> same.test(a, b)
                    || ((scanned(a) || scanned(b)) && alike.test(a.value(), b.value())), show, detail);
        }

        /** the same comparison, and values of which one was read doubtfully by OCR also agree when {@code alike} says so */
        Spec forgivingDoubtfulScans(BiPredicate<String, String> alike) {
            return new Spec(rule, field, label, preference, key, (a, b) -> same.test(a, b)
                    || ((doubtful(a) || doubtful(b)) && alike.test(a.value(), b.value())), show, detail);
        }

        /** like {@link #normalised}, and values read by OCR agree with look-alike characters confused */
        static Spec reference(RuleId rule, Field field, String label, List<DocumentType> preference) {
            return normalised(rule, field, label, preference, Normalize::reference)
                    .forgivingScans(Normalize::referencesReadAlike);
        }
    }

    private Consistency() {
    }

    /** every carrier of the field compared with the reference document's value */
    static List<Finding> againstReference(Dossier dossier, Spec spec) {
        List<Document> carriers = dossier.readable().stream().filter(d -> d.has(spec.field())).toList();
        Optional<Document> reference = reference(carriers, spec.preference());
        if (reference.isEmpty()) {
            return List.of();
        }
        Document refDoc = reference.get();
        FieldValue refValue = refDoc.first(spec.field()).orElseThrow();
        if (scanned(refValue)) {
            // the reference read by OCR may be the misread one ("0098" for 009S on a B/L, "0909S" on the declaration
            // agreeing with the invoice's 009S, not with it): a value more carriers agree with stands in for it
            long agreeing = agreeing(carriers, spec, refValue);
            for (Document carrier : carriers) {
                FieldValue value = carrier.first(spec.field()).orElseThrow();
                long more = agreeing(carriers, spec, value);
                if (more > agreeing) {
                    agreeing = more;
                    refDoc = carrier;
                    refValue = value;
                }
            }
        }
        Map<String, List<Cited>> differing = new LinkedHashMap<>();
        for (Document document : carriers) {
            if (document == refDoc) {
                continue;
            }
            FieldValue value = document.first(spec.field()).orElseThrow();
            if (!spec.same().test(refValue, value)) {
                differing.computeIfAbsent(spec.key().apply(value), k -> new ArrayList<>()).add(new Cited(document, value));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Cited> group : differing.values()) {
            FieldValue value = group.get(0).value();
            String message = spec.label() + " " + spec.show().apply(value) + " on " + Describe.docs(documents(group))
                    + " differs from " + spec.show().apply(refValue) + " on " + Describe.doc(refDoc)
                    + spec.detail().apply(refValue, value);
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidence.of(spec.field(), refValue));
            group.forEach(c -> evidence.add(Evidence.of(spec.field(), c.value())));
            findings.add(Finding.of(spec.rule(), message, evidence));
        }
        return findings;
    }

    /** how many carriers' values agree with {@code value} as the rule compares them (its own included) */
    private static long agreeing(List<Document> carriers, Spec spec, FieldValue value) {
        return carriers.stream().map(d -> d.first(spec.field()).orElseThrow())
                .filter(other -> other == value || spec.same().test(value, other)).count();
    }

    /**
     * A reference number that one type of document issues and others cite (the invoice its number, the contract
     * its number): every cited number must be one an issuing document carries. Issuing documents are not compared
     * with each other (two invoices have two numbers). Without an issuing document that carries the number, the
     * citing documents are compared with the first of them.
     */
    static List<Finding> citations(Dossier dossier, RuleId rule, Field field, String label, DocumentType issuer) {
        List<Document> issuers = dossier.ofType(issuer).stream().filter(d -> d.has(field)).toList();
        if (issuers.isEmpty()) {
            return againstReference(dossier, Spec.reference(rule, field, label, List.of()));
        }
        Set<String> issued = issuers.stream().flatMap(d -> d.all(field).stream())
                .map(v -> Normalize.reference(v.value())).collect(Collectors.toCollection(java.util.HashSet::new));
        // a number read by OCR on either side is compared without the recogniser's look-alike confusions
        Set<String> issuedFolded = issuers.stream().flatMap(d -> d.all(field).stream())
                .map(v -> Normalize.foldedReference(v.value())).collect(Collectors.toSet());
        // ... an I and its slash read as a V or not ("GV1I243791" for GVI243791: its own V before an I read twice)
        Set<String> issuedFoldedAsRead = issuers.stream().flatMap(d -> d.all(field).stream())
                .map(v -> Normalize.foldedWithSlashesAsRead(v.value())).collect(Collectors.toSet());
        boolean issuerScanned = issuers.stream().flatMap(d -> d.all(field).stream()).anyMatch(Consistency::scanned);
        if (field == Field.BL_NUMBER) {
            // a B/L number is often cited without its carrier's 4-letter prefix (CMDU 130137316 as 130137316)
            new ArrayList<>(issued).forEach(n -> {
                if (n.matches("[A-Z]{4}\\d{6,}")) {
                    issued.add(n.substring(4));
                }
            });
        }
        Map<String, List<Cited>> unknown = new LinkedHashMap<>();
        for (Document document : dossier.readable()) {
            if (document.type() == issuer) {
                continue;
            }
            for (FieldValue value : document.all(field)) {
                String key = Normalize.reference(value.value());
                boolean ocrAlike = (issuerScanned || scanned(value)) && (issuedFolded.contains(
                        Normalize.foldedReference(value.value()))
                        || issuedFoldedAsRead.contains(Normalize.foldedWithSlashesAsRead(value.value()))
                        || (field == Field.BL_NUMBER && key.length() > 4
                        && issuedFolded.contains(Normalize.ocrFolded(key.substring(4)))));
                if (!issued.contains(key) && !ocrAlike && issuers.stream().flatMap(d -> d.all(field).stream())
                        .noneMatch(v -> doubtfullyMisreadReference(value, v))) {
                    unknown.computeIfAbsent(key, k -> new ArrayList<>()).add(new Cited(document, value));
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Cited> group : unknown.values()) {
            String issuedText = issuers.stream()
                    .map(d -> d.first(field).orElseThrow().value() + " on " + Describe.doc(d))
                    .collect(Collectors.joining(", "));
            String message = label + " " + group.get(0).value().value() + " cited on " + Describe.docs(documents(group))
                    + " differs from " + issuedText;
            List<Evidence> evidence = new ArrayList<>();
            issuers.forEach(d -> d.all(field).forEach(v -> evidence.add(Evidence.of(field, v))));
            group.forEach(c -> evidence.add(Evidence.of(field, c.value())));
            findings.add(Finding.of(rule, message, evidence));
        }
        return findings;
    }

    /** below this a scanned value is doubtful ({@link Normalize#SURE_SCAN_READING}) */
    static final double SURE_READING = Normalize.SURE_SCAN_READING;

    /**
     * Two references of which one was read doubtfully on a scan, one look-alike digit apart ("HDMU9192215859" at
     * 0.84 for HDMU9192215850, "CI/2698/24" at 0.50 for CI/2098/24), one with a character more at its end
     * ("MEDU51805107" at 0.86 for MEDU5180510: a speck read as one more, or the last one lost) or anywhere ("MEDU
     * 64960485" for MEDU6490485), or without the letters that open the other ("2024-87300" at 0.33 for
     * INV-2024-87300), or one letter apart (a C for an O or a zero too): one number misread.
     */
    static boolean doubtfullyMisreadReference(FieldValue first, FieldValue second) {
        if (!doubtful(first) && !doubtful(second)) {
            return false;
        }
        String a = Normalize.foldedReferenceKeepingRepeats(first.value());
        String b = Normalize.foldedReferenceKeepingRepeats(second.value());
        String keyA = Normalize.reference(first.value());
        String keyB = Normalize.reference(second.value());
        return Normalize.oneLookAlikeDigitApart(a, b) || oneMore(a, b) || oneMore(b, a)
                || lettersLostBefore(keyA, keyB) || lettersLostBefore(keyB, keyA) || oneLetterApart(keyA, keyB)
                || oneCOApart(keyA, keyB);
    }

    /** "PC5647700" read doubtfully for PO5647700: the O's circle read open, as a C (a zero's too) */
    private static boolean oneCOApart(String a, String b) {
        return onePlaceApart(a, b, (x, y) -> x == 'C' && "O0".indexOf(y) >= 0 || y == 'C' && "O0".indexOf(x) >= 0);
    }

    /** two references of six characters or more, of one length, differing in one place only, there as {@code alike} */
    private static boolean onePlaceApart(String a, String b,
                                         java.util.function.BiPredicate<Character, Character> alike) {
        if (a.length() != b.length() || a.length() < 6) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (!alike.test(a.charAt(i), b.charAt(i))) {
                    return false;
                }
                differ++;
            }
        }
        return differ == 1;
    }

    /**
     * one letter for another, the digits the same ("HWG246945" at 0.30 for HMG246945): numbers of one issuer share
     * their letters and differ in digits, so a letter apart is a letter misread
     */
    private static boolean oneLetterApart(String a, String b) {
        return onePlaceApart(a, b, (x, y) -> Character.isLetter(x) && Character.isLetter(y));
    }

    /** "2024-87300" read at 0.33 from "INV -2024-87300": the number's letters set apart and lost */
    private static boolean lettersLostBefore(String whole, String read) {
        return read.length() >= 6 && whole.length() > read.length() && whole.endsWith(read)
                && whole.substring(0, whole.length() - read.length()).matches("[A-Z]{1,4}");
    }

    /**
     * the shorter (six characters or more) with one character more, anywhere: a speck read as one, or a digit read
     * twice ("64960485")
     */
    private static boolean oneMore(String longer, String shorter) {
        return shorter.length() >= 6 && Normalize.oneCharacterMore(longer, shorter);
    }

    /**
     * The valid container number another document states that a scanned {@code value} is, an owner code's letter
     * misread ("FMCU9080339" for EMCU9080339), or, read doubtfully, a digit as its look-alike ("KOCU3180739" at 0.92
     * for KOCU3180730) — read surely too where two other documents state that number ("ECMU4909910" at 0.96 for
     * ECMU4909010); empty for a digital value, or where no document states one: every document reading the same
     * invalid number is a number printed wrong, not a misreading.
     */
    static Optional<String> containerReadAlikeElsewhere(Dossier dossier, Document document, FieldValue value) {
        if (!scanned(value)) {
            return Optional.empty();
        }
        List<String> elsewhere = dossier.readable().stream().filter(d -> d != document)
                .flatMap(d -> d.all(Field.CONTAINER_NUMBER).stream().map(v -> Normalize.container(v.value()))
                        .distinct())
                .toList();
        return elsewhere.stream()
                .filter(other -> Normalize.ownerCodeReadAlike(value.value(), other)
                        || (doubtful(value) || java.util.Collections.frequency(elsewhere, other) >= 2)
                        && Normalize.digitReadAlike(value.value(), other)
                        // both an owner letter and a digit misread ("HOMU6307286" at 0.68 for HDMU6307280): doubtful,
                        // and two other documents state the number
                        || doubtful(value) && java.util.Collections.frequency(elsewhere, other) >= 2
                        && Normalize.ownerLetterAndDigitReadAlike(value.value(), other))
                .findFirst();
    }

    /** read on a scan below {@link #SURE_READING} */
    static boolean doubtful(FieldValue value) {
        return scanned(value) && value.source().confidence() < SURE_READING;
    }

    static boolean scanned(FieldValue value) {
        return value.source() != null && value.source().method() == io.customsreview.hub.domain.ExtractionMethod.OCR;
    }

    static Optional<Document> reference(List<Document> carriers, List<DocumentType> preference) {
        for (DocumentType type : preference) {
            Optional<Document> preferred = carriers.stream().filter(d -> d.type() == type).findFirst();
            if (preferred.isPresent()) {
                return preferred;
            }
        }
        return carriers.stream().findFirst();
    }

    private static List<Document> documents(List<Cited> group) {
        return group.stream().map(Cited::document).distinct().toList();
    }

    /** a value and the document it stands on */
    record Cited(Document document, FieldValue value) {
    }
}
