package io.customsreview.hub.edi;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The EDI feeds ({@code hub.edi.*}); routes/edi.camel.yaml reads the same keys as placeholders.
 *
 * @param inDir        the folder feed: interchanges dropped here are read (one file, one or more interchanges)
 * @param outDir       CONTRL acknowledgements of the folder feed go to {@code <outDir>/<UNB sender>/}
 * @param inQueue      the JMS feed
 * @param replyQueue   CONTRL of the JMS feed when the message names no JMSReplyTo
 * @param cusresQueue  where the CUSRES rendering of each review report goes, beside the JSON report
 * @param parseThreads bound of the parse pool (concurrent consumers of the feeds)
 * @param structureCheck check each D.96A / D.01B message's structure with Smooks (edi-mappings/)
 * @param mappingsDir  where the Smooks configurations are; null: ./edi-mappings, else the packaged copy
 * @param smooksCacheDir where the compiled EDIFACT schemas are kept; null: $HUB_EDI_SMOOKS_CACHE_DIR, else
 *                     ~/.cache/customs-review-hub/smooks (see CachingEdifactDataProcessorFactory)
 */
@ConfigurationProperties("hub.edi")
public record EdiProperties(Path inDir, Path outDir, String inQueue, String replyQueue, String cusresQueue,
                            int parseThreads, boolean structureCheck, Path mappingsDir,
                            Path smooksCacheDir) {

    public EdiProperties {
        inDir = inDir == null ? Path.of("data/edi/in") : inDir;
        outDir = outDir == null ? Path.of("data/edi/out") : outDir;
        inQueue = inQueue == null ? "edi.in" : inQueue;
        replyQueue = replyQueue == null ? "edi.contrl" : replyQueue;
        cusresQueue = cusresQueue == null ? "customs.single-window.cusres" : cusresQueue;
        mappingsDir = mappingsDir == null || mappingsDir.toString().isBlank() ? null : mappingsDir;
        smooksCacheDir = smooksCacheDir == null || smooksCacheDir.toString().isBlank() ? null : smooksCacheDir;
        parseThreads = parseThreads <= 0 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : parseThreads;
    }
}
