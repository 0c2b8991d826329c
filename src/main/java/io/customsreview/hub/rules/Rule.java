package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.List;

/** One contract rule: looks at the whole dossier, returns its findings (none when compliant). */
public interface Rule {

    RuleId id();

    List<Finding> check(Dossier dossier, RuleContext context);
}
