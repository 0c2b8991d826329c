package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * DATE_SEQUENCE_ERROR: the contract is dated after the invoice, the insurance after the goods went on board (cover
 * must start before the voyage), or the declaration before they went on board. Same-day dates are in sequence.
 */
final class DateSequenceRule implements Rule, FieldDependent {

    @Override
    public RuleId id() {
        return RuleId.DATE_SEQUENCE_ERROR;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Dates dated = Dates.of(dossier);
        for (Document contract : dated(dossier, DocumentType.CONTRACT, Field.DOCUMENT_DATE)) {
            for (Document invoice : dated(dossier, DocumentType.INVOICE, Field.DOCUMENT_DATE)) {
                FieldValue contractDate = contract.first(Field.DOCUMENT_DATE).orElseThrow();
                FieldValue invoiceDate = invoice.first(Field.DOCUMENT_DATE).orElseThrow();
                if (dated.of(contractDate).isAfter(dated.of(invoiceDate))) {
                    findings.add(Finding.of(id(), Describe.capitalise(Describe.doc(contract)) + " is dated "
                                    + dated.shown(contractDate) + ", after " + Describe.doc(invoice) + " dated "
                                    + dated.shown(invoiceDate),
                            List.of(Evidence.of(Field.DOCUMENT_DATE, contractDate), Evidence.of(Field.DOCUMENT_DATE, invoiceDate))));
                }
            }
        }
        for (Document bl : dated(dossier, DocumentType.BILL_OF_LADING, Field.ON_BOARD_DATE)) {
            FieldValue onBoard = bl.first(Field.ON_BOARD_DATE).orElseThrow();
            for (Document insurance : dated(dossier, DocumentType.INSURANCE, Field.DOCUMENT_DATE)) {
                FieldValue date = insurance.first(Field.DOCUMENT_DATE).orElseThrow();
                if (dated.of(date).isAfter(dated.of(onBoard))) {
                    findings.add(Finding.of(id(), Describe.capitalise(Describe.doc(insurance)) + " is dated "
                                    + dated.shown(date) + ", after the goods went on board on " + dated.shown(onBoard)
                                    + " ("
                                    + Describe.doc(bl) + ")",
                            List.of(Evidence.of(Field.DOCUMENT_DATE, date), Evidence.of(Field.ON_BOARD_DATE, onBoard))));
                }
            }
            for (Document declaration : dated(dossier, DocumentType.DECLARATION, Field.DOCUMENT_DATE)) {
                FieldValue date = declaration.first(Field.DOCUMENT_DATE).orElseThrow();
                if (dated.of(date).isBefore(dated.of(onBoard))) {
                    findings.add(Finding.of(id(), Describe.capitalise(Describe.doc(declaration)) + " is dated "
                                    + dated.shown(date) + ", before the goods went on board on " + dated.shown(onBoard)
                                    + " ("
                                    + Describe.doc(bl) + ")",
                            List.of(Evidence.of(Field.DOCUMENT_DATE, date), Evidence.of(Field.ON_BOARD_DATE, onBoard))));
                }
            }
        }
        return findings;
    }

    /**
     * The dossier's dates as the rule reads them. A date whose document does not show whether day or month comes
     * first ("09/05/2025"), read months away from the dossier's other dates (the median of those whose order is
     * shown), is read in the other order where that puts it among them: documents of one shipment are dated within
     * weeks of one another.
     */
    private record Dates(LocalDate median) {

        static final String ORDER_FROM_THE_DOSSIER = " (day and month order as the dossier's other dates suggest)";
        private static final long FAR_DAYS = 60;
        private static final long NEAR_DAYS = 30;

        static Dates of(Dossier dossier) {
            List<LocalDate> shown = new ArrayList<>();
            for (Document document : dossier.readable()) {
                for (Field field : List.of(Field.DOCUMENT_DATE, Field.ON_BOARD_DATE)) {
                    document.first(field).filter(v -> !ambiguous(v)).ifPresent(v -> {
                        try {
                            shown.add(v.date());
                        } catch (RuntimeException e) {
                            // no date: nothing to place the others by
                        }
                    });
                }
            }
            shown.sort(null);
            return new Dates(shown.isEmpty() ? null : shown.get(shown.size() / 2));
        }

        private static boolean ambiguous(FieldValue value) {
            return value.source() != null && io.customsreview.hub.extraction.FieldExtractor.ASSUMED_DAY_ORDER
                    .equals(value.source().assumption());
        }

        LocalDate of(FieldValue value) {
            LocalDate read = value.date();
            if (median == null || !ambiguous(value) || read.getDayOfMonth() > 12
                    || read.getDayOfMonth() == read.getMonthValue()) {
                return read;
            }
            LocalDate swapped = LocalDate.of(read.getYear(), read.getDayOfMonth(),
                    read.getMonthValue());
            long asRead = Math.abs(ChronoUnit.DAYS.between(median, read));
            long other = Math.abs(ChronoUnit.DAYS.between(median, swapped));
            // only a reading months away from the others, where the other order puts it among them: dates of one
            // shipment spread over weeks, and the document's own (assumed) order is right far more often
            return asRead > FAR_DAYS && other <= NEAR_DAYS ? swapped : read;
        }

        String shown(FieldValue value) {
            LocalDate date = of(value);
            return date.equals(value.date()) ? value.value() : date + ORDER_FROM_THE_DOSSIER;
        }
    }

    private static List<Document> dated(Dossier dossier, DocumentType type, Field field) {
        return dossier.ofType(type).stream().filter(d -> d.has(field)).toList();
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        List<MissingField> missing = new ArrayList<>(MissingFields.among(dossier, id(), Field.DOCUMENT_DATE,
                EnumSet.of(DocumentType.CONTRACT, DocumentType.INVOICE)));
        // the on-board date is compared with the insurance's and the declaration's own dates
        List<Document> bls = dossier.ofType(DocumentType.BILL_OF_LADING);
        List<Document> afterLoading = dossier.readable().stream()
                .filter(d -> d.type() == DocumentType.INSURANCE || d.type() == DocumentType.DECLARATION).toList();
        List<Evidence> theirDates = afterLoading.stream().filter(d -> d.has(Field.DOCUMENT_DATE))
                .map(d -> Evidence.of(Field.DOCUMENT_DATE, d.first(Field.DOCUMENT_DATE).orElseThrow())).toList();
        List<Evidence> onBoardDates = bls.stream().filter(d -> d.has(Field.ON_BOARD_DATE))
                .map(d -> Evidence.of(Field.ON_BOARD_DATE, d.first(Field.ON_BOARD_DATE).orElseThrow())).toList();
        if (!theirDates.isEmpty()) {
            bls.stream().filter(d -> !d.has(Field.ON_BOARD_DATE))
                    .forEach(d -> missing.add(new MissingField(d, Field.ON_BOARD_DATE, id(), theirDates)));
        }
        if (!onBoardDates.isEmpty()) {
            afterLoading.stream().filter(d -> !d.has(Field.DOCUMENT_DATE))
                    .forEach(d -> missing.add(new MissingField(d, Field.DOCUMENT_DATE, id(), onBoardDates)));
        }
        return missing;
    }
}
