package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PostingListTest {
    private static List<Integer> roundTrip(List<Integer> docs) {
        PostingList list = new PostingList();
        docs.forEach(list::add);
        return SearchIndexTest.decode(list.encode());
    }

    @Test
    void sparseListsAreDeltas() {
        List<Integer> docs = List.of(0, 1, 31, 32, 1000, 40000, 1 << 20);
        PostingList list = new PostingList();
        docs.forEach(list::add);
        String encoded = list.encode();
        assertTrue(!encoded.startsWith("~"), encoded);
        assertEquals(docs, SearchIndexTest.decode(encoded));
    }

    @Test
    void denseListsAreBitmapsAndShorter() {
        List<Integer> docs = new ArrayList<>();
        for (int i = 0; i < 600; i += 2) {
            docs.add(i);
        }
        PostingList list = new PostingList();
        docs.forEach(list::add);
        String encoded = list.encode();
        assertTrue(encoded.startsWith("~"), encoded);
        assertEquals(101, encoded.length());
        assertEquals(docs, SearchIndexTest.decode(encoded));
    }

    @Test
    void randomListsRoundTrip() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Integer> docs = new ArrayList<>();
            int doc = -1;
            int gap = 1 + random.nextInt(round % 3 == 0 ? 4 : 3000);
            for (int k = random.nextInt(300); k > 0; k--) {
                doc += 1 + random.nextInt(gap);
                docs.add(doc);
            }
            assertEquals(docs, roundTrip(docs));
        }
    }

    @Test
    void longListsRoundTrip() {
        Random random = new Random(3);
        for (int gap : new int[] {1, 2, 200, 10_000}) {
            List<Integer> docs = new ArrayList<>();
            int doc = -1;
            for (int k = 0; k < 120_000; k++) {
                doc += 1 + random.nextInt(gap);
                docs.add(doc);
            }
            PostingList list = new PostingList();
            docs.forEach(list::add);
            assertEquals(docs.size(), list.count());
            assertEquals(docs, Arrays.stream(list.docs()).boxed().toList());
            assertEquals(docs, SearchIndexTest.decode(list.encode()));
        }
    }

    @Test
    void settingDocumentsAnywhereGivesTheListBuiltInOrder() {
        Random random = new Random(11);
        PostingList list = new PostingList();
        TreeSet<Integer> expected = new java.util.TreeSet<>();
        for (int step = 0; step < 2000; step++) {
            int doc = random.nextInt(500);
            boolean present = random.nextInt(3) > 0;
            String before = list.encodeKept();
            list.set(doc, present);
            boolean changed = present ? expected.add(doc) : expected.remove(doc);
            PostingList fresh = new PostingList();
            expected.forEach(fresh::add);
            assertEquals(fresh.encode(), list.encodeKept(), "after setting " + doc + " to " + present);
            assertEquals(expected.size(), list.count());
            assertEquals(changed, !before.equals(list.encodeKept()), "a kept form is dropped exactly when the list changes");
        }
    }

    @Test
    void aSavedListIsRestoredToGrowOnAsBefore() {
        Random random = new Random(5);
        PostingList list = new PostingList();
        List<Integer> docs = new ArrayList<>();
        for (int doc = random.nextInt(9); doc < 5000; doc += 1 + random.nextInt(40)) {
            list.add(doc);
            docs.add(doc);
        }
        ByteBuffer saved = ByteBuffer.allocate(list.savedSize() + 3);
        list.save(saved);
        assertEquals(saved.capacity() - 3, saved.position());
        PostingList restored = PostingList.restore(saved.flip());
        assertEquals(list.encode(), restored.encode());
        restored.add(6000);
        restored.set(docs.get(1), false);
        docs.add(6000);
        docs.remove(1);
        assertEquals(docs, SearchIndexTest.decode(restored.encode()));
        assertThrows(IllegalArgumentException.class,
                () -> PostingList.restore(ByteBuffer.wrap(new byte[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 9})));
    }
}
