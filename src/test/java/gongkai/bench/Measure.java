package gongkai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command under GNU time and reads back wall time, CPU time and peak RSS, the figures the
 * speed benchmark compares.
 */
final class Measure {
    private Measure() {}

    /** One timed run. */
    record Sample(double wallSeconds, double cpuSeconds, long peakRssKb) {}

    static Sample run(List<String> command, Path workDir) {
        try {
            Path times = Files.createTempFile("gongkai-time-", ".txt");
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S %M"));
            cmd.addAll(command);
            Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException("exit " + code + ": " + String.join(" ", command));
            }
            String[] f = Files.readString(times).trim().split("\\s+");
            Files.delete(times);
            return new Sample(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]), Long.parseLong(f[3]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sample with the median wall time. */
    static Sample median(List<Sample> samples) {
        List<Sample> s = new ArrayList<>(samples);
        s.sort((a, b) -> Double.compare(a.wallSeconds(), b.wallSeconds()));
        return s.get(s.size() / 2);
    }
}
