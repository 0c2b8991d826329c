package io.customsreview.hub.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.customsreview.hub.domain.DocumentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.customsreview.hub.corpus.CorpusAssertions.textContains;
import static org.assertj.core.api.Assertions.assertThat;

/** Clean dossiers: consistent, readable, varied, and the PDFs say what expected.json relies on. */
class CleanDossierTest {

    private static final long SEED = 20250304L;

    @Test
    void cleanDossiersAreConsistent() {
        for (int i = 1; i <= 40; i++) {
            DossierDraft d = CorpusGenerator.draft(SEED, i, List.of());
            Shipment s = d.base();
            assertThat(d.views().keySet()).contains(DocumentType.CONTRACT, DocumentType.INVOICE, DocumentType.PACKING_LIST,
                    DocumentType.BILL_OF_LADING, DocumentType.DECLARATION);
            assertThat(d.views().containsKey(DocumentType.INSURANCE)).isEqualTo(s.insuranceRequired());
            d.views().values().forEach(v -> assertThat(v).isEqualTo(s));
            assertThat(CorpusAssertions.arithmeticHolds(s)).isTrue();
            assertThat(s.lines()).hasSizeBetween(1, 5);
            assertThat(s.contractDate()).isBefore(s.invoiceDate());
            assertThat(s.invoiceDate()).isBeforeOrEqualTo(s.onBoardDate());
            assertThat(s.onBoardDate()).isBeforeOrEqualTo(s.declarationDate());
            assertThat(s.insuranceDate()).isBeforeOrEqualTo(s.onBoardDate());
            assertThat(s.totalNet()).isLessThan(s.totalGross());
            s.lines().forEach(l -> assertThat(l.netWeight()).isLessThan(l.grossWeight()));
            s.containers().forEach(c -> assertThat(Iso6346.isValid(c.number())).as(c.number()).isTrue());
            assertThat(s.insuredAmount()).isGreaterThanOrEqualTo(s.totalAmount().multiply(new BigDecimal("1.1")));
            assertThat(s.totalPackages()).isEqualTo(s.lines().stream().mapToInt(GoodsLine::packages).sum());
        }
    }

    @Test
    void sameSeedSameDossier() throws Exception {
        DossierDraft a = CorpusGenerator.draft(SEED, 3, List.of());
        DossierDraft b = CorpusGenerator.draft(SEED, 3, List.of());
        assertThat(a.base()).isEqualTo(b.base());
        assertThat(a.styles()).isEqualTo(b.styles());
        assertThat(PdfText.text(a.render(DocumentType.INVOICE))).isEqualTo(PdfText.text(b.render(DocumentType.INVOICE)));
        assertThat(CorpusGenerator.draft(SEED, 4, List.of()).base()).isNotEqualTo(a.base());
    }

