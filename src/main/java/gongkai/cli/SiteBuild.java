package gongkai.cli;

import gongkai.content.ReadMemo;
import gongkai.index.PortalIndex;
import gongkai.model.Background;
import gongkai.model.Body;
import gongkai.model.Portal;
import gongkai.publish.BuildCache;
import gongkai.publish.LinkChecker;
import gongkai.publish.LiveFiles;
import gongkai.publish.PageIds;
import gongkai.publish.Publisher;
import gongkai.publish.StagingFiles;
import gongkai.render.Markdown;
import gongkai.render.Page;
import gongkai.render.PageLinks;
import gongkai.render.PageBuilder;
import gongkai.render.RenderMemo;
import gongkai.render.SiteOutput;
import gongkai.render.SiteRenderer;
import gongkai.rules.RuleMemo;
import gongkai.rules.SavedChecks;
import gongkai.search.SavedSearch;
import gongkai.search.SearchIndex;
import gongkai.search.SearchMemo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One build of the site from content to output folder, the stages wired in order: load and
 * validate, index, render (with the link check reading each page as it is written), search index,
 * link check, publish, report. {@code build} runs one and publishes all at once; it remembers
 * beside the site what its pages were made from ({@link BuildCache}), so that the next build
 * renders only the pages whose inputs changed. {@code serve} keeps one and runs it again on every
 * change, updating its preview folder in place, and remembers between runs more of what did not
 * change (files read and checked, Markdown, the inputs of rendered pages, search terms), so a
 * rebuild does the work of the edit rather than of the whole portal.
 *
 * <p>A page that was not rendered again has the links it had in the last build, all of which
 * resolved then. They still do unless a file of that build is gone or a page lost one of its ids;
 * only then is everything rendered and checked again (a record removed, say).
 */
final class SiteBuild {
    private final Options options;
    private final Path out;
    private final boolean live;
    /** The ids each page file offered in the last build, the files of that build, and its pages' inputs. */
    private final Map<String, PageIds> ids = new ConcurrentHashMap<>();
    private Set<String> lastFiles;
    private RenderMemo memo;
    /** For a one-off build: whether to start from the memory of the last build into the folder. */
    private boolean remember;
    /** The memory of a preview server; all null for a one-off build. */
    private final Map<Body, Markdown.Converted> markdown;
    private ReadMemo reads;
    private RuleMemo rules;
    private SearchMemo search;
    private final LiveFiles preview;

    /** What a successful run did, for the summary line, and its compliance report being written (null for a preview). */
    record Result(int pages, int rendered, int searchDocuments, int written, int kept, CompletableFuture<Pipeline.Reported> report) {}

