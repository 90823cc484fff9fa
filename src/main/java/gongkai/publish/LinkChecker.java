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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a rendered site before it is published (杜绝错链、断链): every internal URL of every page
 * ({@code href}, {@code src}, {@code srcset}, {@code poster}, object data, form action) and of every
 * stylesheet ({@code url()}, {@code @import}) must name a file of the site, and every
 * {@code #fragment} an element id (or {@code <a name>}) on the target page. Only links to follow
 * ({@code <a>}, {@code <area>}) may leave the site: external links (http, https, mailto, tel) are
 * collected for the compliance report, never fetched; anything a page would load from another
 * origin is an error.
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

    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)|@import\\s+(['\"])(.*?)\\3");

    private final Map<Path, Set<String>> idsByFile = new ConcurrentHashMap<>();

    public Report check(Path site) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".css")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Broken> broken = Collections.synchronizedList(new ArrayList<>());
        Set<String> external = ConcurrentHashMap.newKeySet();
        files.parallelStream().forEach(file -> {
            String rel = site.relativize(file).toString().replace('\\', '/');
            for (Ref ref : file.toString().endsWith(".css") ? cssLinks(file) : htmlLinks(file)) {
                String problem = problem(site, file, ref, external);
                if (problem != null) {
                    broken.add(new Broken(rel, ref.url(), problem));
                }
            }
        });
        List<Broken> sorted = new ArrayList<>(broken);
        sorted.sort((a, b) -> (a.page() + a.link()).compareTo(b.page() + b.link()));
        int pages = (int) files.stream().filter(p -> p.toString().endsWith(".html")).count();
        return new Report(sorted, external.stream().sorted().toList(), pages);
    }

    /** A URL in a file; {@code loads} when the browser fetches it with the page (not a link to follow). */
    private record Ref(String url, boolean loads) {}

    /** Every URL a page links to or loads: href, src, srcset, poster, object data and form action. */
    private List<Ref> htmlLinks(Path page) {
        Document doc = parse(page);
        idsByFile.putIfAbsent(page.toAbsolutePath().normalize(), ids(doc));
        List<Ref> links = new ArrayList<>();
        for (Element e : doc.select("[href], [src], [srcset], [poster], object[data], form[action], [xlink:href]")) {
            boolean loads = !(e.normalName().equals("a") || e.normalName().equals("area"));
            for (String attr : List.of("href", "src", "poster", "xlink:href")) {
                if (e.hasAttr(attr)) {
                    links.add(new Ref(e.attr(attr), loads));
                }
            }
            if (e.hasAttr("srcset")) {
                // "a.png 1x, b.png 2x": each candidate is a URL and an optional descriptor.
                for (String candidate : e.attr("srcset").split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        links.add(new Ref(url, true));
                    }
                }
            }
            if (e.normalName().equals("object")) {
                links.add(new Ref(e.attr("data"), true));
            }
            if (e.normalName().equals("form")) {
                links.add(new Ref(e.attr("action"), true));
            }
        }
        return links;
    }

    /** Every {@code url(...)} and {@code @import} of a stylesheet. */
    private static List<Ref> cssLinks(Path css) {
        String text;
        try {
            text = Files.readString(css, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Ref> links = new ArrayList<>();
        Matcher m = CSS_URL.matcher(text.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            links.add(new Ref(m.group(2) != null ? m.group(2).strip() : m.group(4), true));
        }
        return links;
    }

    private String problem(Path site, Path page, Ref ref, Set<String> external) {
        String link = ref.url();
        if (link.isEmpty()) {
            return "为空。";
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return "格式不正确。";
        }
        if (link.startsWith("//")) {
            return "以 // 开头，省略了协议。请写完整的网址，例如 https://www.gov.cn/。";
        }
        if (uri.getScheme() != null) {
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel"))) {
                return "使用了不允许的协议「" + scheme + "」。";
            }
            if (ref.loads()) {
                return "从其他网站加载内容；页面只能加载本站自己的文件（内容安全策略），请把文件放进本站。";
            }
            external.add(link);
            return null;
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

    /** The fragments a page offers: element ids, and the names of old-style {@code <a name>} anchors. */
    private static Set<String> ids(Document doc) {
        Set<String> ids = doc.select("[id]").stream().map(Element::id).collect(Collectors.toSet());
        doc.select("a[name]").forEach(a -> ids.add(a.attr("name")));
        return Set.copyOf(ids);
    }
}
