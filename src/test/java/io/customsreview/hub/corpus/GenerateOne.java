package io.customsreview.hub.corpus;

import java.nio.file.Path;

/** {@code GenerateOne OUTDIR SEED FAULT}: one dossier with one fault, for looking at a case (a developer's tool). */
public final class GenerateOne {

    public static void main(String[] args) throws Exception {
        CorpusGenerator.GeneratedDossier d = CorpusGenerator.generateWithFault(Path.of(args[0]), Long.parseLong(args[1]),
                Fault.valueOf(args[2]));
        System.out.println(d.dir());
    }
}
