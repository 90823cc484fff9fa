package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import gongkai.content.ContentLoader;
import gongkai.index.PortalIndex;
import gongkai.model.Body;
import gongkai.render.Markdown;
import gongkai.render.SiteOutput;
import gongkai.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build's search memory spares the next build the words of unchanged documents, and changes none of its bytes. */
class SavedSearchTest {
    private static final long KEY = 0x1234;
    private static PortalIndex index;

    @TempDir
    Path dir;

    /** The files of one build: written with their bytes, or kept from the last. */
    private static final class Output implements SiteOutput {
        final Map<String, byte[]> written = new ConcurrentHashMap<>();
        final Set<String> kept = ConcurrentHashMap.newKeySet();

        @Override
        public void write(String path, byte[] data) {
            written.put(path, data);
        }

        @Override
        public void keep(String path) {
            kept.add(path);
        }
    }

    /** Markdown bodies converted for search, counted. */
    private static final class Words implements Function<Body, String> {
        final AtomicInteger converted = new AtomicInteger();

        @Override
        public String apply(Body body) {
            converted.incrementAndGet();
            return Markdown.text(body.text());
        }
    }

    @BeforeAll
    static void load() {
        index = PortalIndex.of(new Validator().validate(new ContentLoader().load(TestSupport.CONTENT)).portal(), LocalDate.of(2026, 12, 1));
    }

    private record Run(Output output, Words words, boolean saved) {}

    private Run build(Path last, long lastGeneration, Predicate<String> intact, long generation, Path next) {
        return build(index, last, lastGeneration, intact, generation, next);
    }

    private static Run build(PortalIndex of, Path last, long lastGeneration, Predicate<String> intact, long generation, Path next) {
        Output out = new Output();
        Words words = new Words();
        try (SavedSearch saved = SavedSearch.start(last, lastGeneration, intact, KEY, generation, next)) {
            SearchIndex.write(SearchIndex.documents(of, words), out, saved);
            return new Run(out, words, saved.finish());
        }
    }

    @Test
    void unchangedDocumentsAreNeitherConvertedNorWrittenAgain() {
        Path first = dir.resolve("first");
        Run full = build(null, 0, path -> false, 1, first);
        assertTrue(full.saved());
        assertTrue(full.words().converted.get() > 10, "a first build converts every body");
        Run next = build(first, 1, path -> true, 2, dir.resolve("second"));
        assertEquals(0, next.words().converted.get(), "nothing changed: no body converted");
        assertFalse(next.output().kept.isEmpty());
        assertTrue(next.output().kept.stream().allMatch(p -> p.startsWith(SearchIndex.DIR + "/d/") || p.startsWith(SearchIndex.DIR + "/t/")
                || p.startsWith(SearchIndex.DIR + "/k/")), "only the files of documents, terms and suggestions are kept");
        assertTrue(next.output().kept.stream().anyMatch(p -> p.startsWith(SearchIndex.DIR + "/t/")), "the saved index serves unchanged");
        for (String kept : next.output().kept) {
            assertTrue(full.output().written.containsKey(kept));
        }
        // What is written is what the full build wrote, the index version in meta.json included.
        assertEquals(full.output().written.keySet(), union(next.output().written.keySet(), next.output().kept));
        next.output().written.forEach((path, bytes) -> assertTrue(Arrays.equals(full.output().written.get(path), bytes), path));
        // The second memory, its entries copied from the first, serves a third build as well.
        Run third = build(dir.resolve("second"), 2, path -> true, 3, dir.resolve("third"));
        assertEquals(0, third.words().converted.get());
        assertEquals(next.output().kept, third.output().kept);
        third.output().written.forEach((path, bytes) -> assertTrue(Arrays.equals(full.output().written.get(path), bytes), path));
    }

