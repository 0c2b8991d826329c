package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Provenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document-level fields next to their labels: the rest of the label's segment ("Invoice No.: INV-1"), the
 * next segment of the line (two columns), or the segment under the label (boxed forms). Each value is checked
 * against its kind (a reference holds a digit, a date parses), so a label that happens to stand in prose gives
 * nothing rather than a wrong value.
 */
public final class FieldExtractor {

    /** parties named in running text: "sold to X, address", "imported by X", "X (hereinafter called "the Seller")" */
    private static final Pattern PROSE_BUYER = Pattern.compile(
            "(?:sold to|consigned to|for delivery to|delivered to|imported by|for (?:the )?account of|to the order of)"
                    + "\\s+((?-i:[A-Z])[^;()\"]{2,120})");
    private static final Pattern PROSE_SELLER = Pattern.compile(
            "(?:sold by|shipped by|supplied by|exported by|received by the carrier from|from)\\s+((?-i:[A-Z])[^;()\"]{2,120})");
    private static final Pattern SHIPPED_BY_TO = Pattern.compile(
            "(?:shipped|sent|exported|supplied) by\\s.{2,200}?\\bto\\s+((?-i:[A-Z])[^;()\"]{2,120})");
    private static final Pattern HEREINAFTER = Pattern.compile(
            "((?-i:[A-Z])[^;()\"]{2,120}?)\\s*\\(\\s*hereinafter(?: (?:called|referred to as|the))?\\s*[\"\u201C]?(?:the )?(seller|buyer|exporter|importer|vendor|purchaser)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?i)\\b(ltd|limited|inc|llc|gmbh|mbh|corp|corporation|ltda|limitada|plc|s\\.?p\\.?a|s\\.a|b\\.v|n\\.v|a\\.s|"
                    + "s\\.?r\\.?l|co|company|pty|pte|bhd|ag|jsc|sp\\. z o\\.o|sirketi|s\\.l)\\b");
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[,. ]\\d{3})*|\\d+)\\s*\\(?$");
    private static final Pattern AT_PORT_OF = Pattern.compile(
            "(?i)\\b(?:at|in) the port of ([A-Z][\\p{L} .'\\-]{1,40}?)(?=\\s*[,.;(]|\\s+(?:on|for|per|by)\\b|\\s*$)");
    private static final Pattern TO_PORT_OF = Pattern.compile(
            "(?i)\\bto the port of ([A-Z][\\p{L} .'\\-/]{1,40}?)(?=\\s*[,.;(]|\\s+(?:on|for|per|by|via)\\b|\\s*$)");
    private static final Pattern FROM_TO = Pattern.compile(
            "(?i)\\bfrom\\s+((?-i:[A-Z])[\\p{L} '\\-()/,]{1,40}?)\\s*,?\\s+to\\s+((?-i:[A-Z])[\\p{L} '\\-()/]{1,40}?)(?=\\s*[,.;(]|\\s+(?:on|per|by|under|via|in|with|aboard|vessel|and|for|at)\\b|\\s*$)");

    /** what an all-numeric date rests on when its document does not show the order of day and month */
    static final String DATE_LOOK_ALIKE_DIGIT = "read as %s, which is no date; with one digit read as its "
            + "look-alike (0/6, 0/8, 5/9 ...) it is %s, the only such date";
    static final String DATE_DIGIT_MORE = "read as %s, which is no date; with a digit read into its day (a speck) "
            + "left out it is %s, the only such date";
    static final String WEIGHT_DECIMAL_MARK_LOST = "no number read: the digits of %s, its decimal mark lost";
    static final String AMOUNT_GROUPING_SPACE_READ_AS_MARK = "no number read: the digits of %s, a grouping space read "
            + "as a mark";
    public static final String ASSUMED_DAY_ORDER = "the document does not show whether day or month comes first";

    /** One value found for a field, with how much its label can be trusted. */
    private record Candidate(FieldValue value, int priority, int order) {
    }

    private final String documentId;
    private final DocumentType type;
    private final DocumentText text;
    private final Numbers.DecimalStyle style;
    private final Dates.DayOrder dayOrder;
    private final boolean dayOrderShown;
    private final Map<String, List<Labels.Label>> labelsByFirstWord;
    /** "C/O": the origin's label a lone "co" on a scan stands for, or null */
    private final Labels.Label cOrigin;
    /** the date labels of one word ("date", "dated"), which a lone heading one letter off stands for on a scan */
    private final List<Labels.Label> oneWordDateLabels;
    private final Set<String> doubtfulWords;
    private final Set<String> unreadWords;
    /** words read below {@link #POORLY_READ_WORD} */
    private final Set<String> poorlyReadWords;
    /** words read below a sure scan reading (0.93): fairly, not quite surely */
    private final Set<String> notQuiteSureWords;
    private final Map<Field, List<Candidate>> candidates = new EnumMap<>(Field.class);
    /** container-shaped readings that are no container number as read, for {@link DoubtfulValues} to weigh */
    private final List<FieldValue> garbledContainers = new ArrayList<>();
    /** values read as nothing at a label, for the second look (never values) */
    private final List<UnreadValue> unreadValues = new ArrayList<>();
    private int order;
    /** the document's lines with wrapped prose joined */
    private List<TextLine> logical = List.of();

    FieldExtractor(String documentId, DocumentType type, DocumentText text, Numbers.DecimalStyle style,
                   Dates.DayOrder dayOrder) {
        this.documentId = documentId;
        this.type = type;
        this.text = text;
        this.style = style;
        this.dayOrder = dayOrder;
        // decimal commas are written where the day comes first (Europe, Latin America): that settles it too
        this.dayOrderShown = Dates.DayOrder.shownIn(text.plainText()) || style == Numbers.DecimalStyle.COMMA;
        this.labelsByFirstWord = Labels.byFirstWord(type);
        this.cOrigin = labelsByFirstWord.getOrDefault("c", List.of()).stream()
                .filter(l -> l.tokens().equals(List.of("c", "o"))).findFirst().orElse(null);
        this.oneWordDateLabels = labelsByFirstWord.values().stream().flatMap(List::stream)
                .filter(l -> l.tokens().size() == 1 && l.field() != null
                        && l.field().kind() == io.customsreview.hub.domain.ValueKind.DATE)
                .toList();
        this.doubtfulWords = wordsBelow(text, DOUBTFUL_WORD);
        this.unreadWords = wordsBelow(text, UNREAD_WORD);
        this.poorlyReadWords = wordsBelow(text, POORLY_READ_WORD);
        this.notQuiteSureWords = wordsBelow(text, io.customsreview.hub.rules.Normalize.SURE_SCAN_READING);
    }

    /** Words OCR was unsure of below this confidence may be a label misread (OCR only). */
    private static final double DOUBTFUL_WORD = 0.9;
    /** Words read below this confidence are hardly read at all: a label's word may be two letters off in them. */
    private static final double UNREAD_WORD = 0.05;
    /** Below this a word is poorly read: a label's first word may be two letters off in it. */
    private static final double POORLY_READ_WORD = 0.5;

    /** the label-form tokens of the words the recogniser read below {@code sure}; empty for a text layer or EDI */
    private static Set<String> wordsBelow(DocumentText text, double sure) {
        Set<String> doubtful = new java.util.HashSet<>();
        if (text.method() != io.customsreview.hub.domain.ExtractionMethod.OCR) {
            return doubtful;
        }
        for (TextLine line : text.lines()) {
            for (TextSegment segment : line.segments()) {
                for (Word w : segment.words()) {
                    if (w.confidence() < sure) {
                        Tokens.of(w.text()).forEach(t -> doubtful.add(t.text()));
                    }
                }
            }
        }
        return doubtful;
    }

    /** Adds a value found elsewhere (a table's total row) with its trust. */
    void offer(Field field, FieldValue value, int priority) {
        candidates.computeIfAbsent(field, f -> new ArrayList<>()).add(new Candidate(value, priority, order++));
    }

    /** @param titleLine the line and segment of the document's title, which names the document, not a value */
    Map<Field, List<FieldValue>> extract(Set<Integer> skippedLines, int titleLine, int titleSegment) {
        List<TextLine> original = text.lines();
        // prose wraps: a sentence continued on the next line is read as one line ("... on February 5," / "2024")
        List<TextLine> lines = new ArrayList<>();
        Set<Integer> skipped = new java.util.HashSet<>();
        int title = -1;
        double rightEdge = original.stream().mapToDouble(l -> l.segments().get(l.segments().size() - 1).x2())
                .max().orElse(0);
        for (int i = 0; i < original.size(); i++) {
            TextLine line = original.get(i);
            int first = i;
            // the title names the document: the paragraph under it is no continuation of it; each printed line is
            // measured on its own (joined, a paragraph's lines were one tall, wide line that went on over everything
            // at its left edge: a B/L's goods list ran into "Total No. of Packages", its count taken from an HS code)
            while (i + 1 < original.size() && !skippedLines.contains(i + 1) && !skippedLines.contains(first)
                    && first != titleLine && wrapsOnto(original.get(i), original.get(i + 1), rightEdge)
                    && !startsEntry(original.get(i + 1).text())) {
                line = joined(line, original.get(i + 1));
                i++;
            }
            if (skippedLines.contains(first)) {
                skipped.add(lines.size());
            }
            if (first == titleLine) {
                title = lines.size();
            }
            lines.add(line);
        }
        logical = lines;
        for (int i = 0; i < lines.size(); i++) {
            if (skipped.contains(i)) {
                continue;
            }
            TextLine line = lines.get(i);
            for (int j = 0; j < line.segments().size(); j++) {
                if (i == title && j == titleSegment) {
                    continue;
                }
                scanSegment(lines, i, j, skipped);
            }
        }
        containers();
        fallbacks();
        return partiesApart(resolve());
    }

    private record Hit(Labels.Label label, int start, int end) {
    }

    private static final Pattern C_O_SLASH_LOST = Pattern.compile("\\s*(?i:co):?\\s*");

    /** one paragraph line running to the right margin, continued by the next line at the same left edge */
    private static boolean wrapsOnto(TextLine line, TextLine next, double rightEdge) {
        if (line.segments().size() != 1 || next.segments().size() != 1 || next.page() != line.page()) {
            return false;
        }
        TextSegment a = line.segments().get(0);
        TextSegment b = next.segments().get(0);
        double height = Math.max(1, line.bottom() - line.top());
        boolean sentenceGoesOn = !a.text().matches(".*[.:;!?]$");
        return (a.x2() > 0.8 * rightEdge || (a.x2() > 0.55 * rightEdge && sentenceGoesOn))
                && Math.abs(a.x1() - b.x1()) < 2 * height
                && next.top() - line.bottom() < 1.2 * height && a.words().size() > 6;
    }

    private static TextLine joined(TextLine line, TextLine next) {
        List<Word> words = new ArrayList<>(line.segments().get(0).words());
        words.addAll(next.segments().get(0).words());
        return new TextLine(line.page(), List.of(new TextSegment(words)));
    }

    /**
     * "Bate" for "Date" heading a box on a scan: a lone word one letter off a date label of one word heads the box (a
     * date label takes nothing but a date; other labels one letter off are names as often: "Bayer" for Buyer)
     */
    private Hit dateHeadingOneLetterOff(String segmentText) {
        String word = segmentText.strip();
        if (text.method() != io.customsreview.hub.domain.ExtractionMethod.OCR || !word.matches("\\p{L}{4,6}:?")) {
            return null;
        }
        String letters = word.replace(":", "").toLowerCase(java.util.Locale.ROOT);
        for (Labels.Label label : oneWordDateLabels) {
            String name = label.tokens().get(0);
            if (name.length() == letters.length() && !name.equals(letters)
                    && io.customsreview.hub.llm.PartyNames.levenshtein(name, letters) == 1) {
                int start = segmentText.indexOf(word);
                return new Hit(label, start, start + word.length());
            }
        }
        return null;
    }

    private List<Hit> hits(String segmentText) {
        if (text.method() == io.customsreview.hub.domain.ExtractionMethod.OCR
                && C_O_SLASH_LOST.matcher(segmentText).matches()) {
            // "C/O" heading a box, read "co" on a scan: the box's label alone (a "Co." within a name is no box's)
            if (cOrigin != null) {
                return List.of(new Hit(cOrigin, segmentText.indexOf(segmentText.strip()),
                        segmentText.indexOf(segmentText.strip()) + 2));
            }
        }
        Hit dateHeading = dateHeadingOneLetterOff(segmentText);
        if (dateHeading != null) {
            return List.of(dateHeading);
        }
        List<Tokens.Token> tokens = withoutAmpersandsReadAsDigits(segmentText, Tokens.of(segmentText));
        List<Hit> hits = new ArrayList<>();
        // "a Date", "oe Currency Code": a speck before a box's label, read as a doubted scrap of a letter or two,
        // does not open the segment; the label does; nor does a first word read as nothing ("levoce Date" at 0.00)
        int opening = tokens.size() > 1 && (tokens.get(0).text().length() <= 2
                && doubtfulWords.contains(tokens.get(0).text()) || unreadWords.contains(tokens.get(0).text())) ? 1 : 0;
        int p = 0;
        while (p < tokens.size()) {
            Labels.Label match = null;
            // "Ship To / Bill To:": a label right after other labels opens the value as much as the segment does
            boolean afterLabels = !hits.isEmpty() && hits.get(hits.size() - 1).end() >= lastTokenEnd(tokens, p);
            List<Tokens.Token> opened = p >= opening ? tokens.subList(opening, tokens.size()) : tokens;
            int q = p >= opening ? p - opening : p;
            Hit splitWord = labelWordSplitInTwo(tokens, p, segmentText, afterLabels);
            if (splitWord != null) {
                hits.add(splitWord);
                p += splitWord.label().tokens().size() + 1;
                continue;
            }
            for (Labels.Label label : labelsByFirstWord.getOrDefault(tokens.get(p).text(), List.of())) {
                if (matches(tokens, p, label) && allowedAt(label, q, opened, segmentText, afterLabels)) {
                    match = label;
                    break;
                }
            }
            if (match == null) {
                List<Tokens.Token> slashRead = slashReadAsLetter(tokens, p);
                if (slashRead != null) {
                    for (Labels.Label label : labelsByFirstWord.getOrDefault(slashRead.get(p).text(), List.of())) {
                        if (label.tokens().size() >= 2 && matches(slashRead, p, label)
                                && allowedAt(label, p, slashRead, segmentText, afterLabels)) {
                            hits.add(new Hit(label, slashRead.get(p).start(),
                                    slashRead.get(p + label.tokens().size() - 1).end()));
                            p += label.tokens().size() - 1;
                            match = label;
                            break;
                        }
                    }
                }
                if (match == null) {
                    match = misreadLabel(tokens, p, segmentText, afterLabels);
                    if (match == null) {
                        match = cutShortLabel(tokens, segmentText);
                    }
                    if (match != null) {
                        hits.add(new Hit(match, tokens.get(p).start(), tokens.get(p + match.tokens().size() - 1).end()));
                        p += match.tokens().size();
                    } else {
                        p++;
                    }
                }
                continue;
            }
            Labels.Label longer = misreadLabel(tokens, p, segmentText, afterLabels);
            if (longer != null && longer.tokens().size() > match.tokens().size()) {
                match = longer; // "Discharge Pot": "discharge" alone is a label too, but the misread one is longer
            }
            int end = tokens.get(p + match.tokens().size() - 1).end();
            hits.add(new Hit(match, tokens.get(p).start(), end));
            p += match.tokens().size();
        }
        return hits;
    }

    /**
     * "Ship per (Name and Address)": a label word of 7 letters or more ("shipper") that OCR split in two at a space,
     * each half perhaps a label of its own ("ship", "per" for the vessel); or a later word of a label ("Port of
     * Dischar ge"). The label read with the two words joined, or null when they do not join into a label's word.
     */
    private Hit labelWordSplitInTwo(List<Tokens.Token> tokens, int p, String segmentText, boolean afterLabels) {
        for (int split = p; split < Math.min(p + 4, tokens.size() - 1); split++) {
            if (tokens.get(split + 1).start() - tokens.get(split).end() != 1) {
                continue;
            }
            String joined = tokens.get(split).text() + tokens.get(split + 1).text();
            if (joined.length() < 7 || !joined.matches("[a-z]+")) {
                continue;
            }
            List<Tokens.Token> rejoined = new ArrayList<>(tokens.subList(0, split));
            rejoined.add(new Tokens.Token(joined, tokens.get(split).start(), tokens.get(split + 1).end()));
            rejoined.addAll(tokens.subList(split + 2, tokens.size()));
            for (Labels.Label label : labelsByFirstWord.getOrDefault(rejoined.get(p).text(), List.of())) {
                // the label takes in the joined word: a label ending before it was no split word's
                if (label.tokens().size() > split - p && matches(rejoined, p, label)
                        && allowedAt(label, p, rejoined, segmentText, afterLabels)) {
                    return new Hit(label, tokens.get(p).start(), rejoined.get(p + label.tokens().size() - 1).end());
                }
            }
        }
        return null;
    }

    /**
     * "Mess." (0.57) alone in its box for "Messrs.": a doubted word with a stop, the start of exactly one one-word
     * label of 6 letters or more, its last letters lost; null otherwise (a word read surely is as printed)
     */
    private Labels.Label cutShortLabel(List<Tokens.Token> tokens, String segmentText) {
        if (tokens.size() != 1 || !doubtfulWords.contains(tokens.get(0).text())
                || !segmentText.strip().matches("\\p{L}{4,}\\.")) {
            return null;
        }
        String word = tokens.get(0).text();
        List<Labels.Label> cut = Labels.of(type).stream().filter(l -> l.tokens().size() == 1
                && l.tokens().get(0).length() >= 6 && l.tokens().get(0).startsWith(word)
                && !l.tokens().get(0).equals(word)).toList();
        return cut.stream().map(Labels.Label::field).distinct().count() == 1 ? cut.get(0) : null;
    }

    /**
     * "S/C No." or "B/L No." as OCR often reads it: "SIC No.", "BIL No." (the slash taken for an I or an l); a doubted
     * "cro" alone in its box for "C/O" (the slash taken for an r: no word of a form, where "pro" or "are" among
     * others are). The tokens with such a word split back into its two letters, or null when the word at p is not of
     * that shape.
     */
    private List<Tokens.Token> slashReadAsLetter(List<Tokens.Token> tokens, int p) {
        Tokens.Token t = tokens.get(p);
        boolean slashReadAsR = tokens.size() == 1 && t.text().matches("[a-z]r[a-z]")
                && doubtfulWords.contains(t.text());
        if (!t.text().matches("[a-z][il1][a-z]") && !slashReadAsR) {
            return null;
        }
        List<Tokens.Token> split = new ArrayList<>(tokens.subList(0, p));
        split.add(new Tokens.Token(t.text().substring(0, 1), t.start(), t.start() + 1));
        split.add(new Tokens.Token(t.text().substring(2), t.start() + 2, t.end()));
        split.addAll(tokens.subList(p + 1, tokens.size()));
        return split;
    }

    /**
     * A label with a letter or two misread by OCR ("lanvoice No.", "Contract Ret.", "pated", "Measarement"): each
     * word equal to the label's, or a word the recogniser doubted within one edit of it (two for words of seven
     * letters or more; a three-letter word only after exact ones), with at least one misread word. Words read
     * with confidence are taken as printed, so that "Contact No." never becomes a contract number. The longest
     * label wins, then the fewest edits; null when none fits.
     */
    private Labels.Label misreadLabel(List<Tokens.Token> tokens, int p, String segmentText, boolean afterLabels) {
        if (unitAfterACount(tokens, p, segmentText)) {
            return null; // "23 SETS 1006.58 kg": a count's unit, read as printed, no "Sellers" two letters off
        }
        // only a doubted word may differ from its label word: without one from here on, no misread label starts here
        Set<String> mergedLabelWords = MERGED_LABEL_WORDS.computeIfAbsent(type, FieldExtractor::mergedLabelWords);
        boolean abbreviationAlone = tokens.size() == 1 && tokens.get(0).text().length() == 3;
        // "Loading Pert" (0.93) alone in its box: a label's last word one letter off after exact ones, even read surely
        boolean lastWordOff = tokens.size() - p >= 2 && tokens.get(tokens.size() - 1).text().length() >= 4;
        // "Inveice No" (0.91) alone in its box: its first word one letter off before exact ones, even read surely
        boolean firstWordOff = p == 0 && tokens.size() >= 2 && tokens.get(0).text().length() >= 5;
        // "Vesset" (0.90), "Oated" (0.90) alone in its box: a label word of five letters or more with one letter read
        // as its look-alike, even read surely
        boolean longWordAlone = tokens.size() == 1 && tokens.get(0).text().length() >= 5;
        if (!abbreviationAlone && !lastWordOff && !firstWordOff && !longWordAlone
                && tokens.subList(p, tokens.size()).stream().noneMatch(t -> doubtfulWords.contains(t.text())
                || OF_READ_ALIKE.contains(t.text()) || ON_READ_ALIKE.contains(t.text())
                || AT_READ_ALIKE.contains(t.text()) || NO_READ_ALIKE.contains(t.text())
                || mergedLabelWords.contains(t.text()))) {
            return null;
        }
        Labels.Label best = null;
        int bestEdits = Integer.MAX_VALUE;
        for (Labels.Label label : Labels.of(type)) {
            int n = label.tokens().size();
            if (p + n > tokens.size() || (best != null && n < best.tokens().size())) {
                continue;
            }
            if (n == 1 && label.tokens().get(0).length() < 5) {
                // a short word is misread into another short word too easily: only a look-alike letter ("bate")
                if (lookAlikeLetter(tokens.get(p).text(), label.tokens().get(0), tokens.size() == 1) && best == null
                        && allowedAt(label, p, tokens, segmentText, afterLabels)) {
                    best = label;
                    bestEdits = 1;
                }
                continue;
            }
            int edits = 0;
            int firstWordEdits = 0;
            boolean sureFirstWordOff = false;
            for (int k = 0; k < n && edits >= 0; k++) {
                String word = tokens.get(p + k).text();
                String wanted = label.tokens().get(k);
                if (word.equals(wanted)) {
                    continue;
                }
                if (k > 0 && edits == 0 && (wanted.equals("of") && OF_READ_ALIKE.contains(word)
                        || wanted.equals("on") && ON_READ_ALIKE.contains(word)
                        || wanted.equals("no") && k == n - 1 && NO_READ_ALIKE.contains(word)
                        || wanted.equals("at") && AT_READ_ALIKE.contains(word))) {
                    // "Date cf Shipment", "Laden cn Board": the o read as its look-alike, even surely; "Means of
                    // Transport ai Arrival": the t's bar lost
                    edits = 1;
                    continue;
                }
                if (k > 0 && edits == 0 && mergedLabelWords.contains(word) && mergedGlyphs(wanted).contains(word)) {
                    edits = 1; // "Country of Ongin" (0.88): after exact words, two touching letters read as one
                    continue;
                }
                if (k == 0 && n >= 2 && mergedLabelWords.contains(word) && mergedGlyphs(wanted).contains(word)
                        && notQuiteSureWords.contains(word)) {
                    // "Ongin of Goods" (0.91), not quite surely: before the label's other words read exactly (below)
                    edits = 1;
                    sureFirstWordOff = true;
                    continue;
                }
                if (k > 0 && edits == 0 && doubtfulWords.contains(word) && word.length() == wanted.length() + 1
                        && word.replaceFirst("(.)\\1", "$1").equals(wanted)) {
                    edits = 1; // "Total N.wW.": after exact words, one glyph read twice, even in a one-letter word
                    continue;
                }
                // a three-letter word ("ref", "wt.") only after label words read exactly: "Contract Ret."
                int allowed = wanted.length() >= 7 ? 2 : wanted.length() >= 4 ? 1
                        : wanted.length() == 3 && k > 0 && edits == 0 ? 1 : 0;
                if (k == 0 && n >= 2 && wanted.length() >= 5 && word.length() >= 3 && onlyLettersLost(word, wanted)) {
                    // "Ise Date": the first word of a label two letters short, the rest read exactly (checked below);
                    // letters lost, none misread ("ESSEN, voyage" is a ship's name before a label, no "Vessel Voyage")
                    allowed = 2;
                }
                if (k == 0 && n >= 2 && wanted.length() >= 5 && word.length() == wanted.length()
                        && unreadWords.contains(word)) {
                    allowed = 2; // "tsiue Date" (0.00): a first word read as nothing, the rest read exactly (below)
                }
                if (k == 0 && n >= 2 && wanted.length() >= 5 && word.length() >= wanted.length() - 1
                        && poorlyReadWords.contains(word) && !asNearAnotherField(word, label)) {
                    allowed = 2; // "Iswe Date" (0.46): a first word poorly read, the rest read exactly (below)
                }
                if (k > 0 && k < n - 1 && edits == 0 && wanted.length() >= 5 && word.length() == wanted.length()
                        && doubtfulWords.contains(word) && readExactlyAfter(tokens, p, label, k)) {
                    allowed = 2; // "On Bound Date" ("Bound" at 0.53): a doubted word between label words read exactly
                }
                // "Loading Pert" after exact words; "Leading Pert" (0.92) too where the two words are all the box holds
                boolean endsTheBox = k == n - 1 && k > 0 && (edits == 0 || p == 0 && edits == 1)
                        && p + n == tokens.size() && wanted.length() >= 4 && word.length() == wanted.length();
                // ... and "Pont of Discharge" (0.90): a first word of four letters before two more read exactly
                boolean startsTheBox = k == 0 && p == 0 && n == tokens.size()
                        && (n >= 2 && wanted.length() >= 5 || n >= 3 && wanted.length() == 4)
                        && word.length() == wanted.length() && !doubtfulWords.contains(word);
                if (startsTheBox) {
                    allowed = 1;
                    sureFirstWordOff = true;
                }
                int d = Integer.MAX_VALUE;
                // "Ocean Vessel / Vay. No" (0.91): a three-letter word between label words read exactly, one letter
                // read as its look-alike
                boolean shortWordWithin = k > 0 && k < n - 1 && edits == 0 && wanted.length() == 3
                        && oneLookAlikeLetterApart(word, wanted);
                if (allowed > 0 && (doubtfulWords.contains(word) || endsTheBox || startsTheBox || shortWordWithin
                        || lReadAsI(word, wanted) || k > 0 && edits == 0 && oneLookAlikeLetterOff(word, wanted)
                        // "Port of Destinanon" (0.92): after label words read exactly, one letter pair as one glyph
                        || k > 0 && edits == 0 && mergedGlyphs(wanted).contains(word)
                        || longWordAlone && n == 1 && wanted.length() >= 5 && oneLookAlikeLetterApart(word, wanted))) {
                    d = mergedGlyphEdits(word, wanted);
                    if (Math.abs(word.length() - wanted.length()) <= allowed) {
                        d = Math.min(d, io.customsreview.hub.llm.PartyNames.levenshtein(word, wanted));
                    }
                    if (doubledLetterReadAlike(word, wanted)) {
                        d = 1; // "Setter" (0.25) for Seller: one glyph misread, twice over
                    }
                }
                edits = d <= allowed ? edits + d : -1;
                if (k == 0) {
                    firstWordEdits = edits;
                }
            }
            if (firstWordEdits == 2 && edits != 2 && label.tokens().get(0).length() < 7) {
                continue; // a short first word two letters off only where the label's other words were read exactly
            }
            if (sureFirstWordOff && edits != 1) {
                continue; // a first word read surely is one letter off only before the label's other words exactly
            }
            if (edits > 0 && (best == null || n > best.tokens().size() || edits < bestEdits)
                    && allowedAt(label, p, tokens, segmentText, afterLabels)) {
                best = label;
                bestEdits = edits;
            }
        }
        return best;
    }

    /** whether the word at p is a unit (a word of its own) right after a number */
    private static boolean unitAfterACount(List<Tokens.Token> tokens, int p, String segmentText) {
        return Units.unit(tokens.get(p).text()).isPresent()
                && segmentText.substring(0, tokens.get(p).start()).matches("(?s).*\\d\\s*");
    }

    /**
     * whether a poorly read first word is two letters or fewer from the first word of another field's label with the
     * same words after it: "Crer No." (0.27) is "Order No." and "Cntr No." alike, the label of neither
     */
    private boolean asNearAnotherField(String word, Labels.Label label) {
        int n = label.tokens().size();
        for (Labels.Label other : Labels.of(type)) {
            if (other.field() != label.field() && other.tokens().size() == n
                    && other.tokens().subList(1, n).equals(label.tokens().subList(1, n))
                    && io.customsreview.hub.llm.PartyNames.levenshtein(word, other.tokens().get(0)) <= 2) {
                return true;
            }
        }
        return false;
    }

    /** whether the tokens after the {@code k}th of the label at {@code p} are the label's words, exactly */
    private static boolean readExactlyAfter(List<Tokens.Token> tokens, int p, Labels.Label label, int k) {
        for (int j = k + 1; j < label.tokens().size(); j++) {
            if (!tokens.get(p + j).text().equals(label.tokens().get(j))) {
                return false;
            }
        }
        return true;
    }

    /** whether {@code word}'s letters are among {@code wanted}'s, in order: letters lost, none misread */
    private static boolean onlyLettersLost(String word, String wanted) {
        int at = 0;
        for (int i = 0; i < word.length(); i++) {
            at = wanted.indexOf(word.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * letter pairs OCR reads as one glyph when they touch: "ri" as "n" ("Ongin of Goods"), "rn" as "m", "cl" as "d",
     * "ss" as "w" ("Grow Wt", "Vewel", seen on two seeds' B/Ls), "rt" as "n" ("Loading Pon" on two invoices), "ti" as
     * "n" ("Port of Destinanon" on a B/L), "ll" as "t" ("Seter Exporter" on a declaration)
     */
    private static final Map<String, String> MERGED_GLYPHS = Map.of("ri", "n", "rn", "m", "cl", "d", "ss", "w",
            "rt", "n", "ti", "n", "ll", "t");

    /**
     * the edits between a word and a label word one of whose letter pairs was read as one glyph: the merge itself
     * is one misreading, not two edits ("Ongen" for "origin": "ongin" and one letter more); at least 1
     */
    private static int mergedGlyphEdits(String word, String wanted) {
        int best = Integer.MAX_VALUE;
        for (String merged : mergedGlyphs(wanted)) {
            best = Math.min(best, Math.max(1, io.customsreview.hub.llm.PartyNames.levenshtein(word, merged)));
        }
        return best;
    }

    /** the label word with one of its letter pairs read as one glyph: "origin" → "ongin", "vessel" → "vewel" */
    private static Set<String> mergedGlyphs(String wanted) {
        Set<String> merged = new java.util.HashSet<>();
        for (Map.Entry<String, String> merge : MERGED_GLYPHS.entrySet()) {
            for (int i = wanted.indexOf(merge.getKey()); i >= 0; i = wanted.indexOf(merge.getKey(), i + 1)) {
                merged.add(wanted.substring(0, i) + merge.getValue() + wanted.substring(i + 2));
            }
        }
        return merged;
    }

    /**
     * The tokens without a lone "4" or "8" between two words that follow each other in a label: an ampersand read as
     * the digit of its shape ("Vessel 4 Voyage" for "Vessel & Voyage", whose label reads "vessel voyage")
     */
    private List<Tokens.Token> withoutAmpersandsReadAsDigits(String text, List<Tokens.Token> tokens) {
        Set<String> pairs = LABEL_WORD_PAIRS.computeIfAbsent(type, FieldExtractor::labelWordPairs);
        List<Tokens.Token> result = null;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String t = tokens.get(i).text();
            // doubted, and with nothing but spaces about it ("Total: 4 Packages" counts them)
            if ((t.equals("4") || t.equals("8")) && tokens.get(i).end() - tokens.get(i).start() == 1
                    && doubtfulWords.contains(t)
                    && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).isBlank()
                    && text.substring(tokens.get(i).end(), tokens.get(i + 1).start()).isBlank()
                    && pairs.contains(tokens.get(i - 1).text() + " " + tokens.get(i + 1).text())) {
                if (result == null) {
                    result = new ArrayList<>(tokens);
                }
                result.remove(tokens.get(i));
            }
        }
        return result == null ? tokens : result;
    }

    /** per document type, the pairs of words that follow each other in its labels ("vessel voyage") */
    private static final Map<DocumentType, Set<String>> LABEL_WORD_PAIRS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<String> labelWordPairs(DocumentType type) {
        Set<String> pairs = new java.util.HashSet<>();
        Labels.of(type).forEach(l -> {
            for (int i = 0; i + 1 < l.tokens().size(); i++) {
                pairs.add(l.tokens().get(i) + " " + l.tokens().get(i + 1));
            }
        });
        return Set.copyOf(pairs);
    }

    /** per document type, its label words with a letter pair read as one glyph */
    private static final Map<DocumentType, Set<String>> MERGED_LABEL_WORDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<String> mergedLabelWords(DocumentType type) {
        Set<String> words = new java.util.HashSet<>();
        Labels.of(type).forEach(l -> l.tokens().forEach(t -> words.addAll(mergedGlyphs(t))));
        return Set.copyOf(words);
    }

    /**
     * "of" as scans read it between label words ("Date cf Shipment", "Port af Loading"): Tesseract reads these surely,
     * so they count after label words read exactly even when not doubted
     */
    private static final Set<String> OF_READ_ALIKE = Set.of("cf", "af", "ot");
    private static final Set<String> ON_READ_ALIKE = Set.of("cn", "en", "om");
    private static final Set<String> AT_READ_ALIKE = Set.of("ai", "al");
    /** "S/C Ne.": a label's closing "No." with its o read as a look-alike */
    private static final Set<String> NO_READ_ALIKE = Set.of("ne", "nc", "na");

    /**
     * letters a worn or noisy scan reads for one another, as (read, printed): "Bate", "Oate" for Date (a D's bowl
     * taken for a B or an O), "Prom" for From (an F's bars closed into a P's bowl), "Frem" (an o with a speck's bar),
     * "Fron" (an m's last stroke faded)
     */
    private static final Set<String> LOOK_ALIKE_LETTERS = Set.of("bd", "db", "ce", "ec", "li", "il", "od", "pf", "eo",
            "tl", "lt", "ao", "nm");

    /**
     * whether a doubted word of four letters is the label word with one letter read as its look-alike; or a word of
     * three alone in its segment, doubted or not: a box's abbreviated label ("POO" at 0.91 for POD), which no other
     * word of a form stands for
     */
    private boolean lookAlikeLetter(String word, String wanted, boolean alone) {
        boolean fourDoubted = wanted.length() == 4 && doubtfulWords.contains(word);
        boolean threeAlone = wanted.length() == 3 && alone;
        return (fourDoubted || threeAlone) && oneLookAlikeLetterApart(word, wanted);
    }

    /**
     * a label word of five letters or more with one letter read as its look-alike ("Beard" at 0.94 for Board: an o
     * read as an e), even read surely — after the label's first words read exactly ("On Beard Date")
     */
    private static boolean oneLookAlikeLetterOff(String word, String wanted) {
        return wanted.length() >= 5 && oneLookAlikeLetterApart(word, wanted);
    }

    /** the same length, one letter apart, there a letter read as its look-alike */
    private static boolean oneLookAlikeLetterApart(String word, String wanted) {
        if (word.length() != wanted.length()) {
            return false;
        }
        int differing = 0;
        for (int i = 0; i < wanted.length(); i++) {
            if (word.charAt(i) != wanted.charAt(i) && (++differing > 1
                    || !LOOK_ALIKE_LETTERS.contains("" + word.charAt(i) + wanted.charAt(i)))) {
                return false;
            }
        }
        return differing == 1;
    }

    /** a label word's doubled letter read twice as one look-alike ("Setter" for Seller), nothing else changed */
    private static boolean doubledLetterReadAlike(String word, String wanted) {
        if (word.length() != wanted.length()) {
            return false;
        }
        for (int i = 0; i + 1 < wanted.length(); i++) {
            if (wanted.charAt(i) == wanted.charAt(i + 1) && word.charAt(i) == word.charAt(i + 1)
                    && word.charAt(i) != wanted.charAt(i)
                    && LOOK_ALIKE_LETTERS.contains("" + word.charAt(i) + wanted.charAt(i))) {
                return word.substring(0, i).equals(wanted.substring(0, i))
                        && word.substring(i + 2).equals(wanted.substring(i + 2));
            }
        }
        return false;
    }

    /**
     * "Unioading" for Unloading, "Piace" for Place, even read surely: a label word of five letters or more whose l's
     * were read as i's (the recogniser cannot tell them by their stems), nothing else changed
     */
    private static boolean lReadAsI(String word, String wanted) {
        if (wanted.length() < 5 || word.length() != wanted.length() || word.equals(wanted)) {
            return false;
        }
        for (int i = 0; i < wanted.length(); i++) {
            if (word.charAt(i) != wanted.charAt(i) && !(wanted.charAt(i) == 'l' && word.charAt(i) == 'i')) {
                return false;
            }
        }
        return true;
    }

    /** where the token before position p ends, or 0 */
    private static int lastTokenEnd(List<Tokens.Token> tokens, int p) {
        return p == 0 ? 0 : tokens.get(p - 1).end();
    }

    private static boolean matches(List<Tokens.Token> tokens, int p, Labels.Label label) {
        if (p + label.tokens().size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < label.tokens().size(); k++) {
            if (!tokens.get(p + k).text().equals(label.tokens().get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Labels open a segment; in running text only multi-word labels or a label closed by a colon count, so that
     * "the goods" in a sentence is no label. Label words run together with the value ("Invoice1234") never count.
     */
    private static boolean allowedAt(Labels.Label label, int p, List<Tokens.Token> tokens, String text,
                                     boolean afterLabels) {
        Tokens.Token last = tokens.get(p + label.tokens().size() - 1);
        if (last.end() + 1 < text.length() && (text.charAt(last.end()) == '-' || text.charAt(last.end()) == '/')
                && Character.isLetterOrDigit(text.charAt(last.end() + 1))) {
            return false; // "PO-3333", "INV/2023/01": the label word is part of the value
        }
        if (text.substring(last.end()).matches("^ -[A-Za-z0-9].*")) {
            return false; // "INV -2025 - 45042": a scan's space before the dash, the label word still the value's
        }
        if (last.end() < text.length() && (text.charAt(last.end()) == '\'' || text.charAt(last.end()) == '\u2019')) {
            return false; // "SHIPPER'S LOAD": a possessive, not a label
        }
        if (p == 0 || enumerationOnly(tokens, p, text)) {
            return true;
        }
        String between = text.substring(tokens.get(p - 1).end(), tokens.get(p).start());
        if (afterLabels && between.matches("\\s*[/&,]\\s*")) {
            return true; // "Ship To / Bill To:": labels in a row, the value follows the last
        }
        Field f = label.field();
        boolean prose = f != null && (f.kind() == io.customsreview.hub.domain.ValueKind.PARTY
                || f.kind() == io.customsreview.hub.domain.ValueKind.TEXT
                || f.kind() == io.customsreview.hub.domain.ValueKind.PLACE);
        boolean colon = last.end() < text.length() && text.substring(last.end()).matches("^\\s*[:#].*");
        if (colon && !prose) {
            return true; // "... issued under Invoice No.: X" — but "Declaration by the exporter: the undersigned" is prose
        }
        if (f == Field.VESSEL || f == Field.VOYAGE) {
            return label.tokens().size() >= 2 || label.tokens().get(0).matches("vessel|voyage|voy");
        }
        if (f != null && (f.kind() == io.customsreview.hub.domain.ValueKind.PARTY
                || f.kind() == io.customsreview.hub.domain.ValueKind.TEXT
                || f.kind() == io.customsreview.hub.domain.ValueKind.PLACE)) {
            return false;
        }
        char before = text.charAt(Math.max(0, tokens.get(p).start() - 1));
        return label.tokens().size() >= 2 || before == ',' || before == ';' || before == '/' || before == '|';
    }

    /** "Long Beach, United States": a place, a comma, and a country's name last */
    private static boolean namesItsCountry(String text) {
        int comma = text.lastIndexOf(',');
        return comma > 0 && Countries.code(text.substring(comma + 1).strip()).isPresent();
    }

    private boolean portBoxOfACommercialDocument(Labels.Label label) {
        return (type == DocumentType.INVOICE || type == DocumentType.PACKING_LIST || type == DocumentType.CONTRACT)
                && (label.field() == Field.PORT_OF_LOADING || label.field() == Field.PORT_OF_DISCHARGE)
                && label.tokens().size() == 1 && label.tokens().get(0).matches("from|to");
    }

    /** a label saying a number follows ("No. of", "Total", "Number of", "Qty"), not the packages' kind alone */
    private static boolean announcesANumber(Labels.Label label) {
        return label.tokens().stream().anyMatch(t -> t.equals("no") || t.equals("number") || t.equals("total")
                || t.equals("qty") || t.equals("quantity") || t.equals("count"));
    }

    /** "1. Seller:" or "(a) Buyer" — a numbering before the label */
    private static boolean enumerationOnly(List<Tokens.Token> tokens, int p, String text) {
        String before = text.substring(0, tokens.get(p).start()).strip();
        return before.matches("^(\\(?\\d{1,2}[.)]?|\\(?[a-z][.)]|box \\d+|\\d{1,2}\\s*[-.])$");
    }

    private void scanSegment(List<TextLine> lines, int lineIndex, int segmentIndex, Set<Integer> skipped) {
        TextLine line = lines.get(lineIndex);
        TextSegment segment = line.segments().get(segmentIndex);
        String segmentText = segment.text();
        List<Hit> hits = hits(segmentText);
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (hit.label().field() == null) {
                continue;
            }
            int valueEnd = h + 1 < hits.size() ? hits.get(h + 1).start() : segmentText.length();
            if (hit.label().field() == Field.PACKAGE_COUNT && !announcesANumber(hit.label())) {
                // "69 PACKAGES", "33 PLTS": the count stands before the word that names the packages (not before
                // "Total No. of Packages", whose count follows it: before it stands what precedes, an HS code)
                Matcher before = COUNT_BEFORE.matcher(segmentText.substring(0, hit.start()));
                if (before.find() && accept(hit.label(), before.group(1) + " " + segmentText.substring(hit.start(), hit.end()),
                        line.page(), subBox(segment, before.start(1), hit.end()), segment.confidence())) {
                    continue;
                }
            }
            if (portBoxOfACommercialDocument(hit.label())) {
                // "From" / "To" heading a box of an invoice's form: the port under it, never a party; or after it,
                // named with its country and no company's legal form ("To: Long Beach, United States")
                String after = segmentText.substring(hit.end());
                if (hit.start() == 0 && after.matches("\\s*:\\s*\\S.*") && !LEGAL_FORM.matcher(after).find()
                        && namesItsCountry(after)) {
                    accept(hit.label(), after, line.page(), subBox(segment, hit.end(), segmentText.length()),
                            confidence(segment, hit.end(), segmentText.length()));
                } else if (hit.start() == 0 && after.replaceAll("[\\s:]", "").isEmpty()) {
                    below(lines, lineIndex, segment, skipped).filter(under -> !LEGAL_FORM.matcher(under.text()).find()
                            && !startsWithLabel(under.text()) && !isKeyValue(under.text())).ifPresent(under ->
                            accept(hit.label(), under.text(), line.page(), under.box(), under.confidence()));
                }
                continue;
            }
            String value = segmentText.substring(hit.end(), valueEnd);
            if (hit.label().tokens().equals(List.of("no")) && (STREET_NUMBER.matcher(value).matches()
                    || hit.start() > 0 && houseNumberAfterStreet(segmentText.substring(0, hit.start()), value))) {
                continue;
            }
            Box box = subBox(segment, hit.end(), valueEnd);
            String own = value;
            TextSegment valueWords = segment;
            if (hit.label().field() == Field.VESSEL && h + 1 == hits.size() && isRoute(value)) {
                Continued route = continued(lines, lineIndex, segment, value);
                value = route.text();
                valueWords = route.words();
            } else if (h + 1 == hits.size()) {
                value = wrappedInCell(lines, lineIndex, segment, hit.label().field(), value);
            }
            // a value is as sure as its own words, not the label's (what OCR withholds as doubtful depends on it),
            // and as the line under it that it goes on with ("Vessel" alone over "BERLIN EXPRESS V.6081S" at 0.22)
            double valueSure = confidence(segment, hit.end(), valueEnd);
            if (!value.equals(own)) {
                double below = continuationBelow(lines, lineIndex, segment).map(TextSegment::confidence)
                        .orElse(valueSure);
                // ... and not as the ship's kind before the name ("Per Conveyance $8." over the name, "$8." at 0.12)
                valueSure = own.isBlank() || hit.label().field() == Field.VESSEL && ValueParsers.shipPrefixOnly(own)
                        ? below : Math.min(valueSure, below);
            }
            boolean found = !value.replaceAll("[\\s:#.\\-=]", "").isEmpty() && !labelsLastWord(value)
                    && accept(hit.label(), value, line.page(), box, valueSure, valueWords);
            if (!found && hit.label().field().kind() == io.customsreview.hub.domain.ValueKind.DATE
                    && valueEnd < segmentText.length()) {
                // "SHIPPED ON BOARD the vessel X, voyage Y, at the port of Z on February 5, 2024": the date comes last
                // as sure as the date's own words: one doubtful word elsewhere in the sentence says nothing of it
                String sentence = segmentText.substring(hit.end());
                double sure = Dates.find(sentence, dayOrder)
                        .map(d -> confidence(segment, hit.end() + d.start(), hit.end() + d.end()))
                        .orElse(segment.confidence());
                found = accept(hit.label(), sentence, line.page(),
                        subBox(segment, hit.end(), segmentText.length()), sure);
            }
            if (found || h + 1 < hits.size() || houseNumber(hit, value)) {
                continue;
            }
            if (PROSE_AFTER_LABEL.matcher(value).lookingAt()) {
                // "to warehouse": the label's word begins words of its own, not a box whose value stands beside it
                continue;
            }
            // nothing after the label in its own segment: the next segment on the line, else the one below
            int beside = besideLabel(line, segmentIndex);
            if (beside < line.segments().size()) {
                TextSegment next = line.segments().get(beside);
                if (!startsWithLabel(next.text()) && !isKeyValue(next.text())
                        && !misreadColumnHeader(lines, lineIndex, segment, next, skipped, hit.label().field())) {
                    Continued route = hit.label().field() == Field.VESSEL && isRoute(next.text())
                            ? continued(lines, lineIndex, next, next.text()) : null;
                    String nextText = route != null ? route.text()
                            : wrappedInCell(lines, lineIndex, next, hit.label().field(), next.text());
                    if (accept(hit.label(), nextText, line.page(), next.box(), next.confidence(),
                            route != null ? route.words() : next)) {
                        continue;
                    }
                }
            }
            boolean party = hit.label().field() != null
                    && hit.label().field().kind() == io.customsreview.hub.domain.ValueKind.PARTY;
            below(lines, lineIndex, segment, skipped).map(under -> party
                    ? wholeInItsBox(lines, under, segment, line) : under).ifPresent(under -> {
                Continued route = hit.label().field() == Field.VESSEL && isRoute(under.text())
                        ? continued(lines, lineOf(lines, under), under, under.text()) : null;
                String underText = route != null ? route.text() : under.text();
                underText = wrappedInCell(lines, lineOf(lines, under), under, hit.label().field(), underText);
                if (!startsWithLabel(underText) && !isKeyValue(underText)) {
                    accept(hit.label(), underText, line.page(), under.box(), under.confidence(),
                            route != null ? route.words() : under);
                }
            });
        }
    }

    /**
     * "Gross W1.:" for "Gross Wt.:" on a scan: a short word closed by a colon after a label is the label's own last
     * word misread, not its value; the value stands beside it
     */
    private boolean labelsLastWord(String value) {
        return text.method() == io.customsreview.hub.domain.ExtractionMethod.OCR
                && value.strip().matches("[\\p{L}\\d]{1,3}\\.?:") && value.strip().matches(".*\\p{L}.*");
    }

    /**
     * The index of the segment beside the label's: past scraps a smudge left between them ("Pkgs: | ss | 164
     * PACKAGES" — a doubted letter or two, no digit), which are no value.
     */
    private static int besideLabel(TextLine line, int labelSegment) {
        int next = labelSegment + 1;
        while (next + 1 < line.segments().size() && smudge(line.segments().get(next))) {
            next++;
        }
        return next;
    }

    private static boolean smudge(TextSegment segment) {
        String text = segment.text().strip();
        return segment.confidence() < 0.5 && text.length() <= 3 && text.chars().noneMatch(Character::isDigit);
    }

    /**
     * "Ataturk Bulvari No: 36": a bare "No." after a street's name numbers a house; nothing to look for beside or
     * under it (the postcode on the next line is no document number).
     */
    private static boolean houseNumber(Hit hit, String value) {
        return hit.start() > 0 && hit.label().tokens().equals(List.of("no"))
                && value.strip().matches("[:.]?\\s*\\d{1,4}[a-zA-Z]?,?");
    }

    /**
     * "Ataturk Bulvari No: 340, 35000 Izmir, Turkey": a bare "No." after a street's name, a house number and the rest
     * of the address after a comma; its "No." labels nothing (340 had been taken for an invoice's number)
     */
    private static final Pattern HOUSE_NUMBER_BEFORE_PLACE = Pattern.compile("^[:.]?\\s*\\d{1,4}[a-zA-Z]?,\\s+\\S.*");

    private static final Pattern HOUSE_NUMBER = Pattern.compile("^[:.]?\\s*(\\d{1,4}[a-zA-Z]?)\\b.*");

    /** streets and their house numbers ("liman caddesi 160") the document has shown before a place */
    private final Set<String> housesSeen = new java.util.HashSet<>();

    /**
     * Whether a bare "No." after {@code street} gives a house number: the rest of the address after it
     * ({@link #HOUSE_NUMBER_BEFORE_PLACE}), a number alone after a street's name ({@link #STREET_NAME}), or the same
     * street and number the document showed so before ("Liman Caddesi No: 160" alone on a party's address line,
     * below the letterhead's "Liman Caddesi No: 160, 34000 Istanbul": 160 had been taken for the invoice's number,
     * its own label misread)
     */
    private boolean houseNumberAfterStreet(String street, String value) {
        Matcher number = HOUSE_NUMBER.matcher(value);
        String house = number.matches()
                ? street.strip().toLowerCase(java.util.Locale.ROOT) + " " + number.group(1) : null;
        if (HOUSE_NUMBER_BEFORE_PLACE.matcher(value).matches()
                || house != null && STREET_NAME.matcher(street).matches() && number.group(0).strip()
                .matches("[:.]?\\s*\\d{1,4}[a-zA-Z]?")) {
            housesSeen.add(house);
            return true;
        }
        return house != null && housesSeen.contains(house);
    }

    /** a street's name, by the word that names it so ("Liman Caddesi", "Ataturk Bulvari", "Harbour Road") */
    private static final Pattern STREET_NAME = Pattern.compile("(?i).*\\p{L}\\s+(street|st|road|rd|avenue|ave|"
            + "boulevard|blvd|lane|drive|caddesi|cad|cd|sokak|sokagi|sok|sk|bulvari|blv|strasse|straße|str|weg|allee|"
            + "jalan|jl|marg)\\.?\\s*$");

    /**
     * "No. 303 Xianggang Middle Road" (or "No, 218 ...", its point read as a comma): an address line opening with its
     * number, the street's words after it (not "No. 4711 dated ..."); its "No." labels nothing, and the line below it
     * (the postcode's) is no value of it
     */
    private static final Pattern STREET_NUMBER = Pattern.compile(
            "^[:.,]?\\s*\\d{1,4}[a-zA-Z]?,?\\s+(?!(?i:dated|date|of|from|issued|d[dt]\\b))\\p{Lu}\\p{L}+(\\s+\\p{L}[\\p{L}.'-]*)+.*");

    /**
     * A box's value that wraps onto the next line of the box: a vessel name with its voyage ("CMA CGM ANTOINE DE
     * SAINT" / "EXUPERY V.784E"), a party name cut at "&" ("Redwood GmbH &" / "Co. KG").
     */
    private String wrappedInCell(List<TextLine> lines, int lineIndex, TextSegment value, Field field, String text) {
        if (lineIndex < 0 || (field != Field.VESSEL && field != Field.SELLER && field != Field.BUYER)) {
            return text;
        }
        Optional<TextSegment> next = continuationBelow(lines, lineIndex, value);
        if (next.isEmpty() || isKeyValue(next.get().text())
                || hits(next.get().text()).stream().anyMatch(h -> h.start() == 0)) {
            return text;
        }
        String tail = next.get().text().strip();
        boolean vesselTail = field == Field.VESSEL && !text.matches("(?i).*\\b(v\\.|voy|voyage)\\s*\\S+$")
                && tail.matches("[A-Z0-9 .'/\\-]+") && tail.split("\\s+").length <= 4;
        // "Golden Bridge Global Sourcing Joint Stock" / "Company": a name cut at "&" or before its legal form
        boolean partyTail = field != Field.VESSEL && (text.strip().matches(".*(&|\\band)$")
                || io.customsreview.hub.llm.PartyNames.onlyLegalForms(tail) || legalFormCompletedBy(text, tail));
        if (field == Field.VESSEL && text.strip().endsWith("/") && tail.matches(VOYAGE_ALONE)) {
            return text + " " + tail; // "HAMBURG EXPRESS /" / "888w": the voyage under the name after its slash
        }
        if (vesselTail && tail.endsWith("/")) {
            // "CMA CGM ANTOINE DE" / "SAINT EXUPERY /" / "2521W": the voyage on the box's third line
            Optional<TextSegment> voyage = continuationBelow(lines, lineIndex + 1, next.get());
            if (voyage.isPresent() && voyage.get().text().strip().matches(VOYAGE_ALONE)) {
                return text + " " + tail + " " + voyage.get().text().strip();
            }
        }
        return vesselTail || partyTail ? text + " " + tail : text;
    }

    /** a voyage alone on a line: "2521W", "V.784E", "Voy. 012E" */
    private static final String VOYAGE_ALONE = "(?i)(?:v\\.?|voy\\.?)?\\s*[A-Z0-9\\-]*\\d[A-Z0-9\\-]*";

    /** "Alpine Distribution Sp. z" / "o.o.": the line below ends the legal form the name's last words began */
    private static boolean legalFormCompletedBy(String text, String tail) {
        String[] words = text.strip().split("\\s+");
        for (int k = 1; k <= Math.min(3, words.length - 1); k++) {
            String begun = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length));
            if (!io.customsreview.hub.llm.PartyNames.onlyLegalForms(begun)
                    && io.customsreview.hub.llm.PartyNames.onlyLegalForms(begun + " " + tail)) {
                return true;
            }
        }
        return false;
    }

    /** a word of three small letters or more straight after a label: the label's word is prose, not a box's label */
    private static final Pattern PROSE_AFTER_LABEL = Pattern.compile("\\s+\\p{Ll}{3,}");

    /** a route's next line: "TO GDANSK PER CMA CGM" goes on with the route, though "to" labels a port elsewhere */
    private static final Pattern ROUTE_GOES_ON = Pattern.compile("(?i)\\s*(?:to|per|via)\\s+\\p{L}");

    private static boolean isRoute(String text) {
        return ValueParsers.routeSpaced(text).strip()
                .matches("(?i)^[:\\s]*(by (sea|air|ocean|vessel|truck|rail)|from)\\b.*");
    }

    /**
     * a route and the words it was read from, over all its lines: each part as sure as its own words ("SINGAPORE PER
     * MAERSK ESSEN" at 0.92 over "V.28758" at 0.22: the voyage is as doubtful as its line, not as the route's first)
     */
    private record Continued(String text, TextSegment words) {
    }

    /**
     * A route written in a box or after its label runs over several lines ("BY SEA FROM GENOA TO" / "ROTTERDAM PER
     * ONE MINATO" / "V.370S"): the lines under it are read with it; its ports are read from it too.
     */
    private Continued continued(List<TextLine> lines, int lineIndex, TextSegment segment, String text) {
        StringBuilder route = new StringBuilder(ValueParsers.routeSpaced(text));
        List<Word> words = new ArrayList<>(segment.words());
        TextSegment current = segment;
        int index = lineIndex;
        for (int n = 0; n < 3 && index >= 0; n++) {
            Optional<TextSegment> next = continuationBelow(lines, index, current);
            if (next.isEmpty() || isKeyValue(next.get().text())
                    || hits(next.get().text()).stream().anyMatch(x -> x.start() == 0)
                    && !ROUTE_GOES_ON.matcher(next.get().text()).lookingAt()) {
                break;
            }
            route.append(' ').append(next.get().text());
            words.addAll(next.get().words());
            current = next.get();
            index++;
        }
        Matcher ports = FROM_TO.matcher(capitalIReadSmallInRoute(route.toString()));
        TextLine line = lines.get(Math.max(0, lineIndex));
        if (ports.find()) {
            ValueParsers.place(ports.group(1)).ifPresent(p -> add(Field.PORT_OF_LOADING, p, ports.group(), line.page(),
                    segment.box(), confidenceOf(segment, text, ports.start(1), ports.end(1)), 6));
            ValueParsers.place(ports.group(2)).ifPresent(p -> add(Field.PORT_OF_DISCHARGE, p, ports.group(), line.page(),
                    segment.box(), confidenceOf(segment, text, ports.start(2), ports.end(2)), 6));
        }
        return new Continued(route.toString(), new TextSegment(words));
    }

    private static int lineOf(List<TextLine> lines, TextSegment segment) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).segments().contains(segment)) {
                return i;
            }
        }
        return -1;
    }

    /** parties in sentences, where no label opens a line; a "from" must name a company (a legal form) */
    private void proseParty(String s, TextLine line, TextSegment segment) {
        Matcher named = HEREINAFTER.matcher(s);
        while (named.find()) {
            String role = named.group(2).toLowerCase(java.util.Locale.ROOT);
            Field field = role.equals("seller") || role.equals("exporter") || role.equals("vendor") ? Field.SELLER : Field.BUYER;
            String text = named.group(1).replaceFirst("(?i)^.*\\b(?:between|and|by)\\s+(?=(?-i:[A-Z]))", "");
            // offered beside a labelled name too: below it, but the whole name where the labelled one was cut
            double sure = confidenceOf(segment, s, named.start(1), named.end(1));
            ValueParsers.party(text).ifPresent(p -> add(field, p, text, line.page(), segment.box(), sure, 3));
        }
        if (!candidates.containsKey(Field.BUYER)) {
            Matcher buyer = PROSE_BUYER.matcher(s);
            if (buyer.find()) {
                ValueParsers.party(buyer.group(1)).ifPresent(p -> add(Field.BUYER, p, buyer.group(1), line.page(),
                        segment.box(), confidenceOf(segment, s, buyer.start(1), buyer.end(1)), 3));
            } else {
                // "shipped by X, its address, to Y, its address": a company (its legal form) the goods went to
                Matcher shippedTo = SHIPPED_BY_TO.matcher(s);
                while (shippedTo.find()) {
                    Optional<String> party = ValueParsers.party(shippedTo.group(1));
                    if (party.isPresent() && LEGAL_FORM.matcher(party.get()).find()) {
                        add(Field.BUYER, party.get(), shippedTo.group(1), line.page(), segment.box(),
                                confidenceOf(segment, s, shippedTo.start(1), shippedTo.end(1)), 3);
                        break;
                    }
                }
            }
        }
        if (!candidates.containsKey(Field.SELLER)) {
            Matcher seller = PROSE_SELLER.matcher(s);
            while (seller.find()) {
                Optional<String> party = ValueParsers.party(seller.group(1));
                if (party.isPresent() && LEGAL_FORM.matcher(party.get()).find()) {
                    add(Field.SELLER, party.get(), seller.group(1), line.page(), segment.box(),
                            confidenceOf(segment, s, seller.start(1), seller.end(1)), 3);
                    break;
                }
            }
        }
    }

    /** the segment continuing this one on the next line: same left edge, close below */
    private static Optional<TextSegment> continuationBelow(List<TextLine> lines, int lineIndex, TextSegment segment) {
        if (lineIndex + 1 >= lines.size()) {
            return Optional.empty();
        }
        TextLine line = lines.get(lineIndex);
        TextLine next = lines.get(lineIndex + 1);
        double height = Math.max(1, line.bottom() - line.top());
        if (next.page() != line.page() || next.top() - line.bottom() > height) {
            return Optional.empty();
        }
        // under the segment's start, or indented under its value ("Container No.: A, B" / "C")
        return next.segments().stream().filter(s -> Math.abs(s.x1() - segment.x1()) < 2 * height
                || (s.x1() > segment.x1() && s.x1() < segment.x2())).findFirst();
    }

    /** a line that opens a new entry: "2. Consignee: ...", "(b) ...", "Curr.: CNY" — not the rest of a sentence */
    private boolean startsEntry(String text) {
        if (text.matches("^\\(?(\\d{1,2}|[a-z])[.)]\\s.*")) {
            return true;
        }
        if (isKeyValue(text)) {
            return true;
        }
        // "THE BUYER; ACME ...": a colon read as a semicolon after a label opening the line
        return hits(text).stream().anyMatch(h -> h.start() == 0 && h.end() < text.length()
                && text.substring(h.end()).matches("^\\s*[:;#].*"));
    }

    /** "Curr.: CNY" — another label with its value, not the value of the label before it */
    private static boolean isKeyValue(String text) {
        // "origin. Amount due: ..." is the end of a sentence, not a label
        return text.matches("^[\\p{L}][\\p{L} ./&'()-]{0,30}:(\\s.*|$)") && !text.substring(0, text.indexOf(':')).contains(". ");
    }

    /**
     * A header row of boxes ("From | POD | Place of Delivery") whose middle header OCR misread ("Pop"): the next
     * segment is no value of the label when the row holds another label and both it and the label have a value of
     * their own right below them.
     */
    private boolean misreadColumnHeader(List<TextLine> lines, int lineIndex, TextSegment label, TextSegment next,
                                        Set<Integer> skipped, Field field) {
        boolean otherLabelInRow = lines.get(lineIndex).segments().stream()
                .anyMatch(s -> s != label && s != next && startsWithLabel(s.text()));
        // "Consignor | Mewn" (0.29): a word or two hardly read beside a label may be the next box's label misread
        // beyond recognition, the row's only other label; so may one word beside a party's label, read however surely
        // ("Shipper | Mean" at 0.77, a small heading on a skewed scan): a party's name is seldom one word
        boolean hardlyRead = next.words().size() <= 2 && next.confidence() < 0.5
                || field != null && field.kind() == io.customsreview.hub.domain.ValueKind.PARTY
                && next.words().size() == 1;
        if (!otherLabelInRow && !hardlyRead) {
            return false;
        }
        Optional<TextSegment> underLabel = below(lines, lineIndex, label, skipped);
        if (underLabel.isEmpty() || startsWithLabel(underLabel.get().text()) || isKeyValue(underLabel.get().text())) {
            return false;
        }
        Optional<TextSegment> underNext = below(lines, lineIndex, next, skipped);
        if (underNext.isPresent()) {
            return underLabel.get().x2() < underNext.get().x1();
        }
        // the next box's value shifted by skew or partly read into the header row ("To Rotterdam" over "(NLRTM)"):
        // a segment beside the label's value, under the misread header, is that box's value
        TextSegment value = underLabel.get();
        int valueLine = lineOf(lines, value);
        double rowHeight = Math.max(1, lines.get(lineIndex).bottom() - lines.get(lineIndex).top());
        return valueLine >= 0 && lines.get(valueLine).segments().stream().anyMatch(s -> s != value
                && s.x1() > value.x2() && s.x1() < next.x2() + rowHeight && s.x2() > next.x1());
    }

    /** The segment right under a label (boxed forms), within two lines. */
    private Optional<TextSegment> below(List<TextLine> lines, int lineIndex, TextSegment label, Set<Integer> skipped) {
        TextLine line = lines.get(lineIndex);
        double lineHeight = Math.max(1, line.bottom() - line.top());
        for (int k = lineIndex + 1; k < Math.min(lines.size(), lineIndex + 3); k++) {
            TextLine next = lines.get(k);
            if (skipped.contains(k) || next.page() != line.page() || next.top() - line.bottom() > 3 * lineHeight) {
                return Optional.empty();
            }
            for (TextSegment candidate : next.segments()) {
                double overlap = Math.min(candidate.x2(), label.x2()) - Math.max(candidate.x1(), label.x1());
                boolean startsNear = Math.abs(candidate.x1() - label.x1()) < 3 * lineHeight;
                if (overlap > 0 && (startsNear || overlap > 0.5 * (label.x2() - label.x1())
                        || endsUnderLabel(candidate, label, line, lineHeight))) {
                    return Optional.of(startsNear ? beforeNextLabel(candidate, next, label, line, lineHeight)
                            : underLabel(candidate, label, line, lineHeight));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Meridian Global | Sourcing Anonim Sirketi" under "Shipper", beside "Consignee": on a scan a wide gap may part a
     * name's words into segments; the segments after the one under the label, up to the next box's label on the
     * label's line, are the rest of its value
     */
    private TextSegment wholeInItsBox(List<TextLine> lines, TextSegment under, TextSegment label, TextLine labelLine) {
        int underLine = lineOf(lines, under);
        Optional<TextSegment> nextLabel = labelLine.segments().stream().filter(s -> s.x1() > label.x2())
                .min(java.util.Comparator.comparingDouble(TextSegment::x1));
        if (text.method() != io.customsreview.hub.domain.ExtractionMethod.OCR || underLine < 0 || nextLabel.isEmpty()) {
            return under;
        }
        List<TextSegment> segments = lines.get(underLine).segments();
        List<Word> words = new ArrayList<>(under.words());
        for (int k = segments.indexOf(under) + 1; k < segments.size()
                && segments.get(k).x2() < nextLabel.get().x1(); k++) {
            words.addAll(segments.get(k).words());
        }
        return words.size() == under.words().size() ? under : new TextSegment(words);
    }

    /** a text opening with a label — but "SAY SIXTEEN (16) PALLETS ONLY" is the value of an "in words" label */
    private boolean startsWithLabel(String text) {
        // "- Discharge Port": a dash or bar before a label (a rule's remains on a scan) does not make it a value
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int first = start;
        return hits(text).stream().anyMatch(x -> x.start() <= first
                && !(x.label().field() == null && x.label().tokens().equals(List.of("say"))))
                || startsWithRunTogetherLabel(text);
    }

    /**
     * "Portof Discharge": a label of several words whose spaces OCR lost is still the next box's label, not the
     * value of the label before it (only labels of 8 letters or more, which no value starts with).
     */
    private boolean startsWithRunTogetherLabel(String text) {
        String squeezed = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        if (SQUEEZED_LABELS.computeIfAbsent(type, FieldExtractor::squeezedLabels).stream()
                .anyMatch(squeezed::startsWith)) {
            return true;
        }
        // "Consig nee": a one-word label of 8 letters or more that OCR split in two is the next box's label too
        String firstWord = text.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return firstWord.length() >= 3 && LONG_ONE_WORD_LABELS.computeIfAbsent(type, FieldExtractor::longOneWordLabels)
                .stream().anyMatch(word -> word.length() > firstWord.length() && word.startsWith(firstWord)
                        && squeezed.startsWith(word));
    }

    /** per document type, the letters of its labels of several words and 8 letters or more, spaces taken out */
    private static final Map<DocumentType, List<String>> SQUEEZED_LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    /** per document type, its one-word labels of 8 letters or more ("consignee") */
    private static final Map<DocumentType, List<String>> LONG_ONE_WORD_LABELS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> longOneWordLabels(DocumentType type) {
        return Labels.of(type).stream().filter(l -> l.tokens().size() == 1 && l.tokens().get(0).length() >= 8)
                .map(l -> l.tokens().get(0)).distinct().toList();
    }

    private static List<String> squeezedLabels(DocumentType type) {
        return Labels.of(type).stream().filter(l -> l.tokens().size() >= 2)
                .map(l -> String.join("", l.tokens()).replaceAll("[^a-z]", ""))
                .filter(letters -> letters.length() >= 8).distinct().toList();
    }

    /**
     * The same from this box's side, on a scan: "CMA CGM JACQUES SAADE V.2543W BUSAN" under "Per Conveyance S.S."
     * and "Loading Port" — the words from under the next label on are that box's value, where no other segment of
     * the line stands under that label. Digital text keeps a box's value apart: left as it is.
     */
    private TextSegment beforeNextLabel(TextSegment candidate, TextLine candidateLine, TextSegment label,
                                        TextLine labelLine, double lineHeight) {
        if (text.method() != io.customsreview.hub.domain.ExtractionMethod.OCR) {
            return candidate;
        }
        Optional<TextSegment> nextLabel = labelLine.segments().stream()
                .filter(s -> s != label && s.x1() > label.x2() && s.x1() < candidate.x2())
                .min(java.util.Comparator.comparingDouble(TextSegment::x1));
        if (nextLabel.isEmpty() || candidateLine.segments().stream().anyMatch(s -> s != candidate
                && s.x1() > candidate.x2() && s.x1() < nextLabel.get().x2())) {
            return candidate;
        }
        List<Word> before = candidate.words().stream()
                .filter(w -> w.box().x1() < nextLabel.get().x1() - lineHeight / 2).toList();
        return before.isEmpty() || before.size() == candidate.words().size() ? candidate : new TextSegment(before);
    }

    /**
     * "CIF GDANSK (INCOTERMS(R) 2020 China" under "Delivery Terms" and "Country of Origin", on a scan: the box's value
     * a short word at the end of a segment that starts under another label of the line — too little of the label
     * covered to count as under it, yet its own words stand there
     */
    private boolean endsUnderLabel(TextSegment candidate, TextSegment label, TextLine labelLine, double lineHeight) {
        return text.method() == io.customsreview.hub.domain.ExtractionMethod.OCR
                && otherLabelOverStart(candidate, label, labelLine)
                && candidate.words().stream().anyMatch(w -> w.box().x1() >= label.x1() - lineHeight);
    }

    /** another segment of the label's line ends over the candidate's start, before the label */
    private static boolean otherLabelOverStart(TextSegment candidate, TextSegment label, TextLine labelLine) {
        return labelLine.segments().stream().anyMatch(s -> s != label && s.x2() < label.x1()
                && s.x2() > candidate.x1());
    }

    /**
     * Two boxes' values read as one segment (on a scan the rule between them is gone and the gap small): "CIF
     * HAMBURG (INCOTERMS(R) 2020) YANTIAN, SHENZHEN" under "Incoterms" and "Port of Loading". Where another label
     * of the label's line stands over the segment's start, only the words from under this label on are its value.
     */
    private static TextSegment underLabel(TextSegment candidate, TextSegment label, TextLine labelLine,
                                          double lineHeight) {
        if (!otherLabelOverStart(candidate, label, labelLine)) {
            return candidate;
        }
        List<Word> under = candidate.words().stream().filter(w -> w.box().x1() >= label.x1() - lineHeight).toList();
        return under.isEmpty() || under.size() == candidate.words().size() ? candidate : new TextSegment(under);
    }

    /**
     * The least sure word of a value found at [from, to) of {@code text}: where the text is the segment's own, only
     * the value's words count (one doubtful word elsewhere in a sentence says nothing of the value); where the text
     * reaches over further lines, the segment's least sure word within its part, or the whole segment's.
     */
    private static double confidenceOf(TextSegment segment, String text, int from, int to) {
        String own = segment.text();
        if (text.startsWith(own) && to <= own.length()) {
            return confidence(segment, from, to);
        }
        return segment.confidence();
    }

    /**
     * how sure the words of {@code part} of a value are, where the value's segment {@code from} (or null) shows it;
     * else {@code whole}, the value's
     */
    private static double partConfidence(TextSegment from, String part, double whole) {
        int at = from == null ? -1 : from.text().indexOf(part);
        return at < 0 ? whole : confidence(from, at, at + part.length());
    }

    /** the least sure word within characters [from, to) of the segment */
    private static double confidence(TextSegment segment, int from, int to) {
        double least = 1.0;
        boolean any = false;
        int position = 0;
        for (Word w : segment.words()) {
            int start = position;
            int end = position + w.text().length();
            if (end > from && start < to) {
                least = Math.min(least, w.confidence());
                any = true;
            }
            position = end + 1;
        }
        return any ? least : segment.confidence();
    }

    private static Box subBox(TextSegment segment, int from, int to) {
        Box box = null;
        int position = 0;
        for (Word w : segment.words()) {
            int start = position;
            int end = position + w.text().length();
            if (end > from && start < to) {
                box = box == null ? w.box() : box.union(w.box());
            }
            position = end + 1;
        }
        return box == null ? segment.box() : box;
    }

    /** Parses the text after a label as the label's field; true when it gave a value. */
    private boolean accept(Labels.Label label, String raw, int page, Box box, double confidence) {
        return accept(label, raw, page, box, confidence, null);
    }

    /** @param from the segment the value is read from, where it is one segment's text (or a start of it); or null */
    private boolean accept(Labels.Label label, String raw, int page, Box box, double confidence, TextSegment from) {
        Field field = label.field();
        // a longer label is the surer one, but "the" makes no label surer ("THE SELLER:" at a contract's foot)
        int priority = label.priority() * 10 + label.tokens().size()
                - (label.tokens().get(0).equalsIgnoreCase("the") ? 1 : 0);
        // "B/L No.; HDMU…": OCR often reads the colon after a label as a semicolon
        String value = raw.strip().replaceFirst("^([.\\s]*);", "$1:");
        switch (field.kind()) {
            case REFERENCE -> {
                // a bill of lading number has four digits or more (MAEU788542858, MEDU9131555); "3/3" and "THREE
                // (3)" count the originals, under a "No." whose "of Original B/Ls" went to the next line
                String spacesClosed = text.method() == io.customsreview.hub.domain.ExtractionMethod.OCR
                        ? ValueParsers.dashSpacesClosed(value) : value;
                boolean found = ValueParsers.reference(spacesClosed)
                        .filter(v -> !containerForAnotherReference(field, v))
                        .filter(v -> field != Field.BL_NUMBER || v.chars().filter(Character::isDigit).count() >= 4)
                        .map(v -> add(field, v, raw, page, box, confidence, priority)).orElse(false);
                if (!found && text.method() == io.customsreview.hub.domain.ExtractionMethod.OCR
                        && confidence < UNREAD_WORD && box != null && value.matches("[^:]*\\p{L}[^:]*")) {
                    // read as nothing ("Uspsi atone" at 0.00 for PO5721648): no value, but its box kept aside for
                    // the second look, which takes a reading alone only as another document states it
                    unreadValues.add(new UnreadValue(field, new FieldValue(value, raw.strip(), new Provenance(
                            documentId, page, box, text.method(), 0.0, null))));
                }
                return found;
            }
            case DATE -> {
                Optional<LocalDate> date = Dates.first(value, dayOrder);
                if (date.isEmpty() && text.method() == io.customsreview.hub.domain.ExtractionMethod.OCR) {
                    Optional<Dates.Found> repaired = Dates.lookAlikeRepaired(value, dayOrder);
                    if (repaired.isPresent()) {
                        String note = String.format(java.util.Locale.ROOT, DATE_LOOK_ALIKE_DIGIT,
                                value.substring(repaired.get().start(), repaired.get().end()), repaired.get().date());
                        return add(field, repaired.get().date().toString(), raw, page, box, confidence, priority, note);
                    }
                    Optional<Dates.Found> shorter = Dates.digitMoreRepaired(value);
                    if (shorter.isPresent()) {
                        String note = String.format(java.util.Locale.ROOT, DATE_DIGIT_MORE,
                                value.substring(shorter.get().start(), shorter.get().end()), shorter.get().date());
                        return add(field, shorter.get().date().toString(), raw, page, box, confidence, priority, note);
                    }
                }
                return date.map(d -> add(field, d.toString(), raw, page, box, confidence, priority)).orElse(false);
            }
            case AMOUNT -> {
                Optional<BigDecimal> amount = ValueParsers.amount(value, style);
                if (amount.isEmpty() && text.method() == io.customsreview.hub.domain.ExtractionMethod.OCR) {
                    // no sureness at all: withheld, and taken only where another document states the very amount
                    Optional<BigDecimal> guess = Numbers.withGroupingSpaceReadAsMark(value);
                    return guess.map(g -> add(field, Numbers.amount(g), raw, page, box, 0.0, priority,
                            String.format(java.util.Locale.ROOT, AMOUNT_GROUPING_SPACE_READ_AS_MARK, Numbers.amount(g))))
                            .orElse(false);
                }
                if (amount.isEmpty()) {
                    return false;
                }
                add(field, Numbers.amount(amount.get()), raw, page, box, confidence, priority);
                Currencies.find(value).ifPresent(c -> add(field == Field.INSURED_AMOUNT ? Field.INSURED_CURRENCY
                        : Field.CURRENCY, c, raw, page, box, confidence, priority - 15));
                return true;
            }
            case WEIGHT -> {
                Optional<BigDecimal> kilograms = Units.kilograms(value, style);
                Optional<BigDecimal> markLost = kilograms.isEmpty()
                        && text.method() == io.customsreview.hub.domain.ExtractionMethod.OCR
                        ? Units.kilogramsWithDecimalMarkLost(value, style) : Optional.empty();
                if (markLost.isPresent()) {
                    // no sureness at all: withheld, and taken only where another document states the very weight
                    String digits = Numbers.plain(markLost.get());
                    return add(field, digits, raw, page, box, 0.0, priority,
                            String.format(java.util.Locale.ROOT, WEIGHT_DECIMAL_MARK_LOST, digits));
                }
                return kilograms.map(kg -> add(field, Numbers.plain(kg), raw, page, box, confidence, priority))
                        .orElse(false);
            }
            case QUANTITY -> {
                Optional<ValueParsers.Count> count = ValueParsers.count(value, style);
                if (count.isEmpty() || (field == Field.PACKAGE_COUNT && count.get().count().stripTrailingZeros().scale() > 0)) {
                    return false; // packages are counted in whole numbers: "1175.39" is a weight
                }
                add(field, Numbers.plain(count.get().count()), raw, page, box, confidence, priority);
                String unit = count.get().unit();
                if (unit != null) {
                    if (field == Field.PACKAGE_COUNT && Units.isPackageKind(unit)) {
                        add(Field.PACKAGE_KIND, unit, raw, page, box, confidence, priority);
                    } else if (field == Field.QUANTITY) {
                        add(Field.UNIT, unit, raw, page, box, confidence, priority);
                    }
                }
                return true;
            }
            case CURRENCY -> {
                return Currencies.find(value).map(c -> add(field, c, raw, page, box, confidence, priority)).orElse(false);
            }
            case COUNTRY -> {
                return Countries.code(ValueParsers.firstPart(value, "\\s{2,}")).map(c -> add(field, c, raw, page, box, confidence, priority))
                        .orElse(false);
            }
            case INCOTERM -> {
                return Incoterms.find(value).map(t -> {
                    add(field, t.code(), raw, page, box, confidence, priority);
                    if (t.place() != null) {
                        add(Field.INCOTERM_PLACE, t.place(), raw, page, box, confidence, priority);
                    }
                    return true;
                }).orElse(false);
            }
            case HS_CODE -> {
                return ValueParsers.hsCode(value).map(c -> add(field, c, raw, page, box, confidence, priority))
                        .orElse(false);
            }
            case PARTY -> {
                return ValueParsers.party(value).filter(p -> !specksReadAsAName(p, confidence)
                        && !aRoleMisread(p, confidence < DOUBTFUL_WORD) && !streetAddress(p))
                        .map(p -> add(field, p, raw, page, box, confidence, priority)).orElse(false);
            }
            case PLACE -> {
                return ValueParsers.place(capitalIReadSmall(value)).map(p -> add(field, p, raw, page, box, confidence,
                        priority)).orElse(false);
            }
            default -> {
                if (field == Field.VESSEL) {
                    ValueParsers.VesselVoyage vv = ValueParsers.vessel(value);
                    if (vv.voyage() == null && (label.tokens().contains("voyage") || label.tokens().contains("voy"))) {
                        // "Vessel & Voyage": "CMA CGM ANTOINE DE SAINT EXUPERY 672S", the voyage after the name
                        vv = ValueParsers.voyageLast(vv.vessel());
                    }
                    if (vv.vessel().isEmpty() || !vv.vessel().matches(".*\\p{L}.*")) {
                        return false;
                    }
                    String vessel = ValueParsers.firstPart(vv.vessel(), "\\s{2,}|,").strip();
                    if (vessel.replaceAll("[^\\p{L}]", "").length() < 3) {
                        return false; // "ey": a scrap OCR made of a smudge, no ship's name
                    }
                    // each as sure as its own words: "MARIE MAERSK / 8295S", the voyage's word at 0.00
                    add(field, vessel, raw, page, box, partConfidence(from, vessel, confidence), priority);
                    if (vv.voyage() != null) {
                        add(Field.VOYAGE, vv.voyage(), raw, page, box, partConfidence(from, vv.voyage(), confidence),
                                priority - 1);
                    }
                    return true;
                }
                if (field == Field.DESCRIPTION) {
                    return ValueParsers.description(value).map(t -> add(field, t, raw, page, box, confidence, priority))
                            .orElse(false);
                }
                return ValueParsers.text(value).map(t -> add(field, t, raw, page, box, confidence, priority))
                        .orElse(false);
            }
        }
    }

    private boolean add(Field field, String value, String raw, int page, Box box, double confidence, int priority) {
        String assumption = field.kind() == io.customsreview.hub.domain.ValueKind.DATE && !dayOrderShown
                && Dates.readsBothWays(raw) ? ASSUMED_DAY_ORDER : null;
        return add(field, value, raw, page, box, confidence, priority, assumption);
    }

    /** the value offered with {@code assumption} (or null) saying how it was read */
    private boolean add(Field field, String value, String raw, int page, Box box, double confidence, int priority,
                        String assumption) {
        Provenance source = new Provenance(documentId, page, box, text.method(), confidence, assumption);
        offer(field, new FieldValue(value, raw.strip().replaceFirst("^[.:#=\\-\\s]+", ""), source), priority);
        return true;
    }

    /**
     * "162 Teheran-ro": a house number and a street, no company's legal form — the address line under a name that
     * was not read, no name (nor is "Unit 285", see {@link #PREMISES})
     */
    private static final Pattern STREET_ADDRESS = Pattern.compile(
            "\\d{1,5}[A-Za-z]?,?\\s+\\p{L}[\\p{L}.'\\-]*(\\s+\\p{L}[\\p{L}.'\\-]*)*\\.?");

    /**
     * "Am Sandtorkai 127", "Avenida Paulista 125": a street and then its number, as most of Europe and Latin America
     * write them — a street only where a word says so, as names may end in a number too ("... TRADING 2")
     */
    private static final Pattern STREET_THEN_NUMBER = Pattern.compile(
            "\\p{L}[\\p{L}.'\\-]*(\\s+\\p{L}[\\p{L}.'\\-]*)*,?\\s+\\d{1,5}[A-Za-z]?");
    private static final Pattern STREET_WORD = Pattern.compile("(?i)(\\b(via|viale|rue|avenue|avenida|av|calle|rua|"
            + "road|rd|street|st|lane|boulevard|blvd|caddesi|cad|sokak|jalan|jl|ulica|ul)\\b|\\p{L}*(str|strasse|"
            + "straße|straat|weg|laan|kade|kai|gasse|platz|plein|vej|gatan|gata|veien)\\b)");

    /** "Unit 285", "Room 357": a unit of a building and its number */
    private static final Pattern PREMISES = Pattern.compile(
            "(?i)(unit|room|suite|flat|floor|building|bldg\\.?)\\s+\\d{1,5}[A-Za-z]?");

    private static boolean streetAddress(String name) {
        return (STREET_ADDRESS.matcher(name).matches() || PREMISES.matcher(name).matches()
                || STREET_THEN_NUMBER.matcher(name).matches() && STREET_WORD.matcher(name).find())
                && !LEGAL_FORM.matcher(name).find();
    }

    /** below this, a scanned name of one short word is taken for specks read as letters */
    private static final double SURE_SHORT_NAME = 0.6;

    /**
     * A scanned "name" of a single word of three letters or fewer, read doubtfully ("Bag" at 0.31 where specks stood
     * beside the Exporter label, "Mow" at 0.50 for the next box's "Consignee"): companies are named in more letters
     * than that, and the name is looked for further.
     */
    private boolean specksReadAsAName(String name, double confidence) {
        return text.method() == io.customsreview.hub.domain.ExtractionMethod.OCR && confidence < SURE_SHORT_NAME
                && name.strip().matches("\\p{L}{1,3}\\.?");
    }

    private static final List<String> PARTY_ROLES = List.of("buyer", "buyers", "seller", "sellers", "importer",
            "exporter", "consignee", "consignor", "shipper", "notify", "applicant", "beneficiary", "assured", "insured",
            "manufacturer");

    /**
     * A "name" of one word that is a party's role with a letter or two misread ("Buye" beside "Exporter", "Iniporter"
     * after "Consignee /", "Comugnee" beside "Exporter": three in a role of nine letters or more; one more where the
     * word was doubted, "Bovers" at 0.73), or two roles, one of them misread ("Setier / Exporter" beside "Buyer /
     * imponer"): the next box's label, not a company.
     */
    private static boolean aRoleMisread(String name, boolean doubted) {
        String word = name.strip().toLowerCase(java.util.Locale.ROOT);
        String[] roles = word.split("\\s*/\\s*");
        if (roles.length == 2 && (PARTY_ROLES.contains(roles[0]) || PARTY_ROLES.contains(roles[1]))) {
            // "Setier / Exporter": beside a role read right, one with two letters misread is a role too
            String other = PARTY_ROLES.contains(roles[0]) ? roles[1] : roles[0];
            return other.matches("\\p{L}{4,}") && PARTY_ROLES.stream()
                    .anyMatch(role -> io.customsreview.hub.llm.PartyNames.levenshtein(other, role) <= 2);
        }
        // a letter more where the recogniser doubted the word ("Bovers" at 0.73 for Buyers)
        return word.matches("\\p{L}{4,}") && PARTY_ROLES.stream().anyMatch(role -> !role.equals(word)
                && io.customsreview.hub.llm.PartyNames.levenshtein(word, role)
                <= (role.length() >= 9 ? 3 : role.length() >= 7 ? 2 : 1) + (doubted && role.length() >= 6 ? 1 : 0));
    }

    /**
     * A valid container number (ISO 6346 check digit) under a speck read as "PO" is no contract or invoice number;
     * bills of lading are another matter: carriers number them in the same shape ("MEDU9131555").
     */
    private static boolean containerForAnotherReference(Field field, String value) {
        return (field == Field.CONTRACT_NUMBER || field == Field.INVOICE_NUMBER)
                && io.customsreview.hub.rules.Normalize.validContainerNumber(value);
    }

    /** Container numbers have their own shape; they are read wherever they stand. */
    private void containers() {
        // an MSC bill of lading number ("MEDU9131555") has the shape and check digit of a container number
        Set<String> billsOfLading = new java.util.HashSet<>();
        candidates.getOrDefault(Field.BL_NUMBER, List.of())
                .forEach(c -> billsOfLading.add(DoubtfulValues.compact(c.value().value())));
        List<TextLine> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            for (TextSegment segment : line.segments()) {
                // a list of containers in a box wraps, sometimes inside a number ("TEMU 478919" / "2 (40HC)")
                Optional<TextSegment> below = continuationBelow(lines, i, segment);
                String cell = segment.text() + below.map(s -> " " + s.text()).orElse("");
                Matcher m = ValueParsers.CONTAINER.matcher(cell.toUpperCase(java.util.Locale.ROOT));
                List<int[]> shaped = new ArrayList<>();
                while (m.find()) {
                    shaped.add(new int[] {m.start(), m.end()});
                    String read = m.group(1) + m.group(2) + m.group(3) + (m.group(4) != null ? m.group(4) : "");
                    // one digit too many: on a scan, a stroke read as a digit of its own ("TEMU45821785")
                    String number = m.group(4) == null ? read
                            : text.method() == io.customsreview.hub.domain.ExtractionMethod.OCR
                            && !billsOfLading.contains(read) ? digitReadTwice(read) : null;
                    // "COSU6918985 106": a COSCO bill of lading number ("COSU" and ten digits) read in two words
                    if (number == null || billsOfLading.stream().anyMatch(bl -> bl.length() > read.length()
                            && bl.startsWith(read))) {
                        continue;
                    }
                    boolean known = billsOfLading.contains(number)
                            || candidates.getOrDefault(Field.CONTAINER_NUMBER, List.of()).stream()
                            .anyMatch(c -> c.value().value().equals(number));
                    if (!known) {
                        int belowStart = segment.text().length() + 1;
                        if (below.isPresent() && m.start() >= belowStart) {
                            // wholly in the line under the cell's first ("Cntr No." over the number): as sure as
                            // its own words, where they stand
                            TextSegment under = below.get();
                            add(Field.CONTAINER_NUMBER, number, m.group(), line.page(),
                                    subBox(under, m.start() - belowStart, m.end() - belowStart),
                                    confidence(under, m.start() - belowStart, m.end() - belowStart), 30);
                            continue;
                        }
                        Box box = m.end() <= segment.text().length() ? subBox(segment, m.start(), m.end()) : segment.box();
                        add(Field.CONTAINER_NUMBER, number, m.group(), line.page(), box,
                                confidenceOf(segment, cell, m.start(), m.end()), 30);
                    }
                }
                if (text.method() == io.customsreview.hub.domain.ExtractionMethod.OCR) {
                    garbledContainers(line, segment, cell, shaped, billsOfLading);
                }
            }
        }
    }

    /**
     * an owner code, then seven characters or a few more or fewer that are mostly digits: a container number as a scan
     * may garble it ("MAEUOQ076791" for MAEU0076791, "MRKUS026838" for MRKU9026838)
     */
    private static final Pattern CONTAINER_GARBLED = Pattern.compile(
            "(?<![A-Z0-9])([A-Z]{3}[UJZ])\\s?([0-9A-Z]{6,8})(?![A-Z0-9])");

    /**
     * Container-shaped readings in a cell that are no container number as read, kept aside: each document then
     * lists only the containers it read, and a garbled one is taken only where another document states a number
     * it is near ({@link DoubtfulValues#confirmedAcrossDocuments}), never reported as read.
     */
    private void garbledContainers(TextLine line, TextSegment segment, String cell, List<int[]> shaped,
                                   Set<String> billsOfLading) {
        Matcher g = CONTAINER_GARBLED.matcher(cell.toUpperCase(java.util.Locale.ROOT));
        while (g.find()) {
            int start = g.start();
            int end = g.end();
            String serial = g.group(2);
            String reading = g.group(1) + serial;
            if (shaped.stream().anyMatch(s -> s[0] < end && start < s[1])
                    || serial.chars().filter(Character::isDigit).count() < 5 || serial.matches("\\d{7}")
                    || billsOfLading.stream().anyMatch(bl -> bl.startsWith(reading))
                    || garbledContainers.stream().anyMatch(v -> v.value().equals(reading))) {
                continue;
            }
            boolean inSegment = end <= segment.text().length();
            garbledContainers.add(new FieldValue(reading, g.group(), new Provenance(documentId, line.page(),
                    inSegment ? subBox(segment, start, end) : segment.box(), text.method(),
                    confidenceOf(segment, cell, start, end), DoubtfulValues.NOT_A_CONTAINER_NUMBER)));
        }
    }

    /** container-shaped readings that are no container number as read (scans only) */
    List<FieldValue> garbledContainers() {
        return List.copyOf(garbledContainers);
    }

    /** a value under its label that OCR read as nothing, kept aside with its box for a second look */
    record UnreadValue(Field field, FieldValue value) {
    }

    List<UnreadValue> unreadValues() {
        return List.copyOf(unreadValues);
    }

    /**
     * A container number read with one digit too many, when exactly one digit left out gives a number that passes
     * the check digit; else null. Only where no label made it a bill of lading number: "MEDU51805107" is one, and
     * some digit left out of a number of eight passes a check digit more often than not.
     */
    private static String digitReadTwice(String reading) {
        Set<String> valid = new java.util.HashSet<>();
        for (int i = 4; i < reading.length(); i++) {
            String candidate = reading.substring(0, i) + reading.substring(i + 1);
            if (io.customsreview.hub.rules.Normalize.validContainerNumber(candidate)) {
                valid.add(candidate);
            }
        }
        return valid.size() == 1 ? valid.iterator().next() : null;
    }

    /** "istanbul (Ambarli), Turkey" read on a scan (after its label's colon too): a place's capital I read small */
    private String capitalIReadSmall(String value) {
        // "!stanbul", "|stanbul": the I read as a mark of its shape
        return text.method() == io.customsreview.hub.domain.ExtractionMethod.OCR
                && value.matches("[:\\s]*[i!|]\\p{Ll}{3,}.*") ? value.replaceFirst("[i!|]", "I") : value;
    }

    /** "from istanbul (Ambarli) to Singapore" on a scan: the port's capital I read small (the same length) */
    private String capitalIReadSmallInRoute(String route) {
        return text.method() != io.customsreview.hub.domain.ExtractionMethod.OCR ? route
                : SMALL_I_AFTER_FROM_OR_TO.matcher(route).replaceAll("$1I");
    }

    private static final Pattern SMALL_I_AFTER_FROM_OR_TO =
            Pattern.compile("(?i)(\\b(?:from|to)\\s+)(?-i:i)(?=\\p{Ll}{3})");

    /** Values that prose states without labels. */
    private void fallbacks() {
        for (TextLine line : logical) {
            for (TextSegment segment : line.segments()) {
                String s = segment.text();
                if (!candidates.containsKey(Field.PORT_OF_LOADING) || !candidates.containsKey(Field.PORT_OF_DISCHARGE)) {
                    Matcher m = FROM_TO.matcher(capitalIReadSmallInRoute(s));
                    if (m.find() && ValueParsers.place(m.group(1)).isPresent()) {
                        add(Field.PORT_OF_LOADING, m.group(1).strip(), m.group(), line.page(), segment.box(),
                                confidenceOf(segment, s, m.start(1), m.end(1)), 5);
                        add(Field.PORT_OF_DISCHARGE, m.group(2).strip(), m.group(), line.page(), segment.box(),
                                confidenceOf(segment, s, m.start(2), m.end(2)), 5);
                    }
                }
                Matcher loadedAt = AT_PORT_OF.matcher(s);
                if (!candidates.containsKey(Field.PORT_OF_LOADING) && loadedAt.find()) {
                    add(Field.PORT_OF_LOADING, loadedAt.group(1).strip(), loadedAt.group(), line.page(), segment.box(),
                            confidenceOf(segment, s, loadedAt.start(1), loadedAt.end(1)), 4);
                }
                Matcher carriedTo = TO_PORT_OF.matcher(s);
                if (!candidates.containsKey(Field.PORT_OF_DISCHARGE) && carriedTo.find()) {
                    add(Field.PORT_OF_DISCHARGE, carriedTo.group(1).strip(), carriedTo.group(), line.page(), segment.box(),
                            confidenceOf(segment, s, carriedTo.start(1), carriedTo.end(1)), 4);
                }
                proseParty(s, line, segment);
                if (!candidates.containsKey(Field.INCOTERM) && type != DocumentType.INSURANCE) {
                    // as sure as the words stating the term: a paragraph's doubtful word elsewhere says nothing of it
                    Incoterms.locate(s).ifPresent(stated -> {
                        Incoterms.Term t = stated.term();
                        double sure = confidenceOf(segment, s, stated.start(), stated.end());
                        add(Field.INCOTERM, t.code(), s, line.page(), segment.box(), sure, 5);
                        if (t.place() != null) {
                            add(Field.INCOTERM_PLACE, t.place(), s, line.page(), segment.box(), sure, 5);
                        }
                    });
                }
                if (!candidates.containsKey(Field.TOTAL_AMOUNT)
                        && (type == DocumentType.INVOICE || type == DocumentType.CONTRACT)) {
                    // "SAY EUROS EIGHT THOUSAND THREE HUNDRED AND TWELVE ONLY" under a total whose figures were lost:
                    // the sum in words, below any total in figures
                    AmountInWords.find(s).ifPresent(said -> add(Field.TOTAL_AMOUNT, Numbers.amount(said.amount()),
                            s.substring(said.start(), said.end()), line.page(), segment.box(),
                            confidenceOf(segment, s, said.start(), said.end()), 1));
                }
                if (!candidates.containsKey(Field.ORIGIN_COUNTRY)) {
                    Matcher made = Pattern.compile("(?i)\\b(?:made in|origin:?|originating in|of)\\s+([\\p{L} .',]{2,40}?)\\s+origin\\b"
                                    + "|\\b(?:made|originat(?:e|es|ing)|produced|manufactured|grown) in\\s+([\\p{L} ',]{2,40}?)(?=[.;]|\\s*$)")
                            .matcher(s);
                    if (made.find()) {
                        String name = made.group(1) != null ? made.group(1) : made.group(2);
                        Countries.code(name).ifPresent(c -> add(Field.ORIGIN_COUNTRY, c, made.group(), line.page(),
                                segment.box(), confidenceOf(segment, s, made.start(), made.end()), 5));
                    }
                }
            }
        }
        if (!candidates.containsKey(Field.CURRENCY)) {
            // the currency most amounts are printed in; a code opening or inside a reference ("S/C No.: GHS/2024/963",
            // "Invoice Reference: SHP253812") is the reference's prefix, not a currency
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (TextLine line : text.lines()) {
                Matcher m = CODE_OUTSIDE_REFERENCES.matcher(line.text());
                while (m.find()) {
                    if (Currencies.isUnambiguousCode(m.group())) {
                        counts.merge(m.group(), 1, Integer::sum);
                    }
                }
            }
            counts.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e ->
                    add(Field.CURRENCY, e.getKey(), e.getKey(), 0, null, 0.6, 1));
        }
    }

    private static final Pattern CODE_OUTSIDE_REFERENCES =
            Pattern.compile("(?<![A-Za-z0-9/\\-])[A-Z]{3}(?![A-Za-z]|[/\\-]\\w|\\d{5,}(?!\\d|[.,]\\d))");

    /**
     * A party's name with the other party's after it ("SHANGHAI EVERGREAT ... CO. LTD Vanguard Distribution
     * Corporation"): a name long enough to reach the next box, read by OCR as one segment with that box's; the
     * other party's name is taken off it.
     */
    private static Map<Field, List<FieldValue>> partiesApart(Map<Field, List<FieldValue>> fields) {
        for (Field[] pair : new Field[][]{{Field.SELLER, Field.BUYER}, {Field.BUYER, Field.SELLER}}) {
            List<FieldValue> names = fields.get(pair[0]);
            List<FieldValue> others = fields.get(pair[1]);
            if (names == null || others == null) {
                continue;
            }
            String other = others.get(0).value().strip();
            fields.put(pair[0], names.stream().map(v -> {
                String name = v.value().strip();
                if (name.length() <= other.length() + 3 || !name.endsWith(other)
                        || !Character.isWhitespace(name.charAt(name.length() - other.length() - 1))) {
                    return v;
                }
                return new FieldValue(name.substring(0, name.length() - other.length()).strip(), v.raw(), v.source());
            }).toList());
        }
        return fields;
    }

    private Map<Field, List<FieldValue>> resolve() {
        Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
        for (Map.Entry<Field, List<Candidate>> e : candidates.entrySet()) {
            Field field = e.getKey();
            List<Candidate> list = e.getValue();
            if (field == Field.CONTAINER_NUMBER || field == Field.SEAL_NUMBER) {
                List<FieldValue> all = new ArrayList<>();
                for (Candidate c : list) {
                    if (all.stream().noneMatch(v -> v.value().equals(c.value().value()))) {
                        all.add(c.value());
                    }
                }
                fields.put(field, all);
                continue;
            }
            if (field == Field.DESCRIPTION || field == Field.HS_CODE) {
                // a bill of lading lists each goods item: every value read with the best label counts
                int top = list.stream().mapToInt(Candidate::priority).max().orElse(0);
                List<FieldValue> all = new ArrayList<>();
                for (Candidate c : list) {
                    if (c.priority() == top && all.stream().noneMatch(v -> v.value().equals(c.value().value()))) {
                        all.add(c.value());
                    }
                }
                fields.put(field, all);
                continue;
            }
            Candidate best = null;
            for (Candidate c : list) {
                boolean better = best == null || c.priority() > best.priority()
                        // among equal labels the last total is the grand total; other fields take the first
                        || (c.priority() == best.priority() && field == Field.TOTAL_AMOUNT && c.order() > best.order());
                if (better) {
                    best = c;
                }
            }
            for (Candidate c : list) {
                // the same value stated twice ("Insured Amount" in two boxes): as sure as its surest reading
                if (c.priority() == best.priority() && c.value().value().equals(best.value().value())
                        && c.value().source().confidence() > best.value().source().confidence()) {
                    best = c;
                }
            }
            if (field.kind() == io.customsreview.hub.domain.ValueKind.PARTY) {
                best = wholeNameOf(best, list);
            }
            fields.put(field, List.of(best.value()));
        }
        return fields;
    }

    /** a word of capitals ending in a digit or stroke that stands for half a letter */
    private static final Pattern LETTER_CUT_IN_HALF = Pattern.compile("\\p{Lu}{2}[1|!]$");

    /**
     * A name whose last word breaks off ("... PRIVATE LI", the signature line run past the page's edge) where the
     * document states the same name in full elsewhere ("... PRIVATE LIMITED" in its opening sentence): the whole one.
     */
    private static Candidate wholeNameOf(Candidate best, List<Candidate> list) {
        String cut = best.value().value().strip();
        if (LETTER_CUT_IN_HALF.matcher(cut).find()) {
            // "... HANDELSGESELLSCHAF1": the last letter, cut in half by the edge, read as a digit or a stroke
            cut = cut.substring(0, cut.length() - 1);
        }
        if (!cut.contains(" ") || !Character.isLetter(cut.charAt(cut.length() - 1))) {
            return best;
        }
        // compared letter by letter: "Imp ort & Expc" (0.74), a space read into a word and, read doubtfully, the
        // last letter cut in half read as another
        String letters = lettersOf(cut);
        boolean doubtful = best.value().source() != null && best.value().source().confidence() < DOUBTFUL_WORD;
        int lettersRead = lettersOf(best.value().value()).length();
        for (Candidate c : list) {
            String whole = c.value().value().strip();
            if (lettersOf(whole).length() <= lettersRead) {
                continue; // no fuller name
            }
            if (breaksOffInAWord(whole, letters) || doubtful && breaksOffInAWord(whole,
                    letters.substring(0, letters.length() - 1))) {
                return c;
            }
        }
        return best;
    }

    private static String lettersOf(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** whether {@code whole}'s letters begin with {@code letters} and go on within the word they end in */
    private static boolean breaksOffInAWord(String whole, String letters) {
        int matched = 0;
        int i = 0;
        while (i < whole.length() && matched < letters.length()) {
            char ch = whole.charAt(i++);
            if (Character.isLetterOrDigit(ch)) {
                if (Character.toUpperCase(ch) != letters.charAt(matched)) {
                    return false;
                }
                matched++;
            }
        }
        return matched == letters.length() && letters.length() >= 6 && i < whole.length()
                && Character.isLetter(whole.charAt(i));
    }
}
