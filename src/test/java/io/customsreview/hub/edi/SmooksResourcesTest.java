package io.customsreview.hub.edi;

import org.junit.jupiter.api.Test;
import org.smooks.Smooks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caching data-processor factory: many messages through Smooks build each configuration's processor once and
 * leave no temporary folder behind (the stock factory materialises the entry schema in a new folder per message);
 * its disk cache keeps the directory apart (the stock one names the file after the message types only).
 */
class SmooksResourcesTest {

    @Test
    void manyMessagesCompileOnceAndLeaveNoTemporaryFolders() throws IOException {
        EdifactDocumentReader reader = EdifactDocumentReader.withStructureCheck(null);
        byte[] invoice = resource("/edi-samples/invoic-d96a.edi");
        byte[] order = resource("/edi-samples/orders-d01b.edi");
        read(reader, invoice); // the first one of each configuration may compile (or load) its schema
        read(reader, order);
        long foldersBefore = entrySchemaFolders();
        int processorsBefore = CachingEdifactDataProcessorFactory.compiledProcessors();
        for (int i = 0; i < 200; i++) {
            assertThat(read(reader, i % 2 == 0 ? invoice : order).accepted()).isTrue();
        }
        assertThat(CachingEdifactDataProcessorFactory.compiledProcessors()).isEqualTo(processorsBefore);
        assertThat(entrySchemaFolders()).isEqualTo(foldersBefore);
    }

    @Test
    void compiledSchemasOnDiskAreKeptApartByDirectoryTypeAndValidation() {
        String invoicD96a = CachingEdifactDataProcessorFactory.cacheFileName("/d96a/EDIFACT-Messages.dfdl.xsd",
                List.of("INVOIC"), "Off");
        String invoicD01b = CachingEdifactDataProcessorFactory.cacheFileName("/d01b/EDIFACT-Messages.dfdl.xsd",
                List.of("INVOIC"), "Off");
        String ordersD96a = CachingEdifactDataProcessorFactory.cacheFileName("/d96a/EDIFACT-Messages.dfdl.xsd",
                List.of("ORDERS"), "Off");
        String invoicD96aFull = CachingEdifactDataProcessorFactory.cacheFileName("/d96a/EDIFACT-Messages.dfdl.xsd",
                List.of("INVOIC"), "Full");
        assertThat(Set.of(invoicD96a, invoicD01b, ordersD96a, invoicD96aFull)).hasSize(4);
        assertThat(invoicD96a).startsWith("edifact-d96a-invoic-off-").endsWith(".bin");
        assertThat(invoicD01b).startsWith("edifact-d01b-invoic-off-");
        assertThat(CachingEdifactDataProcessorFactory.cacheFileName("/d96a/EDIFACT-Messages.dfdl.xsd",
                List.of("INVOIC"), "Off")).isEqualTo(invoicD96a);
    }

    @Test
    void theDiskCacheFolderIsTheRegisteredOneElseThePropertyElseTheUserCache() {
        String before = System.getProperty(CachingEdifactDataProcessorFactory.CACHE_DIR_PROPERTY);
        try {
            System.clearProperty(CachingEdifactDataProcessorFactory.CACHE_DIR_PROPERTY);
            if (System.getenv(CachingEdifactDataProcessorFactory.CACHE_DIR_ENV) == null
                    && System.getenv("XDG_CACHE_HOME") == null) {
                assertThat(CachingEdifactDataProcessorFactory.cacheDir(null)).isEqualTo(
                        Path.of(System.getProperty("user.home"), ".cache", "customs-review-hub", "smooks"));
            }
            System.setProperty(CachingEdifactDataProcessorFactory.CACHE_DIR_PROPERTY, "/var/cache/hub-smooks");
            assertThat(CachingEdifactDataProcessorFactory.cacheDir(null)).isEqualTo(Path.of("/var/cache/hub-smooks"));
            try (Smooks smooks = new Smooks()) {
                smooks.getApplicationContext().getRegistry()
                        .registerObject(CachingEdifactDataProcessorFactory.CACHE_DIR_KEY, Path.of("/srv/smooks"));
                assertThat(CachingEdifactDataProcessorFactory.cacheDir(smooks.getApplicationContext()))
                        .isEqualTo(Path.of("/srv/smooks"));
            }
        } finally {
            if (before == null) {
                System.clearProperty(CachingEdifactDataProcessorFactory.CACHE_DIR_PROPERTY);
            } else {
                System.setProperty(CachingEdifactDataProcessorFactory.CACHE_DIR_PROPERTY, before);
            }
        }
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static EdifactDocumentReader.Reading read(EdifactDocumentReader reader, byte[] bytes) {
        AtomicInteger n = new AtomicInteger();
        return reader.readInterchange(() -> "d" + n.incrementAndGet(), "invoice.edi", bytes, "edi");
    }

    /** folders in the temporary directory holding a materialised EDIFACT entry schema */
    private static long entrySchemaFolders() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(Files::isDirectory).filter(dir -> {
                try (Stream<Path> files = Files.list(dir)) {
                    return files.anyMatch(f -> f.getFileName().toString().startsWith("EDIFACT-Interchange-"));
                } catch (IOException | RuntimeException e) {
                    return false;
                }
            }).count();
        }
    }
}
