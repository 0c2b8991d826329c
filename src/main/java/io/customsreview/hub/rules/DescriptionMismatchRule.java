package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.RuleId;
import io.customsreview.hub.llm.GoodsEvidence;
import io.customsreview.hub.llm.Judgment;
import io.customsreview.hub.llm.SemanticJudge;
import io.customsreview.hub.llm.SizeCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * DESCRIPTION_MISMATCH: two documents describe different goods. The invoice's lines are the reference. Lines of
 * other documents are paired with them by position when both have as many lines, else each with its most similar
 * invoice line. A document-level description (bill of lading, certificate of origin) is often a summary of all
 * lines ("LAPTOP COMPUTERS AND ACCESSORIES"), so it is a finding only when it is different goods from every invoice
 * line and from all of them together. Different wording for the same goods is the judge's call, never a finding.
 */
public final class DescriptionMismatchRule implements Rule {

    private static final double SURE_DIFFERENT = 0.75;
    private static final java.util.regex.Pattern HS_MENTION = java.util.regex.Pattern.compile(
            "(?i)\\b\\p{L}?(?:hs|hts)\\s*(?:code|no\\.?)?[\\s:.]*(?:[\\d.\\s]*\\d|$)");

    @Override
    public RuleId id() {
        return RuleId.DESCRIPTION_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        Optional<Document> invoice = dossier.ofType(DocumentType.INVOICE).stream()
                .filter(d -> !described(d.lines()).isEmpty())
                .findFirst();
        if (invoice.isEmpty()) {
            return List.of(); // nothing to compare with: MISSING_DOCUMENT / MISSING_FIELD say so
        }
        Document reference = invoice.get();
        List<LineItem> referenceLines = described(reference.lines());
        SemanticJudge judge = context.judge();
        java.util.Set<String> descriptions = new java.util.LinkedHashSet<>();
        for (Document document : dossier.readable()) {
            described(document.lines()).forEach(line -> descriptions.add(description(line)));
            document.all(Field.DESCRIPTION).forEach(v -> descriptions.add(v.value()));
        }
        judge.prepare(descriptions);
        List<Finding> findings = new ArrayList<>();
        for (Document document : dossier.readable()) {
            if (document == reference) {
                continue;
            }
            List<LineItem> lines = described(document.lines());
            List<List<LineItem>> thirdDocuments = sameRows(dossier, reference, document, referenceLines.size());
            if (!lines.isEmpty()) {
                findings.addAll(compareLines(reference, referenceLines, document, lines, judge, thirdDocuments));
            }
            List<FieldValue> summaries = document.all(Field.DESCRIPTION).stream()
                    .filter(v -> namesGoods(v.value()) && !wrappedWord(v.value(), referenceLines)).toList();
            // an invoice line whose description was not read may be the very goods a summary names
            boolean allLinesDescribed = referenceLines.size() == reference.lines().size();
            Map<LineItem, List<LineItem>> fuller = fullerRows(referenceLines, thirdDocuments);
            for (FieldValue summary : allLinesDescribed ? summaries : List.<FieldValue>of()) {
                compareSummary(reference, referenceLines, document, summary, summaries, judge, fuller)
                        .ifPresent(findings::add);
            }
            if (summaries.size() > 1 && summaries.size() == referenceLines.size()) {
                // the goods itemised one by one: each invoice line must be among them
                findings.addAll(uncoveredLines(reference, referenceLines, document, summaries, judge, fuller));
            }
        }
        return findings;
    }

