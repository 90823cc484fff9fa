package gongkai.model;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The Markdown text of a record (a policy's 正文, an interpretation, a reply's 答复内容). A large
 * portal has a hundred thousand of them, more than memory should hold for the whole build, so a
 * body read from a file keeps only its fingerprint and the way to read it again: {@link #text()}
 * reads it when a page or the search index needs it, and refuses a text that changed after it was
 * checked, so that nothing unchecked is ever published. Bodies are equal when their texts are.
 */
public final class Body implements Fingerprinted {
    /** The text of a body that is kept, or null for one read again when needed. */
    private final String kept;
    private final Path file;
    private final Supplier<String> source;
    private final long fingerprint;
    private final int length;
    private final boolean blank;

    private Body(String text, String kept, Path file, Supplier<String> source) {
        this(kept, file, source, Fingerprint.of(text), text.length(), text.isBlank());
    }

    private Body(String kept, Path file, Supplier<String> source, long fingerprint, int length, boolean blank) {
        this.kept = kept;
        this.file = file;
        this.source = source;
        this.fingerprint = fingerprint;
        this.length = length;
        this.blank = blank;
    }

    /** A body kept in memory: a short text, or one that exists nowhere else. */
    public static Body of(String text) {
        return new Body(text, text, null, null);
    }

    /**
     * A body read from {@code file}: {@code text} as it was checked, and {@code source} to read it
     * again later, which must then give the same text.
     */
    public static Body stored(String text, Path file, Supplier<String> source) {
        return new Body(text, null, file, source);
    }

    /**
     * A body checked by an earlier build, known by its fingerprint, length and blankness: read
     * from {@code file} through {@code source} when needed, which must then give the same text.
     */
    public static Body remembered(long fingerprint, int length, boolean blank, Path file, Supplier<String> source) {
        return new Body(null, file, source, fingerprint, length, blank);
    }

    /** An empty body. */
    public static final Body EMPTY = of("");

    /**
     * The text. A stored body is read again; when the file no longer holds the text that was
     * checked (edited while the site was being built), this throws {@link Changed}.
     */
    public String text() {
        if (kept != null) {
            return kept;
        }
        String text = source.get();
        if (text == null || text.length() != length || Fingerprint.of(text) != fingerprint) {
            throw new Changed(file);
        }
        return text;
    }

    /** The fingerprint of the text ({@link Fingerprint#of(String)}), which names it without reading it again. */
    @Override
    public long fingerprint() {
        return fingerprint;
    }

    /** The length of the text, in UTF-16 units. */
    public int length() {
        return length;
    }

    /** Whether the text is empty or only white space. */
    public boolean isBlank() {
        return blank;
    }

    /** Thrown when a body's file changed after it was checked. */
    public static final class Changed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Changed(Path file) {
            super("内容文件 " + file + " 在生成过程中被修改了，未使用修改后的内容。请等修改完成后重新生成。");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body b && b.fingerprint == fingerprint && b.length == length;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fingerprint);
    }

    @Override
    public String toString() {
        return "Body[" + length + " chars, " + Long.toHexString(fingerprint) + "]";
    }
}
