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
 * above 12 anywhere): the reading that lies closer to the dossier's unambiguous dates wins, as a clerk would read
 * them. One document keeps one order for all its dates.
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
        List<Document> documents = new ArrayList<>();
        boolean changed = false;
        for (Document d : dossier.documents()) {
            Document settled = d.readable() && ambiguous(d) ? settle(d, anchors, median) : d;
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

    /**
     * Reads the document's dates the way that keeps the shipment's events in order (contract, invoice, loading,
     * declaration) against the dossier's unambiguous dates; where both ways do equally, the way closer to them.
     */
    private static Document settle(Document d, List<Dated> anchors, LocalDate median) {
        long asRead = 0;
        long swapped = 0;
        int asReadDisorder = 0;
        int swappedDisorder = 0;
        Map<Field, List<FieldValue>> fields = new EnumMap<>(Field.class);
        fields.putAll(d.fields());
        for (Map.Entry<Field, List<FieldValue>> e : d.fields().entrySet()) {
            if (e.getKey().kind() != ValueKind.DATE) {
                continue;
            }
            Double stage = stage(d, e.getKey());
            for (FieldValue v : e.getValue()) {
                LocalDate other = swap(v);
                if (other != null) {
                    asRead += Math.abs(ChronoUnit.DAYS.between(median, v.date()));
                    swapped += Math.abs(ChronoUnit.DAYS.between(median, other));
                    asReadDisorder += outOfOrder(stage, v.date(), anchors);
                    swappedDisorder += outOfOrder(stage, other, anchors);
                }
            }
        }
        if (swappedDisorder != asReadDisorder) {
            swapped = swappedDisorder < asReadDisorder ? -1 : Long.MAX_VALUE;
            asRead = 0;
        }
        if (swapped >= asRead) {
            return d;
        }
        for (Map.Entry<Field, List<FieldValue>> e : d.fields().entrySet()) {
            if (e.getKey().kind() == ValueKind.DATE) {
                fields.put(e.getKey(), e.getValue().stream().map(v -> {
                    LocalDate other = swap(v);
                    return other == null ? v : new FieldValue(other.toString(), v.raw(), v.source());
                }).toList());
            }
        }
        return new Document(d.id(), d.type(), d.fileName(), d.source(), d.extraction(), d.confidence(), fields,
                d.lines(), d.unreadableReason());
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
