package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;
import io.customsreview.hub.extraction.Countries;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PORT_MISMATCH: port of loading or of discharge differs; the B/L is the reference. Names compare without case,
 * punctuation, "Port of" and a trailing country ("Shanghai, China" = "SHANGHAI"); UN/LOCODEs compare as codes. A
 * code against a name is compared through the dossier itself: where a document names a port together with its code
 * ("Shanghai (CNSHA)", as EDIFACT LOC segments and many printed documents do), that code and that name are the same
 * port on every document of the dossier. A code no document names, against a name, is compared through the
 * UN/LOCODE list where there is one, and through the country the name is written with; nothing else proves it to be
 * another port.
 */
final class PortRule implements Rule, FieldDependent {

    private static final List<DocumentType> PREFERENCE = List.of(DocumentType.BILL_OF_LADING, DocumentType.DECLARATION);
    /** "Shanghai (CNSHA)": a name with its UN/LOCODE in brackets */
    private static final Pattern NAMED_CODE = Pattern.compile("(.*?)\\(\\s*([A-Z]{2} ?[A-Z2-9]{3})\\s*\\)\\s*$");
    /** "Genoa ITGOA)": the same on a scan that lost the opening bracket (or read it into the code: "UPYOK)") */
    private static final Pattern NAMED_CODE_BRACKET_LOST =
            Pattern.compile("([^()]*[A-Za-z][^()]*?)\\s+([A-Z]{2} ?[A-Z2-9]{3})\\s*\\)\\s*$");

    @Override
    public RuleId id() {
        return RuleId.PORT_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        Ports ports = Ports.of(dossier, context.locodes());
        List<Finding> findings = new ArrayList<>();
        findings.addAll(Consistency.againstReference(dossier, spec(Field.PORT_OF_LOADING, "Port of loading", ports)));
        findings.addAll(Consistency.againstReference(dossier, spec(Field.PORT_OF_DISCHARGE, "Port of discharge", ports)));
        return findings;
    }

    private Consistency.Spec spec(Field field, String label, Ports ports) {
        return new Consistency.Spec(id(), field, label, PREFERENCE, ports::key, (a, b) -> ports.same(a.value(), b.value()),
                FieldValue::value, (a, b) -> "")
                // compared as names: "Nhava Sheva, India" and the scan's "Nnava Sheva" differ in one letter only
                .forgivingScans((a, b) -> Normalize.readAlike(Normalize.portName(a), Normalize.portName(b))
                        || ports.misreadPort(a, b) || ports.misreadPort(b, a));
    }

    /** a port as a document writes it: its UN/LOCODE, its name, or both */
    record Port(String code, String name) {

        static Port of(String value) {
            Matcher m = NAMED_CODE.matcher(value.trim());
            if (m.matches()) {
                String code = Normalize.locode(m.group(2));
                String name = Normalize.portName(m.group(1));
                if (code != null) {
                    return new Port(code, name.isEmpty() ? null : name);
                }
            }
            Matcher lost = NAMED_CODE_BRACKET_LOST.matcher(value.trim());
            if (lost.matches() && !Normalize.portName(lost.group(1)).isEmpty()) {
                // a code that is none (its bracket read into it) leaves the name alone to compare
                return new Port(Normalize.locode(lost.group(2)), Normalize.portName(lost.group(1)));
            }
            String code = Normalize.locode(value);
            return code != null ? new Port(code, null) : new Port(null, Normalize.portName(value));
        }
    }

    /** the code-name pairs the dossier's documents state */
    static final class Ports {
        private final Map<String, Set<String>> namesByCode = new HashMap<>();
        private final Map<String, Set<String>> codesByName = new HashMap<>();
        /** the names documents write as names ("Genoa"), so that "GENOA" elsewhere reads as that name, not a code */
        private final Set<String> names = new HashSet<>();
        /** the countries documents write a name in ("Genoa, Italy"; "Singapore", a city that is its country) */
        private final Map<String, Set<String>> countriesByName = new HashMap<>();

        /** the UN/LOCODE list, where there is one */
        private final UnLocodes locodes;

        private Ports(UnLocodes locodes) {
            this.locodes = locodes;
        }

        static Ports of(Dossier dossier, UnLocodes locodes) {
            Ports ports = new Ports(locodes);
            for (Document document : dossier.readable()) {
                for (Field field : List.of(Field.PORT_OF_LOADING, Field.PORT_OF_DISCHARGE)) {
                    for (FieldValue v : document.all(field)) {
                        Port p = Port.of(v.value());
                        if (p.name() != null) {
                            ports.names.add(p.name());
                            countryOf(v.value()).ifPresent(c -> ports.countriesByName
                                    .computeIfAbsent(p.name(), k -> new HashSet<>()).add(c));
                        }
                        if (p.code() != null && p.name() != null) {
                            ports.namesByCode.computeIfAbsent(p.code(), k -> new HashSet<>()).add(p.name());
                            ports.codesByName.computeIfAbsent(p.name(), k -> new HashSet<>()).add(p.code());
                        }
                    }
                }
            }
            return ports;
        }

        /**
         * a value that reads as a code but is the name of a port the dossier names ("GENOA" beside "Genoa (ITGOA)",
         * or beside "Genoa": GE is Georgia's code, and a five-letter name in capitals has a code's shape)
         */
        private Port read(String value) {
            Port p = Port.of(value);
            String name = Normalize.portName(value);
            if (p.name() == null && (codesByName.containsKey(name) || names.contains(name))
                    && !namesByCode.containsKey(p.code())) {
                return new Port(null, Normalize.portName(value));
            }
            return p;
        }

