package io.customsreview.hub.rules;

/** The set of valid Harmonized System subheadings (6 digits). */
public interface HsNomenclature {

    /** true when the first 6 digits of {@code code} (digits only) are a subheading of the nomenclature */
    boolean isValid(String code);
}