    @Test
    void pdfTextCarriesTheValuesTheChecksRelyOn(@TempDir Path tmp) throws Exception {
        for (int i = 1; i <= 12; i++) {
            CorpusGenerator.GeneratedDossier g = CorpusGenerator.generateDossier(tmp, SEED, i, List.of());
            Shipment s = g.draft().base();
            for (Map.Entry<String, DocumentType> f : g.files().entrySet()) {
                DocumentType t = f.getValue();
                DocStyle st = g.draft().styles().get(t);
                String text = PdfText.text(g.dir().resolve(f.getKey()));
                String ctx = g.dossierId() + " " + f.getKey() + " " + t + " " + st.layout();
                switch (t) {
                    case CONTRACT -> {
                        assertThat(textContains(text, s.contractNo())).as(ctx).isTrue();
                        assertThat(textContains(text, st.amount(s.totalAmount()))).as(ctx).isTrue();
                        assertThat(textContains(text, st.date(s.contractDate()))).as(ctx).isTrue();
                    }
                    case INVOICE -> {
                        assertThat(textContains(text, s.invoiceNo())).as(ctx).isTrue();
                        assertThat(textContains(text, s.contractNo())).as(ctx).isTrue();
                        assertThat(textContains(text, st.amount(s.totalAmount()))).as(ctx).isTrue();
                        assertThat(textContains(text, s.originCountry())).as(ctx).isTrue();
                        assertThat(textContains(text, s.incoterm())).as(ctx).isTrue();
                        for (GoodsLine l : s.lines()) {
                            assertThat(textContains(text, st.hs(l.hsCode()))).as(ctx + " hs").isTrue();
                            assertThat(textContains(text, st.amount(l.amount()))).as(ctx + " line amount").isTrue();
                            assertThat(textContains(text, st.amount(l.unitPrice()))).as(ctx + " unit price").isTrue();
                            assertThat(textContains(text, st.quantity(l.quantity()))).as(ctx + " qty").isTrue();
                        }
                    }
                    case PACKING_LIST -> {
                        assertThat(textContains(text, s.invoiceNo())).as(ctx).isTrue();
                        assertThat(textContains(text, st.weight(s.totalGross()))).as(ctx).isTrue();
                        assertThat(textContains(text, st.weight(s.totalNet()))).as(ctx).isTrue();
                        assertThat(textContains(text, String.valueOf(s.totalPackages()))).as(ctx).isTrue();
                        s.containers().forEach(c -> assertThat(textContains(text, c.number())).as(ctx).isTrue());
                    }
                    case BILL_OF_LADING -> {
                        assertThat(textContains(text, s.blNo())).as(ctx).isTrue();
                        assertThat(textContains(text, s.vessel())).as(ctx).isTrue();
                        assertThat(textContains(text, s.voyage())).as(ctx).isTrue();
                        assertThat(textContains(text, st.date(s.onBoardDate()))).as(ctx).isTrue();
                        assertThat(textContains(text, st.weight(s.totalGross()))).as(ctx).isTrue();
                        assertThat(textContains(text, s.portOfLoading().name())).as(ctx).isTrue();
                        s.containers().forEach(c -> assertThat(textContains(text, c.number())).as(ctx).isTrue());
                    }
                    case DECLARATION -> {
                        for (String v : List.of(s.blNo(), s.invoiceNo(), s.contractNo(), s.declarationNo(), st.amount(s.totalAmount()),
                                st.weight(s.totalGross()), st.weight(s.totalNet()), st.date(s.declarationDate()), s.vessel())) {
                            assertThat(textContains(text, v)).as(ctx + " " + v).isTrue();
                        }
                    }
                    case CERTIFICATE_OF_ORIGIN -> {
                        assertThat(textContains(text, s.certificateNo())).as(ctx).isTrue();
                        assertThat(textContains(text, s.invoiceNo())).as(ctx).isTrue();
                        assertThat(textContains(text, s.originCountry())).as(ctx).isTrue();
                    }
                    case INSURANCE -> {
                        assertThat(textContains(text, s.policyNo())).as(ctx).isTrue();
                        assertThat(textContains(text, st.amount(s.insuredAmount()))).as(ctx).isTrue();
                        assertThat(textContains(text, s.blNo())).as(ctx).isTrue();
                    }
                    default -> throw new AssertionError(t);
                }
                assertThat(CorpusAssertions.textContainsWords(text, st.party(s.seller()))).as(ctx + " seller").isTrue();
            }
        }
    }

