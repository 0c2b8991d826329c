package io.customsreview.hub.edi;

import org.apache.daffodil.japi.Daffodil;
import org.apache.daffodil.japi.DataProcessor;
import org.apache.daffodil.japi.ValidationMode;
import org.smooks.api.ApplicationContext;
import org.smooks.api.resource.config.ResourceConfig;
import org.smooks.cartridges.dfdl.DfdlSchema;
import org.smooks.cartridges.edifact.EdifactDataProcessorFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Stands in for the stock {@link EdifactDataProcessorFactory}, which Smooks asks for a data processor for every
 * parse: the stock one then re-reads the 2.3 MB directory schema and materialises a new entry schema in a fresh
 * temporary folder each time (slow, and thousands of folders left in /tmp). This one builds the processor once per
 * JVM for each schema + message-type set and hands the same, thread-safe, Daffodil processor to every parse.
 * <p>
 * With {@code cacheOnDisk} the compiled schema is also kept on disk, in a folder of its own: the stock disk cache
 * ({@code .smooks/} of the working directory) names the file after the message types only, so that INVOIC of D.96A
 * and INVOIC of D.01B would overwrite and load each other's schema; here the file name holds the directory, the
 * message types, the validation mode and a digest of the Daffodil, cartridge and schema-pack jars. The folder is
 * {@code hub.edi.smooks-cache-dir} (the Smooks registry entry {@link #CACHE_DIR_KEY}, else the system property,
 * else the environment variable {@code HUB_EDI_SMOOKS_CACHE_DIR}), else {@code $XDG_CACHE_HOME} or
 * {@code ~/.cache}, {@code /customs-review-hub/smooks}: one per user, shared by every clone and working directory.
 * Public only because Smooks instantiates it by class name from the mapping configurations.
 */
public class CachingEdifactDataProcessorFactory extends EdifactDataProcessorFactory {

    /** Smooks registry key of the disk-cache folder (a {@link Path}), registered by {@link SmooksStructureCheck} */
    static final String CACHE_DIR_KEY = "io.customsreview.hub.edi.smooks-cache-dir";
    static final String CACHE_DIR_PROPERTY = "hub.edi.smooks-cache-dir";
    static final String CACHE_DIR_ENV = "HUB_EDI_SMOOKS_CACHE_DIR";

    private static final Logger log = LoggerFactory.getLogger(CachingEdifactDataProcessorFactory.class);

    private static final Map<String, DataProcessor> PROCESSORS = new ConcurrentHashMap<>();
    /** one lock per processor: two configurations compile side by side, the same one only once */
    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

    /** the folder the stock factory materialised the entry schema in, removed once the processor is built */
    private Path materialised;

    @Override
    public DataProcessor createDataProcessor() {
        String key = cacheKey();
        DataProcessor processor = PROCESSORS.get(key);
        if (processor != null) {
            return processor;
        }
        synchronized (LOCKS.computeIfAbsent(key, k -> new Object())) {
            processor = PROCESSORS.get(key);
            if (processor == null) {
                try {
                    processor = super.createDataProcessor();
                } finally {
                    deleteMaterialised();
                }
                PROCESSORS.put(key, processor);
            }
            return processor;
        }
    }

    /**
     * Called by the stock factory with the entry schema it materialised: loads the compiled schema from the disk
     * cache, else compiles it (cache off: no save) and saves it there; the stock in-memory and disk caches are
     * bypassed.
     */
    @Override
    protected DataProcessor compileOrGet(DfdlSchema schema) {
        String distinguishedRootNode = getResourceConfig().getParameterValue("distinguishedRootNode", String.class);
        DfdlSchema uncached = new DfdlSchema(schema.getUri(), ValidationMode.Off, false, false,
                distinguishedRootNode, null, false);
        Path file = schema.isCacheOnDisk() ? cacheDir(getApplicationContext()).resolve(cacheFileName()) : null;
        DataProcessor processor = file == null ? null : reload(file);
        if (processor == null) {
            long start = System.nanoTime();
            try {
                processor = uncached.compile();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot compile the EDIFACT schema " + cacheKey(), e);
            }
            log.info("compiled the EDIFACT schema {} in {} s", cacheKey(),
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
            if (file != null) {
                save(processor, file);
            }
        }
        try {
            return processor.withValidationMode(schema.getValidationMode());
        } catch (org.apache.daffodil.japi.InvalidUsageException e) {
            throw new IllegalStateException("validation mode " + schema.getValidationMode(), e);
        }
    }

    private static DataProcessor reload(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            DataProcessor processor = Daffodil.compiler().reload(file.toFile());
            log.info("loaded the compiled EDIFACT schema {}", file);
            return processor;
        } catch (Exception e) {
            log.warn("cannot reload the compiled EDIFACT schema {} ({}): compiling it again", file, e.toString());
            return null;
        }
    }

    /** written beside, then moved in place: another JVM never reads a half-written file */
    private static void save(DataProcessor processor, Path file) {
        Path partial = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(partial)) {
                processor.save(Channels.newChannel(out));
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("saved the compiled EDIFACT schema to {}", file);
        } catch (IOException | RuntimeException e) {
            log.warn("cannot save the compiled EDIFACT schema to {} ({}); it is compiled again on the next start",
                    file, e.toString());
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** the disk-cache folder: registered in Smooks, else the system property, the environment, the user cache */
    static Path cacheDir(ApplicationContext context) {
        Object registered = context == null ? null : context.getRegistry().lookup(CACHE_DIR_KEY);
        if (registered instanceof Path path) {
            return path;
        }
        String configured = System.getProperty(CACHE_DIR_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(CACHE_DIR_ENV);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("customs-review-hub").resolve("smooks");
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
        return cacheKey(config.getParameterValue("schemaUri", String.class), messageTypes(config),
                config.getParameterValue("validationMode", String.class, "Off"));
    }

    private static List<String> messageTypes(ResourceConfig config) {
        List<?> declared = config.getParameters("messageType");
        return declared == null ? List.of()
                : config.getParameters("messageType").stream().map(p -> String.valueOf(p.getValue())).sorted().toList();
    }

    static String cacheKey(String schemaUri, List<String> messageTypes, String validationMode) {
        return schemaUri + "|" + messageTypes + "|" + validationMode;
    }

    private String cacheFileName() {
        ResourceConfig config = getResourceConfig();
        return cacheFileName(config.getParameterValue("schemaUri", String.class), messageTypes(config),
                config.getParameterValue("validationMode", String.class, "Off"));
    }

    /**
     * {@code edifact-<directory>-<types>-<validation>-<digest>.bin}, the digest over the key and the jars the
     * compiled form depends on (a newer Daffodil, cartridge or schema pack gets a file of its own).
     */
    static String cacheFileName(String schemaUri, List<String> messageTypes, String validationMode) {
        String directory = Path.of(schemaUri).getParent() == null ? "schema"
                : Path.of(schemaUri).getParent().getFileName().toString();
        String readable = "edifact-" + directory + "-" + String.join("-", messageTypes) + "-" + validationMode;
        String fingerprint = cacheKey(schemaUri, messageTypes, validationMode) + "|" + location(Daffodil.class)
                + "|" + location(EdifactDataProcessorFactory.class) + "|"
                + CachingEdifactDataProcessorFactory.class.getResource(schemaUri);
        return readable.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "_") + "-" + digest(fingerprint) + ".bin";
    }

    private static String location(Class<?> type) {
        URL location = type.getProtectionDomain().getCodeSource() == null ? null
                : type.getProtectionDomain().getCodeSource().getLocation();
        return String.valueOf(location);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** how many processors have been built in this JVM (tests check the cache is used) */
    static int compiledProcessors() {
        return PROCESSORS.size();
    }
}
