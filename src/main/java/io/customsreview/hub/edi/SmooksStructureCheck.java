package io.customsreview.hub.edi;

import io.customsreview.hub.domain.Document;
import org.smooks.Smooks;
import org.smooks.api.ExecutionContext;
import org.smooks.io.sink.StringSink;
import org.smooks.io.source.StringSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a message's structure (segment order, groups, repetitions) against its directory with Smooks' EDIFACT
 * reader, from the configurations in edi-mappings/: one per message type and directory
 * ({@code invoic-d96a.smooks.xml}, {@code orders-d01b.smooks.xml}, ...), chosen from the message's UNH. Only the
 * message is checked: it is written into a canonical interchange (default service characters, syntax 4), since the
 * envelope has been checked already and the DFDL schemas accept syntax versions 3 and 4 only. Smooks instances are
 * built on first use per configuration and shared (thread-safe); their schema compile is cached on disk (see
 * {@link CachingEdifactDataProcessorFactory}). Each configuration also maps the message into the document model
 * ({@link SmooksMessageMapping}, bound to the Message element): {@link #read} returns that document.
 */
final class SmooksStructureCheck implements AutoCloseable {

    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("-?\\d*,\\d+");

    static final List<String> DIRECTORIES = List.of("D96A", "D01B");

    private final Path mappingsDir;
    /** where compiled schemas are kept; null: CachingEdifactDataProcessorFactory's default */
    private final Path cacheDir;
    private final Map<String, Smooks> smooksByConfig = new ConcurrentHashMap<>();

    SmooksStructureCheck(Path mappingsDir, Path cacheDir) {
        this.mappingsDir = mappingsDir;
        this.cacheDir = cacheDir;
    }

    private static final Map<String, SmooksStructureCheck> SHARED = new ConcurrentHashMap<>();

    /**
     * The configured folder if given, else ./edi-mappings, else the copy packaged on the classpath. One instance per
     * folder (and cache folder) and JVM, shared by every reader (the hub, the command line, all test classes):
     * each configuration's Smooks is built once.
     */
    static SmooksStructureCheck at(Path configured, Path cacheDir) {
        return SHARED.computeIfAbsent(configured + "|" + cacheDir,
                key -> new SmooksStructureCheck(configured, cacheDir));
    }

    boolean covers(EdifactMessage message) {
        return DIRECTORIES.contains(message.directory()) && EdifactMessageMapper.mapped(message.type());
    }

    /** the configuration of a message type in a directory: {@code invoic-d96a.smooks.xml} */
    static String configName(String type, String directory) {
        return type.toLowerCase(Locale.ROOT) + "-" + directory.toLowerCase(Locale.ROOT) + ".smooks.xml";
    }

    /**
     * What Smooks made of a message: the document its configuration's visitor ({@link SmooksMessageMapping}) mapped,
     * or why it could not (structure error: the message does not follow its directory; mapping error: the mapper
     * failed on segments Smooks accepted).
     */
    record Outcome(Document document, String structureError, RuntimeException mappingError, List<Segment> segments) {
    }

    /** the structure error, or empty when the message follows its directory */
    Optional<String> check(EdifactMessage message, char decimalMark) {
        return Optional.ofNullable(read(message, decimalMark, "check", "", "").structureError());
    }

    /**
     * Reads a message through its type's configuration: Smooks parses it against the directory and, when it follows
     * it, the configuration's visitor maps it into a document ({@code documentId}, {@code fileName},
     * {@code source}).
     */
    Outcome read(EdifactMessage message, char decimalMark, String documentId, String fileName, String source) {
        Smooks smooks = smooksFor(message); // a missing or broken configuration is no fault of the message
        // numbers reach Smooks (and come back from it) with a decimal point whatever the interchange's mark
        SmooksMessageMapping.Request request = new SmooksMessageMapping.Request(message.directory(), documentId,
                fileName, source, '.');
        try {
            ExecutionContext context = smooks.createExecutionContext();
            context.put(SmooksMessageMapping.REQUEST, request);
            smooks.filterSource(context, new StringSource(canonical(message, decimalMark)));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return new Outcome(null, "its structure does not follow " + message.directory() + " " + message.type()
                    + ": " + EdifactSyntax.printable(String.valueOf(cause.getMessage())), null, null);
        }
        if (request.messages != 1 || request.badMessage) {
            // the reader makes a BadMessage element of a message off its schema (or no Message at all)
            return new Outcome(null, "its segments do not follow the " + message.directory() + " " + message.type()
                    + " message structure (order, groups or repetitions)", null, null);
        }
        return new Outcome(request.document, null, request.mappingError, request.segments);
    }

    /** the XML Smooks makes of the message through its type's configuration (a BadMessage element when off) */
    String parse(EdifactMessage message, char decimalMark) {
        return parse(smooksFor(message), message, decimalMark);
    }

    private Smooks smooksFor(EdifactMessage message) {
        return smooksByConfig.computeIfAbsent(configName(message.type(), message.directory()), this::load);
    }

    private static String parse(Smooks smooks, EdifactMessage message, char decimalMark) {
        StringSink sink = new StringSink();
        smooks.filterSource(new StringSource(canonical(message, decimalMark)), sink);
        return sink.getResult();
    }

    private Smooks load(String name) {
        try (InputStream config = open(name)) {
            Smooks smooks = new Smooks(config);
            if (cacheDir != null) {
                smooks.getApplicationContext().getRegistry()
                        .registerObject(CachingEdifactDataProcessorFactory.CACHE_DIR_KEY, cacheDir);
            }
            // builds the delivery configuration now (visitors instantiated, parameters injected): a configuration
            // that cannot be built is an error of the hub, not one of the first message read through it
            smooks.createExecutionContext();
            return smooks;
        } catch (IOException | org.xml.sax.SAXException | RuntimeException e) {
            throw new IllegalStateException("cannot load the EDIFACT mapping " + name + ": " + e.getMessage(), e);
        }
    }

    private InputStream open(String name) throws IOException {
        if (mappingsDir != null) {
            return Files.newInputStream(mappingsDir.resolve(name));
        }
        Path local = Path.of("edi-mappings", name);
        if (Files.isRegularFile(local)) {
            return Files.newInputStream(local);
        }
        InputStream packaged = SmooksStructureCheck.class.getResourceAsStream("/edi-mappings/" + name);
        if (packaged == null) {
            throw new UncheckedIOException(new IOException("no " + name + " in ./edi-mappings nor on the classpath"));
        }
        return packaged;
    }

    /** the message between a canonical UNA/UNB and UNZ, values released for the default service characters */
    static String canonical(EdifactMessage message, char decimalMark) {
        // Daffodil mis-reads a UNA with decimal comma (usage error): numbers are written with a point instead
        StringBuilder out = new StringBuilder("UNA:+.? 'UNB+UNOC:4+HUB+HUB+250101:0000+1'");
        for (Segment segment : message.segments()) {
            out.append(segment.tag());
            for (List<String> element : segment.elements()) {
                out.append('+');
                for (int i = 0; i < element.size(); i++) {
                    if (i > 0) {
                        out.append(':');
                    }
                    String value = element.get(i);
                    if (decimalMark == ',' && DECIMAL_COMMA.matcher(value).matches()) {
                        value = value.replace(',', '.');
                    }
                    out.append(release(value));
                }
            }
            out.append('\'');
        }
        return out.append("UNZ+1+1'").toString();
    }

    private static String release(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '?' || c == ':' || c == '+' || c == '\'') {
                out.append('?');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public void close() {
        smooksByConfig.values().forEach(Smooks::close);
        smooksByConfig.clear();
    }
}
