package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.RuleId;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one policy for {@code MISSING_FIELD}: a gap is reported only when a document that by the contract's key-field
 * table should carry a field lacks it <em>and</em> another such document gives the value it would be compared
 * with. A field nobody gives is no finding: nothing could be compared anyway, and a clean dossier must stay clean.
 */
final class MissingFields {

    private MissingFields() {
    }

    /**
     * Documents of {@code carriers} that lack {@code field} while another document of {@code carriers} has it.
     */
    static List<MissingField> among(Dossier dossier, RuleId rule, Field field, Set<DocumentType> carriers) {
        List<Document> documents = dossier.readable().stream().filter(d -> carriers.contains(d.type())).toList();
        return lacking(documents, documents, rule, field);
    }

    /** {@code subjects} that lack {@code field} while one of {@code counterparts} has it */
    static List<MissingField> lacking(List<Document> subjects, List<Document> counterparts, RuleId rule, Field field) {
        List<MissingField> missing = new ArrayList<>();
        for (Document subject : subjects) {
            if (subject.has(field)) {
                continue;
            }
            List<Evidence> given = counterparts.stream()
                    .filter(d -> d != subject && d.has(field))
                    .map(d -> Evidence.of(field, d.first(field).orElseThrow()))
                    .toList();
            if (!given.isEmpty()) {
                missing.add(new MissingField(subject, field, rule, given));
            }
        }
        return missing;
    }
}
