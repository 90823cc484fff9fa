package gongkai.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gongkai.preview.PreviewServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves a built site on 127.0.0.1 at a free port, as static hosting would, and keeps a log of
 * what it served, so tests and benchmarks can see what a page fetched (workers included).
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "xml", "application/xml; charset=utf-8", "txt",
            "text/plain; charset=utf-8");

    private final HttpServer server;
    private final Path root;
    private final List<Served> log = new CopyOnWriteArrayList<>();

    /** One response: the site-relative path and the bytes of its body. */
    public record Served(String path, long bytes) {}

    public StaticServer(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            server = PreviewServer.httpServer(new InetSocketAddress("127.0.0.1", 0));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The base URL, ending in a slash. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        Path file = root.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        byte[] body = Files.readAllBytes(file);
        ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        ex.sendResponseHeaders(200, body.length);
        log.add(new Served(root.relativize(file).toString().replace('\\', '/'), body.length));
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** Everything served since the last {@link #clearLog()}, in order. */
    public List<Served> served() {
        return List.copyOf(log);
    }

    public void clearLog() {
        log.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
