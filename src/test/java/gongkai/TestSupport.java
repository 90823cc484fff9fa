package gongkai;

import gongkai.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Shared helpers for tests that run the real CLI on real or planted content. */
public final class TestSupport {
    public static final Path CONTENT = Path.of("content");
    public static final Path TEMPLATES = Path.of("templates");

    private TestSupport() {}

    /** The outcome of one CLI run. */
    public record Run(int code, String out, String err) {}

    public static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** Builds {@code content} into {@code out} as of {@code asOf}, failing the test on a non-zero exit. */
    public static void build(Path content, Path out, String asOf) {
        Run r = cli("build", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString(),
                "--as-of", asOf);
        if (r.code() != 0) {
            throw new AssertionError("build failed (" + r.code() + "):\n" + r.err());
        }
    }

    private static Path exampleSite;

    /**
     * The project's real content built once per test run, as of 2026-11-22, for tests that only
     * read the output; a test that changes content or output builds its own.
     */
    public static synchronized Path exampleSite() {
        if (exampleSite == null) {
            try {
                Path dir = Files.createTempDirectory("gongkai-example-site-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                exampleSite = dir.resolve("site");
                build(CONTENT, exampleSite, "2026-11-22");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return exampleSite;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path src : (Iterable<Path>) walk::iterator) {
                Path dst = to.resolve(from.relativize(src).toString());
                if (Files.isDirectory(src)) {
                    Files.createDirectories(dst);
                } else {
                    Files.copy(src, dst);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the project's content in {@code dir}/content, for tests that change it. */
    public static Path contentCopy(Path dir) {
        Path c = dir.resolve("content");
        copyTree(CONTENT, c);
        return c;
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document page(Path site, String path) {
        try {
            return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files under {@code root} (relative paths) whose bytes contain any of {@code needles}
     * encoded as UTF-8: a search of every output byte, pictures and videos included.
     */
    public static List<String> filesContaining(Path root, String... needles) {
        List<byte[]> patterns = Stream.of(needles).map(n -> n.getBytes(StandardCharsets.UTF_8)).toList();
        List<String> hits = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                byte[] bytes = Files.readAllBytes(p);
                if (patterns.stream().anyMatch(n -> indexOf(bytes, n) >= 0)) {
                    hits.add(root.relativize(p).toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** SHA-256 of every file in a tree, by relative path: equal maps mean byte-identical trees. */
    public static Map<String, String> digest(Path root) {
        Map<String, String> m = new TreeMap<>();
        if (!Files.exists(root)) {
            return m;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    MessageDigest md = MessageDigest.getInstance("SHA-256");
                    m.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    /**
     * Adds {@code n} generated example policies under {@code policies/generated/}. Dates repeat and
     * titles share their start, so listings have ties that only a total order keeps stable; titles
     * stay unique because the build refuses two pages with one title; bodies are a few KB.
     */
    public static void addExamplePolicies(Path content, int n) {
        String paragraph = "本条为示例文字，用于测试大量页面的生成，不是真实的政策内容。".repeat(4);
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder("**本文为示例。**\n");
            for (int j = 1; j <= 8; j++) {
                body.append("\n## 第").append(j).append("条\n\n").append(paragraph).append("\n");
            }
            write(content.resolve(String.format("policies/generated/example-gen-%05d.md", i)), "---\n"
                    + "id: " + String.format("example-gen-%05d", i) + "\n"
                    + "title: （示例）生成的测试文件 " + i % 20 + "-" + i + "\n"
                    + "doc_number: 示例规〔2024〕" + (i + 1) + "号\n"
                    + "agency: " + (i % 3 == 0 ? "shszfbgt" : "shmzj") + "\n"
                    + "written: 2024-01-0" + (1 + i % 5) + "\n"
                    + "published: 2024-0" + (1 + i % 7) + "-1" + i % 4 + "\n"
                    + "topics: [" + (i % 2 == 0 ? "ylfw" : "shjz") + "]\n"
                    + "tags: [laonianren]\n"
                    + "kind: 其他文件\n"
                    + "disclosure: 主动公开\n"
                    + "example: true\n"
                    + "---\n" + body);
        }
    }

    /** The CLI in a fresh JVM on this test run's classpath, with {@code jvmOptions} before the class name. */
    public static ProcessBuilder cliProcess(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }
}
