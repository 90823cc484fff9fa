package gongkai.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Supplier;

/**
 * Work that runs beside the thread that starts it, in a fork-join pool of its own, so that its
 * parallel streams split among that pool's threads and never queue in the common pool. Where the
 * common pool has no threads of its own (a machine with one processor, or
 * {@code java.util.concurrent.ForkJoinPool.common.parallelism=0}), each thread that runs a parallel
 * stream in it does the stream's work itself, from a queue it may share with another such thread;
 * two of them at once can each wait for a task behind the other's, for ever (a build with
 * parallelism 0 hung in 10 of 30 runs so).
 */
public final class Background {
    private Background() {}

    /**
     * Starts {@code job} on a thread named {@code name}, in a pool as wide as the common one
     * (at least one thread), which shuts down when the job ends. Its threads do not keep the
     * program alive.
     */
    public static <T> CompletableFuture<T> start(String name, Supplier<T> job) {
        ForkJoinPool pool = new ForkJoinPool(ForkJoinPool.getCommonPoolParallelism(), p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName(name);
            return t;
        }, null, false);
        CompletableFuture<T> result = CompletableFuture.supplyAsync(job, pool);
        result.whenComplete((value, failure) -> pool.shutdown());
        return result;
    }
}
