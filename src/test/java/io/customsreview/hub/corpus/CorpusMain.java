package io.customsreview.hub.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code CorpusMain outDir count seed [faultRate] [edi]}: writes {@code count} dossiers SHP-&lt;seed&gt;-0001... under
 * outDir. faultRate (default 0.5) is the share of dossiers with one random fault; "cycle" instead of a number gives
 * every fault in turn. "edi" writes contract, invoice, packing list, bill of lading and declaration as UN/EDIFACT
 * interchanges (ORDERS, INVOIC, DESADV, IFTMIN, CUSDEC), the certificate of origin and insurance as PDFs.
 */
public final class CorpusMain {

    private CorpusMain() {
    }

    /** PDFBox warns about every Standard 14 font it substitutes for measuring; not useful here. */
    private static void quietPdfBox() {
        try {
            org.slf4j.Logger l = org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox");
            l.getClass().getMethod("setLevel", Class.forName("ch.qos.logback.classic.Level"))
                    .invoke(l, Class.forName("ch.qos.logback.classic.Level").getField("ERROR").get(null));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // another logging backend: leave it
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: CorpusMain outDir count seed [faultRate|cycle] [edi]");
            System.exit(2);
        }
        quietPdfBox();
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        FaultPlan plan = args.length > 3 && args[3].equals("cycle") ? FaultPlan.cycle()
                : FaultPlan.random(args.length > 3 ? Double.parseDouble(args[3]) : 0.5);
        if (args.length > 4 && args[4].equalsIgnoreCase("edi")) {
            plan = plan.withEdi();
        } else if (args.length > 4) {
            System.err.println("unknown option " + args[4] + " (edi)");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        List<CorpusGenerator.GeneratedDossier> ds = CorpusGenerator.generate(out, count, seed, plan);
        long faulty = ds.stream().filter(d -> !d.clean()).count();
        System.err.printf("generated %d dossiers (%d with faults) in %s in %d ms%n", ds.size(), faulty, out,
                (System.nanoTime() - t0) / 1_000_000);
    }
}
