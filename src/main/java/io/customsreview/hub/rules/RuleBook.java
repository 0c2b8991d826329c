package io.customsreview.hub.rules;

import java.util.List;

/** The contract's rules in the order their findings are reported. */
public final class RuleBook {

    private RuleBook() {
    }

    public static List<Rule> standard() {
        return List.of();
    }
}
