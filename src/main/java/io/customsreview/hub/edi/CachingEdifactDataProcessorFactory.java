package io.customsreview.hub.edi;

import org.apache.daffodil.japi.DataProcessor;
import org.smooks.api.resource.config.ResourceConfig;
import org.smooks.cartridges.edifact.EdifactDataProcessorFactory;

import java.util.List;
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

    @Override
    public DataProcessor createDataProcessor() {
        return PROCESSORS.computeIfAbsent(cacheKey(), key -> super.createDataProcessor());
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
