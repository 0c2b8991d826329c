package io.customsreview.hub.llm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Deterministic normalisation of party names, so that formatting alone is never a finding
 * ({@code ACME Trading Co., Ltd.} = {@code Acme Trading Company Limited}).
 *
 * <p>Lives in {@code llm} beside the judge that uses it first, and is public so that rules and extractors can use
 * the same notion of "the same name" without going through a judge.
 *
 * <p>A name is split into its core (the words that identify the company) and its legal forms (Ltd, GmbH, S.A.,
 * ...). Abbreviations are expanded ({@code Intl} → {@code international}), case, accents and punctuation dropped,
 * and an address tail cut off when a whole party block was captured.
 */
public final class PartyNames {

    /** A normalised name: identifying words, and the legal forms found (canonical codes such as {@code LTD}). */
    public record Name(List<String> core, Set<String> legalForms) {

        /** the core without spaces: {@code Sino Trans} and {@code Sinotrans} are one name */
        public String compactCore() {
            return String.join("", core);
        }

        public String coreText() {
            return String.join(" ", core);
        }

        public boolean isEmpty() {
            return core.isEmpty();
        }
    }

    /** legal forms, as their squeezed lower-case tokens, with the canonical code each stands for */
    private static final Map<String, String> LEGAL_FORMS = Map.ofEntries(
            Map.entry("co", "CO"), Map.entry("company", "CO"), Map.entry("cie", "CO"), Map.entry("cia", "CO"),
            Map.entry("compagnie", "CO"), Map.entry("compania", "CO"),
            Map.entry("ltd", "LTD"), Map.entry("limited", "LTD"), Map.entry("ltda", "LTD"),
            Map.entry("inc", "INC"), Map.entry("incorporated", "INC"),
            Map.entry("corp", "CORP"), Map.entry("corporation", "CORP"), Map.entry("corpn", "CORP"),
            Map.entry("llc", "LLC"), Map.entry("gmbh", "GMBH"), Map.entry("ag", "AG"), Map.entry("kg", "KG"),
            Map.entry("ohg", "OHG"), Map.entry("ek", "EK"), Map.entry("ug", "UG"),
            Map.entry("sa", "SA"), Map.entry("sas", "SAS"), Map.entry("sarl", "SARL"), Map.entry("srl", "SRL"),
            Map.entry("sl", "SL"), Map.entry("sadecv", "SA"), Map.entry("sau", "SA"), Map.entry("sac", "SA"),
            Map.entry("spa", "SPA"), Map.entry("bv", "BV"), Map.entry("nv", "NV"), Map.entry("pty", "PTY"),
            Map.entry("plc", "PLC"), Map.entry("llp", "LLP"), Map.entry("lp", "LP"), Map.entry("oy", "OY"),
            Map.entry("oyj", "OY"), Map.entry("ab", "AB"), Map.entry("as", "AS"), Map.entry("asa", "AS"),
            Map.entry("aps", "APS"), Map.entry("kk", "KK"), Map.entry("sdnbhd", "SDNBHD"), Map.entry("bhd", "BHD"),
            Map.entry("pvt", "PVT"), Map.entry("pte", "PTE"), Map.entry("jsc", "JSC"), Map.entry("pjsc", "JSC"),
            Map.entry("ooo", "OOO"), Map.entry("kft", "KFT"), Map.entry("spzoo", "SPZOO"), Map.entry("sro", "SRO"),
            Map.entry("tbk", "TBK"), Map.entry("pt", "PT"), Map.entry("jv", "JV"),
            Map.entry("aktiengesellschaft", "AG"), Map.entry("aktiebolag", "AB"), Map.entry("private", "PVT"),
            Map.entry("proprietary", "PTY"), Map.entry("est", "EST"), Map.entry("establishment", "EST"),
            Map.entry("fze", "FZE"), Map.entry("fzco", "FZE"), Map.entry("fzc", "FZE"), Map.entry("sae", "SA"),
            // legal forms written out in their own language: "Anonim Sirketi" = A.S., "Limitada" = Ltda.
            Map.entry("anonim", "AS"), Map.entry("sirketi", "AS"), Map.entry("sti", "LTD"),
            Map.entry("limitada", "LTD"), Map.entry("sociedad", "SA"), Map.entry("anonima", "SA"),
            Map.entry("societe", "SA"), Map.entry("anonyme", "SA"), Map.entry("mbh", "GMBH"),
            Map.entry("societa", "SPA"), Map.entry("azioni", "SPA"), Map.entry("besloten", "BV"),
            Map.entry("vennootschap", "BV"), Map.entry("aksjeselskap", "AS"), Map.entry("aktieselskab", "AS"),
            Map.entry("osakeyhtio", "OY"), Map.entry("kabushiki", "KK"), Map.entry("kaisha", "KK"),
            Map.entry("berhad", "BHD"), Map.entry("sendirian", "SDNBHD"), Map.entry("sdn", "SDNBHD"),
            Map.entry("sp", "SPZOO"), Map.entry("zoo", "SPZOO"));

