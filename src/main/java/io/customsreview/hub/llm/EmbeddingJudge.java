package io.customsreview.hub.llm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.customsreview.hub.domain.DecidedBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The offline judge: deterministic normalisation first, then the in-process all-MiniLM-L6-v2 sentence embedding
 * combined with the other evidence (HS codes, quantities, kinds of goods). Bare cosine is not enough
 * ('Docking station USB-C' / 'Port replicator for notebook' scores 0.29), so the embedding is one vote of several.
 *
 * <p>Thread-safe. The model (90 MB, ~1 s) loads on the first call that needs it, once; embeddings are cached per
 * normalised text in a bounded map.
 */
public final class EmbeddingJudge implements SemanticJudge {

    private static final int DEFAULT_CACHE_SIZE = 10_000;

    private final Supplier<EmbeddingModel> modelLoader;
    private final Map<String, float[]> cache;
    private final Map<String, List<String>> tokenCache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > 10_000;
        }
    };
    private volatile EmbeddingModel model;

    public EmbeddingJudge() {
        this(AllMiniLmL6V2EmbeddingModel::new, DEFAULT_CACHE_SIZE);
    }

    EmbeddingJudge(Supplier<EmbeddingModel> modelLoader, int cacheSize) {
        this.modelLoader = modelLoader;
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > cacheSize;
            }
        };
    }

    // ---------------------------------------------------------------- goods

    @Override
    public Judgment sameGoods(GoodsEvidence first, GoodsEvidence second) {
        List<String> a = tokens(first.description());
        List<String> b = readAlike(tokens(second.description()), a, printedWords(first.description()));
        a = readAlike(a, b, printedWords(second.description()));
        if (a.isEmpty() || b.isEmpty()) {
            return new Judgment(true, 0.0, "no description to compare", DecidedBy.EMBEDDING);
        }
        if (new HashSet<>(a).equals(new HashSet<>(b))) {
            return new Judgment(true, 0.97, "same words after normalisation", DecidedBy.EMBEDDING);
        }
        List<String> reasons = new ArrayList<>();
        double dice = dice(a, b);
        // log-odds style vote: > 0 means the same goods. Weights set by hand, checked on the labelled pairs.
        // The embedding's share, 3 * (cosine - 0.6), lies between -1.8 and +1.2: it is added last, and only
        // computed when the other evidence leaves the decision open (an embedding costs milliseconds).
        double score = 2.5 * (dice - 0.4);

        Set<String> kindsA = GoodsText.kinds(a);
        Set<String> kindsB = GoodsText.kinds(b);
        boolean kindsDiffer = false;
        if (!kindsA.isEmpty() && !kindsB.isEmpty()) {
            if (GoodsText.kindsOverlap(kindsA, kindsB)) {
                score += 0.5;
            } else {
                score -= 2.5;
                kindsDiffer = true;
                reasons.add("different kinds of goods " + kindsA + " / " + kindsB);
            }
        }
        // "Apple juice" / "Orange juice": the same head word with a replaced specification. Only when they share
        // a word: with nothing shared, the words are more likely untranslated than contradicting.
        List<String> onlyA = without(a, b);
        List<String> onlyB = without(b, a);
        if (!onlyA.isEmpty() && !onlyB.isEmpty() && onlyA.size() < new HashSet<>(a).size()) {
            // one word replaced by one other is a changed specification; many words each side is a rewording, and
            // a lone letter ("BTU/h") is a unit's remains rather than a specification
            score -= onlyA.size() == 1 && onlyB.size() == 1 && onlyA.get(0).length() > 1
                    && onlyB.get(0).length() > 1 ? 2.0 : 0.5;
            reasons.add("differing words " + onlyA + " / " + onlyB);
        }
        if (sizesConflict(a, b) || SizeCode.conflict(first.description(), second.description())) {
            score -= 4.5; // an explicit contradiction of the specification
            reasons.add("different sizes");
        }
        // a code and a count copied from document to document say less where the words name other kinds of goods:
        // "Men's T-shirts" under the jeans' 6203.42 and their 1,150 PCS is a description changed, not the jeans in
        // other words
        double hs = hsVote(first.hsCode(), second.hsCode(), reasons);
        score += kindsDiffer && hs > 0 ? hs / 2 : hs;
        if (sameQuantity(first, second)) {
            // the same count of the same unit on two documents rarely happens by chance
            score += kindsDiffer ? 0.5 : 1.0;
            reasons.add("same quantity and unit");
        }
        if (score + 1.2 > 0 && score - 1.8 <= 0) {
            double cosine = cosine(String.join(" ", a), String.join(" ", b));
            score += 3.0 * (cosine - 0.6);
            reasons.add(0, String.format(Locale.ROOT, "cosine %.2f, shared words %.2f", cosine, dice));
        } else {
            reasons.add(0, String.format(Locale.ROOT, "shared words %.2f", dice));
        }
        boolean same = score > 0;
        return new Judgment(same, confidence(score), String.join("; ", reasons), DecidedBy.EMBEDDING);
    }

    /** letters a scan reads for one another (an l's stem read as an i, an e's bar lost, an m's stroke lost) */
    private static final Set<String> LOOK_ALIKE_LETTERS = Set.of("il", "li", "i1", "1i", "l1", "1l", "o0", "0o",
            "ce", "ec", "uv", "vu", "mn", "nm");

    /**
     * The words with each one that is no word of {@code other} but one of its words with a letter read as its
     * look-alike ("panei" for panel, "nen" for men; three letters or more) written as that word, else, five letters
     * or more, the lexicon's word it is so ("biuetooth"), and two neighbours that are one of its words split by a
     * scan ("coff ee") written as one: a misread word is no other goods.
     */
    private static List<String> readAlike(List<String> words, List<String> other, Set<String> printed) {
        Set<String> others = new HashSet<>(other);
        List<String> result = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i + 1 < words.size() && !others.contains(word) && !others.contains(words.get(i + 1))
                    && others.contains(word + words.get(i + 1)) && (word + words.get(i + 1)).length() >= 5) {
                result.add(word + words.get(i + 1));
                i++;
                continue;
            }
            List<String> runTogether = runTogether(word, others, printed);
            if (runTogether != null) {
                result.addAll(runTogether);
                continue;
            }
            String taken = word;
            if (word.length() >= 3 && !others.contains(word)) {
                for (String candidate : others) {
                    if (oneLookAlikeLetterApart(word, candidate) || digitsReadAsLetters(word, candidate)) {
                        taken = candidate;
                        break;
                    }
                }
                if (taken.equals(word) && word.length() >= 5 && !GoodsText.known(word)) {
                    // "biuetooth" beside "wireless": the other says it another way, the lexicon knows the word
                    taken = GoodsText.lexicon().stream().filter(known -> oneLookAlikeLetterApart(word, known))
                            .findFirst().map(GoodsText::canonical).orElse(word);
                }
            }
            result.add(taken);
        }
        return result;
    }

    /** a description's words as printed, before phrases are made one ("passenger car" is a car) */
    private static Set<String> printedWords(String description) {
        return description == null ? Set.of()
                : java.util.Arrays.stream(description.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * "stainlessteel" beside "stainless steel": two words of the other run together, a scan having lost the space
     * between them and, where the second opens with the letter the first ends with, one of the two ("Passengeradial":
     * a word wrapped onto the next line read into the word above it, the first as printed in a phrase the other's
     * words make one, "passenger car"); null otherwise
     */
    private static List<String> runTogether(String word, Set<String> others, Set<String> printed) {
        if (word.length() < 8 || others.contains(word)) {
            return null;
        }
        for (int k = 3; k <= word.length() - 3; k++) {
            String first = word.substring(0, k);
            String rest = word.substring(k);
            if (!others.contains(first) && !printed.contains(first)) {
                continue;
            }
            if (others.contains(rest)) {
                return List.of(first, rest);
            }
            if (others.contains(first.charAt(k - 1) + rest)) {
                return List.of(first, first.charAt(k - 1) + rest);
            }
        }
        return null;
    }

    /** letters a scan reads for the digits of their shape */
    private static final String DIGIT_SHAPES = "o0i1l1z2s5g6b8";

    /**
     * a size whose digits were read as the letters of their shape ("gsw" for 65w): the same length, the other's
     * digits each read as such a letter, its letters as they are
     */
    private static boolean digitsReadAsLetters(String read, String size) {
        if (read.length() != size.length() || size.chars().noneMatch(Character::isDigit)
                || read.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (int i = 0; i < read.length(); i++) {
            char r = read.charAt(i);
            char s = size.charAt(i);
            if (r != s && !(Character.isDigit(s) && DIGIT_SHAPES.contains("" + r + s))) {
                return false;
            }
        }
        return true;
    }

    private static boolean oneLookAlikeLetterApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differing = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        return differing >= 0 && LOOK_ALIKE_LETTERS.contains("" + a.charAt(differing) + b.charAt(differing));
    }

    /** same 6-digit subheading strongly supports the same goods; a different chapter strongly the opposite */
    private static double hsVote(String hsA, String hsB, List<String> reasons) {
        String x = digits(hsA);
        String y = digits(hsB);
        if (x.length() < 2 || y.length() < 2) {
            return 0;
        }
        if (x.length() >= 6 && y.length() >= 6 && x.substring(0, 6).equals(y.substring(0, 6))) {
            reasons.add("same HS subheading " + x.substring(0, 6));
            return 2.5;
        }
        if (x.length() >= 6 && y.length() >= 6
                && io.customsreview.hub.rules.Normalize.fewLookAlikeDigitsApart(x.substring(0, 6), y.substring(0, 6))) {
            // "996111" read on a scan for 090111: a misreading tells nothing of the goods
            reasons.add("HS subheadings " + x.substring(0, 6) + " / " + y.substring(0, 6)
                    + " a look-alike digit or two apart");
            return 0;
        }
        if (x.length() >= 4 && y.length() >= 4 && x.substring(0, 4).equals(y.substring(0, 4))) {
            // same heading, different subheading: as often different goods as a misclassification
            reasons.add("same HS heading " + x.substring(0, 4));
            return 0;
        }
        if (x.substring(0, 2).equals(y.substring(0, 2))) {
            reasons.add("same HS chapter " + x.substring(0, 2) + " only");
            return -0.5;
        }
        reasons.add("different HS chapters " + x.substring(0, 2) + " / " + y.substring(0, 2));
        return -3.0;
    }

    private static boolean sameQuantity(GoodsEvidence a, GoodsEvidence b) {
        return a.quantity() != null && b.quantity() != null && a.quantity().compareTo(b.quantity()) == 0
                && a.unit() != null && a.unit().equalsIgnoreCase(b.unit() == null ? "" : b.unit())
                && a.quantity().compareTo(BigDecimal.ONE) > 0;
    }

    /** 14inch against 15inch: same unit, different number */
    private static boolean sizesConflict(List<String> a, List<String> b) {
        for (String x : a) {
            if (!GoodsText.isSize(x) || b.contains(x)) {
                continue;
            }
            String unit = x.replaceAll("^[0-9p]+", "");
            boolean otherHasUnit = b.stream().anyMatch(y -> GoodsText.isSize(y)
                    && y.replaceAll("^[0-9p]+", "").equals(unit));
            boolean otherHasSame = b.contains(x);
            if (otherHasUnit && !otherHasSame) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- parties

    @Override
    public Judgment sameParty(String first, String second) {
        PartyNames.Name a = PartyNames.parse(first);
        PartyNames.Name b = PartyNames.parse(second);
        if (a.isEmpty() || b.isEmpty()) {
            return new Judgment(true, 0.0, "no name to compare", DecidedBy.EMBEDDING);
        }
        boolean formsAgree = PartyNames.legalFormsCompatible(a, b);
        if (a.compactCore().equals(b.compactCore())) {
            return formsAgree
                    ? new Judgment(true, 0.99, "same name after normalisation", DecidedBy.EMBEDDING)
                    : new Judgment(false, 0.75, "same name but different legal forms " + a.legalForms() + " / "
                    + b.legalForms(), DecidedBy.EMBEDDING);
        }
        // Conservative: a word replaced by another ("Acme"/"Apex", "Imports"/"Exports") makes another company;
        // only leaving out generic words ("Acme Trading" / "Acme International Trading") keeps the same one.
        Set<String> onlyA = withoutAcronym(new LinkedHashSet<>(a.core()), b.core());
        Set<String> onlyB = withoutAcronym(new LinkedHashSet<>(b.core()), a.core());
        onlyA.removeAll(b.core());
        onlyB.removeAll(a.core());
        // names are decided on their words: an embedding adds nothing a replaced word does not already say
        String figures = "words only in one: " + onlyA + " / " + onlyB;
        if (onlyA.isEmpty() && onlyB.isEmpty() || onlyA.isEmpty() && allGeneric(onlyB)
                || onlyB.isEmpty() && allGeneric(onlyA)) {
            if (!formsAgree) {
                return new Judgment(false, 0.7, "different legal forms " + a.legalForms() + " / " + b.legalForms(),
                        DecidedBy.EMBEDDING);
            }
            return new Judgment(true, onlyA.isEmpty() && onlyB.isEmpty() ? 0.95 : 0.8,
                    "same identifying words, differing only in " + onlyA + onlyB + "; " + figures,
                    DecidedBy.EMBEDDING);
        }
        double confidence = onlyA.size() + onlyB.size() <= 2 ? 0.75 : 0.9;
        return new Judgment(false, confidence, "different names '" + a.coreText() + "' / '" + b.coreText() + "'; "
                + figures, DecidedBy.EMBEDDING);
    }

    private static boolean allGeneric(Set<String> words) {
        return PartyNames.GENERIC_WORDS.containsAll(words);
    }

    /**
     * "MSC Mediterranean Shipping Co": a word spelling the initials of the other name (plus at most one letter for a
     * dropped "Company") adds nothing.
     */
    private static Set<String> withoutAcronym(Set<String> words, List<String> otherCore) {
        if (otherCore.size() < 2) {
            return words;
        }
        StringBuilder initials = new StringBuilder();
        otherCore.forEach(w -> initials.append(w.charAt(0)));
        words.removeIf(w -> w.startsWith(initials.toString()) && w.length() - initials.length() <= 1);
        return words;
    }

    // ---------------------------------------------------------------- embedding

    /** normalised words of a description, kept: a dossier's descriptions are compared many times over */
    private List<String> tokens(String description) {
        if (description == null) {
            return List.of();
        }
        synchronized (tokenCache) {
            List<String> cached = tokenCache.get(description);
            if (cached != null) {
                return cached;
            }
        }
        List<String> tokens = List.copyOf(GoodsText.tokens(description));
        synchronized (tokenCache) {
            tokenCache.put(description, tokens);
        }
        return tokens;
    }

    @Override
    public void prepare(java.util.Collection<String> descriptions) {
        List<String> missing = new ArrayList<>();
        for (String description : descriptions) {
            String text = String.join(" ", tokens(description));
            if (text.isEmpty() || missing.contains(text)) {
                continue;
            }
            synchronized (cache) {
                if (cache.containsKey(text)) {
                    continue;
                }
            }
            missing.add(text);
        }
        if (missing.size() < 2) {
            return; // one text is embedded on demand, if it is needed at all
        }
        List<dev.langchain4j.data.embedding.Embedding> vectors = model()
                .embedAll(missing.stream().map(dev.langchain4j.data.segment.TextSegment::from).toList()).content();
        synchronized (cache) {
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), vectors.get(i).vector());
            }
        }
    }

    /** Loads the model now rather than on the first judgment (about a second), e.g. while documents are read. */
    public void warmUp() {
        embed("warm up");
    }

    double cosine(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        float[] x = embed(a);
        float[] y = embed(b);
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
    }

    private float[] embed(String text) {
        synchronized (cache) {
            float[] cached = cache.get(text);
            if (cached != null) {
                return cached;
            }
        }
        float[] vector = model().embed(text).content().vector();
        synchronized (cache) {
            cache.put(text, vector);
        }
        return vector;
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = modelLoader.get();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    /** words of {@code a} missing from {@code b}, sizes aside (a size conflict is scored on its own) */
    private static List<String> without(List<String> a, List<String> b) {
        List<String> result = new ArrayList<>();
        for (String word : a) {
            if (!b.contains(word) && !GoodsText.isSize(word) && !word.chars().allMatch(Character::isDigit)
                    && b.stream().noneMatch(other -> GoodsText.covers(word, other))) {
                result.add(word);
            }
        }
        return result;
    }

    private static double dice(List<String> a, List<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(new HashSet<>(b));
        return 2.0 * shared.size() / (new HashSet<>(a).size() + new HashSet<>(b).size());
    }

    private static double confidence(double score) {
        return Math.min(0.98, 0.5 + 0.5 * Math.tanh(Math.abs(score) / 1.5));
    }

    private static String digits(String code) {
        return code == null ? "" : code.replaceAll("\\D", "");
    }
}
