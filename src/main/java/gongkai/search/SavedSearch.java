package gongkai.search;

import gongkai.model.EntryFile;
import gongkai.model.SavedBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * What a build remembers of its search index for the next build into the same folder: each
 * document's terms, and the number and digest of the file written for it, by a fingerprint of
 * everything the document is made from (its fields, the fingerprint of the source of its words,
 * {@link SearchSource.Pending#source}, and its agency's name). A document found there
 * is neither converted from Markdown nor tokenized again, and its file is kept when it has the
 * same number and is still as that build wrote it; so a build after an edit reads the words of the
 * documents that changed, not of the whole portal. The suggestions, worked out from every title,
 * are kept too, with the files written of them, by a fingerprint of the titles and names they come
 * from, so that an edit that changes neither writes none of them again; the pinyin of the words
 * and characters the build read, so that the next reads only new ones; and the whole inverted
 * index as written, with the key of each number's document, so that a build whose documents keep
 * their numbers patches it where documents changed instead of merging every document's terms.
 *
 * <p>A build reads the last memory while it writes its own beside it, document after document; a
 * memory written with another key (another version of the tool, other templates or settings) or
 * for another state of the site (its generation, which the site's own memory names) is not used.
 * The file ({@link EntryFile}) keeps the documents' numbers and files together, read at once, and
 * each document's terms apart, read where they are needed and otherwise carried over into the next
 * memory unread, so memory does not grow with the words of the portal.
 * A memory that cannot be written is not saved, and the build goes on: without it the next build
 * indexes every document, which is slower but never wrong.
 */
public final class SavedSearch implements AutoCloseable {
    private static final int MARK = 0x474b5335;
    /** The key of the suggestions' entry. */
    private static final long SUGGESTIONS = 0;
    /** The key of the pinyin entry: the {@link Sounds} a build asked. */
    private static final long SOUNDS = 1;
    /** The key of the documents' entry: each document's key, number and file. */
    private static final long DOCUMENTS = 2;
    /** The key of the index's first entry, the documents' keys by number; its parts follow. */
    private static final long INDEX = 3;
    /** Keys up to this one are the entries above, never a document's (see {@link #key}). */
    private static final long RESERVED = 15;

    /** The index the last build wrote, and the key of each of its documents by number. */
    record LastIndex(long[] keys, TermIndex terms) {}

    /**
     * A document as the last build indexed it: its number, its file, and its terms, which are read
     * only when asked for: a build after an edit needs the terms of the documents that changed, not
     * of every document, and carries the others' over into its own memory unread.
     */
    final class Entry {
        private final long key;
        private final int number;
        private final IndexFiles.Written file;
        private TermIndex.DocTerms terms;

        private Entry(long key, int number, IndexFiles.Written file) {
            this.key = key;
            this.number = number;
            this.file = file;
        }

        int number() {
            return number;
        }

        IndexFiles.Written file() {
            return file;
        }

        /** The document's terms; null when they cannot be read. */
        synchronized TermIndex.DocTerms terms() {
            if (terms == null) {
                ByteBuffer b = last.find(key);
                terms = b == null ? null : decode(b);
            }
            return terms;
        }
    }

    private final EntryFile.Reader last;
    private final Predicate<String> intact;
    private final EntryFile.Writer next;
    /** The last build's documents by key; null until first asked for. */
    private Map<Long, Entry> lastDocuments;
    /** Key, number, file digest and length of each document this build remembers. */
    private final List<long[]> documents = new ArrayList<>();
    private Sounds sounds;
    /** Whether the memory was ended complete; null until it is ended. */
    private Boolean finished;

    private SavedSearch(EntryFile.Reader last, Predicate<String> intact, EntryFile.Writer next) {
        this.last = last;
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
        return new SavedSearch(EntryFile.read(last, MARK, key, lastGeneration), intact, EntryFile.write(next, MARK, key, generation));
    }

    /** A document's key from the fingerprint of what it is made from: 0, no key, where that falls among the reserved. */
    static long key(long fingerprint) {
        return fingerprint >= 0 && fingerprint <= RESERVED ? 0 : fingerprint;
    }

    /** Whether the site's file at {@code path} is as the last build wrote it. */
    boolean intact(String path) {
        return intact.test(path);
    }

    /** The document the last build indexed with {@code key}, or null; safe from several threads. */
    Entry find(long key) {
        return lastDocuments().get(key);
    }

    private synchronized Map<Long, Entry> lastDocuments() {
        if (lastDocuments == null) {
            lastDocuments = readDocuments();
        }
        return lastDocuments;
    }

    private Map<Long, Entry> readDocuments() {
        ByteBuffer b = last.find(DOCUMENTS);
        if (b == null) {
            return Map.of();
        }
        try {
            Map<Long, Entry> out = new HashMap<>();
            for (int n = b.getInt(); n > 0; n--) {
                long key = b.getLong();
                out.put(key, new Entry(key, b.getInt(), new IndexFiles.Written(b.getLong(), b.getInt())));
            }
            return out;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static TermIndex.DocTerms decode(ByteBuffer b) {
        try {
            int[] han = ints(b);
            int[] start = ints(b);
            List<List<String>> others = new ArrayList<>();
            for (int kinds = b.getInt(); kinds > 0; kinds--) {
                List<String> terms = new ArrayList<>();
                for (int n = b.getInt(); n > 0; n--) {
                    terms.add(SavedBytes.string(b));
                }
                others.add(terms);
            }
            DocNumber docNumber = b.get() == 0 ? null : new DocNumber(SavedBytes.string(b), b.getInt(), b.getInt());
            return new TermIndex.DocTerms(han, start, others, docNumber);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Remembers document {@code key}, number {@code number}, its file and its terms; {@code terms}
     * may be null, or those of {@code found}, when they are the terms the last memory had.
     */
    void add(long key, int number, IndexFiles.Written file, TermIndex.DocTerms terms, Entry found) {
        synchronized (documents) {
            documents.add(new long[] {key, number, file.digest(), file.length()});
        }
        boolean same = found != null && (terms == null || terms == found.terms);
        if (same && next.carry(last, key)) {
            return;
        }
        TermIndex.DocTerms t = terms != null ? terms : found == null ? null : found.terms();
        if (t != null) {
            next.add(key, encode(t));
        }
    }

    /**
     * The index the last build saved, its files checked with {@code intact} (names under the
     * index's folder); null when there is none or it cannot be read.
     */
    LastIndex index(Predicate<String> intact) {
        ByteBuffer head = last.find(INDEX);
        if (head == null) {
            return null;
        }
        try {
            long[] keys = new long[head.getInt()];
            head.asLongBuffer().get(keys);
            List<ByteBuffer> saved = new ArrayList<>();
            for (int i = 0; i <= TermIndex.PARTS; i++) {
                ByteBuffer b = last.find(INDEX + 1 + i);
                if (b == null) {
                    return null;
                }
                saved.add(b);
            }
            return new LastIndex(keys, TermIndex.restore(saved, intact));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Remembers {@code terms} as written, for documents of {@code keys} by number; none when a document has no key. */
    void index(long[] keys, TermIndex terms) {
        List<ByteBuffer> saved = terms.save();
        if (saved == null || saved.size() > RESERVED - INDEX || LongStream.of(keys).anyMatch(k -> k == 0)) {
            return;
        }
        ByteBuffer head = ByteBuffer.allocate(Integer.BYTES + Long.BYTES * keys.length).putInt(keys.length);
        head.asLongBuffer().put(keys);
        next.add(INDEX, head.position(head.capacity()).flip());
        for (int i = 0; i < saved.size(); i++) {
            next.add(INDEX + 1 + i, saved.get(i));
        }
    }

    /**
     * The suggestions for inputs of fingerprint {@code inputs} (0 for none known): the last build's
     * files, kept with {@code keep}, when it had the same inputs and its files are intact; else
     * the files {@code write} makes of the keywords, which are the last build's for the same
     * inputs or else {@code make}'s. Saved for the next. Returns the number of character files.
     */
    int suggestions(long inputs, Supplier<List<Keywords.Keyword>> make, Function<List<Keywords.Keyword>, SuggestionIndex.Files> write,
            BiConsumer<String, IndexFiles.Written> keep) {
        LastSuggestions last = inputs == 0 ? null : lastSuggestions(inputs);
        List<Keywords.Keyword> keywords = last != null ? last.keywords() : make.get();
        SuggestionIndex.Files files;
        if (last != null && last.files().written().keySet().stream().allMatch(name -> intact(SearchIndex.DIR + "/" + name))) {
            files = last.files();
            files.written().forEach(keep);
            // Asked as if written, so that the pinyin saved for the next build still has them.
            keywords.forEach(k -> sounds().syllables(k.text()));
        } else {
            files = write.apply(keywords);
        }
        if (inputs != 0) {
            SavedBytes b = new SavedBytes(1 << 12).putLong(inputs).putInt(keywords.size());
            keywords.forEach(k -> b.put(k.text()).putInt(k.weight()));
            b.putInt(files.shards()).putInt(files.written().size());
            files.written().forEach((name, w) -> b.put(name).putLong(w.digest()).putInt(w.length()));
            next.add(SUGGESTIONS, b.flip());
        }
        return files.shards();
    }

    /** The last build's suggestions: its keywords and the files it made of them. */
    private record LastSuggestions(List<Keywords.Keyword> keywords, SuggestionIndex.Files files) {}

    private LastSuggestions lastSuggestions(long inputs) {
        ByteBuffer b = last.find(SUGGESTIONS);
        try {
            if (b == null || b.getLong() != inputs) {
                return null;
            }
            List<Keywords.Keyword> keywords = new ArrayList<>();
            for (int n = b.getInt(); n > 0; n--) {
                keywords.add(new Keywords.Keyword(SavedBytes.string(b), b.getInt()));
            }
            int shards = b.getInt();
            Map<String, IndexFiles.Written> written = new HashMap<>();
            for (int n = b.getInt(); n > 0; n--) {
                written.put(SavedBytes.string(b), new IndexFiles.Written(b.getLong(), b.getInt()));
            }
            return new LastSuggestions(keywords, new SuggestionIndex.Files(shards, written));
        } catch (RuntimeException e) {
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

    /** The pinyin of words and characters, answered first from what the last build read; saved for the next. */
    synchronized Sounds sounds() {
        if (sounds == null) {
            sounds = lastSounds();
        }
        return sounds;
    }

    private Sounds lastSounds() {
        ByteBuffer b = last.find(SOUNDS);
        if (b == null) {
            return new Sounds();
        }
        try {
            Map<String, List<String>> words = readings(b);
            Map<Character, List<String>> chars = new HashMap<>();
            readings(b).forEach((c, r) -> chars.put(c.charAt(0), r));
            return new Sounds(words, chars);
        } catch (RuntimeException e) {
            return new Sounds();
        }
    }

    /** Words (or characters) and their syllables, as {@link #saveSounds} put them. */
    private static Map<String, List<String>> readings(ByteBuffer b) {
        Map<String, List<String>> out = new HashMap<>();
        for (int n = b.getInt(); n > 0; n--) {
            String word = SavedBytes.string(b);
            String joined = SavedBytes.string(b);
            out.put(word, joined.isEmpty() ? List.of() : List.of(joined.split(" ")));
        }
        return out;
    }

    private void saveSounds() {
        Map<String, List<String>> chars = new HashMap<>();
        sounds.chars().forEach((c, r) -> chars.put(String.valueOf(c), r));
        SavedBytes b = new SavedBytes(1 << 16);
        for (Map<String, List<String>> readings : List.of(Map.copyOf(sounds.words()), chars)) {
            b.putInt(readings.size());
            readings.forEach((word, syllables) -> b.put(word).put(String.join(" ", syllables)));
        }
        next.add(SOUNDS, b.flip());
    }

    /**
     * Ends this build's memory: true when it is complete in the file given to {@link #start},
     * ready to be saved with the site's; false when it could not be written. Once ended, it
     * answers the same again.
     */
    public synchronized boolean finish() {
        if (finished == null) {
            if (sounds != null) {
                saveSounds();
            }
            ByteBuffer b = ByteBuffer.allocate(Integer.BYTES + documents.size() * (2 * Long.BYTES + 2 * Integer.BYTES)).putInt(documents.size());
            for (long[] d : documents) {
                b.putLong(d[0]).putInt((int) d[1]).putLong(d[2]).putInt((int) d[3]);
            }
            next.add(DOCUMENTS, b.flip());
            finished = next.finish();
        }
        return finished;
    }

    /** Closes the files, once {@link #finish} is over where another thread runs it; a memory not yet finished is deleted. */
    @Override
    public synchronized void close() {
        last.close();
        next.close();
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
}