        /** the port's code, where the value or the dossier gives one */
        private String code(Port p) {
            if (p.code() != null) {
                return p.code();
            }
            Set<String> codes = codesByName.get(p.name());
            return codes != null && codes.size() == 1 ? codes.iterator().next() : null;
        }

        String key(FieldValue port) {
            Port p = read(port.value());
            String code = code(p);
            return code != null ? "code:" + code : "name:" + p.name();
        }

        boolean same(String a, String b) {
            Port pa = read(a);
            Port pb = read(b);
            if (pa.code() != null && pb.code() != null) {
                return pa.code().equals(pb.code());
            }
            if (pa.name() != null && pb.name() != null) {
                return pa.name().equals(pb.name()) || Normalize.sameOrTruncated(a, b)
                        || countryOfThePort(a, pb) || countryOfThePort(b, pa);
            }
            // a code against a name: the same port when the dossier names that code so, another when it names
            // the code otherwise or gives the name another code; unknown codes prove nothing
            Port code = pa.code() != null ? pa : pb;
            Port name = pa.code() != null ? pb : pa;
            Set<String> names = namesByCode.get(code.code());
            if (names != null) {
                return names.contains(name.name()) || names.stream().anyMatch(n -> Normalize.sameOrTruncated(n, name.name()));
            }
            Set<String> codes = codesByName.get(name.name());
            if (codes != null) {
                return codes.contains(code.code());
            }
            Boolean listed = listedAs(code.code(), pa.code() != null ? b : a);
            if (listed != null) {
                return listed;
            }
            // a code no document names is another port only where the name's country is written, and is not the
            // code's ("GENOA" — GE, Georgia — against Singapore); "KRPUS" against "Busan, Korea" proves nothing
            Set<String> countries = countriesByName.get(name.name());
            return countries == null || countries.contains(code.code().substring(0, 2));
        }

        /**
         * whether {@code read} names, one letter off, the sea port {@code other} names, as the UN/LOCODE list has it,
         * and itself no sea port the list knows ("Sdansk" for Gdansk, a G read as an S): a port misread. A planted
         * change names another port, which the list knows.
         */
        boolean misreadPort(String read, String other) {
            String name = Port.of(read).name();
            String otherName = Port.of(other).name();
            return name != null && otherName != null && name.length() >= 5 && name.length() == otherName.length()
                    && locodes.seaPortsNamed(name).isEmpty() && !locodes.seaPortsNamed(otherName).isEmpty()
                    && io.customsreview.hub.llm.PartyNames.levenshtein(name, otherName) == 1;
        }

        /**
         * a value that is a country's name alone, against a port written in that country ("Poland" for "Gdansk,
         * Poland", the city unread on a scan): it says no more than the port's country, and that is the same
         */
        private boolean countryOfThePort(String value, Port port) {
            java.util.Optional<String> country = Countries.named(value.strip());
            Set<String> portCountries = countriesByName.get(port.name());
            return country.isPresent() && portCountries != null && portCountries.contains(country.get());
        }

        /**
         * a code against a written name, as the UN/LOCODE list has them: the same port where the list names the code
         * so (a name within the other, "Shanghai" for "Shanghai Hongqiao International Apt", "Istanbul (Ambarli)" for
         * AMBARLI), another where the name is a sea port of the code's country with another code ("Ningbo" against
         * CNSHA); null where the list cannot tell: the code unknown, or the name none of the country's ports under
         * that spelling ("Genoa" for ITGOA, listed as Genova — exonyms make other countries' namesakes no proof)
         */
        private Boolean listedAs(String code, String written) {
            if (!locodes.isKnown(code)) {
                return null;
            }
            Set<String> writtenNames = UnLocodeList.namesOf(written);
            for (String listed : locodes.names(code)) {
                for (String name : writtenNames) {
                    if (name.length() >= 4 && listed.length() >= 4
                            && (listed.contains(name) || name.contains(listed))) {
                        return true;
                    }
                }
            }
            String country = code.substring(0, 2);
            for (String name : writtenNames) {
                if (locodes.seaPortsNamed(name).stream().anyMatch(c -> c.startsWith(country) && !c.equals(code))) {
                    return false;
                }
            }
            return null;
        }

        /**
         * the country a port's value names: its name itself ("Singapore", "Hong Kong, China") or all after a comma
         * ("Genoa, Italy", "Busan, Korea, Republic of"); a country inside other words is none ("Newark, New Jersey")
         */
        private static java.util.Optional<String> countryOf(String value) {
            // "Hong Kong, China": a name that is a country itself is in that one
            java.util.Optional<String> whole = Countries.named(value.contains(",")
                    ? value.substring(0, value.indexOf(',')) : value);
            if (whole.isPresent()) {
                return whole;
            }
            for (int comma = value.indexOf(','); comma >= 0; comma = value.indexOf(',', comma + 1)) {
                java.util.Optional<String> after = Countries.named(value.substring(comma + 1));
                if (after.isPresent()) {
                    return after;
                }
            }
            return java.util.Optional.empty();
        }
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        EnumSet<DocumentType> carriers = EnumSet.of(DocumentType.BILL_OF_LADING, DocumentType.DECLARATION);
        List<MissingField> missing = new ArrayList<>(MissingFields.among(dossier, id(), Field.PORT_OF_LOADING, carriers));
        missing.addAll(MissingFields.among(dossier, id(), Field.PORT_OF_DISCHARGE, carriers));
        return missing;
    }
}
