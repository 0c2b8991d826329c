package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.ExtractionMethod;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Provenance;
import io.customsreview.hub.domain.ValueKind;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values a scan holds where noise destroyed the label beside them ("2,607.52 KG" under a lost "Total Net Wt.",
 * "(CI/5140/24" after a misread "Inv. No.", "Bremerhaven (DEBRV)" under "POL" read "Pot"): offered as withheld
 * readings of the weights, total amount, ports, references and country of origin ("Malaysia" alone under a "C/O"
 * read "CIS") the document lacks or read doubtfully. Such a reading is never taken on its own;
 * {@link DoubtfulValues#confirmedAcrossDocuments} takes it only where another document states the very value for
 * that field, the way a clerk finds the invoice number on a smudged certificate by looking for it. Goods rows are
 * left out: a line's weight or amount is no document total.
 */
final class UnlabelledValues {

    /** the provenance note of an offered reading: it may confirm nothing, only be confirmed */
    static final String NO_LABEL = "no label was read beside it on the scan";

    private static final Set<Field> WEIGHTS = Set.of(Field.NET_WEIGHT, Field.GROSS_WEIGHT);
    // a policy often states its insured amount twice: the reading not taken for its label is offered like any other
    private static final Set<Field> AMOUNTS = Set.of(Field.TOTAL_AMOUNT, Field.INSURED_AMOUNT);
    private static final Set<Field> PORTS = Set.of(Field.PORT_OF_LOADING, Field.PORT_OF_DISCHARGE);
    private static final Set<Field> REFERENCES = Set.of(Field.INVOICE_NUMBER, Field.CONTRACT_NUMBER, Field.BL_NUMBER);
    private static final Set<Field> COUNTS = Set.of(Field.PACKAGE_COUNT);
    private static final Set<Field> COUNTRIES = Set.of(Field.ORIGIN_COUNTRY);

    private static final Pattern WEIGHT = Pattern.compile("(" + Numbers.NUMBER.pattern() + ")\\s*(?:kgs?|kgm)\\b",
            Pattern.CASE_INSENSITIVE);
    /** a sum of money as totals are printed: grouped or not, two decimals ("43,960.00", "USD 43.960,00") */
    private static final Pattern MONEY = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[ ,.]\\d{3})*[.,]\\d{2}(?![\\d.,])|"
            + "(?<![\\d.,])\\d{4,}[.,]\\d{2}(?![\\d.,])");
    /** a count and one word, alone in its box ("132 CTNS", "(9) PALLETS") */
    private static final Pattern PACKAGES_ALONE = Pattern.compile("^\\s*\\(?\\d[\\d,. ]*\\)?\\s*\\p{L}+\\.?\\s*$");
    /**
     * a port named with its UN/LOCODE in brackets, alone in its box ("Bremerhaven (DEBRV)") or after a label word too
     * worn to tell, its colon kept ("Teo: Santos (BRSSZ)" for "To:")
     */
    private static final Pattern PORT_WITH_LOCODE = Pattern.compile(
            "^\\s*(?:[\\p{L}.]{1,8}\\s*:\\s*)?(\\p{L}[\\p{L} .'-]{1,40}?)\\s*\\([A-Z]{2}[A-Z2-9]{3}\\)\\s*$");
    /** a country's name alone in its box ("Malaysia", "Viet Nam"): four letters or more, no code or figure */
    private static final Pattern COUNTRY_ALONE = Pattern.compile("^\\s*\\p{L}[\\p{L} .'-]{3,40}\\s*$");
    /** a word of six characters or more with a digit: what invoice, contract and B/L numbers look like */
    private static final Pattern REFERENCE =
            Pattern.compile("(?=[A-Za-z0-9/\\-.]*\\d)[A-Za-z0-9][A-Za-z0-9/\\-.]{4,}[A-Za-z0-9]");
    /** a carrier's prefix set apart from the digits, as B/L numbers are printed ("HLCU 8529811603") */
    private static final Pattern PREFIXED_REFERENCE =
            Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2,4} \\d{6,}(?![A-Za-z0-9])");
    /** enough for any page's values of one kind; a page of noise offers no more */
    private static final int MOST_PER_FIELD = 40;

    private UnlabelledValues() {
    }

    /**
     * Readings to withhold for the weights, total, ports, references and origin {@code found} lacks or read doubtfully
     * and documents of {@code type} state; empty for text that is no scan.
     */
    static Map<Field, List<FieldValue>> offered(String documentId, DocumentType type, DocumentText text,
                                                Set<Integer> tableLines, Map<Field, List<FieldValue>> found,
                                                Numbers.DecimalStyle style) {
        Map<Field, List<FieldValue>> offered = new EnumMap<>(Field.class);
        if (text.method() != ExtractionMethod.OCR) {
            return offered;
        }
        List<Field> lacking = Labels.of(type).stream().map(Labels.Label::field).distinct()
                .filter(f -> f != null && (WEIGHTS.contains(f) || AMOUNTS.contains(f) || PORTS.contains(f)
                        || REFERENCES.contains(f) || COUNTS.contains(f) || COUNTRIES.contains(f))
                        && !surelyRead(found, f))
                .toList();
        if (lacking.isEmpty()) {
            return offered;
        }
        Map<String, FieldValue> weights = new LinkedHashMap<>();
        Map<String, FieldValue> references = new LinkedHashMap<>();
        Map<String, FieldValue> amounts = new LinkedHashMap<>();
        Map<String, FieldValue> ports = new LinkedHashMap<>();
        Map<String, FieldValue> counts = new LinkedHashMap<>();
        Map<String, FieldValue> countries = new LinkedHashMap<>();
        List<TextLine> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (tableLines.contains(i)) {
                continue;
            }
            int page = lines.get(i).page();
            for (TextSegment segment : lines.get(i).segments()) {
                Provenance where = new Provenance(documentId, page, segment.box(), ExtractionMethod.OCR, 0.0, NO_LABEL);
                weightsAndSums(segment, style, v -> offer(weights, segment, where, Numbers.plain(v)),
                        v -> offer(amounts, segment, where, Numbers.amount(v)));
                // "132 CTNS" alone in its box under a lost "Pkgs": a number of packages of a kind
                if (PACKAGES_ALONE.matcher(segment.text()).matches()) {
                    ValueParsers.count(segment.text(), style)
                            .filter(c -> c.unit() != null && Units.isPackageKind(c.unit()) && c.count().signum() > 0)
                            .ifPresent(c -> offer(counts, segment, where, Numbers.plain(c.count())));
                }
                Matcher port = PORT_WITH_LOCODE.matcher(segment.text());
                if (port.matches()) {
                    offer(ports, segment, where, port.group(1).strip());
                }
                if (COUNTRY_ALONE.matcher(segment.text()).matches()) {
                    Countries.code(segment.text().strip()).ifPresent(code -> offer(countries, segment, where, code));
                }
                Matcher prefixed = PREFIXED_REFERENCE.matcher(segment.text());
                while (prefixed.find()) {
                    offer(references, segment, where, prefixed.group());
                }
                Matcher reference = REFERENCE.matcher(segment.text());
                while (reference.find()) {
                    offer(references, segment, where, reference.group());
                }
            }
        }
        for (Field field : lacking) {
            Map<String, FieldValue> candidates = WEIGHTS.contains(field) ? weights
                    : AMOUNTS.contains(field) ? amounts : PORTS.contains(field) ? ports
                    : COUNTS.contains(field) ? counts : COUNTRIES.contains(field) ? countries : references;
            if (!candidates.isEmpty()) {
                offered.put(field, candidates.values().stream().limit(MOST_PER_FIELD).toList());
            }
        }
        return offered;
    }

    static final String RESTATED = "the same value stated again on the document, read surely there";

    /**
     * The document's amounts and weights, each reading as sure as the surest reading of the same value stated again
     * outside the goods table ("Sum Insured: RMB 3.205.084, 00" read at 0.49 on a policy that says "effected ... for
     * RMB 3.205.084,00 on the goods" at 0.92): two places of a page read alike are two readings of one value.
     * Unchanged for text that is no scan.
     */
    static Map<Field, List<FieldValue>> restated(DocumentText text, Set<Integer> tableLines,
                                                 Map<Field, List<FieldValue>> found, Numbers.DecimalStyle style) {
        if (text.method() != ExtractionMethod.OCR) {
            return found;
        }
        Map<BigDecimal, Double> surest = new java.util.HashMap<>();
        List<TextLine> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (tableLines.contains(i)) {
                continue;
            }
            for (TextSegment segment : lines.get(i).segments()) {
                java.util.function.Consumer<BigDecimal> read =
                        v -> surest.merge(v.stripTrailingZeros(), segment.confidence(), Math::max);
                weightsAndSums(segment, style, read, read);
            }
        }
        Map<Field, List<FieldValue>> result = new EnumMap<>(Field.class);
        found.forEach((field, values) -> result.put(field, field.kind() != ValueKind.AMOUNT
                && field.kind() != ValueKind.WEIGHT ? values : values.stream().map(v -> {
            Double other;
            try {
                other = surest.get(new BigDecimal(v.value()).stripTrailingZeros());
            } catch (NumberFormatException e) {
                return v;
            }
            Provenance p = v.source();
            if (p == null) {
                return v;
            }
            return other == null || other <= p.confidence() ? restatedLookAlike(v, surest, field.kind())
                    : new FieldValue(v.value(), v.raw(),
                    new Provenance(p.documentId(), p.page(), p.box(), p.method(), other, RESTATED));
        }).toList()));
        return result;
    }

    static final String RESTATED_LOOK_ALIKE = "read doubtfully as %s; the value stated again on the document, one "
            + "look-alike digit apart and read surely there";

    /**
     * A doubtful amount or weight one look-alike digit from a value the page states again and reads surely ("¥
     * 5,993,280.60" at 0.50 under "Insured Value", "for ¥ 5,993,280.00 on the goods" at 0.87): that value; else the
     * reading as it is
     */
    private static FieldValue restatedLookAlike(FieldValue value, Map<BigDecimal, Double> surest, ValueKind kind) {
        Provenance p = value.source();
        String read;
        try {
            read = new BigDecimal(value.value()).setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
        } catch (ArithmeticException | NumberFormatException e) {
            return value;
        }
        FieldValue taken = value;
        for (Map.Entry<BigDecimal, Double> stated : surest.entrySet()) {
            String again = stated.getKey().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            if (stated.getValue() >= SURE && stated.getValue() > p.confidence()
                    && io.customsreview.hub.rules.Normalize.oneLookAlikeDigitApart(read, again)) {
                if (taken != value) {
                    return value; // two such values: no telling which
                }
                String canonical = kind == ValueKind.AMOUNT ? Numbers.amount(stated.getKey())
                        : Numbers.plain(stated.getKey());
                taken = new FieldValue(canonical, value.raw(), new Provenance(p.documentId(), p.page(), p.box(),
                        p.method(), stated.getValue(), String.format(RESTATED_LOOK_ALIKE, value.value())));
            }
        }
        return taken;
    }

    /** each weight (a number before a kilogram unit) and each sum of money a segment states, above zero */
    private static void weightsAndSums(TextSegment segment, Numbers.DecimalStyle style,
                                       java.util.function.Consumer<BigDecimal> weight,
                                       java.util.function.Consumer<BigDecimal> sum) {
        String closed = Numbers.ocrSpacesClosed(segment.text());
        Matcher kilograms = WEIGHT.matcher(closed);
        while (kilograms.find()) {
            Numbers.parse(kilograms.group(1), style).filter(v -> v.signum() > 0).ifPresent(weight);
        }
        Matcher money = MONEY.matcher(closed);
        while (money.find()) {
            Numbers.parse(money.group(), style).filter(v -> v.signum() > 0).ifPresent(sum);
        }
    }

    /** the value as read from the segment, the first time it is seen */
    private static void offer(Map<String, FieldValue> kind, TextSegment segment, Provenance where, String value) {
        kind.putIfAbsent(value, new FieldValue(value, segment.text(), where));
    }

    /** a value read from words the recogniser did not doubt: one withheld as doubtful may be lost yet */
    private static boolean surelyRead(Map<Field, List<FieldValue>> found, Field field) {
        return found.getOrDefault(field, List.of()).stream().anyMatch(v -> v.source().confidence() >= SURE);
    }

    private static final double SURE = 0.85;

    /** whether a reading was offered without a label: it is confirmed by others, never confirms another */
    static boolean offeredWithoutLabel(FieldValue value) {
        return value.source() != null && NO_LABEL.equals(value.source().assumption());
    }
}
