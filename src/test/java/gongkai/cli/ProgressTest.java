package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress is silent off a terminal, and --timings lists every phase with its item count. */
class ProgressTest {
    @Test
    void offATerminalNothingIsDrawn() {
        StringWriter out = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(out, true), false, false)) {
            p.phase("生成页面", 3);
            p.step();
        }
        assertEquals("", out.toString());
    }

    @Test
    void timingsNameEachPhaseWithItsCount() {
        StringWriter out = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(out, true), false, true)) {
            p.phase("读取和检查内容", 0);
            p.phase("生成页面", 1234);
            p.step();
        }
        String s = out.toString();
        assertTrue(s.startsWith("各阶段用时："), s);
        assertTrue(s.contains("读取和检查内容"), s);
        assertTrue(s.matches("(?s).*生成页面\\s+\\d+\\.\\d\\d 秒（1,234 项）.*"), s);
    }

    @Test
    void onATerminalTheLineShowsPhaseAndCountThenIsCleared() throws InterruptedException {
        StringWriter out = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(out, true), true, false)) {
            p.phase("生成页面", 10);
            p.step();
            p.step();
            Thread.sleep(600);
        }
        String s = out.toString();
        assertTrue(s.contains("\r生成页面 2 / 10"), s);
        assertTrue(s.endsWith("\r"), "the status line is wiped when the build ends");
    }
}
