package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;
import io.customsreview.hub.llm.PartyNames;
import io.customsreview.hub.llm.Judgment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * PARTY_MISMATCH: the seller (exporter, shipper) and the buyer (importer, consignee) must be the same party on every
 * document that names them. Each document's party is compared with the reference document's: the contract, else
 * the invoice, else the first document that names it. Spelling alone ("Co., Ltd." / "Company Limited") is never a
 * finding; that, and whether two names are one company, is the judge's call.
 */
public final class PartyMismatchRule implements Rule {

    /** the contract is where the parties agreed; the invoice is the next most authoritative */
    private static final List<DocumentType> REFERENCE_ORDER = List.of(DocumentType.CONTRACT, DocumentType.INVOICE);

    @Override
    public RuleId id() {
        return RuleId.PARTY_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(checkParty(dossier, context, Field.SELLER, "Seller"));
        findings.addAll(checkParty(dossier, context, Field.BUYER, "Buyer"));
        return findings;
    }

    private List<Finding> checkParty(Dossier dossier, RuleContext context, Field party, String label) {
        List<Document> carriers = dossier.readable().stream()
                .filter(d -> d.first(party).map(v -> !v.value().isBlank()).orElse(false))
                .toList();
        Optional<Document> reference = reference(carriers);
        if (reference.isEmpty()) {
            return List.of();
        }
        Document ref = agreedOn(carriers, reference.get(), party);
        FieldValue refName = ref.first(party).orElseThrow();
        List<Finding> findings = new ArrayList<>();
        for (Document document : carriers) {
            if (document == ref) {
                continue;
            }
            FieldValue name = document.first(party).orElseThrow();
            Judgment judgment = context.judge().sameParty(refName.value(), name.value());
            if (judgment.same() || ((Consistency.scanned(refName) || Consistency.scanned(name))
                    && PartyNames.readAlike(refName.value(), name.value()))
                    || legalFormDoubtful(refName, name)) {
                continue;
            }
            String message = String.format("%s '%s' on %s %s is a different party from '%s' on %s %s (%s)", label,
                    name.value(), document.type(), document.id(), refName.value(), ref.type(), ref.id(),
                    judgment.reason());
            findings.add(Finding.of(RuleId.PARTY_MISMATCH, message,
                    List.of(Evidence.of(party, refName), Evidence.of(party, name)),
                    judgment.confidence(), judgment.decidedBy()));
        }
        return findings;
    }

    /**
     * the same name but for its legal form, one of the two read doubtfully on a scan ("Vanguard Trading Sti." at 0.59
     * for S.r.l.): the legal form is a name's shortest, most dotted word, the one a scan misreads into another
     */
    private static boolean legalFormDoubtful(FieldValue first, FieldValue second) {
        if (!Consistency.doubtful(first) && !Consistency.doubtful(second)) {
            return false;
        }
        String core = PartyNames.parse(first.value()).compactCore();
        return !core.isEmpty() && core.equals(PartyNames.parse(second.value()).compactCore());
    }

    /**
     * The reference, unless it was read by OCR and another document's name more documents agree with (the same name,
     * or read alike): a scanned contract's misread seller ("Seter Exporter", a box's label) is the one that differs,
     * not each of the documents that agree on the seller. Compared by the names' words alone (no judge): a planted
     * change stays one document's against the others'.
     */
    private static Document agreedOn(List<Document> carriers, Document reference, Field party) {
        if (!Consistency.scanned(reference.first(party).orElseThrow())) {
            return reference;
        }
        Document agreed = reference;
        long most = agreeing(carriers, reference, party);
        for (Document carrier : carriers) {
            long agreeing = agreeing(carriers, carrier, party);
            if (agreeing > most) {
                most = agreeing;
                agreed = carrier;
            }
        }
        return agreed;
    }

    private static long agreeing(List<Document> carriers, Document document, Field party) {
        String name = document.first(party).orElseThrow().value();
        String core = PartyNames.parse(name).compactCore();
        return carriers.stream().map(d -> d.first(party).orElseThrow().value())
                .filter(other -> PartyNames.parse(other).compactCore().equals(core)
                        || PartyNames.readAlike(name, other)).count();
    }

    private static Optional<Document> reference(List<Document> carriers) {
        return carriers.stream().min(Comparator.comparingInt(d -> {
            int rank = REFERENCE_ORDER.indexOf(d.type());
            return rank < 0 ? REFERENCE_ORDER.size() : rank; // stable: equal ranks keep arrival order
        }));
    }
}