    @Test
    void writtenDossierLooksLikeAnInbox(@TempDir Path tmp) throws Exception {
        List<CorpusGenerator.GeneratedDossier> all = CorpusGenerator.generate(tmp, 6, 99L, FaultPlan.clean());
        ObjectMapper om = new ObjectMapper();
        for (CorpusGenerator.GeneratedDossier g : all) {
            assertThat(g.dir().getFileName().toString()).matches("SHP-99-000\\d");
            JsonNode exp = om.readTree(CorpusGenerator.expectedFile(g.dir()).toFile());
            assertThat(exp.get("dossierId").asText()).isEqualTo(g.dossierId());
            assertThat(exp.get("clean").asBoolean()).isTrue();
            assertThat(exp.get("faults")).isEmpty();
            assertThat(exp.get("expectedRules")).isEmpty();
            assertThat(exp.get("documents")).hasSize(g.files().size());
            try (var files = Files.list(g.dir())) {
                List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
                assertThat(pdfs).hasSize(g.files().size());
                for (Path p : pdfs) {
                    assertThat(p.getFileName().toString().toLowerCase())
                            .doesNotContain("invoice", "contract", "lading", "packing", "declaration", "origin", "insurance");
                    try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                        assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
                    }
                }
            }
        }
    }

    @Test
    void compliantVariantsDifferInFormattingOnly(@TempDir Path tmp) throws Exception {
        List<CorpusGenerator.GeneratedDossier> all = CorpusGenerator.generate(tmp, 4, 11L, FaultPlan.compliantVariants());
        for (CorpusGenerator.GeneratedDossier g : all) {
            assertThat(g.expectedRules()).isEmpty();
            Shipment s = g.draft().base();
            g.draft().views().values().forEach(v -> assertThat(v).isEqualTo(s));
            Map<DocumentType, String> text = new EnumMap<>(DocumentType.class);
            for (Map.Entry<String, DocumentType> f : g.files().entrySet()) {
                text.put(f.getValue(), PdfText.text(g.dir().resolve(f.getKey())));
            }
            String bl = text.get(DocumentType.BILL_OF_LADING);
            String decl = text.get(DocumentType.DECLARATION);
            String blSpaced = s.blNo().substring(0, 4) + " " + s.blNo().substring(4);
            assertThat(bl).contains(s.blNo()).doesNotContain(blSpaced);
            assertThat(decl).contains(blSpaced);
            assertThat(bl).contains(s.containers().get(0).spaced().substring(0, 11));
            assertThat(decl).contains(s.containers().get(0).number());
            assertThat(bl).contains(s.seller().altName());
            assertThat(decl).contains(s.seller().name().split(" ")[0]);
            String hs = s.lines().get(0).hsCode();
            assertThat(text.get(DocumentType.INVOICE)).contains(hs.substring(0, 4) + "." + hs.substring(4, 6) + "." + hs.substring(6, 8));
            assertThat(decl).contains(hs.substring(0, 8));
            assertThat(bl).contains(" KGS");
            assertThat(decl).contains(" kg");
            assertThat(decl).contains(s.declarationDate().toString());
            assertThat(CorpusAssertions.textContainsWords(text.get(DocumentType.PACKING_LIST), s.lines().get(0).altDescription())).isTrue();
            assertThat(CorpusAssertions.textContainsWords(text.get(DocumentType.INVOICE), s.lines().get(0).description())).isTrue();
        }
    }

    @Test
    void varietyAcrossDossiers() {
        Map<DocumentType, Set<DocStyle.Layout>> layouts = new EnumMap<>(DocumentType.class);
        Map<DocumentType, Set<String>> titles = new EnumMap<>(DocumentType.class);
        Set<DocStyle.NumberStyle> nums = EnumSet.noneOf(DocStyle.NumberStyle.class);
        Set<DocStyle.DateStyle> dates = EnumSet.noneOf(DocStyle.DateStyle.class);
        Set<String> currencies = new HashSet<>();
        Set<String> incoterms = new HashSet<>();
        Set<String> labelsForBl = new HashSet<>();
        int altNames = 0;
        int altDesc = 0;
        for (int i = 1; i <= 60; i++) {
            DossierDraft d = CorpusGenerator.draft(SEED, i, List.of());
            currencies.add(d.base().currency());
            incoterms.add(d.base().incoterm());
            for (DocumentType t : d.views().keySet()) {
                DocStyle st = d.styles().get(t);
                layouts.computeIfAbsent(t, k -> EnumSet.noneOf(DocStyle.Layout.class)).add(st.layout());
                titles.computeIfAbsent(t, k -> new HashSet<>()).add(d.content(t).title);
                nums.add(st.numbers());
                dates.add(st.dates());
                altNames += st.altNames() ? 1 : 0;
                altDesc += st.altDescriptions() ? 1 : 0;
                if (t == DocumentType.BILL_OF_LADING) {
                    labelsForBl.add(st.label("blNo"));
                }
            }
        }
        layouts.forEach((t, l) -> assertThat(l).as(t.name()).hasSize(3));
        titles.forEach((t, l) -> assertThat(l.size()).as(t.name()).isGreaterThanOrEqualTo(2));
        assertThat(nums).hasSize(4);
        assertThat(dates).hasSize(5);
        assertThat(currencies.size()).isGreaterThanOrEqualTo(4);
        assertThat(incoterms.size()).isGreaterThanOrEqualTo(5);
        assertThat(labelsForBl.size()).isGreaterThanOrEqualTo(3);
        assertThat(altNames).isPositive();
        assertThat(altDesc).isPositive();
    }

    @Test
    void hsCodesOfCleanDossiersAreValid() {
        Set<String> valid = HsNomenclatureFile.subheadings();
        for (Catalog.Goods g : Catalog.GOODS) {
            assertThat(valid).as("catalog " + g.description()).contains(g.hs6(), g.altHs6());
            assertThat(valid).as("invalid code of " + g.description()).doesNotContain(g.invalidHs6());
        }
        for (int i = 1; i <= 40; i++) {
            DossierDraft d = CorpusGenerator.draft(SEED, i, List.of());
            d.views().values().forEach(v -> v.lines().forEach(l -> assertThat(valid).contains(l.hsCode().substring(0, 6))));
        }
    }
}
