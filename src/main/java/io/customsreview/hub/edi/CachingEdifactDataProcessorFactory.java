package io.customsreview.hub.edi;

import org.apache.daffodil.japi.DataProcessor;
import org.smooks.api.resource.config.ResourceConfig;
import org.smooks.cartridges.edifact.EdifactDataProcessorFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the stock {@link EdifactDataProcessorFactory}, which Smooks asks for a data processor for every
 * parse: the stock one then re-reads the 2.3 MB directory schema and materialises a new entry schema in a fresh
 * temporary folder each time (slow, and thousands of folders left in /tmp). This one builds the processor once per
 * JVM for each schema + message-type set and hands the same, thread-safe, Daffodil processor to every parse.
 * Public only because Smooks instantiates it by class name from the mapping configurations.
 */
public class CachingEdifactDataProcessorFactory extends EdifactDataProcessorFactory {

    private static final Map<String, DataProcessor> PROCESSORS = new ConcurrentHashMap<>();

    /** the folder the stock factory materialised the entry schema in, removed once the processor is built */
    private Path materialised;

    @Override
    public DataProcessor createDataProcessor() {
        return PROCESSORS.computeIfAbsent(cacheKey(), key -> {
            try {
                return super.createDataProcessor();
            } finally {
                deleteMaterialised();
            }
        });
    }

    @Override
    protected URI materialiseEntrySchema(String version, List<String> messageTypes, String schemaLocation)
            throws IOException {
        URI entry = super.materialiseEntrySchema(version, messageTypes, schemaLocation);
        if ("file".equals(entry.getScheme())) {
            Path folder = Path.of(entry).getParent();
            // only a folder of its own, never the temporary directory itself
            if (!folder.equals(Path.of(System.getProperty("java.io.tmpdir")))) {
                materialised = folder;
            }
        }
        return entry;
    }

    private void deleteMaterialised() {
        if (materialised == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(materialised)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover folder in /tmp is harmless; the processor is built
        }
    }

    private String cacheKey() {
        ResourceConfig config = getResourceConfig();
        List<?> declared = config.getParameters("messageType");
        List<String> types = declared == null ? List.of()
                : config.getParameters("messageType").stream().map(p -> String.valueOf(p.getValue())).sorted().toList();
        return config.getParameterValue("schemaUri", String.class) + "|" + types + "|"
                + config.getParameterValue("validationMode", String.class, "Full");
    }

    /** how many processors have been built in this JVM (tests check the cache is used) */
    static int compiledProcessors() {
        return PROCESSORS.size();
    }
}
