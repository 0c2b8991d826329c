package io.customsreview.hub.review;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.Provenance;
import io.customsreview.hub.domain.ValueKind;
import io.customsreview.hub.extraction.DocumentReader;
import io.customsreview.hub.extraction.Numbers;
import io.customsreview.hub.extraction.ScanReader;
import io.customsreview.hub.llm.PartyNames;
import io.customsreview.hub.rules.Normalize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Before a finding that rests on a number read by OCR is reported, the number's box is read again, alone, from the
 * page as it came: the way an officer looks at the paper again before querying a figure. Tesseract reads a line as a
 * whole, and what stands around a figure sways it: "72590" on a 150-DPI invoice was read "72596" at 0.91 and "10,000"
 * on a certificate "10,900" at 0.94 — each a false finding — and read right alone; a crisp "7,590.76" on a 300-DPI
 * declaration was read "7,990.76" at 0.95 on the page, and alone "7,990.76", "7,090.76" or "7,590.76" as the crop
 * was cut. So a second reading is no better than the first, but where the readings of one box differ, the figure is
 * in doubt, and a reading that another document of the dossier states exactly is no chance (misread glyphs give some
 * other figure, not the one printed elsewhere): that reading is taken. A figure read two ways, none of them stated
 * elsewhere, is kept, but as doubtful (the rules then forgive a look-alike digit in it rather than report on it). A
 * figure printed otherwise reads the same every way, and its finding stands. Numbers and commodity codes are looked
 * at again, and only readings of the first's shape (as many digits, the same marks between them) count: a second
 * reading that lost a mark or a digit says nothing of the glyphs. References (invoice, B/L numbers, voyages,
 * containers) are looked at again too, and a reading taken only where another document states it.
 */
final class SecondLook {

    private static final Logger log = LoggerFactory.getLogger(SecondLook.class);

    /** a value read two ways is at most this sure: read, but doubtful to the rules (below {@code SURE_SCAN_READING}) */
    static final double READ_TWO_WAYS = 0.7;
    /** a value read below this on the page was read as nothing */
    static final double UNREAD_ON_THE_PAGE = 0.05;
    /** a second reading less sure than this is no reading */
    static final double MIN_SECOND_READING = 0.6;
    /** ... and of the same shape as a first reading that was itself in doubt (below {@code READ_TWO_WAYS}) */
    static final double MIN_SECOND_READING_OF_DOUBTED = 0.5;
    /**
     * a second reading this sure puts the first in doubt even where no document states it (crops with their
     * neighbours' edges give less sure scraps: "18, 988 PCS" at 0.70 for 10,000 PCS)
     */
    static final double SURE_SECOND_READING = 0.9;
    private static final Set<ValueKind> NUMBERS = EnumSet.of(ValueKind.AMOUNT, ValueKind.QUANTITY,
            ValueKind.WEIGHT, ValueKind.HS_CODE);
    private static final Set<ValueKind> REFERENCES = EnumSet.of(ValueKind.REFERENCE, ValueKind.CONTAINER);

    private SecondLook() {
    }

    /**
     * a value read by OCR that a finding rests on, where it stands; {@code field} the name of its {@link Field} or
     * {@link LineField} (a document-level field and the line field of that name state the same thing: a
     * certificate's commodity code, an invoice line's)
     */
    private record Looked(String document, int page, Box box, FieldValue value, ValueKind kind, String field) {
    }

