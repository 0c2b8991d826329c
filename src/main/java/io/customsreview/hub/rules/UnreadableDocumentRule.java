package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.ArrayList;
import java.util.List;

/** UNREADABLE_DOCUMENT: one warning per file that could not be parsed or recognised, saying why. */
final class UnreadableDocumentRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.UNREADABLE_DOCUMENT;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Document document : dossier.documents()) {
            if (!document.readable()) {
                findings.add(Finding.of(id(), "File " + document.fileName() + " (" + document.id()
                                + ") could not be read: " + document.unreadableReason(),
                        List.of(new Evidence(document.id(), "fileName", document.fileName(), null, null))));
            }
        }
        return findings;
    }
}
