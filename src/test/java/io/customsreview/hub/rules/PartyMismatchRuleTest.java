package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DecidedBy;
import io.customsreview.hub.domain.DocumentBuilder;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.llm.EmbeddingJudge;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.customsreview.hub.domain.DocumentType.BILL_OF_LADING;
import static io.customsreview.hub.domain.DocumentType.CONTRACT;
import static io.customsreview.hub.domain.DocumentType.DECLARATION;
import static io.customsreview.hub.domain.DocumentType.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;

class PartyMismatchRuleTest {

    /** one model for the class: it takes about a second to load */
    private static final RuleContext CONTEXT = new RuleContext(RuleSettings.defaults(), code -> true,
            new EmbeddingJudge());

    private final PartyMismatchRule rule = new PartyMismatchRule();

    @Test
    void spellingOfTheSamePartiesIsNoFinding() {
        Dossier dossier = new Dossier("ok", List.of(
                DocumentBuilder.of("d1", INVOICE).with(Field.SELLER, "ACME Trading Co., Ltd.")
                        .with(Field.BUYER, "Northwind Traders Inc.").build(),
                DocumentBuilder.of("d2", CONTRACT).with(Field.SELLER, "Acme Trading Company Limited")
                        .with(Field.BUYER, "NORTHWIND TRADERS INCORPORATED").build(),
                DocumentBuilder.of("d3", BILL_OF_LADING)
                        .with(Field.SELLER, "ACME TRADING CO LTD, 12 Harbour Road, Shenzhen, China")
                        .with(Field.BUYER, "Northwind Traders, Inc.").build(),
                DocumentBuilder.of("d4", DECLARATION).with(Field.SELLER, "Acme Trading Co Ltd").build()));

        assertThat(rule.check(dossier, CONTEXT)).isEmpty();
    }

    @Test
    void aDifferentSellerIsAFindingAgainstTheContract() {
        Dossier dossier = new Dossier("bad", List.of(
                DocumentBuilder.of("d1", INVOICE).with(Field.SELLER, "Apex Trading Co., Ltd.")
                        .with(Field.BUYER, "Northwind Traders Inc.").build(),
                DocumentBuilder.of("d2", CONTRACT).with(Field.SELLER, "Acme Trading Co., Ltd.")
                        .with(Field.BUYER, "Northwind Traders Inc.").build(),
                DocumentBuilder.of("d3", BILL_OF_LADING).with(Field.SELLER, "ACME TRADING COMPANY LIMITED")
                        .with(Field.BUYER, "Southwind Traders Inc.").build()));

        List<Finding> findings = rule.check(dossier, CONTEXT);

        assertThat(findings).hasSize(2);
        Finding seller = findings.get(0);
        assertThat(seller.rule()).isEqualTo("PARTY_MISMATCH");
        assertThat(seller.message()).contains("Seller", "Apex Trading Co., Ltd.", "d1", "d2");
        assertThat(seller.evidence()).extracting(e -> e.document() + ":" + e.field() + "=" + e.value())
                .containsExactly("d2:seller=Acme Trading Co., Ltd.", "d1:seller=Apex Trading Co., Ltd.");
        assertThat(seller.decidedBy()).isEqualTo(DecidedBy.EMBEDDING);
        assertThat(seller.confidence()).isGreaterThan(0.5);
        Finding buyer = findings.get(1);
        assertThat(buyer.message()).contains("Buyer", "Southwind", "d3", "d2");
    }

    @Test
    void withoutContractTheInvoiceIsTheReference() {
        Dossier dossier = new Dossier("no-contract", List.of(
                DocumentBuilder.of("d1", BILL_OF_LADING).with(Field.BUYER, "Blue Ocean Seafood Inc").build(),
                DocumentBuilder.of("d2", DECLARATION).with(Field.BUYER, "Blue Ocean Seafood Inc").build(),
                DocumentBuilder.of("d3", INVOICE).with(Field.BUYER, "Red Ocean Seafood Inc").build()));

        List<Finding> findings = rule.check(dossier, CONTEXT);

        // one finding per differing document, each against the invoice
        assertThat(findings).hasSize(2);
        assertThat(findings).allSatisfy(f -> assertThat(f.evidence().get(0).document()).isEqualTo("d3"));
    }

    @Test
    void unreadableDocumentsAndMissingPartiesAreIgnored() {
        Dossier dossier = new Dossier("sparse", List.of(
                DocumentBuilder.of("d1", INVOICE).with(Field.SELLER, "Acme Trading Co").build(),
                DocumentBuilder.of("d2", DECLARATION).build(),
                io.customsreview.hub.domain.Document.unreadable("d3", "x.png", "test",
                        io.customsreview.hub.domain.ExtractionMethod.OCR, "blank page")));

        assertThat(rule.check(dossier, CONTEXT)).isEmpty();
    }
}
