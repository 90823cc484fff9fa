package gongkai.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves a site folder over HTTP for a local preview: GET and HEAD only, files inside the folder
 * only (no listing, no symbolic links), a folder's {@code index.html} for the folder, and the
 * site's own security policy on every response. Bound by its caller to the loopback address.
 */
public final class PreviewServer {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("gif", "image/gif"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("vtt", "text/vtt; charset=utf-8"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final HttpServer server;
    private final Path root;

    private PreviewServer(HttpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /** Starts serving {@code site} at {@code address}; port 0 picks a free one. */
    public static PreviewServer start(Path site, InetSocketAddress address) throws IOException {
        HttpServer http = httpServer(address);
        PreviewServer s = new PreviewServer(http, site.toAbsolutePath().normalize());
        http.createContext("/", s::handle);
        http.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return s;
    }

    /**
     * An HTTP server at {@code address} that sends each response at once. The JDK's server writes
     * a response's headers and its body apart; under Nagle's algorithm, on a connection kept open
     * for the next request as browsers keep it, each response after the first then waited for the
     * browser's delayed acknowledgement: a page's stylesheets and scripts took 43-46 ms each to
     * arrive from a local preview instead of 0.5-4 ms. The JDK reads the setting once, when the
     * first server of the program is made.
     */
    public static HttpServer httpServer(InetSocketAddress address) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        return HttpServer.create(address, 0);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "只支持 GET 和 HEAD。");
                return;
            }
            Path file = resolve(ex.getRequestURI());
            if (file == null) {
                send(ex, 404, "没有这个页面。");
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.sendResponseHeaders(200, method.equals("HEAD") ? -1 : body.length);
            if (!method.equals("HEAD")) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(body);
                }
            }
        }
    }

    /** The file a request names, or null when there is none inside the site. */
    private Path resolve(URI uri) {
        String path = uri.getPath() == null ? "/" : uri.getPath();
        Path p = root.resolve(path.substring(1)).normalize();
        if (!p.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            p = p.resolve("index.html");
        }
        for (Path q = p; q != null && q.startsWith(root) && !q.equals(root); q = q.getParent()) {
            if (Files.isSymbolicLink(q)) {
                return null;
            }
        }
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? p : null;
    }

    private static void send(HttpExchange ex, int code, String message) throws IOException {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(code, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }
}
