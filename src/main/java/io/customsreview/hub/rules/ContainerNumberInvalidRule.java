package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
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

/**
 * CONTAINER_NUMBER_INVALID: a container number that is not 4 letters and 7 digits or whose last digit is not its
 * ISO 6346 check digit. One finding per number, however many documents repeat it.
 */
final class ContainerNumberInvalidRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.CONTAINER_NUMBER_INVALID;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        Map<String, List<Evidence>> invalid = new LinkedHashMap<>();
        Map<String, List<Document>> where = new LinkedHashMap<>();
        for (Document document : dossier.readable()) {
            for (FieldValue value : document.all(Field.CONTAINER_NUMBER)) {
                String number = Normalize.container(value.value());
                if (!Normalize.validContainerNumber(number)
                        && Consistency.containerReadAlikeElsewhere(dossier, document, value).isEmpty()) {
                    invalid.computeIfAbsent(number, k -> new ArrayList<>()).add(Evidence.of(Field.CONTAINER_NUMBER, value));
                    where.computeIfAbsent(number, k -> new ArrayList<>()).add(document);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        invalid.forEach((number, evidence) -> findings.add(Finding.of(id(), "Container number " + number + " on "
                + Describe.docs(where.get(number).stream().distinct().toList()) + " " + why(number), evidence)));
        return findings;
    }

    private static String why(String number) {
        if (!number.matches("[A-Z]{4}\\d{7}")) {
            return "is not an ISO 6346 container number (4 letters and 7 digits)";
        }
        return "fails its ISO 6346 check digit: " + number.charAt(10) + " given, "
                + Normalize.iso6346CheckDigit(number.substring(0, 10)) + " expected";
    }
}