    /** legal forms written out in full, in words, with the form they stand for */
    private static final Map<String, String> WRITTEN_OUT_FORMS = writtenOutForms();

    private static Map<String, String> writtenOutForms() {
        Map<String, String> forms = new java.util.LinkedHashMap<>();
        forms.put("sociedad limitada", "sl");
        forms.put("sociedad anonima", "sa");
        forms.put("societe anonyme", "sa");
        forms.put("anonim sirketi", "as");
        forms.put("joint stock company", "jsc");
        forms.put("limited liability company", "llc");
        forms.put("public limited company", "plc");
        forms.put("societa per azioni", "spa");
        forms.put("societa a responsabilita limitata", "srl");
        forms.put("besloten vennootschap", "bv");
        forms.put("naamloze vennootschap", "nv");
        return java.util.Collections.unmodifiableMap(forms);
    }

    /**
     * Codes that only qualify another form or say "company" in general: "Pty Ltd", "Pvt Ltd", "Co., Ltd.", "Sdn Bhd".
     * They never make two names different on their own.
     */
    private static final Set<String> QUALIFYING_FORMS = Set.of("CO", "PTY", "PVT", "PTE", "JV", "BHD");

    /** legal forms that are used for one another in practice (a US "Inc." is often printed "Corp.") */
    private static final List<Set<String>> EQUIVALENT_FORMS = List.of(
            Set.of("INC", "CORP", "LLC"), Set.of("LTD", "PLC", "SDNBHD"), Set.of("SA", "SAS"), Set.of("SARL", "SRL"),
            Set.of("AG", "GMBH"));

