package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.RuleId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HS_CODE_MISMATCH: the same goods carry different commodity codes. Codes are compared on the digits both give
 * ({@code 847130} agrees with {@code 84713000}), and only when both give at least the 6 digits of a subheading:
 * national extensions beyond them are the only thing two documents may legitimately leave out.
 */
final class HsCodeMismatchRule implements Rule {

    private static final int SUBHEADING_DIGITS = 6;

    @Override
    public RuleId id() {
        return RuleId.HS_CODE_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        // documents giving the same other code for the same reference line share one finding
        Map<String, List<Lines.Pair>> differing = new LinkedHashMap<>();
        List<Lines.Pair> pairs = Lines.pairs(dossier);
        for (Lines.Pair pair : pairs) {
            Optional<String> code = digits(pair.line().get(LineField.HS_CODE));
            Optional<String> refCode = digits(pair.referenceLine().get(LineField.HS_CODE));
            boolean scanned = pair.line().get(LineField.HS_CODE).filter(Consistency::scanned).isPresent()
                    || pair.referenceLine().get(LineField.HS_CODE).filter(Consistency::scanned).isPresent();
            if (code.isPresent() && refCode.isPresent() && differ(code.get(), refCode.get(), scanned)
                    && !misreadCode(pair.line().get(LineField.HS_CODE), context)
                    && !misreadCode(pair.referenceLine().get(LineField.HS_CODE), context)
                    && !doubtfullyMisread(pair.line().get(LineField.HS_CODE),
                    pair.referenceLine().get(LineField.HS_CODE))) {
                differing.computeIfAbsent(pair.referenceLine().number() + "/" + code.get(), k -> new ArrayList<>())
                        .add(pair);
            }
        }
        for (List<Lines.Pair> group : differing.values()) {
            Lines.Pair first = group.get(0);
            StringBuilder where = new StringBuilder();
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Lines.evidence(first.referenceLine(), LineField.HS_CODE));
            for (Lines.Pair pair : group) {
                where.append(where.length() == 0 ? "" : ", ").append("line ").append(pair.line().number())
                        .append(" of ").append(Describe.doc(pair.document()));
                evidence.add(Lines.evidence(pair.line(), LineField.HS_CODE));
            }
            findings.add(Finding.of(id(), "Commodity code " + first.line().get(LineField.HS_CODE).orElseThrow().value()
                    + " on " + where + " differs from " + first.referenceLine().get(LineField.HS_CODE).orElseThrow().value()
                    + " on line " + first.referenceLine().number() + " of " + Describe.doc(first.referenceDocument()),
                    evidence));
        }
        findings.addAll(withoutReferenceCode(pairs, context));
        Lines.referenceDocument(dossier).ifPresent(ref -> findings.addAll(documentLevelCodes(dossier, ref, context)));
        return findings;
    }

    /**
     * A reference line whose code was not read (lost on a scanned invoice): the other documents' codes for its goods
     * must still agree with one another ("0901210000" on the declaration, 090111 on the certificate: one of them
     * classifies other goods). One finding per such line, naming the first two documents that differ.
     */
    private List<Finding> withoutReferenceCode(List<Lines.Pair> pairs, RuleContext context) {
        Map<LineItem, List<Lines.Pair>> coded = new LinkedHashMap<>();
        for (Lines.Pair pair : pairs) {
            if (pair.referenceLine().get(LineField.HS_CODE).isEmpty() && digits(pair.line().get(LineField.HS_CODE))
                    .isPresent() && !misreadCode(pair.line().get(LineField.HS_CODE), context)) {
                coded.computeIfAbsent(pair.referenceLine(), k -> new ArrayList<>()).add(pair);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Lines.Pair> sameLine : coded.values()) {
            Lines.Pair first = sameLine.get(0);
            String firstCode = digits(first.line().get(LineField.HS_CODE)).orElseThrow();
            for (Lines.Pair other : sameLine.subList(1, sameLine.size())) {
                String code = digits(other.line().get(LineField.HS_CODE)).orElseThrow();
                boolean scanned = first.line().get(LineField.HS_CODE).filter(Consistency::scanned).isPresent()
                        || other.line().get(LineField.HS_CODE).filter(Consistency::scanned).isPresent();
                if (other.document() != first.document() && differ(code, firstCode, scanned)) {
                    findings.add(Finding.of(id(), "Commodity code " + other.line().get(LineField.HS_CODE)
                            .orElseThrow().value() + " on line " + other.line().number() + " of "
                            + Describe.doc(other.document()) + " differs from " + first.line().get(LineField.HS_CODE)
                            .orElseThrow().value() + " on line " + first.line().number() + " of "
                            + Describe.doc(first.document()) + " (no code read on line "
                            + first.referenceLine().number() + " of " + Describe.doc(first.referenceDocument()) + ")",
                            List.of(Lines.evidence(first.line(), LineField.HS_CODE),
                                    Lines.evidence(other.line(), LineField.HS_CODE))));
                    break;
                }
            }
        }
        return findings;
    }

    /**
     * A document without lines that gives one code for its goods (the certificate of origin) must agree with the
     * code of at least one reference line: which line it covers is not stated.
     */
    private List<Finding> documentLevelCodes(Dossier dossier, Document ref, RuleContext context) {
        List<String> refCodes = ref.lines().stream().map(l -> digits(l.get(LineField.HS_CODE)))
                .flatMap(Optional::stream).toList();
        List<Finding> findings = new ArrayList<>();
        if (refCodes.size() < ref.lines().size() || Lines.lineLostOnScan(dossier, ref)
                || ref.lines().stream().anyMatch(l -> misreadCode(l.get(LineField.HS_CODE), context))) {
            // a line's code or a whole row not read on a scan, or a code misread: it may be the very code given
            return findings;
        }
        for (Document document : dossier.readable()) {
            if (document == ref || !document.lines().isEmpty()) {
                continue;
            }
            for (FieldValue value : document.all(Field.HS_CODE)) {
                String code = Normalize.hsCode(value.value());
                List<String> comparable = refCodes.stream()
                        .filter(r -> Math.min(r.length(), code.length()) >= SUBHEADING_DIGITS).toList();
                boolean scanned = Consistency.scanned(value) || ref.extraction() == ExtractionMethod.OCR;
                if (comparable.isEmpty() || comparable.stream().anyMatch(r -> !differ(code, r, scanned)
                        || misreadFrom(value, r, context))) {
                    continue;
                }
                List<Evidence> evidence = new ArrayList<>();
                evidence.add(Evidence.of(Field.HS_CODE, value));
                ref.lines().stream().filter(l -> l.get(LineField.HS_CODE).isPresent())
                        .forEach(l -> evidence.add(Lines.evidence(l, LineField.HS_CODE)));
                findings.add(Finding.of(id(), "Commodity code " + value.value() + " on " + Describe.doc(document)
                        + " matches none of the codes on " + Describe.doc(ref) + " (" + Describe.joined(comparable) + ")",
                        evidence));
            }
        }
        return findings;
    }

    /**
     * A code read from a scan whose subheading the nomenclature does not know is a misreading, not another
     * classification: HS_CODE_INVALID reports it; comparing it too would report one misread digit twice.
     */
    private static boolean misreadCode(Optional<FieldValue> value, RuleContext context) {
        return value.filter(Consistency::scanned).map(v -> Normalize.hsCode(v.value()))
                .filter(c -> c.length() >= SUBHEADING_DIGITS && !context.nomenclature().isValid(c)).isPresent();
    }

    /**
     * Two codes of which one was read in doubt on a scan, their subheadings one look-alike digit apart ("610510" at
     * 0.55 on a certificate for 6109.10, a 9 read as a 5): that code misread, though the nomenclature knows the
     * reading too — as doubtful references are forgiven ({@link Consistency#doubtfullyMisreadReference})
     */
    private static boolean doubtfullyMisread(Optional<FieldValue> first, Optional<FieldValue> second) {
        if (first.isEmpty() || second.isEmpty()
                || !Consistency.doubtful(first.get()) && !Consistency.doubtful(second.get())) {
            return false;
        }
        String a = Normalize.hsCode(first.get().value());
        String b = Normalize.hsCode(second.get().value());
        return a.length() >= SUBHEADING_DIGITS && b.length() >= SUBHEADING_DIGITS && Normalize.oneLookAlikeDigitApart(
                a.substring(0, SUBHEADING_DIGITS), b.substring(0, SUBHEADING_DIGITS));
    }

    /**
     * A scanned code the nomenclature does not know, one or two look-alike digits from the reference code's
     * subheading ("950360" read for 950300, a slashed zero read as 6) or a digit more than it: that code misread, as
     * HS_CODE_INVALID forgives it.
     */
    private static boolean misreadFrom(FieldValue value, String refCode, RuleContext context) {
        String code = Normalize.hsCode(value.value());
        return misreadCode(Optional.of(value), context) && refCode.length() >= SUBHEADING_DIGITS
                && (Normalize.fewLookAlikeDigitsApart(code.substring(0, SUBHEADING_DIGITS),
                refCode.substring(0, SUBHEADING_DIGITS))
                // "8471320" for 847130: a digit more, as HS_CODE_INVALID forgives it
                || HsCodeInvalidRule.digitMoreOf(code, refCode.substring(0, SUBHEADING_DIGITS)));
    }

    private static Optional<String> digits(Optional<FieldValue> value) {
        return value.map(v -> Normalize.hsCode(v.value())).filter(s -> !s.isEmpty());
    }

    /** different on the digits both give; codes too short to name a subheading are left to HS_CODE_INVALID */
    static boolean differ(String a, String b) {
        int common = Math.min(a.length(), b.length());
        return common >= SUBHEADING_DIGITS && !a.substring(0, common).equals(b.substring(0, common));
    }

    /**
     * The same, where a code read from a scan is compared on its subheading only: national digits are where a scan
     * misreads most ("73239360" for "73239300") and the least a classification turns on.
     */
    static boolean differ(String a, String b, boolean scanned) {
        return scanned ? differ(a.substring(0, Math.min(a.length(), SUBHEADING_DIGITS)),
                b.substring(0, Math.min(b.length(), SUBHEADING_DIGITS))) : differ(a, b);
    }
}
