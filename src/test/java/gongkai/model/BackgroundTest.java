package gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackgroundTest {
    @Test
    void givesTheJobsResultOnAThreadOfTheGivenName() {
        assertEquals("site-memory", Background.start("site-memory", () -> Thread.currentThread().getName()).join());
    }

    /**
     * Where the common pool has no threads, a parallel stream beside another one in the common
     * pool could wait for ever (a build hung in 10 of 30 runs); started in the background, it
     * never does. Run in a JVM of its own, as the common pool is set up once per JVM.
     */
    @Test
    void parallelStreamsBesideEachOtherFinishWhenTheCommonPoolHasNoThreads() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0", "-cp", System.getProperty("java.class.path"),
                TwoStreams.class.getName()).redirectErrorStream(true).start();
        boolean finished = p.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertTrue(finished, "parallel streams beside each other did not finish within a minute");
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** A thread with parallel streams beside the main thread's, round after round. */
    static final class TwoStreams {
        public static void main(String[] args) {
            for (int round = 0; round < 300; round++) {
                CompletableFuture<List<Integer>> beside = Background.start("beside", TwoStreams::work);
                List<Integer> mine = work();
                if (!beside.join().equals(mine)) {
                    System.exit(3);
                }
            }
        }

        private static List<Integer> work() {
            return IntStream.range(0, 20_000).parallel().map(i -> i % 97).boxed().toList();
        }
    }
}
