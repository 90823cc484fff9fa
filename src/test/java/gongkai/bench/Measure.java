package gongkai.bench;

import gongkai.TestSupport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command under GNU time and reads back wall time, CPU time and peak RSS, the figures the
 * speed benchmark compares. Before each timed run the files written so far are flushed to disk,
 * untimed: the kernel writes a build's files out during the half minute after it, on the same
 * two cores, so without that each run would pay for the previous one's (Hugo for gongkai's 276 MB,
 * the build after an edit for both full builds). Then it waits until {@link #SETTLE_NANOS} has
 * passed since the last timed run ended: see there.
 */
final class Measure {
    /**
     * How long memory a process gave back stays cheap to touch again. On this kind of virtual
     * machine the balloon driver hands freed memory back to the host in passes two seconds apart
     * (free page reporting), and touching it afterwards costs the host's work again: a JVM
     * touching a 320 MB heap took 0.15–0.33 s within a second of another's exit and 0.63–0.83 s
     * two seconds or more after. Runs follow each other within the second that {@link #sync}
     * takes, so each would start on what the one before gave back (Hugo on a third of its gigabyte,
     * the build after an edit on all it needs) and none as a maintainer's build does, long after
     * the last; waiting this long starts every run on memory in the same state.
     */
    private static final long SETTLE_NANOS = 3_000_000_000L;
    /** When the last timed run ended (System.nanoTime); before the first, when this class was first used. */
    private static long lastEnd = System.nanoTime();

    private Measure() {}

    /**
     * One timed run. The kernel's share of the CPU time ({@code systemSeconds}) is kept apart:
     * creating files and folders is kernel work, and the two tools write very different numbers
     * of them.
     */
    record Sample(double wallSeconds, double userSeconds, double systemSeconds, long peakRssKb) {
        double cpuSeconds() {
            return userSeconds + systemSeconds;
        }
    }

    static Sample run(List<String> command, Path workDir) {
        try {
            sync();
            settle();
            Path times = Files.createTempFile("gongkai-time-", ".txt");
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S %M"));
            cmd.addAll(command);
            Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int code = p.waitFor();
            lastEnd = System.nanoTime();
            if (code != 0) {
                throw new IllegalStateException("exit " + code + ": " + String.join(" ", command));
            }
            String[] f = Files.readString(times).trim().split("\\s+");
            Files.delete(times);
            return new Sample(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts {@code serve} on {@code content}, then edits {@code edited} {@code edits} times (its
     * original text plus a numbered paragraph), each time timing from the save to the line that
     * says the preview is rebuilt; returns the median in seconds. Last, the file gets
     * {@code finalText} back, and the preview must then equal {@code site}, a full build of that
     * content, byte for byte, or this fails.
     */
    static double serveRebuild(Path jar, Path content, Path templates, Path preview, String asOf, Path edited, String original,
            String finalText, Path site, int edits) {
        TestSupport.deleteTree(preview);
        List<String> cmd = List.of("bash", jar.resolveSibling("../scripts/gongkai").normalize().toString(), "serve",
                "--content", content.toString(), "--templates",
                templates.toString(), "--out", preview.toString(), "--as-of", asOf, "--port", "0");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                await(out, "预览地址");
                List<Double> times = new ArrayList<>();
                for (int i = 1; i <= Math.max(5, edits); i++) {
                    sync();
                    long t0 = System.nanoTime();
                    Files.writeString(edited, original + "\n基准测试第 " + i + " 次修改。\n", StandardCharsets.UTF_8);
                    await(out, "重新生成");
                    times.add((System.nanoTime() - t0) / 1e9);
                }
                Files.writeString(edited, finalText, StandardCharsets.UTF_8);
                await(out, "重新生成");
                if (!TestSupport.digest(preview).equals(TestSupport.digest(site))) {
                    throw new IllegalStateException("the preview differs from a full build of the same content");
                }
                times.sort(null);
                return times.get(times.size() / 2);
            } finally {
                p.destroy();
                p.waitFor();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes every file written so far to disk. */
    private static void sync() throws IOException, InterruptedException {
        int code = new ProcessBuilder("sync").inheritIO().start().waitFor();
        if (code != 0) {
            throw new IllegalStateException("sync: exit " + code);
        }
    }

    /** Waits until {@link #SETTLE_NANOS} has passed since the last timed run ended. */
    private static void settle() throws InterruptedException {
        long left = lastEnd + SETTLE_NANOS - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    private static void await(BufferedReader out, String start) throws IOException {
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith(start)) {
                return;
            }
            if (line.contains("失败") || line.contains("错误")) {
                throw new IllegalStateException("serve: " + line);
            }
        }
        throw new IllegalStateException("serve ended before printing " + start);
    }

    /** The sample with the median wall time. */
    static Sample median(List<Sample> samples) {
        List<Sample> s = new ArrayList<>(samples);
        s.sort((a, b) -> Double.compare(a.wallSeconds(), b.wallSeconds()));
        return s.get(s.size() / 2);
    }
}