    /** abbreviations of identifying words, expanded so both spellings compare equal */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("intl", "international"), Map.entry("int", "international"),
            Map.entry("internat", "international"), Map.entry("internatl", "international"),
            Map.entry("mfg", "manufacturing"), Map.entry("mfr", "manufacturer"), Map.entry("mfrs", "manufacturers"),
            Map.entry("manuf", "manufacturing"), Map.entry("trdg", "trading"), Map.entry("trad", "trading"),
            Map.entry("imp", "import"), Map.entry("exp", "export"), Map.entry("impexp", "import export"),
            Map.entry("ie", "import export"), Map.entry("bros", "brothers"), Map.entry("ind", "industrial"),
            Map.entry("inds", "industries"), Map.entry("indus", "industrial"), Map.entry("grp", "group"),
            Map.entry("svcs", "services"), Map.entry("svc", "services"), Map.entry("dept", "department"),
            Map.entry("elec", "electronics"), Map.entry("electr", "electronics"), Map.entry("tech", "technology"),
            Map.entry("techn", "technology"), Map.entry("hldgs", "holdings"), Map.entry("hldg", "holding"),
            Map.entry("ent", "enterprise"), Map.entry("entp", "enterprise"), Map.entry("assoc", "associates"),
            Map.entry("natl", "national"), Map.entry("dist", "distribution"), Map.entry("distr", "distribution"),
            Map.entry("sci", "scientific"), Map.entry("mach", "machinery"), Map.entry("equip", "equipment"),
            Map.entry("prod", "products"), Map.entry("prods", "products"), Map.entry("chem", "chemical"),
            Map.entry("pharm", "pharmaceutical"), Map.entry("st", "saint"), Map.entry("mt", "mount"),
            Map.entry("amer", "american"), Map.entry("und", "and"),
            Map.entry("handelsgesellschaft", "handels"), Map.entry("handelsges", "handels"),
            Map.entry("et", "and"), Map.entry("y", "and"), Map.entry("e", "and"));

    /** abbreviations that stand before the word they qualify ("St. Lawrence", "Mt. Kenya") */
    private static final Set<String> BEFORE_A_NAME = Set.of("saint", "mount");

    /** words that carry no identity */
    private static final Set<String> FILLER = Set.of("and", "the", "of", "de", "du", "des", "la", "le", "der", "die",
            "das", "del", "los", "las", "messrs", "m/s", "ms", "per", "mit", "beschrankter", "haftung");

    /**
     * Words common to many company names: two names that differ only in these are still the same company
     * ("Acme Trading" / "Acme International Trading"), while they alone never make two names the same.
     */
    static final Set<String> GENERIC_WORDS = Set.of("trading", "trade", "traders", "import", "export", "importer",
            "exporter", "international", "global", "worldwide", "group", "holding", "holdings", "industrial",
            "industries", "industry", "manufacturing", "manufacturer", "manufacturers", "enterprise", "enterprises",
            "services", "service", "technology", "technologies", "electronics", "electronic", "logistics", "shipping",
            "products", "supply", "supplies", "commercial", "development", "investment", "partners", "associates",
            "brothers", "sons", "solutions", "systems", "distribution", "distributors", "overseas", "foreign",
            "general", "national", "merchandise", "commerce", "handels", "handel", "commercio", "comercial",
            "commerciale", "ventures", "business", "imports", "exports", "textile", "textiles",
            "garment", "garments", "machinery", "equipment", "chemical", "chemicals", "food", "foods", "resources",
            "materials", "material", "sales", "marketing", "department");

    /** labels that start the address or contact part of a party block written on one line */
    private static final Pattern ADDRESS_MARKER = Pattern.compile(
            "(?i)\\b(address|addr|add|adresse|direccion|anschrift|tel|telephone|phone|fax|email|e-mail|vat|tax id|"
                    + "reg no|p\\.?o\\.? box|postfach)\\b\\s*[:.#].*|\\b(p\\.?o\\.? box|postfach)\\b.*");
    /** legal forms written before the name */
    private static final Set<String> LEADING_FORMS = Set.of("pt", "ooo", "jsc", "cv");
    private static final Pattern DIGIT_TOKEN = Pattern.compile("^(no\\.?)?\\d+[a-z]?[,.]?$|^#\\d+");
    private static final Pattern OCR_INITIALS = Pattern.compile("^([a-z01|][./])+[a-z01|]?\\.?$");
    /**
     * "Sp. z o.o." as OCR reads it: "z.0o.0.", "Z.0.0O.", "Zz 0.0.", "2.0.0.", "z 0.9." (o read as zero or nine, z as
     * two, a glyph read as two glyphs)
     */
    private static final Pattern POLISH_LLC_READ_ALIKE =
            Pattern.compile("\\bsp\\.?\\s*[z2]z?\\.?\\s*[o09]{1,2}\\.?\\s*[o09]{1,2}\\.?(?![a-z0-9])");
    /** "S.r.l." as OCR reads it: "s.r.i." (its l as a capital I), "s.r.1l." (one glyph read as two) */
    private static final Pattern ITALIAN_LLC_READ_ALIKE =
            Pattern.compile("\\bs\\.\\s*r\\.\\s*(?:[l1i|]|1l|l1|il|li)\\.?(?![a-z0-9])");
    private static final Pattern SQUEEZABLE = Pattern.compile("^([a-z][./])+[a-z]?\\.?$");

    private PartyNames() {
    }

    /** whether the text names legal forms only: "Ltd.", "Co. Ltd", "S.A." (squeezed to "sa"), "Sdn Bhd", "Company" */
    public static boolean onlyLegalForms(String text) {
        String letters = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").strip();
        return !letters.isEmpty() && (Arrays.stream(letters.split("\\s+")).allMatch(LEGAL_FORMS::containsKey)
                || LEGAL_FORMS.containsKey(letters.replace(" ", "")));
    }

    /** the normalised name, as one string: identifying words then legal-form codes; for display and logs */
    public static String normalise(String raw) {
        Name name = parse(raw);
        List<String> parts = new ArrayList<>(name.core());
        name.legalForms().stream().sorted().forEach(f -> parts.add(f.toLowerCase(Locale.ROOT)));
        return String.join(" ", parts);
    }

    /**
     * Whether two names could be one name as OCR reads it: a letter or two misread ("Delta"/"Deka", "Ocean"/"Oxi"
     * in a 30-letter name) or the end of the name lost ("... INDUSTRIAL COMF" for "... INDUSTRIAL COMPANY
     * LIMITED"). Another company differs in whole words, which this does not forgive.
     */
    public static boolean readAlike(String first, String second) {
        // an S read as a dollar sign ("Meridian Commence $.A.S."): no company writes one in its name
        Name first1 = parse(writtenOutFormsAsKnown(longWordsAsKnown(splitWordsJoined(first.replace('$', 'S'),
                second))));
        Name second1 = parse(writtenOutFormsAsKnown(longWordsAsKnown(splitWordsJoined(second.replace('$', 'S'),
                first))));
        if (!legalFormsCompatible(first1, second1)) {
            return false;
        }
        String a = first1.compactCore();
        String b = second1.compactCore();
        if (oneShortFormMisreadAtBothEnds(first1.core(), second1.core())) {
            a = String.join("", first1.core().subList(0, first1.core().size() - 1));
            b = String.join("", second1.core().subList(0, second1.core().size() - 1));
        }
        if (a.length() < 10 || b.length() < 10) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        if (longer.startsWith(shorter) && (longer.length() - shorter.length() <= 5
                || legalFormRemnant(longer.substring(shorter.length())))) {
            return true;
        }
        if (longer.length() > shorter.length() && legalFormRemnant(longer.substring(shorter.length()))) {
            // "RIALTO ... PRIVATE LIMITEL" and "RRALTO ... PRIVATE LIMITED": the cores compared without the remnant
            longer = longer.substring(0, shorter.length());
        }
        return 1.0 - (double) levenshtein(shorter, longer) / longer.length() >= 0.88
                || mergedGlyphsFolded(shorter).equals(mergedGlyphsFolded(longer))
                || twoLettersReadAsOne(shorter, longer);
    }

    /**
     * {@code shorter} is {@code longer} with two neighbouring letters read as one glyph, whichever ("Adas" and "Auas"
     * for Atlas on two degraded scans: "tl" read as a d, as a u)
     */
    private static boolean twoLettersReadAsOne(String shorter, String longer) {
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return i < shorter.length() && shorter.substring(i + 1).equals(longer.substring(i + 2));
    }

    /** two touching letters a scan reads as one ("ri" as n, "rn" as m, "cl" as d), folded alike on both names */
    private static String mergedGlyphsFolded(String letters) {
        return letters.replace("ri", "n").replace("rn", "m").replace("cl", "d");
    }

    /**
     * the text with two neighbouring words that, joined, are one word of {@code other} and neither of them alone is
     * written as that word ("Indus tries" beside "Industries", "L td" beside "Ltd": a space the scan read into it)
     */
    private static String splitWordsJoined(String text, String other) {
        // words long enough not to be made by chance, or a legal form ("L td" for Ltd)
        Set<String> otherWords = Arrays.stream(other.split("\\s+")).map(PartyNames::wordLetters)
                .filter(w -> w.length() >= 5 || LEGAL_FORMS.containsKey(w) && w.length() >= 3)
                .collect(java.util.stream.Collectors.toSet());
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            List<String> words = Arrays.stream(line.split("[ \t]+")).filter(w -> !w.isEmpty()).toList();
            List<String> result = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (i + 1 < words.size() && otherWords.contains(wordLetters(words.get(i) + words.get(i + 1)))
                        && !otherWords.contains(wordLetters(words.get(i)))
                        && !otherWords.contains(wordLetters(words.get(i + 1)))) {
                    result.add(words.get(i) + words.get(i + 1));
                    i++;
                    continue;
                }
                result.add(words.get(i));
            }
            lines.add(String.join(" ", result));
        }
        return String.join("\n", lines);
    }

    private static String wordLetters(String word) {
        return word.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }

    /** the long words of legal forms and abbreviations ("handelsgesellschaft"), which OCR misreads a letter of */
    private static final List<String> LONG_KNOWN_WORDS = java.util.stream.Stream.concat(
            LEGAL_FORMS.keySet().stream(), ABBREVIATIONS.keySet().stream()).filter(w -> w.length() >= 8).distinct()
            .toList();

    /**
     * the text with each word of eight letters or more that is one letter from a long legal form or abbreviation
     * written as that word ("Handelsgeselischaft", its ll read as "li"), and two words that are one such word split
     * by OCR ("HANDELSGESELL ISCHAFT"): the name is then parsed as printed
     */
    static String longWordsAsKnown(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) { // a party block's lines stay lines: its name is the first
            List<String> words = Arrays.stream(line.split("[ \t]+")).filter(w -> !w.isEmpty()).toList();
            List<String> result = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String known = i + 1 < words.size() ? knownLongWord(words.get(i) + words.get(i + 1)) : null;
                if (known != null) {
                    result.add(known);
                    i++;
                    continue;
                }
                known = knownLongWord(words.get(i));
                result.add(known == null ? words.get(i) : known);
            }
            lines.add(String.join(" ", result));
        }
        return String.join("\n", lines);
    }

    /**
     * the text with a legal form written out in words after a name, one letter of one of its words (of four letters
     * or more) misread, written as that form ("Acme Supply Jeint Stock Company"): the name is then parsed as printed
     */
    static String writtenOutFormsAsKnown(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            List<String> words = new ArrayList<>(Arrays.stream(line.split("[ \t]+")).filter(w -> !w.isEmpty())
                    .toList());
            for (String form : WRITTEN_OUT_FORMS.keySet()) {
                String[] formWords = form.split(" ");
                for (int start = 1; start + formWords.length <= words.size(); start++) {
                    if (oneLetterOfOneWordMisread(words.subList(start, start + formWords.length), formWords)) {
                        for (int i = 0; i < formWords.length; i++) {
                            // the misread word as the form's, its punctuation kept ("Compary," for Company,)
                            String word = words.get(start + i);
                            if (!wordLetters(word).equals(formWords[i])) {
                                words.set(start + i, formWords[i] + word.replaceFirst("^.*?([^\\p{L}]*)$", "$1"));
                            }
                        }
                    }
                }
            }
            lines.add(String.join(" ", words));
        }
        return String.join("\n", lines);
    }

    private static boolean oneLetterOfOneWordMisread(List<String> words, String[] formWords) {
        int misread = 0;
        for (int i = 0; i < formWords.length; i++) {
            String word = wordLetters(words.get(i));
            if (word.equals(formWords[i])) {
                continue;
            }
            if (formWords[i].length() < 4 || word.length() != formWords[i].length()
                    || levenshtein(word, formWords[i]) != 1 || ++misread > 1) {
                return false;
            }
        }
        return misread == 1;
    }

    /** the long known word {@code word} is one letter from, or null (also when it is one already, or none) */
    private static String knownLongWord(String word) {
        String letters = word.toLowerCase(Locale.ROOT);
        if (letters.length() < 8 || !letters.chars().allMatch(Character::isLetter)
                || LONG_KNOWN_WORDS.contains(letters)) {
            return null;
        }
        List<String> near = LONG_KNOWN_WORDS.stream().filter(w -> levenshtein(w, letters) <= 1).toList();
        return near.size() == 1 ? near.get(0) : null;
    }

    /**
     * Letters a scan left at the end of a name's core that are a legal form's word cut short by the page edge or
     * misread: "COMPAN" and "COMPAI" (of COMPANY LIMITED, the page's edge through it), "LIN ITED" (LIMITED, its m
     * read as "n i"), "Company Lirnited".
     * Read whole, the word would have been a legal form and no part of the core.
     */
    private static boolean legalFormRemnant(String tail) {
        // the last letter may be the half of a glyph the edge cut, read as another ("COMPAI": the Y's stem an I)
        String whole = tail.length() >= 5 ? tail.substring(0, tail.length() - 1) : tail;
        // an m read as "rn" ("Lirnited"), a d as "cl" ("Limitecl"), is one misreading, not two
        String unmerged = tail.replace("rn", "m").replace("cl", "d");
        if (tail.length() >= 3 && LEGAL_FORMS.keySet().stream().filter(form -> form.length() >= 5)
                .anyMatch(form -> form.startsWith(whole) || (tail.length() >= 5 && (levenshtein(tail, form) <= 1
                        || levenshtein(unmerged, form) <= 1)))) {
            return true;
        }
        // a form written out in words, cut by the edge or a letter misread ("jointstockcompar")
        if (tail.length() >= 8 && WRITTEN_OUT_FORMS.keySet().stream().map(form -> form.replace(" ", ""))
                .anyMatch(form -> form.startsWith(whole) || levenshtein(tail, form) <= 1)) {
            return true;
        }
        // a short form with one letter misread ("Pre." for Pte., "Led." for Ltd.)
        if (tail.length() <= 4 && shortFormMisread(tail)) {
            return true;
        }
        // forms before it, whole or misread ("PRIVATE LIN ITED", "Pre. Led.", "RIVATE LIN"): a form is taken from
        // the core only where forms end the name
        return LEGAL_FORMS.keySet().stream().anyMatch(form -> form.length() >= 3 && tail.length() > form.length()
                && (tail.startsWith(form) || form.length() <= 4 && shortFormMisread(tail.substring(0, form.length())))
                && (legalFormRemnant(tail.substring(form.length())) || twoLettersOfALongForm(tail.substring(
                form.length()))))
                || longFormMisreadBefore(tail);
    }

    /**
     * the first two letters of a long form ("li" of LIMITED after COMPANY: the rest lost at the edge) — a remnant
     * only after a whole form: alone, two letters end many a name
     */
    private static boolean twoLettersOfALongForm(String rest) {
        return rest.length() == 2 && LEGAL_FORMS.keySet().stream().anyMatch(f -> f.length() >= 5 && f.startsWith(rest));
    }

    /**
     * A legal form of five letters or more with one letter misread or lost ("rivate" for private), then what a page's
     * edge left of another ("lin" of LIMITED, the M's first stroke read as an n) or another remnant
     */
    private static boolean longFormMisreadBefore(String tail) {
        for (String form : LEGAL_FORMS.keySet()) {
            if (form.length() < 5) {
                continue;
            }
            for (int length = form.length() - 1; length <= form.length() + 1 && length < tail.length(); length++) {
                String rest = tail.substring(length);
                if (levenshtein(tail.substring(0, length), form) <= 1 && (legalFormRemnant(rest) || rest.length() == 3
                        && LEGAL_FORMS.keySet().stream().anyMatch(f -> f.length() >= 5
                        && f.startsWith(rest.substring(0, 2))))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Both names end in a word of three or four letters that is one short legal form, each with a letter misread its
     * own way ("sil" and "sri", of "Sil." and "S.r.I.", both for S.r.l.)
     */
    private static boolean oneShortFormMisreadAtBothEnds(List<String> first, List<String> second) {
        if (first.size() < 2 || second.size() < 2) {
            return false;
        }
        String a = first.get(first.size() - 1);
        String b = second.get(second.size() - 1);
        return a.length() == b.length() && a.length() >= 3 && a.length() <= 4 && LEGAL_FORMS.keySet().stream()
                .anyMatch(form -> form.length() == a.length() && levenshtein(form, a) == 1
                        && levenshtein(form, b) == 1);
    }

    /** a legal form of three or four letters with one of them read as another ("pre" for pte, "led" for ltd) */
    private static boolean shortFormMisread(String letters) {
        return letters.length() >= 3 && LEGAL_FORMS.keySet().stream().anyMatch(form -> form.length() == letters.length()
                && levenshtein(form, letters) == 1);
    }

    /** the number of letters to insert, delete or replace to turn one text into the other */
    public static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** true when two printed names are the same name once formatting is ignored */
    public static boolean sameName(String first, String second) {
        Name a = parse(first);
        Name b = parse(second);
        return !a.isEmpty() && a.compactCore().equals(b.compactCore()) && legalFormsCompatible(a, b);
    }

    public static Name parse(String raw) {
        if (raw == null) {
            return new Name(List.of(), Set.of());
        }
        String text = nameLine(raw);
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        text = text.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                // German transliteration: Müller = Mueller = MULLER (the umlaut dropped above)
                .replaceAll("(?<=[a-z])([aou])e", "$1")
                .replace("&", " and ")
                .replace("+", " and ")
                .replaceAll("['’`´]", "")
                .replaceAll("[()\\[\\]{}\"“”]", " ");
        text = POLISH_LLC_READ_ALIKE.matcher(text).replaceAll(" sp z oo ");
        text = ITALIAN_LLC_READ_ALIKE.matcher(text).replaceAll(" srl ");
        List<String> tokens = tokens(text);
        tokens = squeezeInitials(tokens);
        tokens = expandAbbreviations(tokens);
        tokens = cutAddressTail(tokens);
        return split(tokens);
    }

    /**
     * Two names' legal forms do not contradict: either leaves it out, or they share one, or they are forms used for
     * one another. "Acme GmbH" and "Acme Inc" are different legal persons.
     */
    public static boolean legalFormsCompatible(Name a, Name b) {
        Set<String> formsA = significantForms(a.legalForms());
        Set<String> formsB = significantForms(b.legalForms());
        if (formsA.isEmpty() || formsB.isEmpty()) {
            return true;
        }
        for (String form : formsA) {
            if (formsB.contains(form)) {
                return true;
            }
            for (Set<String> family : EQUIVALENT_FORMS) {
                if (family.contains(form) && formsB.stream().anyMatch(family::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> significantForms(Set<String> forms) {
        Set<String> result = new LinkedHashSet<>(forms);
        result.removeAll(QUALIFYING_FORMS);
        return result;
    }

    /** the first line of a captured party block; an address never shares it in well-formed documents */
    private static String nameLine(String raw) {
        String text = raw.strip();
        int newline = text.indexOf('\n');
        if (newline > 0) {
            text = text.substring(0, newline);
        }
        text = ADDRESS_MARKER.matcher(text).replaceFirst("").strip();
        // "ACME Trading Co., Ltd., 12 Harbour Road": keep comma segments only while they are legal forms
        String[] segments = text.split(",", -1);
        StringBuilder name = new StringBuilder(segments[0]);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i].strip();
            if (segment.isEmpty()) {
                continue;
            }
            if (!onlyLegalForms(segment)) {
                break;
            }
            name.append(", ").append(segment);
        }
        return name.toString();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String piece : text.split("[\\s,;:]+")) {
            if (piece.isEmpty()) {
                continue;
            }
            if (OCR_INITIALS.matcher(piece).matches()) {
                // "Sp. z 0.0.", "S.r.1.": OCR reads the letters o and l of initials as digits
                piece = piece.replace('0', 'o').replace('1', 'l').replace('|', 'l');
            }
            if (SQUEEZABLE.matcher(piece).matches() || piece.matches("[a-z]/[a-z]")) {
                // S.A., B.V., K.K., A/S: initials written with dots or a slash are one word
                tokens.add(piece.replaceAll("[./]", ""));
                continue;
            }
            if (DIGIT_TOKEN.matcher(piece).find()) {
                tokens.add("#" + piece); // marked, so the address cut can see it after punctuation is gone
                continue;
            }
            for (String part : piece.split("[^a-z0-9]+")) {
                if (!part.isEmpty()) {
                    tokens.add(part);
                }
            }
        }
        int last = tokens.size() - 1;
        if (last > 0 && (tokens.get(last).equals("lid") || tokens.get(last).equals("1td"))) {
            tokens.set(last, "ltd"); // "Pte. Lid.": OCR reads the t of a closing "Ltd." as i (or the L as 1)
        }
        return tokens;
    }

    /** "s a" → "sa", "a b c trading" → "abc trading": initials spaced out are one word */
    private static List<String> squeezeInitials(List<String> tokens) {
        List<String> result = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String token : tokens) {
            if (token.length() == 1 && Character.isLetter(token.charAt(0)) && !token.equals("y")
                    && !token.equals("e")) {
                run.append(token);
                continue;
            }
            if (!run.isEmpty()) {
                result.add(run.toString());
                run.setLength(0);
            }
            result.add(token);
        }
        if (!run.isEmpty()) {
            result.add(run.toString());
        }
        // multi-word legal forms
        String joined = String.join(" ", result)
                .replace("sdn bhd", "sdnbhd")
                .replace("sa de cv", "sadecv")
                .replace("sp z oo", "spzoo")
                .replace("spz oo", "spzoo")
                .replace("sp zoo", "spzoo");
        for (Map.Entry<String, String> form : WRITTEN_OUT_FORMS.entrySet()) {
            joined = joined.replace(form.getKey(), form.getValue());
        }
        return new ArrayList<>(Arrays.stream(joined.split(" ")).filter(t -> !t.isEmpty()).toList());
    }

    private static List<String> expandAbbreviations(List<String> tokens) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String expanded = ABBREVIATIONS.get(token);
            // "St." and "Mt." stand before a name; ending it, "St." is rather a form cut short ("Ltd. Şti." read
            // "Lid. St.")
            if (expanded == null || i == tokens.size() - 1 && BEFORE_A_NAME.contains(expanded)) {
                result.add(token);
            } else {
                result.addAll(Arrays.asList(expanded.split(" ")));
            }
        }
        return result;
    }

    /** drops a house number and what follows it, once at least one word of the name has been seen */
    private static List<String> cutAddressTail(List<String> tokens) {
        List<String> result = new ArrayList<>();
        for (String token : tokens) {
            if (token.startsWith("#")) {
                if (!result.isEmpty()) {
                    break;
                }
                token = token.substring(1).replaceAll("[^a-z0-9]", ""); // "3M", "7-Eleven": digits lead the name
                if (token.isEmpty()) {
                    continue;
                }
            }
            result.add(token);
        }
        return result;
    }

    /** legal forms are taken from the end (and from right after a leading core), the rest is the core */
    private static Name split(List<String> tokens) {
        List<String> core = new ArrayList<>();
        Set<String> forms = new LinkedHashSet<>();
        boolean inTail = false;
        // walk from the end: legal forms and fillers there belong to the tail ("GmbH & Co. KG", "Co., Ltd.")
        int end = tokens.size();
        while (end > 0) {
            String token = tokens.get(end - 1);
            String form = LEGAL_FORMS.get(token);
            if (form != null) {
                forms.add(form);
                inTail = true;
                end--;
            } else if (inTail && FILLER.contains(token)) {
                end--;
            } else {
                break;
            }
        }
        for (int i = 0; i < end; i++) {
            String token = tokens.get(i);
            if (i == 0 && end > 1 && LEADING_FORMS.contains(token)) {
                forms.add(LEGAL_FORMS.get(token)); // "PT Maju Jaya", "OOO Vostok"
                continue;
            }
            if (!FILLER.contains(token)) {
                core.add(token);
            }
        }
        if (core.isEmpty() && !tokens.isEmpty()) {
            // a name made only of legal-form words ("The Company"): keep them as the core
            tokens.stream().filter(t -> !FILLER.contains(t)).forEach(core::add);
            forms.clear();
        }
        return new Name(List.copyOf(core), Set.copyOf(forms));
    }
}
