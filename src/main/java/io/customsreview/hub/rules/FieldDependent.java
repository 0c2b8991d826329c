package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Dossier;

import java.util.List;

/**
 * A rule that needs fields some documents may lack. It names those gaps instead of reporting them itself, so that
 * {@link MissingFieldRule} can report each (document, field) once, however many rules needed it.
 */
interface FieldDependent {

    List<MissingField> missingFields(Dossier dossier, RuleContext context);
}
