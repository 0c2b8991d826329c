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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HS_CODE_INVALID: a commodity code whose first 6 digits are not an HS subheading (a code of fewer than 6 digits
 * names no subheading and is invalid too). One finding per distinct code, with every place it appears.
 */
final class HsCodeInvalidRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.HS_CODE_INVALID;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        Map<String, List<Evidence>> invalid = new LinkedHashMap<>();
        Map<String, List<Document>> where = new LinkedHashMap<>();
        Set<String> validSubheadings = new HashSet<>();
        for (Document document : dossier.readable()) {
            codes(document).forEach(code -> {
                String digits = Normalize.hsCode(code.value());
                if (digits.length() >= 6 && context.nomenclature().isValid(digits)) {
                    validSubheadings.add(digits.substring(0, 6));
                }
            });
        }
        for (Document document : dossier.readable()) {
            for (FieldValue code : document.all(Field.HS_CODE)) {
                if (!misreadOnScan(code, validSubheadings)) {
                    collect(code, Evidence.of(Field.HS_CODE, code), document, context, invalid, where);
                }
            }
            for (LineItem line : document.lines()) {
                if (line.get(LineField.HS_CODE).isPresent() && !misreadOnScan(line.get(LineField.HS_CODE).get(),
                        validSubheadings)) {
                    collect(line.get(LineField.HS_CODE).get(), Lines.evidence(line, LineField.HS_CODE), document,
                            context, invalid, where);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        invalid.forEach((code, evidence) -> {
            String why = code.length() < 6 ? "it has fewer than 6 digits"
                    : "subheading " + code.substring(0, 6) + " is not in the HS nomenclature";
            List<Document> documents = where.get(code).stream().distinct().toList();
            findings.add(Finding.of(id(), "Commodity code " + code + " on " + Describe.docs(documents)
                    + " is not a valid HS code: " + why, evidence));
        });
        return findings;
    }

    private static List<FieldValue> codes(Document document) {
        List<FieldValue> codes = new ArrayList<>(document.all(Field.HS_CODE));
        document.lines().forEach(line -> line.get(LineField.HS_CODE).ifPresent(codes::add));
        return codes;
    }

    /**
     * A scanned code whose subheading is one or two look-alike digits from a valid subheading another document of
     * the dossier states ("610916" read for 610910, "736890" for 730890, "461116" for 401110 where zeros are
     * slashed), read doubtfully any one digit from it, or with a digit more: a misreading, not an invalid code. A code
     * invalid on the documents themselves is invalid on all of them, and is still found.
     */
    static boolean misreadOnScan(FieldValue code, Set<String> validSubheadings) {
        String digits = Normalize.hsCode(code.value());
        if (code.source().method() != ExtractionMethod.OCR || digits.length() < 6) {
            return false;
        }
        String read = digits.substring(0, 6);
        // read doubtfully, any one digit ("62026000" at 0.57 for 63026000: a 3 read as 2)
        boolean doubtful = Consistency.doubtful(code);
        // "194054210" for 94054210, parsed as 194054: the whole run of digits as read has the digit more
        List<String> runs = new ArrayList<>(List.of(digits));
        java.util.regex.Matcher m = DIGIT_RUN.matcher(code.raw() == null ? "" : code.raw());
        while (m.find()) {
            String run = m.group().replace(".", "");
            if (run.length() > digits.length() && run.startsWith(digits)) {
                runs.add(run);
            }
        }
        return validSubheadings.stream().anyMatch(valid -> Normalize.fewLookAlikeDigitsApart(read, valid)
                || doubtful && io.customsreview.hub.llm.PartyNames.levenshtein(read, valid) == 1
                || runs.stream().anyMatch(run -> digitMoreOf(run, valid)));
    }

    private static final java.util.regex.Pattern DIGIT_RUN = java.util.regex.Pattern.compile("\\d[\\d.]*\\d");

    /**
     * "6306260" for 630260: an odd number of digits, which no code has (read so only on a scan), that a digit left out
     * makes a code of the subheading {@code valid}
     */
    static boolean digitMoreOf(String digits, String valid) {
        if (digits.length() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if ((digits.substring(0, i) + digits.substring(i + 1)).startsWith(valid)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(FieldValue value, Evidence evidence, Document document, RuleContext context,
                                Map<String, List<Evidence>> invalid, Map<String, List<Document>> where) {
        String digits = Normalize.hsCode(value.value());
        if (digits.isEmpty() || (digits.length() >= 6 && context.nomenclature().isValid(digits))) {
            return;
        }
        invalid.computeIfAbsent(digits, k -> new ArrayList<>()).add(evidence);
        where.computeIfAbsent(digits, k -> new ArrayList<>()).add(document);
    }
}
