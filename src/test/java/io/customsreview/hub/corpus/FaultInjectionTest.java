package io.customsreview.hub.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.RuleId;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static io.customsreview.hub.corpus.CorpusAssertions.textContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every fault changes what it claims, where it claims, and nothing else. */
class FaultInjectionTest {

    private static final long[] SEEDS = {1L, 7L, 2025L, 424242L, 11L, 12L, 13L, 99L, 123456789L, -5L};
    /** Faults that change every document (so that documents stay consistent with each other). */
    private static final Set<Fault> EVERYWHERE = EnumSet.of(Fault.HS_CODE_INVALID, Fault.NET_EXCEEDS_GROSS, Fault.CONTAINER_NUMBER_INVALID);

    @Test
    void everyRuleButMissingFieldHasAFault() {
        for (RuleId r : RuleId.values()) {
            if (r != RuleId.MISSING_FIELD) {
                assertThat(Fault.forRule(r)).as(r.name()).isPresent();
                assertThat(Fault.forRule(r).get().expectedRules()).contains(r);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void faultChangesWhatItClaims(Fault fault) throws Exception {
        for (long seed : SEEDS) {
            DossierDraft clean = CorpusGenerator.draft(seed, 1, List.of());
            DossierDraft bad = CorpusGenerator.draft(seed, 1, List.of(fault));
            if (fault.needsInsurance() && !clean.base().insuranceRequired()) {
                clean = cleanWithInsurance(seed, bad);
            }
            String ctx = fault + " seed " + seed;
            assertThat(bad.records()).as(ctx).isNotEmpty();
            assertThat(bad.faults()).containsExactly(fault);
            for (FaultRecord rec : bad.records()) {
                assertThat(rec.fault()).isEqualTo(fault);
                if (rec.document() == null || rec.field().equals("document")) {
                    continue;
                }
                DocumentType t = rec.document();
                DocContent before = clean.content(t);
                DocContent after = bad.content(t);
                Object was = CorpusAssertions.truth(before.truth, rec.field());
                Object now = CorpusAssertions.truth(after.truth, rec.field());
                assertThat(now).as(ctx + " " + t + "." + rec.field() + " is in the document's truth").isNotNull();
                assertThat(now).as(ctx + " " + t + "." + rec.field()).isNotEqualTo(was);
                if (rec.expectText() != null) {
                    String text = PdfText.text(bad.render(t));
                    assertThat(textContains(text, rec.expectText())).as(ctx + " text of " + t + " contains " + rec.expectText()).isTrue();
                }
            }
            // documents the fault does not target are untouched
            assertThat(fault.changesAllDocuments()).isEqualTo(EVERYWHERE.contains(fault));
            if (!EVERYWHERE.contains(fault)) {
                Set<DocumentType> targeted = EnumSet.noneOf(DocumentType.class);
                bad.records().stream().map(FaultRecord::document).filter(Objects::nonNull).forEach(targeted::add);
                for (DocumentType t : bad.views().keySet()) {
                    if (!targeted.contains(t)) {
                        assertThat(bad.views().get(t)).as(ctx + " untouched " + t).isEqualTo(clean.views().get(t));
                    }
                }
            }
            // no accidental arithmetic errors
            if (fault != Fault.LINE_ARITHMETIC_ERROR) {
                for (DocumentType t : List.of(DocumentType.CONTRACT, DocumentType.INVOICE)) {
                    if (bad.views().containsKey(t)) {
                        assertThat(CorpusAssertions.arithmeticHolds(bad.views().get(t))).as(ctx + " arithmetic " + t).isTrue();
                    }
                }
            }
            checkSpecific(fault, clean, bad, ctx);
        }
    }

    private static DossierDraft cleanWithInsurance(long seed, DossierDraft bad) {
        // the fault forced CIF/CIP: compare with the same forced shipment, unfaulted
        DossierDraft d = CorpusGenerator.draft(seed, 1, List.of());
        d.base = bad.base();
        d.views().replaceAll((k, v) -> bad.base());
        d.views().put(DocumentType.INSURANCE, bad.base());
        d.styles().put(DocumentType.INSURANCE, bad.styles().get(DocumentType.INSURANCE));
        return d;
    }

    private static void checkSpecific(Fault fault, DossierDraft clean, DossierDraft bad, String ctx) throws Exception {
        Shipment inv = bad.views().get(DocumentType.INVOICE);
        switch (fault) {
            case MISSING_DOCUMENT -> {
                DocumentType gone = bad.records().get(0).document();
                assertThat(clean.views()).containsKey(gone);
                assertThat(bad.views()).doesNotContainKey(gone);
            }
            case INVOICE_CONTRACT_AMOUNT_MISMATCH -> {
                Shipment c = bad.views().get(DocumentType.CONTRACT);
                assertThat(c.totalAmount()).as(ctx).isGreaterThan(inv.totalAmount());
                assertThat(c.currency()).isEqualTo(inv.currency());
                assertThat(bad.views().get(DocumentType.DECLARATION).totalAmount()).isEqualTo(inv.totalAmount());
            }
            case DECLARED_VALUE_EXCEEDS_CONTRACT -> assertThat(bad.views().get(DocumentType.DECLARATION).totalAmount())
                    .isGreaterThan(bad.views().get(DocumentType.CONTRACT).totalAmount());
            case DECLARED_INVOICE_VALUE_MISMATCH -> {
                BigDecimal decl = bad.views().get(DocumentType.DECLARATION).totalAmount();
                assertThat(decl).isLessThan(inv.totalAmount());
                assertThat(decl).isLessThanOrEqualTo(bad.views().get(DocumentType.CONTRACT).totalAmount());
            }
            case LINE_ARITHMETIC_ERROR -> {
                DocumentType t = bad.records().get(0).document();
                Shipment s = bad.views().get(t);
                assertThat(CorpusAssertions.arithmeticHolds(s)).isFalse();
                assertThat(s.totalAmount()).isEqualTo(clean.base().totalAmount());
            }
            case CURRENCY_MISMATCH -> assertThat(bad.views().get(DocumentType.CONTRACT).currency()).isNotEqualTo(inv.currency());
            case HS_CODE_INVALID -> {
                Set<String> valid = HsNomenclatureFile.subheadings();
                String code = bad.records().get(0).to();
                assertThat(valid).doesNotContain(code.substring(0, 6));
                bad.views().values().forEach(v -> assertThat(v.lines().stream().map(GoodsLine::hsCode)).contains(code));
            }
            case HS_CODE_MISMATCH -> {
                Set<String> valid = HsNomenclatureFile.subheadings();
                assertThat(valid).contains(bad.records().get(0).to().substring(0, 6));
                assertThat(bad.records().get(0).from().substring(0, 6)).isNotEqualTo(bad.records().get(0).to().substring(0, 6));
            }
            case NET_EXCEEDS_GROSS -> bad.views().values().forEach(v -> {
                assertThat(v.totalNet()).isGreaterThan(v.totalGross());
                assertThat(v.totalNet()).isEqualTo(inv.totalNet());
            });
            case GROSS_WEIGHT_MISMATCH -> {
                Shipment s = bad.views().get(bad.records().get(0).document());
                assertThat(s.totalGross().subtract(inv.totalGross()).abs().doubleValue()).isGreaterThan(inv.totalGross().doubleValue() * 0.01);
                assertThat(s.totalNet()).isLessThan(s.totalGross());
            }
            case NET_WEIGHT_MISMATCH -> {
                Shipment s = bad.views().get(bad.records().get(0).document());
                assertThat(s.totalNet().subtract(inv.totalNet()).abs().doubleValue()).isGreaterThan(inv.totalNet().doubleValue() * 0.001);
                s.lines().forEach(l -> assertThat(l.netWeight()).isLessThan(l.grossWeight()));
            }
            case CONTAINER_NUMBER_INVALID -> {
                String n = bad.records().get(0).to();
                assertThat(Iso6346.isValid(n)).isFalse();
                assertThat(Iso6346.isValid(bad.records().get(0).from())).isTrue();
                bad.views().values().forEach(v -> assertThat(v.containers().stream().map(ContainerUnit::number)).contains(n));
            }
            case CONTAINER_MISMATCH -> {
                assertThat(Iso6346.isValid(bad.records().get(0).to())).isTrue();
                clean.base().containers().forEach(c -> assertThat(Iso6346.isValid(c.number())).isTrue());
            }
            case PARTY_MISMATCH -> {
                FaultRecord r = bad.records().get(0);
                assertThat(CorpusAssertions.norm(r.to())).isNotEqualTo(CorpusAssertions.norm(r.from()));
                assertThat(r.to().split(" ")[0]).isNotEqualTo(r.from().split(" ")[0]);
            }
            case INCOTERMS_MISMATCH -> {
                Shipment s = bad.views().get(bad.records().get(0).document());
                assertThat(s.insuranceRequired()).isEqualTo(clean.base().insuranceRequired());
                assertThat(s.incoterm()).isNotEqualTo(clean.base().incoterm());
            }
            case DATE_SEQUENCE_ERROR -> {
                Shipment c = bad.views().get(DocumentType.CONTRACT);
                Shipment b = bad.views().get(DocumentType.BILL_OF_LADING);
                Shipment dcl = bad.views().get(DocumentType.DECLARATION);
                Shipment ins = bad.views().get(DocumentType.INSURANCE);
                boolean broken = c.contractDate().isAfter(inv.invoiceDate())
                        || dcl.declarationDate().isBefore(b.onBoardDate())
                        || (ins != null && ins.insuranceDate().isAfter(b.onBoardDate()));
                assertThat(broken).as(ctx).isTrue();
            }
            case INSURANCE_INSUFFICIENT -> {
                Shipment s = bad.views().get(DocumentType.INSURANCE);
                assertThat(s.insuranceRequired()).isTrue();
                assertThat(s.insuredAmount()).isLessThan(inv.totalAmount().multiply(new BigDecimal("1.1")));
            }
            case UNREADABLE_DOCUMENT -> {
                assertThat(bad.extras()).hasSize(1);
                byte[] bytes = bad.extras().get(0).bytes();
                assertThatThrownBy(() -> Loader.loadPDF(bytes).close()).as(ctx).isInstanceOf(java.io.IOException.class);
                assertThat(bad.views().keySet()).isEqualTo(clean.views().keySet());
            }
            default -> {
            }
        }
    }

    @Test
    void manySeedsStayConsistent() {
        for (long seed = 100; seed < 250; seed++) {
            for (Fault fault : Fault.values()) {
                DossierDraft bad = CorpusGenerator.draft(seed, 1, List.of(fault));
                String ctx = fault + " seed " + seed;
                Shipment inv = bad.views().get(DocumentType.INVOICE);
                for (DocumentType t : bad.views().keySet()) {
                    Shipment v = bad.views().get(t);
                    assertThat(bad.content(t).truth).as(ctx).isNotEmpty();
                    if (fault != Fault.LINE_ARITHMETIC_ERROR && (t == DocumentType.CONTRACT || t == DocumentType.INVOICE)) {
                        assertThat(CorpusAssertions.arithmeticHolds(v)).as(ctx + " " + t).isTrue();
                    }
                    if (fault != Fault.NET_EXCEEDS_GROSS) {
                        assertThat(v.totalNet()).as(ctx + " " + t).isLessThan(v.totalGross());
                    }
                    if (fault == Fault.NET_WEIGHT_MISMATCH && t == bad.records().get(0).document()) {
                        assertThat(v.totalNet().subtract(inv.totalNet()).abs().doubleValue()).as(ctx)
                                .isGreaterThan(inv.totalNet().doubleValue() * 0.002);
                    }
                    if (fault != Fault.CURRENCY_MISMATCH) {
                        assertThat(v.currency()).isEqualTo(inv.currency());
                    }
                    if (fault != Fault.INCOTERMS_MISMATCH) {
                        assertThat(v.incoterm()).isEqualTo(inv.incoterm());
                    }
                    if (fault != Fault.CONTAINER_NUMBER_INVALID) {
                        v.containers().forEach(c -> assertThat(Iso6346.isValid(c.number())).as(ctx).isTrue());
                    }
                }
                if (fault != Fault.DECLARED_VALUE_EXCEEDS_CONTRACT && fault != Fault.DECLARED_INVOICE_VALUE_MISMATCH) {
                    assertThat(bad.views().get(DocumentType.DECLARATION).totalAmount()).as(ctx).isEqualTo(inv.totalAmount());
                }
                if (fault != Fault.DATE_SEQUENCE_ERROR) {
                    assertThat(bad.views().get(DocumentType.DECLARATION).declarationDate())
                            .isAfterOrEqualTo(bad.views().get(DocumentType.BILL_OF_LADING).onBoardDate());
                }
            }
        }
    }

    @Test
    void expectedJsonListsFaultAndRules(@TempDir Path tmp) throws Exception {
        ObjectMapper om = new ObjectMapper();
        List<CorpusGenerator.GeneratedDossier> all = CorpusGenerator.generate(tmp, Fault.values().length, 5L, FaultPlan.cycle());
        for (int i = 0; i < all.size(); i++) {
            CorpusGenerator.GeneratedDossier g = all.get(i);
            Fault f = Fault.values()[i];
            JsonNode exp = om.readTree(CorpusGenerator.expectedFile(g.dir()).toFile());
            assertThat(exp.get("clean").asBoolean()).isFalse();
            assertThat(exp.get("faults").get(0).asText()).isEqualTo(f.name());
            List<String> rules = new ArrayList<>();
            exp.get("expectedRules").forEach(n -> rules.add(n.asText()));
            assertThat(rules).containsExactlyInAnyOrderElementsOf(f.expectedRules().stream().map(Enum::name).toList());
            assertThat(exp.get("faultDetails")).isNotEmpty();
            if (f == Fault.UNREADABLE_DOCUMENT) {
                assertThat(g.files()).containsValue(DocumentType.UNKNOWN);
            }
            if (f == Fault.MISSING_DOCUMENT) {
                assertThat(g.files().values()).doesNotContain(g.draft().records().get(0).document());
            }
        }
    }

    @Test
    void randomPlanMixesCleanAndFaulty() {
        FaultPlan p = FaultPlan.random(0.5);
        int faulty = 0;
        for (int i = 1; i <= 200; i++) {
            faulty += p.faultsFor(i, CorpusGenerator.dossierSeed(3, i)).isEmpty() ? 0 : 1;
        }
        assertThat(faulty).isBetween(70, 130);
        Map<Integer, Integer> none = Map.of();
        assertThat(none).isEmpty();
    }
}
