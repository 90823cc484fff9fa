package gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    enum Kind { A, B }

    record Leaf(String text, int n, boolean flag, LocalDate date, Kind kind) {}

    record Tree(String name, List<Leaf> leaves, Map<String, Integer> counts, Path file) {}

    record OtherTree(String name, List<Leaf> leaves, Map<String, Integer> counts, Path file) {}

    private static Tree tree(String lastText) {
        List<Leaf> leaves = new ArrayList<>();
        leaves.add(new Leaf("第一条" + "内容".repeat(50), 1, true, LocalDate.of(2026, 1, 5), Kind.A));
        leaves.add(new Leaf(lastText, 2, false, null, Kind.B));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("民政局", 3);
        counts.put("财政局", 4);
        return new Tree("要点", leaves, counts, Path.of("content/a.yaml"));
    }

    private static long of(Object value) {
        var f = Fingerprint.ofValue(value);
        assertTrue(f.isPresent(), "fingerprint of " + value);
        return f.getAsLong();
    }

    @Test
    void equalValuesMadeOfDifferentObjectsHaveTheSameFingerprint() {
        assertEquals(of(tree(new String("第二条"))), of(tree("第二条")));
        Map<String, Integer> reordered = new LinkedHashMap<>();
        reordered.put("财政局", 4);
        reordered.put("民政局", 3);
        Tree t = tree("第二条");
        assertEquals(of(t), of(new Tree(t.name(), t.leaves(), reordered, t.file())), "a map's order does not matter");
        assertEquals(of(Set.of("甲", "乙")), of(new HashSet<>(List.of("乙", "甲"))));
    }

    @Test
    void anyChangeAnywhereChangesTheFingerprint() {
        long base = of(tree("第二条"));
        assertNotEquals(base, of(tree("第二条。")));
        assertNotEquals(base, of(tree("第三条")));
        Tree t = tree("第二条");
        assertNotEquals(base, of(new Tree(t.name(), List.of(t.leaves().get(1), t.leaves().get(0)), t.counts(), t.file())),
                "a list's order matters");
        assertNotEquals(base, of(new Tree(t.name(), t.leaves(), Map.of("民政局", 3, "财政局", 5), t.file())));
        assertNotEquals(base, of(new Tree(t.name(), t.leaves(), t.counts(), Path.of("content/b.yaml"))));
        assertNotEquals(base, of(new OtherTree(t.name(), t.leaves(), t.counts(), t.file())), "the record's kind counts");
        Leaf l = t.leaves().get(0);
        assertNotEquals(of(l), of(new Leaf(l.text(), l.n(), l.flag(), l.date().plusDays(1), l.kind())));
        assertNotEquals(of(l), of(new Leaf(l.text(), l.n(), l.flag(), l.date(), Kind.B)));
        assertNotEquals(of(l), of(new Leaf(l.text(), l.n(), !l.flag(), l.date(), l.kind())));
        assertNotEquals(of(List.of()), of(""));
        assertNotEquals(of(List.of("ab", "c")), of(List.of("a", "bc")));
    }

    @Test
    void textsThatDifferInOneCharacterNeverShareAFingerprint() {
        Random random = new Random(7);
        Set<Long> seen = new HashSet<>();
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            base.append((char) ('一' + random.nextInt(2000)));
        }
        for (int i = 0; i < base.length(); i++) {
            StringBuilder changed = new StringBuilder(base);
            changed.setCharAt(i, (char) (changed.charAt(i) + 1));
            seen.add(of(changed.toString()));
        }
        assertEquals(base.length(), seen.size());
    }

    @Test
    void aValueHoldingAnUnknownKindOfObjectHasNoFingerprint() {
        assertTrue(Fingerprint.ofValue(List.of("文件", new Object())).isEmpty());
        assertTrue(Fingerprint.ofValue(new StringBuilder("文件")).isEmpty());
    }
}