    /**
     * The dossier with every number that a finding cites from a scan, and that reads otherwise alone, replaced by its
     * second reading; the very same dossier when none does.
     *
     * @param files the file each document was read from, by document id
     */
    static Dossier lookAgain(Dossier dossier, List<Finding> findings, Map<String, Path> files, DocumentReader reader) {
        Map<String, List<Looked>> byPage = new LinkedHashMap<>();
        List<Looked> withheld = withheldOfMissingFields(dossier, findings);
        for (Looked looked : concat(cited(dossier, findings), withheld)) {
            byPage.computeIfAbsent(looked.document() + "#" + looked.page(), k -> new ArrayList<>()).add(looked);
        }
        Map<FieldValue, FieldValue> replaced = new IdentityHashMap<>();
        for (List<Looked> onPage : byPage.values()) {
            Path file = files.get(onPage.get(0).document());
            if (file == null) {
                continue;
            }
            List<List<ScanReader.BoxReading>> readings;
            try {
                readings = reader.readBoxesAgain(Files.readAllBytes(file), fileName(dossier, onPage.get(0)),
                        onPage.get(0).page(), onPage.stream().map(Looked::box).toList());
            } catch (IOException | RuntimeException e) {
                log.warn("Could not look again at {}: {}", file, e.toString());
                continue;
            }
            for (int i = 0; i < onPage.size() && i < readings.size(); i++) {
                Looked looked = onPage.get(i);
                boolean wasWithheld = withheld.stream().anyMatch(w -> w == looked);
                (wasWithheld ? readAlone(dossier, looked, readings.get(i), reader)
                        : decided(dossier, looked, readings.get(i)))
                        .ifPresent(again -> replaced.put(looked.value(), again));
            }
        }
        if (replaced.isEmpty()) {
            return dossier;
        }
        return new Dossier(dossier.id(), dossier.documents().stream().map(d -> withReplaced(d, replaced)).toList());
    }

    /** the name the looked-at value's document was read under ("mail.eml#scan.png" for an e-mail's attachment) */
    private static String fileName(Dossier dossier, Looked looked) {
        return document(dossier, looked.document()).map(Document::fileName).orElse("");
    }

