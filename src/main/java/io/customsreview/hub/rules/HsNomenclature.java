package io.customsreview.hub.rules;

import java.util.Set;

/** The set of valid Harmonized System subheadings (6 digits). */
public interface HsNomenclature {

    /** true when the first 6 digits of {@code code} (digits only) are a subheading of the nomenclature */
    boolean isValid(String code);

    /**
     * Loads the subheadings from {@code resource}: {@code classpath:hs/hs2022-subheadings.txt} or a file path,
     * one 6-digit code per line, {@code #} lines are comments.
     */
    public static HsNomenclature load(String resource) {
        return HsSubheadings.load(resource);
    }

    /** a nomenclature of exactly these 6-digit codes (for tests and small setups) */
    public static HsNomenclature of(Set<String> subheadings) {
        return HsSubheadings.of(subheadings);
    }
}
