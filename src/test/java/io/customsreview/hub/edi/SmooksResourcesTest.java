package io.customsreview.hub.edi;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caching data-processor factory: many messages through Smooks build each directory's processor once and leave
 * no temporary folder behind (the stock factory materialises the entry schema in a new folder per message).
 */
class SmooksResourcesTest {

    @Test
    void manyMessagesCompileOnceAndLeaveNoTemporaryFolders() throws IOException {
        EdifactDocumentReader reader = EdifactDocumentReader.withStructureCheck(null);
        byte[] invoice;
        try (InputStream in = getClass().getResourceAsStream("/edi-samples/invoic-d96a.edi")) {
            invoice = in.readAllBytes();
        }
        read(reader, invoice); // the first one may compile (or load) the schema
        long foldersBefore = entrySchemaFolders();
        int processorsBefore = CachingEdifactDataProcessorFactory.compiledProcessors();
        for (int i = 0; i < 200; i++) {
            assertThat(read(reader, invoice).accepted()).isTrue();
        }
        assertThat(CachingEdifactDataProcessorFactory.compiledProcessors()).isEqualTo(processorsBefore);
        assertThat(entrySchemaFolders()).isEqualTo(foldersBefore);
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
