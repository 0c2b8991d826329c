package io.customsreview.hub.ocr;

import io.customsreview.hub.extraction.Word;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded pool of OCR workers sized to the cores, each with its own Tesseract engine: an engine is not
 * thread-safe (two threads on one abort the JVM), and more workers than cores only make pages wait longer. Engines
 * are created on first use (no cost for a hub that never sees a scan) and recycled after N pages because the native
 * library's memory creeps up. Tesseract itself must run single-threaded (OMP_THREAD_LIMIT=1): the pool is the
 * parallelism.
 */
public final class OcrEngine implements AutoCloseable {

    /** Work for one worker, on its own engine. */
    interface HandleTask<T> {
        T run(TesseractHandle engine) throws Exception;
    }

    private final OcrSettings settings;
    private final ExecutorService pool;
    private final ThreadLocal<TesseractHandle> engines = new ThreadLocal<>();

    public OcrEngine(OcrSettings settings) {
        this.settings = settings;
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.poolSize(), task -> {
            Thread thread = new Thread(task, "ocr-" + number.incrementAndGet());
            thread.setDaemon(true); // the command line exits without closing the engine
            return thread;
        });
    }

    public OcrSettings settings() {
        return settings;
    }

    /** Words of {@code image} as it is (no pre-processing), boxes in its pixels. For checks and benchmarks. */
    public List<Word> words(BufferedImage image, int dpi) throws OcrUnavailableException {
        BufferedImage grey = PagePreparation.grey(image, 1.0);
        return await(submit(engine -> engine.recognise(grey, dpi, TesseractHandle.Threshold.LOCAL))).stream()
                .map(w -> new Word(w.text(), new io.customsreview.hub.domain.Box(w.x1(), w.y1(), w.x2(), w.y2()),
                        w.confidence()))
                .toList();
    }

    <T> Future<T> submit(HandleTask<T> task) {
        return pool.submit(() -> {
            TesseractHandle engine = engines.get();
            if (engine == null) {
                engine = new TesseractHandle(settings.datapath(), settings.language());
                engines.set(engine);
            }
            try {
                return task.run(engine);
            } finally {
                if (engine.pages() >= settings.recycleAfterPages()) {
                    engine.close();
                    engines.remove();
                }
            }
        });
    }

    static <T> T await(Future<T> result) throws OcrUnavailableException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrUnavailableException("interrupted while the page was read");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OcrUnavailableException unavailable) {
                throw unavailable;
            }
            throw new OcrUnavailableException("OCR failed: " + cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
