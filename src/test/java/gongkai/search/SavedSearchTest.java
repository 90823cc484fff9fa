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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
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
        Output out = new Output();
        Words words = new Words();
        try (SavedSearch saved = SavedSearch.start(last, lastGeneration, intact, KEY, generation, next)) {
            SearchIndex.write(index, out, saved, words);
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
        assertTrue(next.output().kept.stream().allMatch(p -> p.startsWith(SearchIndex.DIR + "/d/")), "only document files are kept");
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
    void suggestionsAreWorkedOutAgainOnlyWhenTheirInputsChanged() {
        List<Keywords.Keyword> made = List.of(new Keywords.Keyword("养老服务", 12), new Keywords.Keyword("社会救助", 3));
        Path first = dir.resolve("first");
        try (SavedSearch s = SavedSearch.start(null, 0, path -> false, KEY, 1, first)) {
            assertEquals(made, s.keywords(42, () -> made));
            assertTrue(s.finish());
        }
        try (SavedSearch s = SavedSearch.start(first, 1, path -> true, KEY, 2, dir.resolve("second"))) {
            assertEquals(made, s.keywords(42, () -> {
                throw new AssertionError("the same inputs: the saved suggestions serve");
            }));
        }
        AtomicInteger asked = new AtomicInteger();
        try (SavedSearch s = SavedSearch.start(first, 1, path -> true, KEY, 2, dir.resolve("second"))) {
            assertEquals(List.of(), s.keywords(43, () -> {
                asked.incrementAndGet();
                return List.of();
            }));
        }
        assertEquals(1, asked.get(), "other inputs: worked out again");
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

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
