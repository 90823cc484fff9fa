package gongkai.search;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a build remembers of its search index for the next build into the same folder: each
 * document's terms, and the number and digest of the file written for it, by a fingerprint of
 * everything the document is made from (its fields, the fingerprint of the source of its words,
 * {@link SearchSource.Pending#source}, and its agency's name). A document found there
 * is neither converted from Markdown nor tokenized again, and its file is kept when it has the
 * same number and is still as that build wrote it; so a build after an edit reads the words of the
 * documents that changed, not of the whole portal. The suggestions, worked out from every title,
 * are kept too, by a fingerprint of the titles and names they come from.
 *
 * <p>A build reads the last memory while it writes its own beside it, document after document; a
 * memory written with another key (another version of the tool, other templates or settings) or
 * for another state of the site (its generation, which the site's own memory names) is not used.
 * The file is read a document at a time, where it is needed, so memory does not grow with it.
 * A memory that cannot be written is not saved, and the build goes on: without it the next build
 * indexes every document, which is slower but never wrong.
 */
public final class SavedSearch implements AutoCloseable {
    private static final int MAGIC = 0x474b5332;

    /**
     * A document as the last build indexed it: its number, its file, its terms, and the terms as
     * saved, which are saved again as they are.
     */
    record Entry(int number, IndexFiles.Written file, TermIndex.DocTerms terms, ByteBuffer saved) {}

    /** A document's number, its file's digest and length, ahead of its terms. */
    private static final int HEAD = Integer.BYTES + Long.BYTES + Integer.BYTES;

    private final FileChannel previous;
    /** Where each document's entry starts in the last memory and how long it is, by key. */
    private final Map<Long, long[]> entries;
    private final Predicate<String> intact;
    private final Path next;
    /** The memory being written; null once writing it failed. */
    private DataOutputStream out;
    private final List<long[]> written = new ArrayList<>();
    private long offset;
    /** Where the last memory's suggestions start, or -1; and this build's, to save. */
    private long keywordsAt = -1;
    private long keywordsKey;
    private List<Keywords.Keyword> keywords;

    private SavedSearch(FileChannel previous, Map<Long, long[]> entries, Predicate<String> intact, Path next) {
        this.previous = previous;
        this.entries = entries;
        this.intact = intact;
        this.next = next;
    }

    /**
     * Starts a memory for this build in {@code next}, saved with {@code key} for a site of state
     * {@code generation}, reading the last one from {@code last} (may be null) when it was saved
     * with the same key for the site's present state {@code lastGeneration}; {@code intact} tells
     * whether a file of the site (path from the site's root) is still as the last build wrote it.
     */
    public static SavedSearch start(Path last, long lastGeneration, Predicate<String> intact, long key, long generation, Path next) {
        FileChannel in = null;
        Map<Long, long[]> entries = Map.of();
        long[] keywordsAt = {-1};
        if (last != null && key != 0) {
            try {
                in = FileChannel.open(last, StandardOpenOption.READ);
                entries = entries(in, key, lastGeneration, keywordsAt);
            } catch (IOException | RuntimeException e) {
                entries = null;
            }
            if (entries == null) {
                // A memory cut short, of another format or another build is no memory: everything is indexed afresh.
                close(in);
                in = null;
                entries = Map.of();
                keywordsAt[0] = -1;
            }
        }
        SavedSearch s = new SavedSearch(in, entries, intact, next);
        s.keywordsAt = keywordsAt[0];
        try {
            Files.deleteIfExists(next);
            s.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(next), 1 << 16));
            s.out.writeInt(MAGIC);
            s.out.writeLong(key);
            s.out.writeLong(generation);
            s.offset = Integer.BYTES + 2 * Long.BYTES;
        } catch (IOException e) {
            s.failed();
        }
        return s;
    }

    /**
     * The entries of a memory saved with {@code key} and {@code generation}; null when it was not.
     * Where its suggestions start goes into {@code keywordsAt}.
     */
    private static Map<Long, long[]> entries(FileChannel in, long key, long generation, long[] keywordsAt) throws IOException {
        ByteBuffer head = read(in, 0, Integer.BYTES + 2 * Long.BYTES);
        long size = in.size();
        if (head.getInt() != MAGIC || head.getLong() != key || head.getLong() != generation) {
            return null;
        }
        // The entries, the suggestions, the table of entries, then where the last two start, then
        // the mark that the memory was finished.
        int trailer = 2 * Long.BYTES + Integer.BYTES;
        ByteBuffer end = read(in, size - trailer, trailer);
        long suggestions = end.getLong();
        long at = end.getLong();
        if (end.getInt() != MAGIC || suggestions < head.capacity() || at < suggestions || at > size - trailer) {
            return null;
        }
        keywordsAt[0] = suggestions;
        ByteBuffer table = read(in, at, (int) (size - trailer - at));
        Map<Long, long[]> entries = new HashMap<>();
        for (int n = table.getInt(); n > 0; n--) {
            entries.put(table.getLong(), new long[] {table.getLong(), table.getInt()});
        }
        return entries;
    }

    private static ByteBuffer read(FileChannel in, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            if (in.read(b, position + b.position()) < 0) {
                throw new IOException("cut short");
            }
        }
        return b.flip();
    }

    /** Whether the site's file at {@code path} is as the last build wrote it. */
    boolean intact(String path) {
        return intact.test(path);
    }

    /** The document the last build indexed with {@code key}, or null; safe from several threads. */
    Entry find(long key) {
        long[] at = entries.get(key);
        if (at == null) {
            return null;
        }
        try {
            ByteBuffer b = read(previous, at[0], (int) at[1]);
            int number = b.getInt();
            IndexFiles.Written file = new IndexFiles.Written(b.getLong(), b.getInt());
            ByteBuffer saved = b.slice();
            int[] han = ints(b);
            int[] start = ints(b);
            List<List<String>> others = new ArrayList<>();
            for (int kinds = b.getInt(); kinds > 0; kinds--) {
                List<String> terms = new ArrayList<>();
                for (int n = b.getInt(); n > 0; n--) {
                    terms.add(string(b));
                }
                others.add(terms);
            }
            DocNumber docNumber = b.get() == 0 ? null : new DocNumber(string(b), b.getInt(), b.getInt());
            return new Entry(number, file, new TermIndex.DocTerms(han, start, others, docNumber), saved);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Remembers document {@code key}, number {@code number}, its file and its terms, which are
     * those of {@code found} (may be null) when the last memory had them; documents come from one
     * thread, in any order.
     */
    void add(long key, int number, IndexFiles.Written file, TermIndex.DocTerms terms, Entry found) {
        if (out == null) {
            return;
        }
        ByteBuffer saved = found != null && found.terms() == terms ? found.saved().duplicate() : encode(terms);
        int length = HEAD + saved.remaining();
        try {
            out.writeInt(number);
            out.writeLong(file.digest());
            out.writeInt(file.length());
            out.write(saved.array(), saved.arrayOffset() + saved.position(), saved.remaining());
        } catch (IOException e) {
            failed();
            return;
        }
        written.add(new long[] {key, offset, length});
        offset += length;
    }

    /** The suggestions the last build worked out from inputs of fingerprint {@code inputs}, or else {@code make}'s; saved for the next. */
    List<Keywords.Keyword> keywords(long inputs, Supplier<List<Keywords.Keyword>> make) {
        List<Keywords.Keyword> k = inputs == 0 || keywordsAt < 0 ? null : savedKeywords(inputs);
        keywordsKey = inputs;
        keywords = k != null ? k : make.get();
        return keywords;
    }

    private List<Keywords.Keyword> savedKeywords(long inputs) {
        try {
            ByteBuffer b = read(previous, keywordsAt, Long.BYTES + Integer.BYTES);
            if (b.getLong() != inputs) {
                return null;
            }
            int bytes = b.getInt();
            ByteBuffer list = read(previous, keywordsAt + Long.BYTES + Integer.BYTES, bytes);
            List<Keywords.Keyword> out = new ArrayList<>();
            for (int n = list.getInt(); n > 0; n--) {
                out.add(new Keywords.Keyword(string(list), list.getInt()));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The terms of one document as saved. */
    private static ByteBuffer encode(TermIndex.DocTerms terms) {
        int length = 4 * (2 + terms.han().length + terms.start().length) + Integer.BYTES;
        List<byte[]> strings = new ArrayList<>();
        for (List<String> kind : terms.others()) {
            length += Integer.BYTES;
            for (String t : kind) {
                strings.add(t.getBytes(StandardCharsets.UTF_8));
            }
        }
        DocNumber n = terms.number();
        if (n != null) {
            strings.add(n.prefix().getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] s : strings) {
            length += Integer.BYTES + s.length;
        }
        length += 1 + (n == null ? 0 : 2 * Integer.BYTES);
        ByteBuffer b = ByteBuffer.allocate(length);
        putInts(b, terms.han());
        putInts(b, terms.start());
        b.putInt(terms.others().size());
        int s = 0;
        for (List<String> kind : terms.others()) {
            b.putInt(kind.size());
            for (int i = 0; i < kind.size(); i++) {
                byte[] bytes = strings.get(s++);
                b.putInt(bytes.length).put(bytes);
            }
        }
        b.put((byte) (n == null ? 0 : 1));
        if (n != null) {
            byte[] prefix = strings.get(s);
            b.putInt(prefix.length).put(prefix).putInt(n.year()).putInt(n.number());
        }
        return b.flip();
    }

    /**
     * Ends this build's memory: true when it is complete in the file given to {@link #start},
     * ready to be saved with the site's; false when it could not be written.
     */
    public boolean finish() {
        if (out == null) {
            return false;
        }
        try {
            long suggestions = offset;
            List<byte[]> texts = new ArrayList<>();
            int bytes = Integer.BYTES;
            for (Keywords.Keyword k : keywords == null ? List.<Keywords.Keyword>of() : keywords) {
                byte[] t = k.text().getBytes(StandardCharsets.UTF_8);
                texts.add(t);
                bytes += 2 * Integer.BYTES + t.length;
            }
            ByteBuffer list = ByteBuffer.allocate(Long.BYTES + Integer.BYTES + bytes);
            list.putLong(keywords == null ? 0 : keywordsKey).putInt(bytes).putInt(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                list.putInt(texts.get(i).length).put(texts.get(i)).putInt(keywords.get(i).weight());
            }
            out.write(list.array());
            offset += list.capacity();
            int table = Integer.BYTES + written.size() * (2 * Long.BYTES + Integer.BYTES);
            ByteBuffer b = ByteBuffer.allocate(table + 2 * Long.BYTES + Integer.BYTES);
            b.putInt(written.size());
            for (long[] w : written) {
                b.putLong(w[0]).putLong(w[1]).putInt((int) w[2]);
            }
            b.putLong(suggestions).putLong(offset).putInt(MAGIC);
            out.write(b.array());
            out.close();
            out = null;
            return true;
        } catch (IOException e) {
            failed();
            return false;
        }
    }

    /** Gives up writing the memory: a disk full or a folder not writable must not fail the build. */
    private void failed() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException ignored) {
            // Deleted below either way.
        }
        out = null;
        try {
            Files.deleteIfExists(next);
        } catch (IOException ignored) {
            // An unfinished memory has no table at its end and is refused when read.
        }
    }

    /** Closes the files; a memory not yet finished is deleted. */
    @Override
    public void close() {
        close(previous);
        if (out != null) {
            failed();
        }
    }

    private static void close(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // Only read from; nothing is lost.
            }
        }
    }

    private static int[] ints(ByteBuffer b) {
        int[] a = new int[b.getInt()];
        b.asIntBuffer().get(a);
        b.position(b.position() + 4 * a.length);
        return a;
    }

    private static void putInts(ByteBuffer b, int[] a) {
        b.putInt(a.length);
        b.asIntBuffer().put(a);
        b.position(b.position() + 4 * a.length);
    }

    private static String string(ByteBuffer b) {
        byte[] bytes = new byte[b.getInt()];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
