package gongkai.render;

import gongkai.model.Body;
import gongkai.model.Fingerprint;
import gongkai.model.MediaFile;
import gongkai.model.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fourth stage: writes every page and the static assets into an output folder. Every page is
 * written twice, in the standard edition and in the care edition (关怀版), from the same view.
 * Pages are rendered in parallel and streamed to disk one by one, so memory does not grow with
 * the size of the rendered site.
 */
public final class SiteRenderer {
    /** The navigation sections, in header order: key, label, path. */
    private static final List<String[]> NAV = List.of(
            new String[] {"home", "首页", Paths.home()},
            new String[] {"policies", "政策文件", Paths.policies()},
            new String[] {"interpretations", "政策解读", Paths.interpretations()},
            new String[] {"replies", "留言选登", Paths.replies()},
            new String[] {"workpoints", "工作要点", Paths.workPoints()},
            new String[] {"years", "按年份", Paths.years()},
            new String[] {"agencies", "按机构", Paths.agencies()},
            new String[] {"topics", "按主题", Paths.topics()});

    private static final Map<String, String> SECTION_NAMES = NAV.stream().collect(Collectors.toMap(n -> n[0], n -> n[1]));

    private final Templates templates;
    private final Path templateDir;
    private final SiteConfig site;

    public SiteRenderer(Path templateDir, SiteConfig site) {
        this.templateDir = templateDir;
        this.templates = new Templates(templateDir);
        this.site = site;
    }

