package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Field;

import java.util.Optional;
import java.util.Set;

/** What the Incoterm of a dossier implies for the rules. */
final class Incoterms {

    /** the terms under which the seller must insure the goods (Incoterms 2020) */
    static final Set<String> SELLER_INSURES = Set.of("CIF", "CIP");

    private Incoterms() {
    }

    /** true when any readable document states CIF or CIP */
    static boolean insuranceRequired(Dossier dossier) {
        return insuredTerm(dossier).isPresent();
    }

    /** the first CIF or CIP any readable document states */
    static Optional<String> insuredTerm(Dossier dossier) {
        return dossier.readable().stream().flatMap(d -> d.all(Field.INCOTERM).stream())
                .map(v -> Normalize.incoterm(v.value())).filter(SELLER_INSURES::contains).findFirst();
    }
}
