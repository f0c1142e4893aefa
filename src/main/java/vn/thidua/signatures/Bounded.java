package vn.thidua.signatures;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Parsing a PDF sent by anyone runs here: at most {@link #PARALLEL} at once in the whole process (a
 * request that finds them all busy waits a little, then is refused), each given up after its time
 * limit. A parse that ignores the interruption keeps its place until it ends, so a hostile file never
 * takes more than those few threads, whatever the number of requests.
 */
final class Bounded {

    static final int PARALLEL = 2;
    private static final Duration WAIT_FOR_A_PLACE = Duration.ofSeconds(5);

    private static final Semaphore PLACES = new Semaphore(PARALLEL);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(work -> {
        Thread t = new Thread(work, "pdf-verify-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Bounded() {}

    static <T> T run(Supplier<T> work, Duration timeout) {
        try {
            if (!PLACES.tryAcquire(WAIT_FOR_A_PLACE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SigningFailure("file", "signature.verify.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SigningFailure("file", "signature.verify.busy", e);
        }
        Future<T> future;
        try {
            future = RUNNER.submit(() -> {
                try {
                    return work.get();
                } finally {
                    PLACES.release();
                }
            });
        } catch (RuntimeException e) {
            PLACES.release();
            throw e;
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new SigningFailure("file", "signature.verify.timeout", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SigningFailure("file", "signature.verify.timeout", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SigningFailure failure) {
                throw failure;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new SigningFailure("file", "signature.verify.bomb", cause);
            }
            throw new SigningFailure("file", "signature.verify.notPdf", cause);
        }
    }
}
