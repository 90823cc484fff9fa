package gongkai.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a long build is doing: the phase, and how many of its items are done. On a terminal one
 * status line is redrawn a few times a second; elsewhere (CI logs, pipes) nothing is shown, since a
 * log full of counters helps nobody. With {@code --timings} each phase's duration is printed at the
 * end, which is how maintainers and the benchmark see where the time goes.
 */
final class Progress implements AutoCloseable {
    private static final long REDRAW_MS = 250;

    private final PrintWriter err;
    private final boolean live;
    private final boolean timings;
    private final AtomicLong done = new AtomicLong();
    private final List<String> finished = new ArrayList<>();
    private final ScheduledExecutorService ticker;
    private volatile String phase = "";
    private volatile long total;
    private long phaseStart = System.nanoTime();
    private int drawnWidth;

    Progress(PrintWriter err, boolean live, boolean timings) {
        this.err = err;
        this.live = live;
        this.timings = timings;
        if (live) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::draw, REDRAW_MS, REDRAW_MS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** A live display only on an interactive terminal, never in CI. */
    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null;
    }

    /** Starts a phase with a known number of items (0 when it has no count). */
    synchronized void phase(String name, long items) {
        endPhase();
        phase = name;
        total = items;
        done.set(0);
        phaseStart = System.nanoTime();
    }

    /** One more item of the current phase is done; safe from any thread. */
    void step() {
        done.incrementAndGet();
    }

    private void endPhase() {
        if (!phase.isEmpty()) {
            finished.add(String.format(Locale.ROOT, "  %-12s %7.2f 秒%s", phase, (System.nanoTime() - phaseStart) / 1e9,
                    total > 0 ? String.format(Locale.ROOT, "（%,d 项）", total) : ""));
        }
    }

    private synchronized void draw() {
        String line = total > 0 ? String.format(Locale.ROOT, "%s %,d / %,d", phase, done.get(), total) : phase + "……";
        int width = line.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
        StringBuilder sb = new StringBuilder("\r").append(line);
        for (int i = width; i < drawnWidth; i++) {
            sb.append(' ');
        }
        drawnWidth = Math.max(width, drawnWidth);
        err.print(sb);
        err.flush();
    }

    @Override
    public synchronized void close() {
        endPhase();
        phase = "";
        if (ticker != null) {
            ticker.shutdownNow();
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
        }
        if (timings) {
            err.println("各阶段用时：");
            finished.forEach(err::println);
        }
        finished.clear();
    }
}