    /** Thrown when two pages would share a {@code <title>}; the message names both pages. */
    public static final class DuplicateTitles extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DuplicateTitles(String message) {
            super(message);
        }
    }

    /** Hears of each page file as it is rendered: its site-relative path and its links. */
    public interface Rendered {
        void page(String path, PageLinks links);

        /** The page file at {@code path} was not rendered: its inputs are those of the last build. */
        default void same(String path) {
            throw new IllegalStateException(path + " was not rendered, and nothing remembers it");
        }
    }

    /**
     * Renders {@code pages} into {@code out}, each in both editions, and the static assets; tells
     * {@code rendered} of each page file (from several threads). Returns the number of page files.
     * Fails before writing anything when two pages would have the same title.
     */
    public int render(List<Page> pages, SiteOutput out, Rendered rendered) {
        return render(pages, out, rendered, null, 0);
    }

    /** The key of a page's inputs, from everything its view is made from: {@code portalKey} and the bodies it names. */
    private static long quickKey(long portalKey, Page p) {
        long h = Fingerprint.mix(portalKey ^ Fingerprint.of(p.path()));
        for (Body b : p.bodies()) {
            h = Fingerprint.mix(h ^ b.fingerprint());
        }
        return h == 0 ? 1 : h;
    }

    /** Keeps both editions of page {@code p} as the last build wrote them. */
    private static void keep(Page p, SiteOutput out, Rendered rendered) {
        for (Edition e : Edition.values()) {
            out.keep(e.path(p.path()));
            rendered.same(e.path(p.path()));
        }
    }

    /**
     * As {@link #render(List, SiteOutput, Rendered)}, but a page file whose inputs equal those in
     * {@code memo} is not rendered: {@code out} keeps it and {@code rendered} hears it is the same.
     * {@code portalKey} ({@link PageBuilder#portalKey}, 0 for none) is everything the views are made
     * from but the records' bodies; a page whose bodies are also those of the last build keeps that
     * build's inputs without its view being built, when its view took in no other body then.
     */
    public int render(List<Page> pages, SiteOutput out, Rendered rendered, RenderMemo memo, long portalKey) {
        Map<String, String> titles = titles(pages);
        copyAssets(out);
        out.write(SecurityPolicy.HEADERS_FILE, SecurityPolicy.headersFile().getBytes(StandardCharsets.UTF_8));
        // Every page is attempted before a failure is thrown: a parallel forEach would rethrow the
        // first failure while other threads still write, racing the cleanup of the output folder.
        List<RuntimeException> failures = pages.parallelStream().map(p -> {
            try {
                long quick = portalKey == 0 ? 0 : quickKey(portalKey, p);
                if (memo != null && memo.sameQuick(p.path(), quick)) {
                    keep(p, out, rendered);
                    return null;
                }
                Set<Long> taken = new HashSet<>();
                Object view = EmbeddedBodies.collect(p.view(), taken);
                if (!p.bodies().stream().map(Body::fingerprint).collect(Collectors.toSet()).containsAll(taken)) {
                    quick = 0;
                }
                RenderMemo.Inputs inputs = new RenderMemo.Inputs(p.template(), p.title(), titles.get(p.path()), p.section(), view);
                if (memo != null && memo.same(p.path(), inputs, quick)) {
                    keep(p, out, rendered);
                    return null;
                }
                MarkedPage page = new MarkedPage(p.path(), render(p, titles.get(p.path()), view));
                PageLinks links = PageLinks.of(page.text());
                for (Edition e : Edition.values()) {
                    out.write(e.path(p.path()), page.bytes(e));
                    rendered.page(e.path(p.path()), page.links(e, links));
                }
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }).filter(Objects::nonNull).collect(Collectors.toList());
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return pages.size() * Edition.values().length;
    }

    /**
     * Every file {@link #render} and {@link #copyMedia} write for {@code pages} and {@code media}
     * (site-relative): the assets, the headers file, each page in both editions, the media files.
     */
    public Set<String> files(List<Page> pages, List<MediaFile> media) {
        Set<String> files = new HashSet<>(assets().keySet());
        files.add(SecurityPolicy.HEADERS_FILE);
        for (Page p : pages) {
            for (Edition e : Edition.values()) {
                files.add(e.path(p.path()));
            }
        }
        media.forEach(m -> files.add(m.path()));
        return files;
    }

    /** Copies the media files published pages show (pictures, videos) to their site paths. */
    public void copyMedia(List<MediaFile> media, SiteOutput out) {
        for (MediaFile m : media) {
            out.copy(m.path(), m.source());
        }
    }

    /** The marks that template parts of one edition alone are put between ({@code <@careOnly>} in layout.ftlh). */
    private static final Map<String, String> EDITION_MARKS = Map.of("careOnly", MarkedPage.CARE_ONLY, "standardOnly",
            MarkedPage.STANDARD_ONLY, "end", MarkedPage.END);

    /** Renders a page once for both editions, with marks where they differ (see {@link MarkedPage}). */
    private String render(Page page, String title, Object view) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("csp", SecurityPolicy.CSP);
        // Page links use root, which leads to the top of this edition's tree, so a reader stays
        // in the edition they chose; shared files (assets, data) use siteRoot.
        model.put("root", Paths.rootOf(page.path()));
        model.put("siteRoot", MarkedPage.SITE_ROOT);
        model.put("path", page.path());
        model.put("title", page.title());
        model.put("documentTitle", documentTitle(title, page.section(), MarkedPage.CARE_ONLY + "_关怀版" + MarkedPage.END));
        model.put("edition", EDITION_MARKS);
        model.put("editionSwitch", MarkedPage.SWITCH);
        model.put("nav", nav(page.section()));
        model.put("sectionName", sectionName(page.section()));
        model.put("page", view);
        TextBuffer w = new TextBuffer(16 * 1024);
        templates.render(page.template(), model, w);
        return w.toString();
    }

    /** The {@code <title>}: page, section, edition, site, from the most specific (WCAG 2.4.2). */
    private String documentTitle(String title, String sectionKey, String edition) {
        String section = sectionName(sectionKey);
        boolean shown = !section.isEmpty() && !section.equals(title);
        // Joined in one piece: a chain of + grows a builder step by step, for each of the pages.
        return String.join("", title, shown ? "_" : "", shown ? section : "", edition, "_", site.name());
    }

    /**
     * The title of each page, by path. Every page needs its own title so readers can tell pages and
     * tabs apart (WCAG 2.4.2); documents may share a title (the same kind of notice in two years),
     * so a shared title gets the page's distinction (its 文号 or date). Pages still alike after that
     * fail the build.
     */
    private Map<String, String> titles(List<Page> pages) {
        String[] plain = new String[pages.size()];
        Map<String, Integer> uses = new HashMap<>();
        for (int i = 0; i < plain.length; i++) {
            Page p = pages.get(i);
            plain[i] = documentTitle(p.title(), p.section(), "");
            uses.merge(plain[i], 1, Integer::sum);
        }
        Map<String, String> titles = new HashMap<>();
        Map<String, String> first = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < plain.length; i++) {
            Page p = pages.get(i);
            String title = p.title();
            String full = plain[i];
            if (uses.get(full) > 1 && p.distinction() != null) {
                title = title + "（" + p.distinction() + "）";
                full = documentTitle(title, p.section(), "");
            }
            titles.put(p.path(), title);
            String other = first.putIfAbsent(full, p.path());
            if (other != null) {
                clashes.add("「" + full + "」同时是 " + other + " 和 " + p.path() + " 的标题");
            }
        }
        if (!clashes.isEmpty()) {
            throw new DuplicateTitles("页面标题重复：" + String.join("；", clashes)
                    + "。每个页面的标题必须不同，读屏软件和浏览器标签页靠它区分页面：请修改其中一条记录的 title，"
                    + "或 site.yaml 中重名的机构、主题、标签名称。");
        }
        return titles;
    }

    private static List<Map<String, Object>> nav(String current) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String[] n : NAV) {
            items.add(Map.of("path", n[2], "label", n[1], "current", n[0].equals(current)));
        }
        return items;
    }

    private static String sectionName(String key) {
        return SECTION_NAMES.getOrDefault(key, "");
    }

    private void copyAssets(SiteOutput out) {
        assets().forEach(out::copy);
    }

    /** The static assets of the templates folder: site path to source file, in path order. */
    private Map<String, Path> assets() {
        Map<String, Path> files = new TreeMap<>();
        Path assets = templateDir.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            walk.filter(Files::isRegularFile).forEach(src -> files.put("assets/" + assets.relativize(src).toString().replace('\\', '/'), src));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
