package io.customsreview.hub.rules;

import java.util.Collection;
import java.util.Set;

/**
 * UN/LOCODE transport locations: which codes exist and what they are named. Optional: without the list
 * ({@link #none()}) ports are compared through the code-name pairs the dossier itself states.
 */
public interface UnLocodes {

    /** a location of the list: its code ("CNSHA"), its name as written there, and whether it is a sea port */
    record Location(String code, String name, boolean seaPort) {
    }

    /** true when the list has this 5-character code */
    boolean isKnown(String code);

    /** the names of the code, as {@link Normalize#portName} compares them; empty for an unknown code */
    Set<String> names(String code);

    /** the codes of the sea ports named so ({@link Normalize#portName} form) */
    Set<String> seaPortsNamed(String name);

    boolean isEmpty();

    /**
     * Loads the list from a CSV file with the columns {@code country,location,name,...,function,...} (the
     * UN/LOCODE extract in {@code ../shared/data/unlocode}); a blank path or a missing file gives the empty list.
     */
    static UnLocodes load(String file) {
        return UnLocodeList.load(file);
    }

    static UnLocodes of(Collection<Location> locations) {
        return UnLocodeList.of(locations);
    }

    static UnLocodes none() {
        return UnLocodeList.of(Set.of());
    }
}
