package io.customsreview.hub.review;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.ValueKind;
import io.customsreview.hub.extraction.FieldExtractor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles all-numeric dates whose day and month cannot be told apart within their document (03/04/2025 with no day
 * above 12 anywhere): the readings that keep the shipment's events in order, then lie closer to the dossier's
 * unambiguous dates, win, as a clerk would read them. One document keeps one order for all its dates.
 */
final class DossierDates {

    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?!\\d)");

    private DossierDates() {
    }

    /** where each date stands in a shipment's life: contract, invoice and insurance, loading, declaration */
    private record Dated(double stage, LocalDate date) {
    }

    static Dossier reconcile(Dossier dossier) {
        List<Dated> anchors = new ArrayList<>();
        for (Document d : dossier.readable()) {
            if (!ambiguous(d)) {
                d.fields().forEach((field, values) -> values.forEach(v -> {
                    Double stage = stage(d, field);
                    if (field.kind() == ValueKind.DATE) {
                        anchors.add(new Dated(stage == null ? Double.NaN : stage, v.date()));
                    }
                }));
            }
        }
        if (anchors.isEmpty()) {
            return dossier;
        }
        List<LocalDate> sorted = anchors.stream().map(Dated::date).sorted().toList();
        LocalDate median = sorted.get(sorted.size() / 2);
        List<Document> unsettled = dossier.documents().stream().filter(d -> d.readable() && ambiguous(d)).toList();
        if (unsettled.isEmpty()) {
            return dossier;
        }
        boolean[] swapped = settle(unsettled, anchors, median);
        List<Document> documents = new ArrayList<>();
        boolean changed = false;
        for (Document d : dossier.documents()) {
            int at = unsettled.indexOf(d);
            Document settled = at >= 0 && swapped[at] ? swapped(d) : d;
            changed |= settled != d;
            documents.add(settled);
        }
        return changed ? new Dossier(dossier.id(), documents) : dossier;
    }

    /** the stage of a document's date in the shipment's order of events, or null when it has none */
    private static Double stage(Document d, Field field) {
        if (field == Field.ON_BOARD_DATE) {
            return 2.0;
        }
        if (field != Field.DOCUMENT_DATE) {
            return null;
        }
        return switch (d.type()) {
            case CONTRACT -> 0.0;
            case INVOICE, INSURANCE -> 1.0;
            case DECLARATION -> 3.0;
            default -> null;
        };
    }

    /** how many dated events the reading puts out of the shipment's order */
    private static int outOfOrder(Double stage, LocalDate date, List<Dated> anchors) {
        if (stage == null) {
            return 0;
        }
        int count = 0;
        for (Dated anchor : anchors) {
            if (Double.isNaN(anchor.stage())) {
                continue;
            }
            if ((anchor.stage() < stage && anchor.date().isAfter(date))
                    || (anchor.stage() > stage && anchor.date().isBefore(date))) {
                count++;
            }
        }
        return count;
    }

    /** the document's numeric dates read both ways, and nothing in it tells the order */
    private static boolean ambiguous(Document d) {
        return dates(d).stream().anyMatch(v -> FieldExtractor.ASSUMED_DAY_ORDER.equals(v.source().assumption()));
    }

    /** more documents of unshown order than this are each settled alone (their readings' pairs are too many) */
    private static final int SETTLED_TOGETHER = 10;

    /**
     * Which of the documents to read with day and month swapped: the readings that keep the shipment's events in order
     * (contract, invoice, loading, declaration) against the dossier's unambiguous dates and against one another (a
     * declaration "11/10/2024" and an on-board date "10/12/2024" read in two orders had put the declaration before
     * the loading); where readings do equally, the one closer to the dossier's dates, then the one as read. One
     * document keeps one order for all its dates.
     */
    private static boolean[] settle(List<Document> documents, List<Dated> anchors, LocalDate median) {
        int n = documents.size();
        boolean[] best = new boolean[n];
        if (n > SETTLED_TOGETHER) {
            for (int i = 0; i < n; i++) {
                best[i] = cost(List.of(documents.get(i)), new boolean[]{true}, anchors, median)
                        .isBelow(cost(List.of(documents.get(i)), new boolean[]{false}, anchors, median));
            }
            return best;
        }
        Cost bestCost = cost(documents, best, anchors, median);
        for (int mask = 1; mask < 1 << n; mask++) {
            boolean[] swaps = new boolean[n];
            for (int i = 0; i < n; i++) {
                swaps[i] = (mask & 1 << i) != 0;
            }
            Cost cost = cost(documents, swaps, anchors, median);
            if (cost.isBelow(bestCost)) {
                best = swaps;
                bestCost = cost;
            }
        }
        return best;
    }

    /** events out of order, then days from the dossier's dates; lower is the likelier reading */
    private record Cost(int disorder, long days) {
        boolean isBelow(Cost other) {
            return disorder < other.disorder || disorder == other.disorder && days < other.days;
        }
    }

    private static Cost cost(List<Document> documents, boolean[] swaps, List<Dated> anchors, LocalDate median) {
        int disorder = 0;
        long days = 0;
        List<List<Dated>> events = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            List<Dated> own = new ArrayList<>();
            for (Map.Entry<Field, List<FieldValue>> e : d.fields().entrySet()) {
                if (e.getKey().kind() != ValueKind.DATE) {
                    continue;
                }
                Double stage = stage(d, e.getKey());
                for (FieldValue v : e.getValue()) {
                    LocalDate other = swaps[i] ? swap(v) : null;
                    LocalDate date = other == null ? v.date() : other;
                    days += Math.abs(ChronoUnit.DAYS.between(median, date));
                    disorder += outOfOrder(stage, date, anchors);
                    if (stage != null) {
                        own.add(new Dated(stage, date));
                    }
                }
            }
            events.add(own);
        }
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                for (Dated event : events.get(i)) {
                    disorder += outOfOrder(event.stage(), event.date(), events.get(j));
                }
            }
        }
        return new Cost(disorder, days);
    }

    /** the document with each of its numeric dates read with day and month swapped, where that is a reading */
    private static Document swapped(Document d) {
        Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
        fields.putAll(d.fields());
        boolean changed = false;
        for (Map.Entry<Field, List<FieldValue>> e : d.fields().entrySet()) {
            if (e.getKey().kind() == ValueKind.DATE) {
                List<FieldValue> values = e.getValue().stream().map(v -> {
                    LocalDate other = swap(v);
                    return other == null ? v : new FieldValue(other.toString(), v.raw(), v.source());
                }).toList();
                changed |= !values.equals(e.getValue());
                fields.put(e.getKey(), values);
            }
        }
        return changed ? new Document(d.id(), d.type(), d.fileName(), d.source(), d.extraction(), d.confidence(),
                fields, d.lines(), d.unreadableReason(), d.withheld()) : d;
    }

    /** the same printed date read with day and month the other way round, or null when that is not a reading */
    private static LocalDate swap(FieldValue v) {
        Matcher m = NUMERIC.matcher(v.raw());
        if (!m.find()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a == b || a > 12 || b > 12) {
            return null;
        }
        LocalDate read = v.date();
        try {
            LocalDate other = LocalDate.of(read.getYear(), read.getDayOfMonth(), read.getMonthValue());
            return other.equals(read) ? null : other;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static List<FieldValue> dates(Document d) {
        List<FieldValue> values = new ArrayList<>();
        d.fields().forEach((field, list) -> {
            if (field.kind() == ValueKind.DATE) {
                values.addAll(list);
            }
        });
        return values;
    }
}