    @Test
    void suggestionsAreWorkedOutAndWrittenAgainOnlyWhenTheirInputsChanged() {
        List<Keywords.Keyword> made = List.of(new Keywords.Keyword("养老服务", 12), new Keywords.Keyword("社会救助", 3));
        SuggestionIndex.Files files = new SuggestionIndex.Files(1, Map.of("k/0.json", new IndexFiles.Written(7, 40),
                "k/y.json", new IndexFiles.Written(8, 50)));
        List<List<Keywords.Keyword>> written = new ArrayList<>();
        Function<List<Keywords.Keyword>, SuggestionIndex.Files> write = keywords -> {
            written.add(keywords);
            return files;
        };
        Map<String, IndexFiles.Written> kept = new HashMap<>();
        Path first = dir.resolve("first");
        try (SavedSearch s = SavedSearch.start(null, 0, path -> false, KEY, 1, first)) {
            assertEquals(1, s.suggestions(42, () -> made, write, kept::put));
            assertTrue(s.finish());
        }
        assertEquals(List.of(made), written);
        Supplier<List<Keywords.Keyword>> never = () -> {
            throw new AssertionError("the same inputs: the saved suggestions serve");
        };
        try (SavedSearch s = SavedSearch.start(first, 1, path -> true, KEY, 2, dir.resolve("second"))) {
            assertEquals(1, s.suggestions(42, never, k -> {
                throw new AssertionError("the same inputs and files: nothing written");
            }, kept::put));
        }
        assertEquals(files.written(), kept);
        kept.clear();
        try (SavedSearch s = SavedSearch.start(first, 1, path -> !path.endsWith("k/y.json"), KEY, 2, dir.resolve("second"))) {
            assertEquals(1, s.suggestions(42, never, write, kept::put));
        }
        assertEquals(List.of(made, made), written, "a file changed since: written again from the saved keywords");
        assertTrue(kept.isEmpty());
        AtomicInteger asked = new AtomicInteger();
        try (SavedSearch s = SavedSearch.start(first, 1, path -> true, KEY, 2, dir.resolve("second"))) {
            s.suggestions(43, () -> {
                asked.incrementAndGet();
                return List.of();
            }, write, kept::put);
        }
        assertEquals(1, asked.get(), "other inputs: worked out again");
        assertEquals(List.of(made, made, List.of()), written);
        assertTrue(kept.isEmpty());
    }

    @Test
    void aDocumentFileChangedSinceIsWrittenAgainFromItsWords() {
        Path first = dir.resolve("first");
        Run full = build(null, 0, path -> false, 1, first);
        String touched = full.output().written.keySet().stream().filter(p -> p.startsWith(SearchIndex.DIR + "/d/")).sorted().findFirst()
                .orElseThrow();
        Run next = build(first, 1, path -> !path.equals(touched), 2, dir.resolve("second"));
        assertTrue(next.output().written.containsKey(touched));
        assertTrue(Arrays.equals(full.output().written.get(touched), next.output().written.get(touched)));
        assertTrue(next.words().converted.get() <= 1, "at most that document's body is converted");
    }

    @Test
    void aMemoryOfAnotherStateOfTheSiteOrCutShortIsNotUsed() throws IOException {
        Path first = dir.resolve("first");
        Run full = build(null, 0, path -> false, 1, first);
        Run other = build(first, 7, path -> true, 2, dir.resolve("other"));
        assertEquals(full.words().converted.get(), other.words().converted.get(), "another generation: everything converted again");
        assertTrue(other.output().kept.isEmpty());
        Path cut = dir.resolve("cut");
        byte[] bytes = Files.readAllBytes(first);
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        Run fromCut = build(cut, 1, path -> true, 3, dir.resolve("third"));
        assertTrue(fromCut.output().kept.isEmpty());
        assertEquals(full.output().written.keySet(), fromCut.output().written.keySet());
        fromCut.output().written.forEach((path, b) -> assertTrue(Arrays.equals(full.output().written.get(path), b), path));
    }