    private static Optional<Document> document(Dossier dossier, String id) {
        return dossier.documents().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private static List<Looked> concat(List<Looked> a, List<Looked> b) {
        List<Looked> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * the values a document withheld for doubt where a MISSING_FIELD finding names its field: each read by OCR at a
     * label (not offered without one), with its box
     */
    private static List<Looked> withheldOfMissingFields(Dossier dossier, List<Finding> findings) {
        List<Looked> withheld = new ArrayList<>();
        for (Finding finding : findings) {
            if (!io.customsreview.hub.domain.RuleId.MISSING_FIELD.name().equals(finding.rule())
                    || finding.evidence().isEmpty()) {
                continue;
            }
            Evidence missing = finding.evidence().get(0);
            Optional<Document> document = dossier.readable().stream()
                    .filter(d -> d.id().equals(missing.document())).findFirst();
            Optional<Field> field = java.util.Arrays.stream(Field.values())
                    .filter(f -> f.jsonName().equals(missing.field())).findFirst();
            if (document.isEmpty() || field.isEmpty() || !WITHHELD_LOOKED_AT.contains(field.get().kind())) {
                continue;
            }
            for (FieldValue value : document.get().withheld().getOrDefault(field.get(), List.of())) {
                Provenance p = value.source();
                if (p != null && p.method() == ExtractionMethod.OCR && p.box() != null && p.assumption() == null
                        && value.raw() != null) {
                    withheld.add(new Looked(document.get().id(), p.page(), p.box(), value, field.get().kind(),
                            field.get().name()));
                }
            }
        }
        return withheld;
    }

    /** kinds of value a withheld reading of which is looked at again: those a second reading can be parsed into */
    private static final Set<ValueKind> WITHHELD_LOOKED_AT = EnumSet.of(ValueKind.DATE, ValueKind.AMOUNT,
            ValueKind.QUANTITY, ValueKind.WEIGHT, ValueKind.REFERENCE, ValueKind.CONTAINER);

    /**
     * A value withheld for doubt, read again alone as the very same value, more surely than on the page and as surely
     * as the reader keeps such values (a B/L's date "Q@7 AUG 2025" at 0.12, its zero printed with a dot inside, alone
     * "07 AUG 2025" at 0.57): had the page read it so it would have been kept, and the value is taken, as sure as the
     * second reading; else nothing (it stays withheld, and its MISSING_FIELD stands).
     */
    private static Optional<FieldValue> readAlone(Dossier dossier, Looked looked,
                                                  List<ScanReader.BoxReading> readings, DocumentReader reader) {
        FieldValue first = looked.value();
        Provenance p = first.source();
        List<ScanReader.BoxReading> sure = readings.stream().filter(r -> r.confidence() > p.confidence()
                && reader.keeps(looked.kind(), r.confidence()))
                .sorted(java.util.Comparator.comparingDouble(ScanReader.BoxReading::confidence).reversed()).toList();
        for (ScanReader.BoxReading reading : sure) {
            if (readsAs(looked.kind(), reading.text(), first.value())) {
                return Optional.of(new FieldValue(first.value(), first.raw(), new Provenance(p.documentId(), p.page(),
                        p.box(), p.method(), reading.confidence(), String.format(Locale.ROOT, READ_ALIKE_ALONE,
                        first.raw().strip(), p.confidence(), reading.text().strip(), reading.confidence()))));
            }
        }
        // read alone otherwise, as another document states the value: a reading that garbled the page's glyphs
        // ("L18B19KGS" at 0.14 for 1,118.19 KGS) would not make another document's very value by chance
        for (ScanReader.BoxReading reading : sure) {
            for (FieldValue again : valuesReadAlone(looked.kind(), reading, first)) {
                // a reference read as nothing on the page ("Uspsi atone" at 0.00) and alone as another document
                // states it but for look-alikes ("P05721648" for PO5721648): garbled glyphs would not make it either
                Optional<FieldValue> stated = statedElsewhere(dossier, looked, again, REFERENCES.contains(looked.kind())
                        && p.confidence() < UNREAD_ON_THE_PAGE);
                if (stated.isPresent()) {
                    return Optional.of(new FieldValue(stated.get().value(), first.raw(), new Provenance(
                            p.documentId(), p.page(), p.box(), p.method(), reading.confidence(), String.format(
                            Locale.ROOT, READ_ALONE_AS_STATED, first.raw().strip(), p.confidence(),
                            reading.text().strip(), reading.confidence(), describe(dossier, stated.get())))));
                }
            }
        }
        return Optional.empty();
    }

    static final String READ_ALIKE_ALONE = "read '%s' (%.2f) on the page, withheld for doubt, and '%s' (%.2f) alone: "
            + "the same value, taken";

    static final String READ_ALONE_AS_STATED = "read '%s' (%.2f) on the page, withheld for doubt, and '%s' (%.2f) "
            + "alone, as %s states it: taken";

    /** the numbers (in either decimal style) or words a reading alone gives, for a value of {@code kind} */
    private static List<FieldValue> valuesReadAlone(ValueKind kind, ScanReader.BoxReading reading, FieldValue first) {
        List<FieldValue> values = new ArrayList<>();
        if (REFERENCES.contains(kind)) {
            java.util.Arrays.stream(reading.text().strip().split("\\s+"))
                    .forEach(word -> values.add(new FieldValue(word, reading.text().strip(), first.source())));
        } else if (NUMBERS.contains(kind) && kind != ValueKind.HS_CODE) {
            for (Numbers.DecimalStyle style : Numbers.DecimalStyle.values()) {
                Numbers.first(reading.text(), style).ifPresent(n -> values.add(new FieldValue(n.toPlainString(),
                        reading.text().strip(), first.source())));
            }
        }
        return values;
    }

    /** the document that states {@code value}, as the report names it */
    private static String describe(Dossier dossier, FieldValue value) {
        return document(dossier, value.source().documentId())
                .map(io.customsreview.hub.extraction.DoubtfulValues::described).orElse(value.source().documentId());
    }

    /** whether {@code text}, read alone, gives {@code value} of {@code kind} */
    private static boolean readsAs(ValueKind kind, String text, String value) {
        if (kind == ValueKind.DATE) {
            return java.util.Arrays.stream(io.customsreview.hub.extraction.Dates.DayOrder.values())
                    .map(order -> io.customsreview.hub.extraction.Dates.first(text, order))
                    .anyMatch(date -> date.isPresent() && date.get().toString().equals(value));
        }
        if (REFERENCES.contains(kind)) {
            return java.util.Arrays.stream(text.strip().split("\\s+")).anyMatch(word -> same(kind, word, value));
        }
        return java.util.Arrays.stream(Numbers.DecimalStyle.values())
                .map(style -> Numbers.first(text, style))
                .anyMatch(n -> n.isPresent() && same(kind, n.get().toPlainString(), value));
    }

    /** the numbers and references read by OCR that the findings cite as evidence, each once */
    private static List<Looked> cited(Dossier dossier, List<Finding> findings) {
        Map<String, List<Looked>> scannedValues = new java.util.HashMap<>();
        dossier.readable().forEach(d -> scannedValues.put(d.id(), scannedValues(d)));
        Map<FieldValue, Looked> cited = new IdentityHashMap<>();
        for (Finding finding : findings) {
            for (Evidence evidence : finding.evidence()) {
                if (evidence.box() == null || evidence.value() == null || evidence.page() == null) {
                    continue;
                }
                for (Looked looked : scannedValues.getOrDefault(evidence.document(), List.of())) {
                    if (evidence.box().equals(looked.box()) && evidence.value().equals(looked.value().value())
                            && evidence.page() == looked.page()) {
                        cited.putIfAbsent(looked.value(), looked);
                    }
                }
            }
        }
        return List.copyOf(cited.values());
    }

    /** a document's values read by OCR that a second look can read again: its fields' and its lines' */
    private static List<Looked> scannedValues(Document document) {
        List<Looked> values = new ArrayList<>();
        document.fields().forEach((field, list) -> list.forEach(v -> lookable(document, v, field.kind(),
                field.name()).ifPresent(values::add)));
        document.lines().forEach(line -> line.values().forEach((field, v) -> lookable(document, v, field.kind(),
                field.name()).ifPresent(values::add)));
        return values;
    }

    private static Optional<Looked> lookable(Document document, FieldValue value, ValueKind kind, String field) {
        Provenance p = value.source();
        return p.method() == ExtractionMethod.OCR && p.box() != null
                && (NUMBERS.contains(kind) || REFERENCES.contains(kind) || kind == ValueKind.PARTY)
                ? Optional.of(new Looked(document.id(), p.page(), p.box(), value, kind, field)) : Optional.empty();
    }

    /**
     * What the second look makes of a value: the reading another document states, where one does; the value kept
     * but doubtful, where the box read otherwise surely; else nothing (the value stands as read).
     */
    private static Optional<FieldValue> decided(Dossier dossier, Looked looked, List<ScanReader.BoxReading> readings) {
        FieldValue first = looked.value();
        if (REFERENCES.contains(looked.kind())) {
            return referenceStatedElsewhere(dossier, looked, readings);
        }
        if (looked.kind() == ValueKind.PARTY) {
            return nameStatedElsewhere(dossier, looked, readings);
        }
        List<FieldValue> otherwise = new ArrayList<>();
        List<FieldValue> surelyOtherwise = new ArrayList<>();
        for (ScanReader.BoxReading reading : readings) {
            Optional<FieldValue> again = readTwoWays(first, looked.kind(), reading)
                    .or(() -> codeReadOtherwise(first, looked.kind(), reading));
            again.ifPresent(otherwise::add);
            again.filter(v -> reading.confidence() >= SURE_SECOND_READING).ifPresent(surelyOtherwise::add);
            // a reading of another shape ("905.50KG" alone for "9055KG": a mark and a digit lost on the page) tells
            // nothing of the glyphs — unless it is the very number another document states
            otherwise.addAll(numbersReadOtherwise(first, looked.kind(), reading));
        }
        for (FieldValue again : otherwise) {
            Optional<FieldValue> stated = statedElsewhere(dossier, looked, again);
            if (stated.isPresent()) {
                // a number in the canonical form the other document's gives it; a code as this one prints it
                String value = looked.kind() == ValueKind.HS_CODE ? again.value() : stated.get().value();
                return Optional.of(inDoubt(new FieldValue(value, again.raw(), first.source()), first, again.raw(),
                        TAKEN_AS_STATED));
            }
        }
        return surelyOtherwise.isEmpty() ? Optional.empty() : Optional.of(inDoubt(first, first,
                surelyOtherwise.get(0).raw(), "read '%s' (%.2f) on the page and '%s' alone: in doubt"));
    }

    /**
     * A reference read otherwise alone, as another document states it ("CI/5127/25" on an invoice for "CVS127/25"
     * read among its neighbours on a small insurance scan): that reading, in doubt; else nothing. A reference read
     * otherwise, but as no document states it, is left as it was: references are compared leniently already, and a
     * doubt would forgive a number changed on purpose.
     */
    private static Optional<FieldValue> referenceStatedElsewhere(Dossier dossier, Looked looked,
                                                                 List<ScanReader.BoxReading> readings) {
        FieldValue first = looked.value();
        String firstKey = Normalize.reference(first.value());
        for (ScanReader.BoxReading reading : readings) {
            if (reading.confidence() < MIN_SECOND_READING) {
                continue;
            }
            // the crop may hold a neighbour's scrap beside the reference: each word is tried, and the whole
            List<String> candidates = new ArrayList<>(List.of(reading.text().strip().split("\\s+")));
            candidates.add(reading.text().strip());
            for (String candidate : candidates) {
                FieldValue again = new FieldValue(candidate, candidate, first.source());
                if (!Normalize.reference(candidate).equals(firstKey) && !candidate.isBlank()
                        && statedElsewhere(dossier, looked, again).isPresent()) {
                    return Optional.of(inDoubt(again, first, again.raw(), TAKEN_AS_STATED));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A party's name read alone more surely than on the page as another document names the party ("Atlas
     * Distribution Co., Ltd." at 0.55 for "Aus Distribution Co., Ltd." at 0.35): that reading, in doubt; else
     * nothing. A garbled reading does not make another document's name by chance; a name changed on purpose reads
     * as printed alone too.
     */
    private static Optional<FieldValue> nameStatedElsewhere(Dossier dossier, Looked looked,
                                                            List<ScanReader.BoxReading> readings) {
        FieldValue first = looked.value();
        for (ScanReader.BoxReading reading : readings) {
            String name = reading.text().strip();
            FieldValue again = new FieldValue(name, name, first.source());
            if (reading.confidence() > first.source().confidence() && !same(looked.kind(), name, first.value())
                    && statedElsewhere(dossier, looked, again).isPresent()) {
                return Optional.of(inDoubt(again, first, name, TAKEN_AS_STATED));
            }
        }
        return Optional.empty();
    }

    static final String TAKEN_AS_STATED = "read '%s' (%.2f) on the page and '%s' alone, as another document states "
            + "it: that reading taken, in doubt";

    /**
     * {@code kept} where {@code first} stood, no surer than {@link #READ_TWO_WAYS}, saying so: {@code how} formats the
     * first reading, its confidence and the second reading
     */
    private static FieldValue inDoubt(FieldValue kept, FieldValue first, String second, String how) {
        Provenance p = first.source();
        return new FieldValue(kept.value(), kept.raw(), new Provenance(p.documentId(), p.page(), p.box(),
                p.method(), Math.min(p.confidence(), READ_TWO_WAYS), String.format(Locale.ROOT, how,
                first.raw() == null ? first.value() : first.raw().strip(), p.confidence(), second)));
    }

    /** the value another document of the dossier states as {@code again} for the same field (on any of its lines) */
    private static Optional<FieldValue> statedElsewhere(Dossier dossier, Looked looked, FieldValue again) {
        return statedElsewhere(dossier, looked, again, false);
    }

    /** @param lookAlikes whether references alike but for look-alike characters (O/0, I/1 ...) count as the same */
    private static Optional<FieldValue> statedElsewhere(Dossier dossier, Looked looked, FieldValue again,
                                                        boolean lookAlikes) {
        for (Document other : dossier.readable()) {
            if (other.id().equals(looked.document())) {
                continue;
            }
            List<FieldValue> stated = new ArrayList<>();
            java.util.Arrays.stream(Field.values()).filter(f -> f.name().equals(looked.field()))
                    .forEach(f -> stated.addAll(other.all(f)));
            java.util.Arrays.stream(LineField.values()).filter(f -> f.name().equals(looked.field()))
                    .forEach(f -> other.lines().forEach(line -> line.get(f).ifPresent(stated::add)));
            Optional<FieldValue> same = stated.stream().filter(v -> same(looked.kind(), v.value(), again.value())
                    || lookAlikes && Normalize.foldedWithSlashesAsRead(v.value())
                    .equals(Normalize.foldedWithSlashesAsRead(again.value()))).findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        return Optional.empty();
    }

    /**
     * numbers of equal worth; commodity codes of which one begins the other (six digits at least); references alike
     * but for spaces, dashes and case; names alike but for their legal forms
     */
    private static boolean same(ValueKind kind, String a, String b) {
        if (REFERENCES.contains(kind)) {
            return Normalize.reference(a).equals(Normalize.reference(b));
        }
        if (kind == ValueKind.HS_CODE) {
            return Math.min(a.length(), b.length()) >= 6 && (a.startsWith(b) || b.startsWith(a));
        }
        if (kind == ValueKind.PARTY) {
            String core = PartyNames.parse(a).compactCore();
            return !core.isEmpty() && core.equals(PartyNames.parse(b).compactCore());
        }
        try {
            return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The value as a second reading gives it, where that has the first's shape — as many digits, the same marks
     * between them — and other digits, and the first's digits are the value's (no repair made it); else empty.
     */
    static Optional<FieldValue> readTwoWays(FieldValue first, ValueKind kind, ScanReader.BoxReading second) {
        // a first reading in doubt itself ("3 666 PCS" at 0.67, Courier's dotted zeros) is outweighed by less
        double floor = first.source().confidence() < READ_TWO_WAYS ? MIN_SECOND_READING_OF_DOUBTED : MIN_SECOND_READING;
        if (first.raw() == null || second.confidence() < floor || first.source().assumption() != null) {
            return Optional.empty();
        }
        String before = numberPart(first.raw());
        String after = numberPart(second.text());
        if (before.isEmpty() || before.equals(after) || !shape(before).equals(shape(after))) {
            return Optional.empty();
        }
        String digitsBefore = before.replaceAll("\\D", "");
        String digitsAfter = after.replaceAll("\\D", "");
        String value = first.value();
        String valueDigits = value.replaceAll("\\D", "");
        // the value's digits are the reading's, perhaps with decimal zeros after them ("72596" as 72596.00)
        if (!valueDigits.startsWith(digitsBefore) || !valueDigits.substring(digitsBefore.length()).matches("0*")
                || kind == ValueKind.HS_CODE && !valueDigits.equals(digitsBefore)) {
            return Optional.empty();
        }
        StringBuilder again = new StringBuilder(value.length());
        int digit = 0;
        for (char c : value.toCharArray()) {
            boolean read = Character.isDigit(c) && digit < digitsAfter.length();
            again.append(read ? digitsAfter.charAt(digit) : c);
            digit += Character.isDigit(c) ? 1 : 0;
        }
        return Optional.of(new FieldValue(again.toString(), second.text().strip(), first.source()));
    }

    /**
     * The numbers a reading of another shape than the first gives, its marks taken either way (decimal point or
     * comma): candidates only, taken where another document states one of them.
     */
    private static List<FieldValue> numbersReadOtherwise(FieldValue first, ValueKind kind,
                                                         ScanReader.BoxReading second) {
        if (kind == ValueKind.HS_CODE || second.confidence() < MIN_SECOND_READING
                || first.source().assumption() != null || first.raw() == null
                || shape(numberPart(second.text())).equals(shape(numberPart(first.raw())))) {
            return List.of();
        }
        List<FieldValue> numbers = new ArrayList<>();
        for (Numbers.DecimalStyle style : Numbers.DecimalStyle.values()) {
            Numbers.first(second.text(), style).filter(n -> !same(kind, n.toPlainString(), first.value()))
                    .ifPresent(n -> numbers.add(new FieldValue(n.toPlainString(), second.text().strip(),
                            first.source())));
        }
        return numbers;
    }

    /**
     * A commodity code read alone with other digits, and as many as a code has (six, eight or ten): "09011100" for
     * "0960111090" read among its neighbours (two digits more). Taken only where another document states it.
     */
    private static Optional<FieldValue> codeReadOtherwise(FieldValue first, ValueKind kind,
                                                          ScanReader.BoxReading second) {
        if (kind != ValueKind.HS_CODE || second.confidence() < MIN_SECOND_READING
                || first.source().assumption() != null) {
            return Optional.empty();
        }
        String digits = numberPart(second.text()).replaceAll("\\D", "");
        return digits.matches("\\d{6}|\\d{8}|\\d{10}") && !digits.equals(first.value())
                ? Optional.of(new FieldValue(digits, second.text().strip(), first.source())) : Optional.empty();
    }

    /** the digits of a reading and the marks between them, without a unit, a currency or a border's stroke */
    private static String numberPart(String text) {
        String kept = text.replaceAll("[^0-9.,]", "");
        return kept.replaceAll("^[.,]+|[.,]+$", "");
    }

    /** a number's shape: its digits as 9, its marks as they are */
    private static String shape(String number) {
        return number.replaceAll("\\d", "9");
    }

    private static Document withReplaced(Document document, Map<FieldValue, FieldValue> replaced) {
        Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
        boolean changed = false;
        for (Map.Entry<Field, List<FieldValue>> e : document.fields().entrySet()) {
            List<FieldValue> values = e.getValue().stream().map(v -> replaced.getOrDefault(v, v)).toList();
            changed |= !values.equals(e.getValue());
            fields.put(e.getKey(), values);
        }
        Map<Field, List<FieldValue>> withheld = new EnumMap<>(Field.class);
        for (Map.Entry<Field, List<FieldValue>> e : document.withheld().entrySet()) {
            List<FieldValue> still = new ArrayList<>();
            for (FieldValue v : e.getValue()) {
                FieldValue taken = replaced.get(v);
                if (taken == null) {
                    still.add(v);
                } else if (!fields.getOrDefault(e.getKey(), List.of()).contains(taken)) {
                    List<FieldValue> values = new ArrayList<>(fields.getOrDefault(e.getKey(), List.of()));
                    values.add(taken);
                    fields.put(e.getKey(), values);
                }
            }
            changed |= still.size() != e.getValue().size();
            if (!still.isEmpty()) {
                withheld.put(e.getKey(), still);
            }
        }
        List<LineItem> lines = new ArrayList<>(document.lines().size());
        for (LineItem line : document.lines()) {
            Map<LineField, FieldValue> values = new EnumMap<>(LineField.class);
            line.values().forEach((field, v) -> values.put(field, replaced.getOrDefault(v, v)));
            changed |= !values.equals(line.values());
            lines.add(new LineItem(line.number(), values));
        }
        if (!changed) {
            return document;
        }
        replaced.forEach((before, after) -> {
            if (before.source().documentId().equals(document.id())) {
                log.info("Second look at {} of {}: {}", before.value(), document.id(), after.source().assumption());
            }
        });
        return new Document(document.id(), document.type(), document.fileName(), document.source(),
                document.extraction(), document.confidence(), fields, lines, document.unreadableReason(), withheld);
    }
}
