package gongkai.publish;

import gongkai.render.PageLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a rendered site before it is published (杜绝错链、断链): every internal URL of every page
 * ({@code href}, {@code src}, {@code srcset}, {@code poster}, object data, form action) and of every
 * stylesheet ({@code url()}, {@code @import}) must name a file of the site, and every
 * {@code #fragment} an element id (or {@code <a name>}) on the target page. Only links to follow
 * ({@code <a>}, {@code <area>}) may leave the site: external links (http, https, mailto, tel) are
 * collected for the compliance report, never fetched; anything a page would load from another
 * origin is an error.
 *
 * <p>Pages are handed over as they are rendered ({@link #page}), from any thread, and only what
 * they point at is kept, not the pages; {@link #finish} then checks those targets against the
 * files of the site. {@link #check} does both for a folder already on disk. A build names the
 * files it will write beforehand ({@link #expect}): a link to one of them is settled as it comes
 * and nothing of it is kept, which on a large portal is nearly every link; finish then confirms
 * each was written.
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
    /** Uses of one missing target reported in full; more are counted. */
    private static final int USES_KEPT = 3;

    /** Where links point, site-relative (fragment apart), with the uses that name them. */
    private final Map<String, Uses> targets = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Broken> broken = new ConcurrentLinkedQueue<>();
    private final Set<String> external = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pages = new AtomicInteger();
    private Set<String> expected = Set.of();

    /** One page or stylesheet pointing at a target, with the fragment it wants there (or empty). */
    private record Use(String page, String link, String fragment) {}

    /** The uses of one target: the first few kept, the rest counted. */
    private static final class Uses {
        final List<Use> kept = new ArrayList<>();
        final Set<String> fragments = new HashSet<>();
        /** Uses seen; most targets (the navigation) are named by every page, so this is read without a lock. */
        final AtomicInteger seen = new AtomicInteger();

        void add(Use u) {
            if (seen.incrementAndGet() > USES_KEPT && u.fragment().isEmpty()) {
                return;
            }
            synchronized (this) {
                // Every distinct fragment is kept so each can be checked; plain uses only as examples.
                if (!u.fragment().isEmpty() ? fragments.add(u.fragment()) : kept.size() < USES_KEPT) {
                    kept.add(u);
                }
            }
        }

        int more() {
            return Math.max(0, seen.get() - kept.size());
        }
    }

    /**
     * Names the files the site will have (site-relative), before any page is handed over; a link
     * to one of them, without a fragment, needs nothing more until {@link #finish}.
     */
    public void expect(Set<String> files) {
        // A HashSet compares hashes before strings; Set.copyOf would compare whole paths on every probe.
        expected = new HashSet<>(files);
    }

    /** Checks every page and stylesheet of a site on disk. */
    public Report check(Path site) {
        Set<String> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.parallelStream().filter(f -> f.endsWith(".html")).forEach(f -> page(f, read(site.resolve(f))));
        return finish(site::resolve, files);
    }

    /** Takes the links of one page ({@code path} site-relative); safe from several threads. */
    public void page(String path, String html) {
        page(path, PageLinks.of(html));
    }

    /** Takes the links of one page, read before ({@link PageLinks#of}); safe from several threads. */
    public void page(String path, PageLinks links) {
        pages.incrementAndGet();
        for (PageLinks.Ref ref : links.refs()) {
            resolve(path, ref, links.ids());
        }
    }

    /**
     * Checks what the pages pointed at against {@code files}, every file of the site
     * (site-relative, each found on disk by {@code locate}), and the site's stylesheets; returns
     * every problem found since this checker was made.
     */
    public Report finish(Function<String, Path> locate, Set<String> files) {
        for (String css : files.stream().filter(f -> f.endsWith(".css")).sorted().toList()) {
            for (PageLinks.Ref ref : cssLinks(locate.apply(css))) {
                resolve(css, ref, Set.of());
            }
        }
        for (String f : expected) {
            if (!files.contains(f)) {
                broken.add(new Broken(f, f, "应当生成却没有生成，链接到它的页面都会断链。"));
            }
        }
        Map<String, Set<String>> idsOf = new HashMap<>();
        for (Map.Entry<String, Uses> e : targets.entrySet()) {
            // A folder stands for its index.html, as on a web server.
            String file = files.contains(e.getKey()) ? e.getKey() : (e.getKey().isEmpty() ? "" : e.getKey() + "/") + "index.html";
            Uses uses = e.getValue();
            if (!files.contains(file)) {
                uses.kept.forEach(u -> broken.add(new Broken(u.page(), u.link(), "指向的文件不存在。" + more(uses))));
                continue;
            }
            if (!file.endsWith(".html")) {
                continue;
            }
            for (Use u : uses.kept) {
                if (!u.fragment().isEmpty()
                        && !idsOf.computeIfAbsent(file, f -> PageLinks.of(read(locate.apply(f))).ids()).contains(u.fragment())) {
                    broken.add(new Broken(u.page(), u.link(), "指向的位置 #" + u.fragment() + " 在目标页面中不存在。"));
                }
            }
        }
        List<Broken> sorted = new ArrayList<>(broken);
        sorted.sort((a, b) -> (a.page() + a.link()).compareTo(b.page() + b.link()));
        return new Report(sorted, external.stream().sorted().toList(), pages.get());
    }

    private static String more(Uses uses) {
        return uses.more() == 0 ? "" : "（另有 " + uses.more() + " 处链接指向同一文件，未逐一列出。）";
    }

    /** Every {@code url(...)} and {@code @import} of a stylesheet. */
    private static List<PageLinks.Ref> cssLinks(Path css) {
        List<PageLinks.Ref> links = new ArrayList<>();
        Matcher m = CSS_URL.matcher(read(css).replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            links.add(new PageLinks.Ref(m.group(2) != null ? m.group(2).strip() : m.group(4), true));
        }
        return links;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks what can be checked of one reference now, and records its target for {@link #finish}. */
    private void resolve(String page, PageLinks.Ref ref, Set<String> ownIds) {
        String link = ref.url();
        String path;
        String fragment;
        if (plain(link)) {
            int hash = link.indexOf('#');
            path = hash < 0 ? link : link.substring(0, hash);
            fragment = hash < 0 ? "" : link.substring(hash + 1);
        } else {
            String problem = outward(link, ref.loads());
            if (problem != null) {
                if (!problem.isEmpty()) {
                    broken.add(new Broken(page, link, problem));
                }
                return;
            }
            URI uri = URI.create(link);
            path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
            fragment = uri.getFragment() == null ? "" : uri.getFragment();
        }
        if (path.isEmpty()) {
            if (!fragment.isEmpty() && !ownIds.contains(fragment)) {
                broken.add(new Broken(page, link, "指向的位置 #" + fragment + " 在目标页面中不存在。"));
            }
            return;
        }
        String target = join(page, path);
        if (target == null) {
            broken.add(new Broken(page, link, "指向站点之外。"));
            return;
        }
        if (fragment.isEmpty() && expected.contains(target)) {
            return;
        }
        targets.computeIfAbsent(target, t -> new Uses()).add(new Use(page, link, fragment));
    }

    /**
     * Whether {@code link} is a relative path of unreserved characters, with an optional fragment
     * of them: such links (nearly all of a site's) need no URI parsing or percent-decoding.
     */
    private static boolean plain(String link) {
        if (link.isEmpty() || link.charAt(0) == '/') {
            return false;
        }
        boolean fragment = false;
        for (int k = 0; k < link.length(); k++) {
            char c = link.charAt(k);
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '~' || c == '-';
            if (c == '#' && !fragment) {
                fragment = true;
            } else if (!unreserved && !(c == '/' && !fragment)) {
                return false;
            }
        }
        return link.charAt(0) != '#' || link.length() > 1;
    }

    /**
     * The problem of a link that is not a plain relative path: "" for a permitted external link
     * (recorded), null for a relative link to resolve, else the reason it is refused.
     */
    private String outward(String link, boolean loads) {
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
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel"))) {
                return "使用了不允许的协议「" + scheme + "」。";
            }
            if (loads) {
                return "从其他网站加载内容；页面只能加载本站自己的文件（内容安全策略），请把文件放进本站。";
            }
            external.add(link);
            return "";
        }
        if (link.startsWith("/")) {
            return "是以 / 开头的绝对路径；站点须使用相对链接，才能在任意子路径和本地文件中打开。";
        }
        return null;
    }

    /** {@code path} relative to the folder of {@code page}, normalized; null when it climbs out of the site. */
    static String join(String page, String path) {
        int dirEnd = page.lastIndexOf('/');
        int start = 0;
        // Site links are "../" times the page's depth, then a clean path: climb without splitting.
        while (path.startsWith("../", start)) {
            if (dirEnd < 0) {
                return null;
            }
            dirEnd = page.lastIndexOf('/', dirEnd - 1);
            start += 3;
        }
        String rest = path.substring(start);
        if (!rest.contains("./") && !rest.contains("//") && !rest.equals("..") && !rest.endsWith("/..") && !rest.equals(".")) {
            String joined = dirEnd < 0 ? rest : page.substring(0, dirEnd + 1) + rest;
            return joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
        }
        String joined = dirEnd < 0 ? rest : page.substring(0, dirEnd + 1) + rest;
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
