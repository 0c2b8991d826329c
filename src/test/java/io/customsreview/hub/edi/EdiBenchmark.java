package io.customsreview.hub.edi;

import org.smooks.Smooks;
import org.smooks.io.sink.StringSink;
import org.smooks.io.source.StringSource;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Messages per second, side by side in one run, on the same INVOIC messages: a bare Smooks parse (EDIFACT to XML,
 * through the configuration the hub's check picks for them, edi-mappings/invoic-d96a.smooks.xml, caching factory),
 * the hub's reader with the Smooks structure check (syntax, envelope, Smooks, mapping into the model) and the reader
 * without it. Not a test: run it as the README says. Arguments: [messages per round, default 4000] [threads,
 * default 2].
 */
public final class EdiBenchmark {

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 4_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        byte[] invoice;
        try (InputStream in = EdiBenchmark.class.getResourceAsStream("/edi-samples/invoic-d96a.edi")) {
            invoice = in.readAllBytes();
        }
        String text = new String(invoice, StandardCharsets.UTF_8);
        // the same configuration as the hub's check uses for these messages: a fair comparison
        Smooks bare = new Smooks(Files.newInputStream(Path.of("edi-mappings",
                SmooksStructureCheck.configName("INVOIC", "D96A"))));
        EdifactDocumentReader checked = EdifactDocumentReader.withStructureCheck(null);
        EdifactDocumentReader syntaxOnly = EdifactDocumentReader.standard();

        Consumer<Integer> bareParse = i -> {
            StringSink sink = new StringSink();
            bare.filterSource(new StringSource(text), sink);
            if (!sink.getResult().contains("INVOIC")) {
                throw new IllegalStateException("bare parse failed");
            }
        };
        Consumer<Integer> hubReader = i -> read(checked, invoice);
        Consumer<Integer> hubReaderNoSmooks = i -> read(syntaxOnly, invoice);

        long start = System.nanoTime();
        bareParse.accept(0);
        hubReader.accept(0);
        System.out.printf("schema compile or load (%s): %.1f s%n", CachingEdifactDataProcessorFactory.cacheDir(null),
                (System.nanoTime() - start) / 1e9);
        for (int round = 1; round <= 2; round++) { // round 1 warms the JIT
            Rate bareRate = rate(bareParse, messages, threads);
            Rate hubRate = rate(hubReader, messages, threads);
            Rate plainRate = rate(hubReaderNoSmooks, messages, threads);
            System.out.printf("round %d, %d INVOIC messages, %d threads (msg/s; msg per CPU-second of the workers,"
                    + " steadier on a shared machine):%n", round, messages, threads);
            System.out.printf("  bare Smooks parse (EDIFACT -> XML)            %8.0f msg/s %8.0f msg/CPU-s%n",
                    bareRate.wall(), bareRate.cpu());
            System.out.printf("  hub reader with Smooks check (-> Document)    %8.0f msg/s %8.0f msg/CPU-s"
                    + "  (%.2f x bare)%n", hubRate.wall(), hubRate.cpu(), hubRate.cpu() / bareRate.cpu());
            System.out.printf("  hub reader without Smooks (-> Document)       %8.0f msg/s %8.0f msg/CPU-s%n",
                    plainRate.wall(), plainRate.cpu());
        }
        System.out.println("processors built by CachingEdifactDataProcessorFactory: "
                + CachingEdifactDataProcessorFactory.compiledProcessors());
        bare.close();
    }

    private static void read(EdifactDocumentReader reader, byte[] bytes) {
        AtomicInteger n = new AtomicInteger();
        if (!reader.readInterchange(() -> "d" + n.incrementAndGet(), "b.edi", bytes, "edi").accepted()) {
            throw new IllegalStateException("rejected");
        }
    }

    /** messages per second of wall time, and per second of CPU time of the worker threads */
    private record Rate(double wall, double cpu) {
    }

    private static Rate rate(Consumer<Integer> work, int messages, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        AtomicLong cpuNanos = new AtomicLong();
        long start = System.nanoTime();
        Future<?>[] futures = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
            futures[t] = pool.submit(() -> {
                long before = cpu.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
                    work.accept(i);
                }
                cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - before);
            });
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return new Rate(messages / ((System.nanoTime() - start) / 1e9), messages / (cpuNanos.get() / 1e9));
    }
}
