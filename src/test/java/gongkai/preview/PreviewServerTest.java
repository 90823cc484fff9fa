package gongkai.preview;

import static gongkai.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server serves the site folder and nothing else, to this computer only. */
class PreviewServerTest {
    @TempDir
    Path dir;

    private PreviewServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        Path site = dir.resolve("site");
        write(site.resolve("index.html"), "<p>首页</p>");
        write(site.resolve("policies/a/index.html"), "<p>文件</p>");
        write(site.resolve("assets/site.css"), "body{}");
        write(dir.resolve("secret.txt"), "不在网站目录中");
        Files.createSymbolicLink(site.resolve("linked.txt"), dir.resolve("secret.txt"));
        server = PreviewServer.start(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> get(String path, String method) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesFilesAndFoldersAsTheirIndex() throws Exception {
        HttpResponse<String> home = get("/", "GET");
        assertEquals(200, home.statusCode());
        assertEquals("<p>首页</p>", home.body());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("<p>文件</p>", get("/policies/a/", "GET").body());
        assertEquals("text/css; charset=utf-8", get("/assets/site.css", "GET").headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> head = get("/index.html", "HEAD");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void nothingOutsideTheSiteAndNoOtherMethods() throws Exception {
        assertEquals(404, get("/missing.html", "GET").statusCode());
        assertEquals(404, get("/linked.txt", "GET").statusCode(), "a symbolic link out of the site is not followed");
        assertEquals(405, get("/index.html", "POST").statusCode());
        // A raw request, since an HTTP client normalizes the dots away before sending.
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.getOutputStream().write("GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("HTTP/1.1 404", response.substring(0, 12), response);
        }
    }
}