    /** Signals that pages skipped as unchanged may now have broken links, so everything is checked again. */
    private static final class Recheck extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Recheck() {
            super(null, null, false, false);
        }
    }

    /** Signals a failed check inside the publish step, so the staging folder is discarded. */
    private static final class CheckFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CheckFailed() {
            super(null, null, false, false);
        }
    }

    private SiteBuild(Options options, Path out, boolean live) {
        this.options = options;
        this.out = out;
        this.live = live;
        this.remember = !live;
        this.memo = emptyMemo();
        this.markdown = live ? new ConcurrentHashMap<>() : null;
        this.reads = live ? new ReadMemo() : null;
        this.rules = live ? new RuleMemo() : null;
        this.search = live ? new SearchMemo() : null;
        // Made at once, so that a folder which is not a site is refused before anything runs.
        this.preview = live ? new LiveFiles(out) : null;
    }

    /** A build that publishes {@code out} all at once, starting from what the last one remembered. */
    static SiteBuild once(Options options, Path out) {
        return new SiteBuild(options, out, false);
    }

    /** A build for a preview server: updates {@code out} in place and remembers for the next run. */
    static SiteBuild live(Options options, Path out) {
        return new SiteBuild(options, out, true);
    }

    /**
     * Forgets what was remembered, for a change whose reach the memos cannot see (templates, the
     * site configuration, media files): the next run checks and renders everything.
     */
    void forget() {
        ids.clear();
        lastFiles = null;
        memo = emptyMemo();
        remember = false;
        if (live) {
            markdown.clear();
            reads = new ReadMemo();
            rules = new RuleMemo();
            search = new SearchMemo();
        }
    }

    /** A preview compares its pages' inputs; a build keeps fingerprints, which it saves for the next. */
    private RenderMemo emptyMemo() {
        return live ? new RenderMemo() : RenderMemo.fingerprinting();
    }

    /** Runs the build; prints problems to {@code err}; returns null when nothing was published. */
    Result run(Progress progress, PrintWriter err) {
        // A build whose last one saved the pinyin it read (see SavedSearch) seldom needs the dictionaries.
        if (live || !remember || !BuildCache.remembersSearch(out)) {
            SearchIndex.prepare();
        }
        // The site's memory is read and its files stamped while the content is checked.
        BuildCache.ReadAhead ahead = !live && remember ? BuildCache.readAhead(out) : null;
        progress.phase("读取和检查内容", 0);
        Pipeline.Checked checked = live ? Pipeline.validate(options.content, options.asOf(), err, reads, rules, null) : validateOnce(err);
        if (live) {
            reads = reads.next();
            rules = rules.next();
        }
        if (checked == null) {
            err.println("未生成网站，" + out + " 保持不变。");
            return null;
        }
        try {
            return live ? updateInPlace(checked, progress, err) : publish(checked, ahead, progress, err);
        } catch (Recheck e) {
            forget();
            return run(progress, err);
        } catch (CheckFailed e) {
            err.println(live ? "预览网站中可能有部分页面已更新；改正后会重新生成。" : "未发布网站，" + out + " 保持不变。");
            forget();
            return null;
        } catch (RuntimeException e) {
            err.println("生成失败：" + e.getMessage());
            err.println(live ? "改正后会重新生成。" : "未发布网站，" + out + " 保持不变。");
            forget();
            return null;
        }
    }

    /**
     * Validates for a one-off build, reusing what the last build remembers of the content files
     * it checked (unless forgotten) and saving what this one checked for the next, even into a
     * place no build has published to yet.
     */
    private Pipeline.Checked validateOnce(PrintWriter err) {
        Path made = BuildCache.makeHome(out);
        Pipeline.Checked checked = validateAndSave(err);
        if (checked == null) {
            BuildCache.unmakeHome(out, made);
        }
        return checked;
    }

    private Pipeline.Checked validateAndSave(PrintWriter err) {
        Path scratch = BuildCache.checksScratch(out);
        try (SavedChecks saved = SavedChecks.start(remember ? BuildCache.checksFileOf(out) : null,
                BuildCache.checksKey(options.content.resolve("site.yaml")), scratch)) {
            Pipeline.Checked checked = Pipeline.validate(options.content, options.asOf(), err, null, null, saved);
            if (saved.finish()) {
                BuildCache.keepChecks(out, scratch);
            }
            return checked;
        }
    }

    private Result publish(Pipeline.Checked checked, BuildCache.ReadAhead ahead, Progress progress, PrintWriter err) {
        Result[] result = new Result[1];
        long key = BuildCache.key(options.templates, checked.index().portal().site());
        long generation = ThreadLocalRandom.current().nextLong();
        // A body is converted once for its page and for the search index: handed from whichever
        // of the two comes to it first to the other.
        Function<Body, Markdown.Converted> bodies = new Exchange()::convert;
        // The search index's documents are listed while the site's memory is read and its files
        // stamped, which the rest of the index waits for.
        CompletableFuture<SearchIndex.Documents> documents = Background.start("search-documents",
                () -> SearchIndex.documents(checked.index(), body -> bodies.apply(body).text()));
        try {
            new Publisher(out).publish(key, ahead, (files, memory) -> {
                boolean restore = remember && memory != null;
                if (restore) {
                    memo = RenderMemo.restore(memory.pages(), memory.quick(), memory.intact()::contains);
                    ids.putAll(memory.ids());
                    lastFiles = memory.files();
                }
                Path scratch = BuildCache.searchScratch(out);
                try (SavedSearch saved = restore ? SavedSearch.start(memory.search(), memory.generation(), memory.intact()::contains, key,
                        generation, scratch) : SavedSearch.start(null, 0, path -> false, key, generation, scratch)) {
                    Written w = write(checked, files, files::locate, progress, err, files::files, saved, bodies, documents);
                    progress.phase("更新网站目录", 0);
                    StagingFiles.Summary s = files.summary();
                    // The report needs the site's external links and nothing of what publishing does
                    // after them: written beside it.
                    result[0] = new Result(w.pages, w.rendered, w.searchDocuments, s.written(), s.kept(),
                            Background.start("report", () -> Pipeline.writeReport(options, checked, w.external)));
                    return new BuildCache.Pages(memo.fingerprints(), memo.quickKeys(), ids, generation, saved.finish() ? scratch : null);
                }
            });
        } catch (RuntimeException | Error e) {
            if (result[0] != null) {
                // Never leave the report half written.
                result[0].report().exceptionally(x -> null).join();
            }
            throw e;
        }
        Portal portal = checked.index().portal();
        BuildCache.noteRecords(out, portal.policies().size() + portal.interpretations().size() + portal.replies().size());
        return result[0];
    }

    private Result updateInPlace(Pipeline.Checked checked, Progress progress, PrintWriter err) {
        preview.begin();
        // A body is converted once for its page and for the search index, through the preview's memo.
        Written w = write(checked, preview, out::resolve, progress, err, preview::files, null,
                body -> markdown.computeIfAbsent(body, Markdown::convertNow), null);
        preview.end();
        memo = memo.next();
        return new Result(w.pages, w.rendered, w.searchDocuments, preview.written(), preview.files().size() - preview.written(), null);
    }

    private record Written(int pages, int rendered, int searchDocuments, List<String> external) {}

    /**
     * Conversions of record bodies shared by the pages and the search index, which both need
     * them: the first of the two to ask converts and leaves the result for the other. They run at
     * their own pace, so what waits is bounded; past that, the second converts again, and memory
     * does not grow with the portal.
     */
    private static final class Exchange {
        private static final int MAX_WAITING = 2048;
        private final Map<Body, Markdown.Converted> waiting = new ConcurrentHashMap<>();
        private final Set<Body> asked = ConcurrentHashMap.newKeySet();

        Markdown.Converted convert(Body body) {
            Markdown.Converted c = waiting.remove(body);
            if (c != null) {
                return c;
            }
            c = Markdown.convertNow(body);
            if (asked.add(body) && waiting.size() < MAX_WAITING) {
                waiting.put(body, c);
            }
            return c;
        }
    }

    private static SearchIndex.Summary awaitSearch(CompletableFuture<SearchIndex.Summary> searching) {
        try {
            return searching.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private Written write(Pipeline.Checked checked, SiteOutput files, Function<String, Path> locate, Progress progress, PrintWriter err,
            java.util.function.Supplier<Set<String>> written, SavedSearch saved, Function<Body, Markdown.Converted> bodies,
            CompletableFuture<SearchIndex.Documents> documents) {
        PortalIndex index = checked.index();
        LinkChecker checker = new LinkChecker();
        SiteRenderer renderer = new SiteRenderer(options.templates, index.portal().site());
        Markdown converter = Markdown.converting(bodies);
        // The search index reads only the portal index, as rendering does: building both at once
        // fills the moments either leaves a core idle (its merges, its single-threaded steps, and
        // the listing of the pages, one thread's work).
        CompletableFuture<SearchIndex.Summary> searching = Background.start("search-index",
                () -> live ? SearchIndex.write(index, files, search, body -> bodies.apply(body).text())
                        : SearchIndex.write(documents.join(), files, saved));
        int pages;
        SearchIndex.Summary summary;
        AtomicBoolean idsLost = new AtomicBoolean();
        AtomicBoolean skipped = new AtomicBoolean();
        AtomicInteger rendered = new AtomicInteger();
        try {
            PageBuilder builder = new PageBuilder(index, converter);
            List<Page> all = builder.pages();
            checker.expect(renderer.files(all, index.media()));
            progress.phase("生成页面和搜索索引", 2L * all.size());
            pages = renderer.render(all, files, new SiteRenderer.Rendered() {
                @Override
                public void page(String path, PageLinks l) {
                    checker.page(path, l);
                    rendered.incrementAndGet();
                    PageIds now = PageIds.of(l.ids());
                    PageIds before = ids.put(path, now);
                    if (before != null && !now.containsAll(before)) {
                        idsLost.set(true);
                    }
                    progress.step();
                }

                @Override
                public void same(String path) {
                    skipped.set(true);
                    progress.step();
                }
            }, memo, builder.portalKey());
            renderer.copyMedia(index.media(), files);
        } finally {
            // Never leave the search index writing into a folder that a failed build removes.
            summary = awaitSearch(searching);
        }
        if (saved != null) {
            // Its last copying done beside the link check; publishing asks for it after.
            Background.start("search-memory", saved::finish);
        }
        // Every file is written now: their list, made once, serves all that follows.
        Set<String> allFiles = written.get();
        if (skipped.get() && lastFiles != null && (idsLost.get() || !allFiles.containsAll(lastFiles))) {
            throw new Recheck();
        }
        progress.phase("检查链接", 0);
        LinkChecker.Report report = checker.finish(locate, allFiles);
        if (!report.broken().isEmpty()) {
            err.println("发现 " + report.broken().size() + " 个断链：");
            report.broken().forEach(b -> err.println("  " + b.describe()));
            throw new CheckFailed();
        }
        if (live) {
            search = search.next();
        }
        lastFiles = allFiles;
        if (live) {
            // A preview runs on: the ids of files gone would pile up. A build saves only its files' ids.
            ids.keySet().retainAll(lastFiles);
        }
        return new Written(pages, rendered.get(), summary.documents(), new ArrayList<>(report.external()));
    }
}
