package io.customsreview.hub.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.RuleId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates shipment dossiers as digital PDFs with injected faults.
 *
 * <pre>
 *   CorpusGenerator.generate(outDir, 100, 42L, FaultPlan.random(0.6));    // SHP-42-0001 ... SHP-42-0100
 *   CorpusGenerator.generateWithFault(outDir, 7L, Fault.PORT_MISMATCH);   // one dossier, one fault
 *   CorpusGenerator.draft(7L, 1, List.of(Fault.PORT_MISMATCH));          // in memory, nothing written
 * </pre>
 * Each dossier folder holds the PDFs under meaningless, shuffled names; its expectations lie in {@code <corpus>.expected/<id>.json}.
 */
public final class CorpusGenerator {

    /** One written dossier. {@code files} maps file name to document type (UNKNOWN for an unreadable extra file). */
    public record GeneratedDossier(String dossierId, Path dir, List<Fault> faults, Set<RuleId> expectedRules,
                                   Map<String, DocumentType> files, DossierDraft draft) {
        public boolean clean() {
            return faults.isEmpty();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CorpusGenerator() {
    }

    public static List<GeneratedDossier> generate(Path outDir, int count, long seed, FaultPlan plan) throws IOException {
        List<GeneratedDossier> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            DossierDraft d = draft(seed, i, plan.faultsFor(i, dossierSeed(seed, i)), plan.forcesVariants());
            out.add(write(outDir, d, plan.edi()));
        }
        return out;
    }

    /** One dossier with a specific fault (index 1): for per-rule tests. */
    public static GeneratedDossier generateWithFault(Path outDir, long seed, Fault fault) throws IOException {
        return generateDossier(outDir, seed, 1, List.of(fault));
    }

    public static GeneratedDossier generateDossier(Path outDir, long seed, int index, List<Fault> faults) throws IOException {
        DossierDraft d = draft(seed, index, faults);
        return write(outDir, d);
    }

    /** One dossier (index 1) with the fault designed for {@code rule}; empty for MISSING_FIELD, which has none. */
    public static java.util.Optional<GeneratedDossier> generateForRule(Path outDir, long seed, RuleId rule) throws IOException {
        java.util.Optional<Fault> f = Fault.forRule(rule);
        return f.isPresent() ? java.util.Optional.of(generateWithFault(outDir, seed, f.get())) : java.util.Optional.empty();
    }

    public static String dossierId(long seed, int index) {
        return String.format("SHP-%d-%04d", seed, index);
    }

    static long dossierSeed(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L;
        return z ^ (z >>> 31);
    }

    /** Builds a dossier in memory: same (seed, index) gives the same shipment and styles whatever the faults. */
    public static DossierDraft draft(long seed, int index, List<Fault> faults) {
        return draft(seed, index, faults, false);
    }

    /** As {@link #draft(long, int, List)}, optionally forcing every compliant variant (see {@link FaultPlan#compliantVariants()}). */
    public static DossierDraft draft(long seed, int index, List<Fault> faults, boolean forceVariants) {
        long ds = dossierSeed(seed, index);
        Shipment base = ShipmentFactory.create(ds);
        if (faults.stream().anyMatch(Fault::needsInsurance) && !base.insuranceRequired()) {
            String term = new Random(ds + 1).nextBoolean() ? "CIF" : "CIP";
            base = base.with("incoterm", term).with("incotermPlace", base.portOfDischarge().name());
        }
        DossierDraft d = new DossierDraft(dossierId(seed, index), ds, base, faults);
        Random docs = new Random(ds ^ 0x5DEECE66DL);
        boolean coo = docs.nextInt(10) < 7;
        for (DocumentType t : DocumentType.values()) {
            DocStyle style = DocStyle.random(new Random(ds * 31 + t.ordinal() * 1_000_003L));
            boolean include = switch (t) {
                case UNKNOWN -> false;
                case INSURANCE -> base.insuranceRequired();
                case CERTIFICATE_OF_ORIGIN -> coo;
                default -> true;
            };
            if (include) {
                d.views.put(t, base);
                d.styles.put(t, style);
            }
        }
        if (forceVariants) {
            forceVariants(d);
        }
        for (Fault f : faults) {
            FaultInjector.apply(d, f, new Random(ds ^ (f.ordinal() + 1) * 0x2545F4914F6CDD1DL));
        }
        return d;
    }

    /** Makes documents differ in formatting only: each pair below names the same thing two ways. */
    static void forceVariants(DossierDraft d) {
        d.styles.computeIfPresent(DocumentType.BILL_OF_LADING, (t, s) -> s.with("blSpaced", false).with("altNames", true)
                .with("weightUnit", "KGS").with("dates", DocStyle.DateStyle.DD_MON_YYYY).with("containersSpaced", true));
        d.styles.computeIfPresent(DocumentType.DECLARATION, (t, s) -> s.with("blSpaced", true).with("hsDotted", false)
                .with("hsDigits", 8).with("weightUnit", "kg").with("dates", DocStyle.DateStyle.ISO).with("containersSpaced", false)
                .with("altNames", false));
        d.styles.computeIfPresent(DocumentType.INVOICE, (t, s) -> s.with("hsDotted", true).with("hsDigits", 8)
                .with("altDescriptions", false).with("altNames", false));
        d.styles.computeIfPresent(DocumentType.PACKING_LIST, (t, s) -> s.with("altDescriptions", true).with("weightUnit", "Kgs"));
    }

    static GeneratedDossier write(Path outDir, DossierDraft d) throws IOException {
        return write(outDir, d, false);
    }

    /**
     * Writes a draft as a dossier folder: every document as a PDF, or ({@code edi}) contract, invoice, packing list,
     * bill of lading and declaration as UN/EDIFACT interchanges (sometimes the invoice and the packing list in one
     * interchange) and the other documents as PDFs. The same draft gives the same PDF file names either way.
     */
    public static GeneratedDossier write(Path outDir, DossierDraft d, boolean edi) throws IOException {
        Path dir = outDir.resolve(d.dossierId);
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Random r = new Random(d.seed ^ 0xF11E5L);
        List<Object> items = new ArrayList<>(d.views.keySet());
        items.addAll(d.extras);
        Collections.shuffle(items, r);
        int pattern = r.nextInt(5);
        Set<String> used = new HashSet<>();
        Map<String, DocumentType> files = new LinkedHashMap<>();
        List<Map<String, Object>> docsJson = new ArrayList<>();
        List<Map<String, Object>> extrasJson = new ArrayList<>();
        // EDI choices from a random of their own, so that the PDF documents come out the same either way
        Random er = new Random(d.seed ^ 0xED1FAC7L);
        boolean invoiceWithPackingList = edi && d.views.containsKey(DocumentType.INVOICE)
                && d.views.containsKey(DocumentType.PACKING_LIST) && er.nextInt(10) < 3;
        for (Object item : items) {
            String name;
            do {
                name = fileName(pattern, r);
            } while (!used.add(name));
            if (item instanceof DocumentType t && edi && EdifactRenderer.messageType(t) != null) {
                if (invoiceWithPackingList && t == DocumentType.PACKING_LIST) {
                    continue; // in the invoice's interchange
                }
                List<DocumentType> types = invoiceWithPackingList && t == DocumentType.INVOICE
                        ? (er.nextBoolean() ? List.of(DocumentType.INVOICE, DocumentType.PACKING_LIST)
                        : List.of(DocumentType.PACKING_LIST, DocumentType.INVOICE))
                        : List.of(t);
                String ediName = ediFileName(name, er);
                used.add(ediName);
                EdiStyle es = EdiStyle.random(new Random(d.seed * 31 + t.ordinal() * 1_000_003L ^ 0xED1L));
                List<EdifactRenderer.Msg> messages = new ArrayList<>();
                for (DocumentType x : types) {
                    messages.add(EdifactRenderer.message(x, d.views.get(x), d.styles.get(x), d.content(x), es,
                            new Random(es.variants() + x.ordinal())));
                }
                Shipment v = d.views.get(t);
                Files.write(dir.resolve(ediName), EdifactRenderer.interchange(messages, es,
                        ediParty(t, v), "CUSTOMSHUB", String.valueOf(10000 + er.nextInt(90000)),
                        ediDate(t, v).atTime(6 + er.nextInt(12), er.nextInt(60))));
                files.put(ediName, t);
                for (DocumentType x : types) {
                    DocContent c = d.content(x);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", ediName);
                    m.put("type", x.name());
                    m.put("title", EdifactRenderer.messageType(x));
                    m.put("layout", "EDIFACT");
                    m.put("style", Map.of("edi", es.describe()));
                    m.put("fields", c.truth);
                    docsJson.add(m);
                }
            } else if (item instanceof DocumentType t) {
                DocContent c = d.content(t);
                Files.write(dir.resolve(name), PdfLayout.render(c, d.styles.get(t)));
                files.put(name, t);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", name);
                m.put("type", t.name());
                m.put("title", c.title);
                m.put("layout", d.styles.get(t).layout().name());
                m.put("style", styleJson(d.styles.get(t)));
                m.put("fields", c.truth);
                docsJson.add(m);
            } else {
                DossierDraft.ExtraFile x = (DossierDraft.ExtraFile) item;
                Files.write(dir.resolve(name), x.bytes());
                files.put(name, DocumentType.UNKNOWN);
                extrasJson.add(Map.of("file", name, "reason", x.reason()));
            }
        }
        Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
        d.faults.forEach(f -> rules.addAll(f.expectedRules()));
        Map<String, Object> exp = new LinkedHashMap<>();
        exp.put("dossierId", d.dossierId);
        exp.put("seed", d.seed);
        exp.put("faults", d.faults.stream().map(Enum::name).toList());
        exp.put("expectedRules", rules.stream().map(Enum::name).toList());
        exp.put("clean", d.faults.isEmpty());
        Set<RuleId> tolerated = EnumSet.noneOf(RuleId.class);
        d.faults.forEach(f -> tolerated.addAll(f.toleratedRules()));
        tolerated.removeAll(rules);
        exp.put("toleratedRules", tolerated.stream().map(Enum::name).toList());
        exp.put("faultDetails", d.records.stream().map(CorpusGenerator::recordJson).toList());
        exp.put("compliantVariants", variants(d));
        exp.put("documents", docsJson);
        exp.put("unreadableFiles", extrasJson);
        Path expected = expectedFile(dir);
        Files.createDirectories(expected.getParent());
        JSON.writeValue(expected.toFile(), exp);
        return new GeneratedDossier(d.dossierId, dir, d.faults, rules, files, d);
    }

    /**
     * Where a dossier's expectations are written: outside the corpus folder ({@code <corpus>.expected/<id>.json}),
     * so that a dossier folder holds only what a shipper would send and {@code review --batch <corpus>} sees only
     * dossiers.
     */
    public static Path expectedFile(Path dossierDir) {
        Path corpus = dossierDir.toAbsolutePath().getParent();
        return corpus.resolveSibling(corpus.getFileName() + ".expected").resolve(dossierDir.getFileName() + ".json");
    }

    /** the PDF name's stem with an extension that says nothing either (the hub tells EDIFACT by its content) */
    private static String ediFileName(String pdfName, Random r) {
        String stem = pdfName.substring(0, pdfName.lastIndexOf('.'));
        return stem + ShipmentFactory.pick(r, List.of(".edi", ".edi", ".txt", "", ".dat", ".EDI"));
    }

    /** who sends the interchange: seller (invoice, packing list), buyer (order), carrier, declarant */
    private static String ediParty(DocumentType t, Shipment s) {
        String name = switch (t) {
            case CONTRACT -> s.buyer().name();
            case BILL_OF_LADING -> s.carrier();
            case DECLARATION -> s.declarant().name();
            default -> s.seller().name();
        };
        return ShipmentFactory.abbreviation(name) + String.format("%06d", Math.floorMod(name.hashCode(), 1_000_000));
    }

    private static java.time.LocalDate ediDate(DocumentType t, Shipment s) {
        return switch (t) {
            case CONTRACT -> s.contractDate();
            case BILL_OF_LADING -> s.onBoardDate();
            case DECLARATION -> s.declarationDate();
            default -> s.invoiceDate();
        };
    }

    private static String fileName(int pattern, Random r) {
        return switch (pattern) {
            case 0 -> String.format("scan_%04d.pdf", r.nextInt(10000));
            case 1 -> String.format("doc-%04x.pdf", r.nextInt(0x10000));
            case 2 -> String.format("IMG%05d.pdf", r.nextInt(100000));
            case 3 -> String.format("attachment%d.pdf", r.nextInt(100));
            default -> String.format("%08x.pdf", r.nextInt());
        };
    }

    private static Map<String, Object> recordJson(FaultRecord f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fault", f.fault().name());
        m.put("document", f.document() == null || f.fault().changesAllDocuments() ? "ALL" : f.document().name());
        m.put("field", f.field());
        m.put("from", f.from());
        m.put("to", f.to());
        return m;
    }

    private static Map<String, Object> styleJson(DocStyle s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("numbers", s.numbers().name());
        m.put("dates", s.dates().name());
        m.put("weightUnit", s.weightUnit());
        m.put("currency", s.currencyStyle().name());
        m.put("hs", (s.hsDotted() ? "dotted-" : "plain-") + s.hsDigits());
        m.put("font", s.font());
        return m;
    }

    /** Formatting-only differences between documents of this dossier (must never be findings). */
    static List<String> variants(DossierDraft d) {
        List<String> v = new ArrayList<>();
        Set<String> dates = new TreeSet<>();
        Set<String> nums = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        d.styles.forEach((t, s) -> {
            if (s.altNames()) {
                v.add(t + ": company names spelled differently");
            }
            if (s.altDescriptions()) {
                v.add(t + ": goods described in other words");
            }
            if (s.blSpaced() && (t == DocumentType.BILL_OF_LADING || t == DocumentType.DECLARATION || t == DocumentType.INSURANCE)) {
                v.add(t + ": B/L number written with a space");
            }
            if (s.containersSpaced()) {
                v.add(t + ": container numbers written with spaces");
            }
            dates.add(s.dates().name());
            nums.add(s.numbers().name());
            units.add(s.weightUnit());
        });
        v.add("date formats " + dates);
        v.add("number formats " + nums);
        v.add("weight units " + units);
        return v;
    }
}