    /** The project's content with generated example policies, the first of them changed by {@code edit}, as indexed. */
    private PortalIndex portal(String name, int policies, Function<String, String> edit) {
        Path content = TestSupport.contentCopy(dir.resolve(name));
        TestSupport.addExamplePolicies(content, policies);
        Path first = content.resolve("policies/generated/example-gen-00000.md");
        TestSupport.write(first, edit.apply(TestSupport.read(first)));
        return PortalIndex.of(new Validator().validate(new ContentLoader().load(content)).portal(), LocalDate.of(2026, 12, 1));
    }

    /** The files {@code run} wrote or kept are those of {@code fresh}, with its bytes; kept ones as {@code before} wrote them. */
    private static void assertSameFiles(Run fresh, Run before, Run run) {
        assertEquals(fresh.output().written.keySet(), union(run.output().written.keySet(), run.output().kept));
        run.output().written.forEach((path, bytes) -> assertTrue(Arrays.equals(fresh.output().written.get(path), bytes), path));
        run.output().kept.forEach(path -> assertTrue(Arrays.equals(fresh.output().written.get(path), before.output().written.get(path)), path));
    }

    @Test
    void anEditedDocumentIsPatchedIntoTheSavedIndex() {
        PortalIndex before = portal("before", 40, text -> text);
        PortalIndex after = portal("after", 40, text -> text.replace("## 第3条", "## 第3条（已修订为新增的养老助餐条款）"));
        Path first = dir.resolve("first");
        Run full = build(before, null, 0, path -> false, 1, first);
        Run patched = build(after, first, 1, path -> true, 2, dir.resolve("second"));
        Run fresh = build(after, null, 0, path -> false, 1, dir.resolve("fresh"));
        assertSameFiles(fresh, full, patched);
        assertEquals(1, patched.words().converted.get(), "only the edited body is converted");
        String terms = SearchIndex.DIR + "/t/";
        assertTrue(patched.output().written.keySet().stream().anyMatch(p -> p.startsWith(terms)), "the edited words' files are written");
        assertTrue(patched.output().kept.stream().anyMatch(p -> p.startsWith(terms)), "the other terms' files are kept");
        assertTrue(patched.output().kept.stream().anyMatch(p -> p.startsWith(SearchIndex.DIR + "/k/"))
                && patched.output().written.keySet().stream().noneMatch(p -> p.startsWith(SearchIndex.DIR + "/k/")),
                "no title changed: the suggestions' files are kept");
        // The patched index is saved in its turn: a build with nothing changed keeps every term file.
        Run again = build(after, dir.resolve("second"), 2, path -> true, 3, dir.resolve("third"));
        assertEquals(0, again.words().converted.get());
        assertSameFiles(fresh, fresh, again);
        assertTrue(again.output().written.keySet().stream().noneMatch(p -> p.startsWith(terms)), "no term file written again");
    }

    @Test
    void aTermFileChangedSinceIsWrittenAgain() {
        Path first = dir.resolve("first");
        Run full = build(null, 0, path -> false, 1, first);
        String touched = SearchIndex.DIR + "/t/0.json";
        assertTrue(full.output().written.containsKey(touched));
        Run next = build(first, 1, path -> !path.equals(touched), 2, dir.resolve("second"));
        assertTrue(Arrays.equals(full.output().written.get(touched), next.output().written.get(touched)), "written again, as it was");
        assertSameFiles(full, full, next);
    }

    @Test
    void anAddedDocumentIndexesEveryDocumentAnew() {
        PortalIndex before = portal("before", 40, text -> text);
        PortalIndex added = portal("added", 41, text -> text);
        Path first = dir.resolve("first");
        Run full = build(before, null, 0, path -> false, 1, first);
        Run next = build(added, first, 1, path -> true, 2, dir.resolve("second"));
        Run fresh = build(added, null, 0, path -> false, 1, dir.resolve("fresh"));
        assertSameFiles(fresh, full, next);
        assertTrue(next.words().converted.get() < full.words().converted.get(), "documents before the new one keep their files");
        assertTrue(next.output().kept.stream().noneMatch(p -> p.startsWith(SearchIndex.DIR + "/t/")), "numbers moved: the index is made anew");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
