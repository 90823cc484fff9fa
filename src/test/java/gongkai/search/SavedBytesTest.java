package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.model.SavedBytes;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class SavedBytesTest {
    @Test
    void whatIsWrittenPastTheFirstCapacityReadsBackInOrder() {
        SavedBytes out = new SavedBytes(1);
        for (int i = 0; i < 500; i++) {
            out.putInt(i).put("养老服务补贴 " + i).putLong(-i * 1_000_000_007L);
        }
        PostingList list = new PostingList();
        list.add(3);
        list.add(900);
        list.save(out.room(list.savedSize()));
        ByteBuffer in = out.flip();
        for (int i = 0; i < 500; i++) {
            assertEquals(i, in.getInt());
            assertEquals("养老服务补贴 " + i, SavedBytes.string(in));
            assertEquals(-i * 1_000_000_007L, in.getLong());
        }
        assertEquals(list.encode(), PostingList.restore(in).encode());
        assertEquals(0, in.remaining());
    }
}
