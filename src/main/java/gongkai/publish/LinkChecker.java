package gongkai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a rendered site before it is published (杜绝错链、断链): every internal {@code href} and
 * {@code src} must name a file of the site, and every {@code #fragment} an element id on the
 * target page. External links are collected, never fetched.
 */
public final class LinkChecker {

    /** A link that does not resolve, on {@code page} (site-relative). */
    public record Broken(String page, String link, String reason) {
        public String describe() {
            return page + " 中的链接「" + link + "」" + reason;
        }
    }

    /** The outcome: broken internal links, and the external links seen (sorted, unique). */
    public record Report(List<Broken> broken, List<String> external, int pages) {}

    private final Map<Path, Set<String>> idsByFile = new ConcurrentHashMap<>();

    public Report check(Path site) {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Broken> broken = Collections.synchronizedList(new ArrayList<>());
        Set<String> external = ConcurrentHashMap.newKeySet();
        pages.parallelStream().forEach(page -> checkPage(site, page, broken, external));
        List<Broken> sorted = new ArrayList<>(broken);
        sorted.sort((a, b) -> (a.page() + a.link()).compareTo(b.page() + b.link()));
        return new Report(sorted, external.stream().sorted().toList(), pages.size());
    }

    private void checkPage(Path site, Path page, List<Broken> broken, Set<String> external) {
        Document doc = parse(page);
        idsByFile.putIfAbsent(page.toAbsolutePath().normalize(), ids(doc));
        String rel = site.relativize(page).toString().replace('\\', '/');
        for (Element e : doc.select("a[href], link[href], img[src], script[src], video[src], source[src], iframe[src]")) {
            String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            String problem = problem(site, page, link, external);
            if (problem != null) {
                broken.add(new Broken(rel, link, problem));
            }
        }
    }

    private String problem(Path site, Path page, String link, Set<String> external) {
        if (link.isEmpty()) {
            return "为空。";
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return "格式不正确。";
        }
        if (uri.getScheme() != null || link.startsWith("//")) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel")) {
                external.add(link);
                return null;
            }
            return "使用了不允许的协议「" + scheme + "」。";
        }
        if (link.startsWith("/")) {
            return "是以 / 开头的绝对路径；站点须使用相对链接，才能在任意子路径和本地文件中打开。";
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        Path root = site.toAbsolutePath().normalize();
        Path abs = target.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) {
            return "指向站点之外。";
        }
        if (Files.isDirectory(abs)) {
            abs = abs.resolve("index.html");
        }
        if (!Files.isRegularFile(abs)) {
            return "指向的文件不存在。";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && abs.toString().endsWith(".html")) {
            Set<String> ids = idsByFile.computeIfAbsent(abs, p -> ids(parse(p)));
            if (!ids.contains(fragment)) {
                return "指向的位置 #" + fragment + " 在目标页面中不存在。";
            }
        }
        return null;
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> ids(Document doc) {
        return doc.select("[id]").stream().map(e -> e.id()).collect(Collectors.toUnmodifiableSet());
    }
}
