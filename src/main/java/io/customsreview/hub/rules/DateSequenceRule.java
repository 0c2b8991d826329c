package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

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
        for (Document contract : dated(dossier, DocumentType.CONTRACT, Field.DOCUMENT_DATE)) {
            for (Document invoice : dated(dossier, DocumentType.INVOICE, Field.DOCUMENT_DATE)) {
                FieldValue contractDate = contract.first(Field.DOCUMENT_DATE).orElseThrow();
                FieldValue invoiceDate = invoice.first(Field.DOCUMENT_DATE).orElseThrow();
                if (contractDate.date().isAfter(invoiceDate.date())) {
                    findings.add(Finding.of(id(), Describe.capitalise(Describe.doc(contract)) + " is dated "
                                    + contractDate.value() + ", after " + Describe.doc(invoice) + " dated " + invoiceDate.value(),
                            List.of(Evidence.of(Field.DOCUMENT_DATE, contractDate), Evidence.of(Field.DOCUMENT_DATE, invoiceDate))));
                }
            }
        }
        for (Document bl : dated(dossier, DocumentType.BILL_OF_LADING, Field.ON_BOARD_DATE)) {
            FieldValue onBoard = bl.first(Field.ON_BOARD_DATE).orElseThrow();
            for (Document insurance : dated(dossier, DocumentType.INSURANCE, Field.DOCUMENT_DATE)) {
                FieldValue date = insurance.first(Field.DOCUMENT_DATE).orElseThrow();
                if (date.date().isAfter(onBoard.date())) {
                    findings.add(Finding.of(id(), Describe.capitalise(Describe.doc(insurance)) + " is dated "
                                    + date.value() + ", after the goods went on board on " + onBoard.value() + " ("
                                    + Describe.doc(bl) + ")",
                            List.of(Evidence.of(Field.DOCUMENT_DATE, date), Evidence.of(Field.ON_BOARD_DATE, onBoard))));
                }
            }
            for (Document declaration : dated(dossier, DocumentType.DECLARATION, Field.DOCUMENT_DATE)) {
                FieldValue date = declaration.first(Field.DOCUMENT_DATE).orElseThrow();
                if (date.date().isBefore(onBoard.date())) {
                    findings.add(Finding.of(id(), Describe.capitalise(Describe.doc(declaration)) + " is dated "
                                    + date.value() + ", before the goods went on board on " + onBoard.value() + " ("
                                    + Describe.doc(bl) + ")",
                            List.of(Evidence.of(Field.DOCUMENT_DATE, date), Evidence.of(Field.ON_BOARD_DATE, onBoard))));
                }
            }
        }
        return findings;
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
