package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.RuleId;

import java.util.EnumSet;

/** INVOICE_NUMBER_MISMATCH: the invoice number cited by declaration, packing list or certificate differs. */
final class InvoiceNumberRule extends ReferenceRule {
    InvoiceNumberRule() {
        super(RuleId.INVOICE_NUMBER_MISMATCH, Field.INVOICE_NUMBER, "Invoice number", DocumentType.INVOICE,
                EnumSet.of(DocumentType.INVOICE, DocumentType.PACKING_LIST, DocumentType.DECLARATION,
                        DocumentType.CERTIFICATE_OF_ORIGIN));
    }
}