    private List<Finding> compareLines(Document reference, List<LineItem> referenceLines, Document document,
                                       List<LineItem> lines, SemanticJudge judge, List<List<LineItem>> thirdDocuments) {
        List<Finding> findings = new ArrayList<>();
        boolean byPosition = lines.size() == referenceLines.size();
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            Match match = byPosition
                    ? new Match(referenceLines.get(i), judge.sameGoods(goods(referenceLines.get(i)), goods(line)))
                    : bestMatch(line, referenceLines, judge);
            if (match.judgment().same()) {
                continue;
            }
            if (byPosition && (sizeMisread(line, referenceLines.get(i), judge)
                    || sizeMisread(referenceLines.get(i), line, judge))) {
                continue;
            }
            if (byPosition && bestMatch(line, referenceLines, judge).judgment().same()) {
                continue; // the same goods listed in another order: not a description mismatch
            }
            if (mayBeUnreadLine(line, document, reference)) {
                continue; // the invoice line for these goods is there, but its description could not be read
            }
            if (partlyRead(line, match.line()) || partlyRead(match.line(), line)) {
                continue;
            }
            if (byPosition && readInFullElsewhere(line, match.line(), i, thirdDocuments, judge)) {
                continue;
            }
            LineItem refLine = match.line();
            String message = String.format("Line %d of %s %s '%s' describes different goods from invoice %s line %d"
                            + " '%s' (%s)", line.number(), document.type(), document.id(), description(line),
                    reference.id(), refLine.number(), description(refLine), match.judgment().reason());
            findings.add(Finding.of(RuleId.DESCRIPTION_MISMATCH, message,
                    List.of(evidence(refLine), evidence(line)),
                    match.judgment().confidence(), match.judgment().decidedBy()));
        }
        return findings;
    }

    /** a summary fires only when it is clearly other goods: different from each line and from all lines together */
    private Optional<Finding> compareSummary(Document reference, List<LineItem> referenceLines, Document document,
                                             FieldValue summary, List<FieldValue> summaries, SemanticJudge judge,
                                             Map<LineItem, List<LineItem>> fuller) {
        List<LineItem> restated = referenceLines.stream().filter(line -> restates(summary.value(), description(line)))
                .toList();
        if (!restated.isEmpty()) {
            // the summary copies invoice lines' words (often in capitals): what it says besides them must be the
            // other lines' goods, unless another of the document's summaries names those ("TO CONTAIN: ... TYRES"
            // and "... COOKWARE SET" on a B/L: the first one's leftover words are no cookware)
            List<LineItem> namedElsewhere = referenceLines.stream().filter(line -> summaries.stream()
                    .anyMatch(other -> other != summary && restates(other.value(), description(line)))).toList();
            return otherGoods(reference, referenceLines.stream().filter(line -> !namedElsewhere.contains(line))
                    .toList(), restated, document, summary, judge);
        }
        String hs = document.all(Field.HS_CODE).size() == 1
                ? document.first(Field.HS_CODE).map(FieldValue::value).orElse(null) : null;
        GoodsEvidence summaryGoods = new GoodsEvidence(summary.value(), hs, null, null);
        Judgment closest = null;
        for (LineItem line : referenceLines) {
            Judgment judgment = judge.sameGoods(summaryGoods, goods(line));
            // a summary lacks the quantities that back up a line's wording: only a sure "different" counts
            if (judgment.same() || judgment.confidence() < SURE_DIFFERENT) {
                return Optional.empty();
            }
            if (Consistency.scanned(summary) && withPrintedSize(summary.value(), description(line))
                    .filter(asPrinted -> judge.sameGoods(new GoodsEvidence(asPrinted, hs, null, null), goods(line))
                            .same()).isPresent()) {
                return Optional.empty(); // "205/56 R16" on a scan for the line's 205/55R16
            }
            if (fuller.getOrDefault(line, List.of()).stream()
                    .anyMatch(row -> notSurelyDifferent(judge.sameGoods(summaryGoods, goods(row))))) {
                return Optional.empty(); // the scan read the line in part; a third document's row says it in full
            }
            closest = closest == null || judgment.confidence() < closest.confidence() ? judgment : closest;
        }
        String joined = referenceLines.stream().map(DescriptionMismatchRule::description)
                .collect(Collectors.joining("; "));
        // the totals and codes of a summary rarely match one line, so only a single-line invoice lends them
        GoodsEvidence allLines = referenceLines.size() == 1 ? goods(referenceLines.get(0))
                : new GoodsEvidence(joined, null, null, null);
        GoodsEvidence summaryAlone = referenceLines.size() == 1
                ? new GoodsEvidence(summary.value(), hs, decimal(document.first(Field.QUANTITY)),
                document.first(Field.UNIT).map(FieldValue::value).orElse(null))
                : new GoodsEvidence(summary.value(), null, null, null);
        Judgment together = judge.sameGoods(summaryAlone, allLines);
        if (together.same()) {
            return Optional.empty();
        }
        Judgment weakest = closest == null || together.confidence() < closest.confidence() ? together : closest;
        String message = String.format("Description '%s' on %s %s describes different goods from invoice %s ('%s')"
                + " (%s)", summary.value(), document.type(), document.id(), reference.id(), joined, together.reason());
        List<Evidence> evidence = new ArrayList<>();
        referenceLines.forEach(line -> evidence.add(evidence(line)));
        evidence.add(Evidence.of(Field.DESCRIPTION, summary));
        return Optional.of(Finding.of(RuleId.DESCRIPTION_MISMATCH, message, evidence, weakest.confidence(),
                weakest.decidedBy()));
    }

    private record Match(LineItem line, Judgment judgment) {
    }

    private static boolean notSurelyDifferent(Judgment judgment) {
        return judgment.same() || judgment.confidence() < SURE_DIFFERENT;
    }

    /** the words of a summary left once the restated lines' words are taken out name the remaining lines' goods */
    private static Optional<Finding> otherGoods(Document reference, List<LineItem> lines, List<LineItem> restated,
                                                Document document, FieldValue summary, SemanticJudge judge) {
        java.util.Set<String> used = new java.util.HashSet<>();
        restated.forEach(line -> used.addAll(words(description(line))));
        // a word is the restated lines' also where it joins theirs by a mark ("205/55R16": 205 and 55r16)
        String rest = java.util.Arrays.stream(summary.value().split("[\\s,;]+"))
                .filter(w -> !used.contains(w.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))
                        && (words(w).isEmpty() || !used.containsAll(words(w))))
                .collect(Collectors.joining(" "));
        // "HS CODE 3926.90.97" (on a scan "LHS CODE ...") names a code, no goods; so does "HS CODE" ending a summary
        // read up to the line its code wrapped onto
        rest = HS_MENTION.matcher(rest).replaceAll(" ").strip();
        GoodsEvidence restGoods = new GoodsEvidence(rest, null, null, null);
        List<LineItem> others = lines.stream().filter(line -> !restated.contains(line)).toList();
        // leftovers of the restated lines' own wording ("KNIT TEE FOR") are no other goods; nor is a rest that may
        // be any of the remaining lines in other words
        if (words(rest).size() < 3 || others.isEmpty()
                || restated.stream().anyMatch(line -> notSurelyDifferent(judge.sameGoods(restGoods, goods(line))))) {
            return Optional.empty();
        }
        Judgment weakest = null;
        for (LineItem line : others) {
            Judgment judgment = judge.sameGoods(restGoods, goods(line));
            if (notSurelyDifferent(judgment)) {
                return Optional.empty();
            }
            weakest = weakest == null || judgment.confidence() < weakest.confidence() ? judgment : weakest;
        }
        LineItem line = others.get(0);
        String message = String.format("Invoice %s line %d '%s' is described as other goods on %s %s: '%s' (%s)",
                reference.id(), line.number(), description(line), document.type(), document.id(), rest,
                weakest.reason());
        return Optional.of(Finding.of(RuleId.DESCRIPTION_MISMATCH, message,
                List.of(evidence(line), Evidence.of(Field.DESCRIPTION, summary)), weakest.confidence(),
                weakest.decidedBy()));
    }

    private static List<Finding> uncoveredLines(Document reference, List<LineItem> referenceLines, Document document,
                                                List<FieldValue> items, SemanticJudge judge,
                                                Map<LineItem, List<LineItem>> fuller) {
        List<Finding> findings = new ArrayList<>();
        for (LineItem line : referenceLines) {
            List<LineItem> readings = new ArrayList<>(List.of(line));
            readings.addAll(fuller.getOrDefault(line, List.of()));
            boolean described = items.stream().anyMatch(item -> readings.stream().anyMatch(reading ->
                    restates(item.value(), description(reading)) || notSurelyDifferent(
                            judge.sameGoods(new GoodsEvidence(item.value(), null, null, null), goods(reading)))));
            if (!described) {
                String message = String.format("Invoice %s line %d '%s' is not among the goods %s %s describes: %s",
                        reference.id(), line.number(), description(line), document.type(), document.id(),
                        items.stream().map(FieldValue::value).collect(Collectors.joining("; ")));
                List<Evidence> evidence = new ArrayList<>();
                evidence.add(evidence(line));
                items.forEach(item -> evidence.add(Evidence.of(Field.DESCRIPTION, item)));
                findings.add(Finding.of(RuleId.DESCRIPTION_MISMATCH, message, evidence, 0.8,
                        io.customsreview.hub.domain.DecidedBy.EMBEDDING));
            }
        }
        return findings;
    }

    /** most of the line's words stand in the summary: it names those goods, whatever else it lists */
    private static boolean restates(String summary, String line) {
        java.util.Set<String> summaryWords = words(summary);
        java.util.Set<String> lineWords = words(line);
        if (lineWords.isEmpty()) {
            return false;
        }
        long found = lineWords.stream().filter(summaryWords::contains).count();
        return found >= 0.6 * lineWords.size();
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !w.matches("and|for|with|the|pcs|set|sets")) {
                words.add(w);
            }
        }
        return words;
    }

    /** the reference line judged most surely the same goods (or, failing any, least surely different) */
    private static Match bestMatch(LineItem line, List<LineItem> referenceLines, SemanticJudge judge) {
        Match best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (LineItem candidate : referenceLines) {
            Judgment judgment = judge.sameGoods(goods(candidate), goods(line));
            double score = judgment.same() ? judgment.confidence() : -judgment.confidence();
            if (score > bestScore) {
                bestScore = score;
                best = new Match(candidate, judgment);
            }
        }
        return best;
    }

    /**
     * Whether {@code line} may be the goods of an invoice line whose description was not read (withheld as doubtful
     * on a scan): that line stands at the same position in lists of the same length, or carries the same HS
     * subheading. Such a line cannot be told to describe other goods.
     */
    private static boolean mayBeUnreadLine(LineItem line, Document document, Document reference) {
        List<LineItem> all = reference.lines();
        int position = document.lines().indexOf(line);
        for (int i = 0; i < all.size(); i++) {
            LineItem unread = all.get(i);
            if (described(unread)) {
                continue;
            }
            if (document.lines().size() == all.size() && position == i) {
                return true;
            }
            Optional<String> code = subheading(unread);
            if (code.isPresent() && code.equals(subheading(line))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The described lines of the dossier's other documents that list as many goods as the reference, row for row:
     * a third document's row says in full what a scan of the same row read in part.
     */
    private static List<List<LineItem>> sameRows(Dossier dossier, Document reference, Document document, int rows) {
        return dossier.readable().stream().filter(d -> d != reference && d != document)
                .map(d -> described(d.lines())).filter(l -> l.size() == rows).toList();
    }

    /**
     * For each reference line read in part on a scan, the third documents' rows at its position that say it in full
     * (every word the scan read is in them).
     */
    private static Map<LineItem, List<LineItem>> fullerRows(List<LineItem> referenceLines,
                                                           List<List<LineItem>> thirdDocuments) {
        Map<LineItem, List<LineItem>> fuller = new java.util.HashMap<>();
        for (int row = 0; row < referenceLines.size(); row++) {
            LineItem line = referenceLines.get(row);
            for (List<LineItem> third : thirdDocuments) {
                if (partlyRead(line, third.get(row))) {
                    fuller.computeIfAbsent(line, l -> new ArrayList<>()).add(third.get(row));
                }
            }
        }
        return fuller;
    }

    /**
     * Two rows of the same position judged different where one of them is a scan that lost words ("beans, Arabica,
     * not roasted" for "Green coffee beans, Arabica, not roasted") and a third document's row at that position says
     * in full what it read in part: that fuller wording is judged against the other row.
     */
    private static boolean readInFullElsewhere(LineItem line, LineItem referenceLine, int row,
                                               List<List<LineItem>> thirdDocuments, SemanticJudge judge) {
        for (List<LineItem> third : thirdDocuments) {
            LineItem fuller = third.get(row);
            if ((partlyRead(referenceLine, fuller) && judge.sameGoods(goods(fuller), goods(line)).same())
                    || (partlyRead(line, fuller) && judge.sameGoods(goods(fuller), goods(referenceLine)).same())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A description read from a scan that lost words (a first word in a smudge, the end of a wrapped cell) and
     * gained scraps ("ae"): every word of three letters or more of it (numbers aside: "2125" for "21/25") is in the
     * other line's description, at least two of them. It says nothing the other does not.
     */
    private static boolean partlyRead(LineItem scannedLine, LineItem other) {
        Optional<FieldValue> scanned = scannedLine.get(LineField.DESCRIPTION).filter(Consistency::scanned);
        Optional<FieldValue> full = other.get(LineField.DESCRIPTION);
        if (scanned.isEmpty() || full.isEmpty()) {
            return false;
        }
        if (compact(description(scannedLine)).equals(compact(description(other)))) {
            return true; // "Cottonknittee shirtsformen": the spaces between words lost, the words all there
        }
        java.util.Set<String> read = words(description(scannedLine));
        read.removeIf(w -> !w.matches(".*\\p{L}.*")); // "2125" for "21/25"
        java.util.Set<String> printed = words(description(other));
        // a word misread by a letter ("animais", "shelll", "DOR4") is still the printed word; a word of three letters
        // too ("over-eal") beside two read exactly
        long exact = read.stream().filter(printed::contains).count();
        return read.size() >= 2 && read.stream().allMatch(w -> printed.contains(w)
                || (w.length() >= 4 || w.length() == 3 && exact >= 2)
                && printed.stream().anyMatch(p -> io.customsreview.hub.llm.PartyNames.levenshtein(w, p) == 1));
    }

    private static String compact(String description) {
        return Normalize.words(description).replace(" ", "");
    }

    private static Optional<String> subheading(LineItem line) {
        return line.get(LineField.HS_CODE).map(v -> Normalize.hsCode(v.value()))
                .filter(digits -> digits.length() >= 6).map(digits -> digits.substring(0, 6));
    }

    private static List<LineItem> described(List<LineItem> lines) {
        return lines.stream().filter(DescriptionMismatchRule::described).toList();
    }

    /**
     * whether the line has a description to compare — not a row of words alone on a scan, without one figure in it
     * or beside it: the footer's prose ("We certify that the goods...") read as a row under the table, or a row whose
     * cells were all lost, cannot be told to be these goods or others
     */
    private static boolean described(LineItem line) {
        return line.get(LineField.DESCRIPTION).map(v -> !v.value().isBlank() && !(Consistency.scanned(v)
                && line.values().size() == 1 && v.value().chars().noneMatch(Character::isDigit))).orElse(false);
    }

    /** packages counted and the carrier's clause, which a B/L's goods box holds besides the goods */
    private static final java.util.regex.Pattern PACKAGES_AND_CLAUSE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:\\d[\\d.,]*|cartons?|ctns?|packages?|pkgs?|pallets?|plts?|cases?|bales?|drums?|rolls?|crates?"
                    + "|shipper'?s|load|stow|count|and|seal|said|to|contain|stc)\\b|[^\\p{L}\\d]+");

    /**
     * whether a summary names goods at all: "CARTONS SAID", left of "159 CARTONS|SHIPPER'S LOAD, STOW AND COUNT, SAID
     * TO" / "CONTAIN:" on a degraded B/L, names packages only
     */
    private static boolean namesGoods(String summary) {
        return !summary.isBlank() && !PACKAGES_AND_CLAUSE.matcher(summary).replaceAll("").isBlank()
                && !CODE_ALONE.matcher(summary).matches();
    }

    /**
     * whether a summary is one word of an invoice line's description (four letters or more), perhaps read apart by a
     * scan ("VEH ICLES"): the last word of a description wrapped onto a line of its own, no goods of its own
     */
    private static boolean wrappedWord(String summary, List<LineItem> referenceLines) {
        String letters = summary.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
        return letters.length() >= 4 && summary.strip().split("\\s+").length <= 3
                && summary.replaceAll("[\\p{L}\\s.,;]", "").isEmpty()
                && referenceLines.stream().anyMatch(line -> words(description(line)).contains(letters));
    }

    /** a commodity code alone, with or without its label: "HS CODE 0306.17", its "HS" lost on a scan "CODE 0306.17" */
    private static final java.util.regex.Pattern CODE_ALONE = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:\\p{L}?(?:hs|hts)\\s*)?(?:code|no\\.?)?[\\s:.]*\\d[\\d.\\s]*");

    private static final java.util.regex.Pattern SIZE =
            java.util.regex.Pattern.compile("(?<![\\d.,])(\\d+)\\s*[xX\u00D7]\\s*(\\d+)(?![\\d.,])");

    /** a capacity, weight, length or power with its unit ("30 litre", "30 L", "65W"): its number */
    private static final java.util.regex.Pattern MEASURE = java.util.regex.Pattern.compile(
            "(?i)(?<![\\d.,])(\\d+)(?=\\s*(?:l|ltr|litres?|liters?|ml|mm|cm|m|kg|g|w|v|gb|tb|inch(?:es)?)\\b)");

    /**
     * A scanned line's size read with a look-alike digit or a speck's digit more ("706x149" for 70x140, "360 litre"
     * for 30 L): the same goods as the other line's where, read with the other's size, the judge finds them so
     */
    private static boolean sizeMisread(LineItem scannedLine, LineItem other, SemanticJudge judge) {
        if (scannedLine.get(LineField.DESCRIPTION).filter(Consistency::scanned).isEmpty()) {
            return false;
        }
        GoodsEvidence goods = goods(scannedLine);
        return withPrintedSize(description(scannedLine), description(other))
                .map(asPrinted -> judge.sameGoods(new GoodsEvidence(asPrinted, goods.hsCode(), goods.quantity(),
                        goods.unit()), goods(other)).same()).orElse(false);
    }

    /**
     * The scanned description with its size written as the other writes it, where the two sizes read alike ("205/56
     * R16" for 205/55R16, "706x149" for 70x140, "360 litre" for 30 L); empty where they do not, or are the same
     */
    private static java.util.Optional<String> withPrintedSize(String scanned, String other) {
        java.util.Optional<SizeCode> codeRead = SizeCode.in(scanned);
        java.util.Optional<SizeCode> codePrinted = SizeCode.in(other);
        if (codeRead.isPresent() && codePrinted.isPresent()) {
            for (int i = 0; i < codeRead.get().numbers().size(); i++) {
                if (!readAlike(codeRead.get().numbers().get(i), codePrinted.get().numbers().get(i))) {
                    return java.util.Optional.empty();
                }
            }
            return java.util.Optional.of(scanned.substring(0, codeRead.get().start())
                    + other.substring(codePrinted.get().start(), codePrinted.get().end())
                    + scanned.substring(codeRead.get().end()));
        }
        java.util.regex.Matcher read = SIZE.matcher(scanned);
        java.util.regex.Matcher printed = SIZE.matcher(other);
        if (read.find() && printed.find()) {
            if (read.group().equals(printed.group()) || !readAlike(read.group(1), printed.group(1))
                    || !readAlike(read.group(2), printed.group(2))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(scanned.substring(0, read.start()) + printed.group()
                    + scanned.substring(read.end()));
        }
        // one measure each, its unit written either way ("30 litre", "30 L")
        List<java.util.regex.MatchResult> reads = MEASURE.matcher(scanned).results().toList();
        List<java.util.regex.MatchResult> prints = MEASURE.matcher(other).results().toList();
        if (reads.size() != 1 || prints.size() != 1 || reads.get(0).group().equals(prints.get(0).group())
                || !readAlike(reads.get(0).group(1), prints.get(0).group(1))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(scanned.substring(0, reads.get(0).start()) + prints.get(0).group(1)
                + scanned.substring(reads.get(0).end()));
    }

    /** the same digits, one look-alike apart, or one more read among them */
    private static boolean readAlike(String read, String printed) {
        return read.equals(printed) || Normalize.oneLookAlikeDigitApart(read, printed)
                || Normalize.oneCharacterMore(read, printed);
    }

    private static GoodsEvidence goods(LineItem line) {
        return new GoodsEvidence(description(line),
                line.get(LineField.HS_CODE).map(FieldValue::value).orElse(null),
                decimal(line.get(LineField.QUANTITY)),
                line.get(LineField.UNIT).map(FieldValue::value).orElse(null));
    }

    private static String description(LineItem line) {
        return line.get(LineField.DESCRIPTION)
                .map(v -> Consistency.scanned(v) ? withoutNeighbouringCells(v.value(), line.number()) : v.value())
                .orElse("");
    }

    /**
     * "1 8473.30.20 ", "4202.12.9000_" or "85044083 " before a scanned description: its line's number and commodity
     * code (undotted: six, eight or ten digits)
     */
    private static final java.util.regex.Pattern SCANNED_PREFIX = java.util.regex.Pattern.compile(
            "^\\s*(?:(?:\\d{4}[.\\s]\\d{2}(?:[.\\s]?\\d{2,4})?|\\d{6}(?:\\d{2}){0,2})[_\\s]+)");
    /** " 8518.30 3,200 PCS" after a scanned description: the code, quantity and unit columns */
    private static final java.util.regex.Pattern SCANNED_SUFFIX = java.util.regex.Pattern.compile(
            "\\s+(?:\\d{4}\\.\\d{2}(?:\\.?\\d{2,4})?|\\d{6,10})(?:\\s+[\\d.,]+(?:\\s*[A-Za-z]{2,5})?)?\\s*$");

    /** a unit word and a rule read as a bar before a scanned description ("PKGS|Plastic storage boxes") */
    private static final java.util.regex.Pattern LEADING_UNIT_CELL =
            java.util.regex.Pattern.compile("^\\s*([A-Za-z]{2,6})\\.?\\s*\\|\\s*");

    /**
     * a number with a unit word closing a scanned description, glued or not ("2400KGS", "162 PCS"); after a comma it
     * is the description's own ("cookware set, 7 pieces")
     */
    private static final java.util.regex.Pattern TRAILING_QUANTITY =
            java.util.regex.Pattern.compile("(?<!,)\\s+\\d[\\d.,]*\\s*([A-Za-z]{2,6})\\.?\\s*$");

    /**
     * A description read from a scan without what the cells beside it added where OCR read the row as one run of
     * words: the line's number and commodity code before it, the code, quantity and country of origin after it.
     */
    static String withoutNeighbouringCells(String description, int lineNumber) {
        String text = description.strip();
        String number = lineNumber + " ";
        if (text.startsWith(number) && text.length() > number.length()
                && (Character.isLetter(text.charAt(number.length())) || SCANNED_PREFIX.matcher(
                text.substring(number.length())).lookingAt())) {
            text = text.substring(number.length());
        }
        text = SCANNED_PREFIX.matcher(text).replaceFirst("");
        java.util.regex.Matcher unitCell = LEADING_UNIT_CELL.matcher(text);
        if (unitCell.lookingAt() && io.customsreview.hub.extraction.Units.unit(unitCell.group(1)).isPresent()) {
            text = text.substring(unitCell.end()); // "PKGS|Plastic ...": the cell before it and the rule between
        }
        text = SCANNED_SUFFIX.matcher(Normalize.withoutTrailingCountry(text)).replaceFirst("");
        text = Normalize.withoutTrailingCountry(text);
        java.util.regex.Matcher quantity = TRAILING_QUANTITY.matcher(text);
        if (quantity.find() && io.customsreview.hub.extraction.Units.unit(quantity.group(1)).isPresent()) {
            text = text.substring(0, quantity.start()); // "... not roasted 2400KGS": the quantity cell after it
        }
        return text.isBlank() ? description : text;
    }

    private static BigDecimal decimal(Optional<FieldValue> value) {
        try {
            return value.map(FieldValue::decimal).orElse(null);
        } catch (NumberFormatException e) {
            return null; // an unreadable quantity is simply no evidence here
        }
    }

    /** "lines[2].description": the line's 1-based number, as in messages */
    private static Evidence evidence(LineItem line) {
        return Evidence.of("lines[" + line.number() + "]." + LineField.DESCRIPTION.jsonName(),
                line.get(LineField.DESCRIPTION).orElseThrow());
    }
}
