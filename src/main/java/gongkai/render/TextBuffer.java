package gongkai.render;

import java.io.Writer;

/**
 * A Writer into a StringBuilder. {@link java.io.StringWriter} locks a StringBuffer on each of the
 * many small writes a template makes; a page is rendered by one thread, so no lock is needed.
 */
final class TextBuffer extends Writer {
    private final StringBuilder sb;

    TextBuffer(int capacity) {
        sb = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        sb.append(cbuf, off, len);
    }

    @Override
    public void write(String str) {
        sb.append(str);
    }

    @Override
    public void write(String str, int off, int len) {
        sb.append(str, off, off + len);
    }

    @Override
    public void write(int c) {
        sb.append((char) c);
    }

    @Override
    public Writer append(CharSequence csq) {
        sb.append(csq);
        return this;
    }

    @Override
    public void flush() {
        // Nothing is buffered beyond the builder itself.
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
