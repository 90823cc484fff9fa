package gongkai.model;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of entries (bytes) by 64-bit key, for what a build remembers for the next: written once,
 * entry after entry, then a table of where each is; read back an entry at a time with positional
 * reads, from several threads, so memory does not grow with the file. An entry that stays as it
 * was is carried from the last file into the next unread, copied in runs by the operating system:
 * most of a memory stays the same from one build to the next. A file belongs to one kind
 * of memory (its mark), one version of what made it (its key) and one state of what it describes
 * (its generation); it is read only for all three, and only when it was finished.
 */
public final class EntryFile {
    private EntryFile() {}

    /** The entries of a file written earlier. */
    public static final class Reader implements AutoCloseable {
        private static final Reader NONE = new Reader(null, null, Map.of());
        private final FileChannel in;
        /** The file mapped into memory, whose entries are read in place; null to read them with positional reads. */
        private final ByteBuffer mapped;
        /** Where each entry starts and how long it is, by key. */
        private final Map<Long, long[]> entries;

        private Reader(FileChannel in, ByteBuffer mapped, Map<Long, long[]> entries) {
            this.in = in;
            this.mapped = mapped;
            this.entries = entries;
        }

        /** The entry of {@code key}, or null when there is none or it cannot be read; safe from several threads. */
        public ByteBuffer find(long key) {
            long[] at = entries.get(key);
            if (at == null) {
                return null;
            }
            if (mapped != null) {
                return mapped.slice((int) at[0], (int) at[1]);
            }
            try {
                return readAt(in, at[0], (int) at[1]);
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public void close() {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // Only read from; nothing is lost.
                }
            }
        }
    }

    /**
     * The entries of {@code file} (may be null) if it is a finished file of {@code mark} written
     * with {@code key} for {@code generation}; else none. A file cut short, of another format or of
     * another state reads as empty, which costs the build its memory and nothing else.
     */
    public static Reader read(Path file, int mark, long key, long generation) {
        return read(file, mark, key, generation, false);
    }

    /**
     * As {@link #read(Path, int, long, long)}, with the file mapped into memory when {@code mapped}
     * (and it is under 2 GB): for a file whose entries are nearly all read, which then costs no call
     * to the system and no copy each. Only for a file that is replaced, never written over, while read.
     */
    public static Reader read(Path file, int mark, long key, long generation, boolean mapped) {
        if (file == null || key == 0 || !Files.isRegularFile(file)) {
            return Reader.NONE;
        }
        FileChannel in = null;
        try {
            in = FileChannel.open(file, StandardOpenOption.READ);
            long size = in.size();
            ByteBuffer head = readAt(in, 0, HEAD);
            if (head.getInt() != mark || head.getLong() != key || head.getLong() != generation) {
                in.close();
                return Reader.NONE;
            }
            ByteBuffer end = readAt(in, size - TRAILER, TRAILER);
            long at = end.getLong();
            if (end.getInt() != mark || at < HEAD || at > size - TRAILER) {
                in.close();
                return Reader.NONE;
            }
            ByteBuffer table = readAt(in, at, (int) (size - TRAILER - at));
            Map<Long, long[]> entries = new HashMap<>();
            for (int n = table.getInt(); n > 0; n--) {
                entries.put(table.getLong(), new long[] {table.getLong(), table.getInt()});
            }
            return new Reader(in, mapped && size <= Integer.MAX_VALUE ? in.map(FileChannel.MapMode.READ_ONLY, 0, size) : null, entries);
        } catch (IOException | RuntimeException e) {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // Not used either way.
                }
            }
            return Reader.NONE;
        }
    }

    /** Mark, key and generation. */
    private static final int HEAD = Integer.BYTES + 2 * Long.BYTES;
    /** Where the table starts, and the mark again, written last. */
    private static final int TRAILER = Long.BYTES + Integer.BYTES;

    /** The {@code length} bytes of {@code in} from {@code position}, all of them, ready to read. */
    public static ByteBuffer readAt(FileChannel in, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            if (in.read(b, position + b.position()) < 0) {
                throw new IOException("cut short");
            }
        }
        return b.flip();
    }

    /**
     * A file being written. Entries may be added from several threads. A file that cannot be
     * written is given up, and the build goes on without saving it.
     */
    public static final class Writer implements AutoCloseable {
        private final Path file;
        private final int mark;
        /** Null once writing failed or finished. */
        private DataOutputStream out;
        private FileChannel channel;
        /** Key, offset and length of each entry written. */
        private final List<long[]> written = new ArrayList<>();
        /** Key, offset in {@link #carriedFrom} and length of each entry to carry over. */
        private final List<long[]> carried = new ArrayList<>();
        private Reader carriedFrom;
        private long offset;

        private Writer(Path file, int mark) {
            this.file = file;
            this.mark = mark;
        }

        /** Adds the entry of {@code key}, made of {@code parts} (each from its position to its limit). */
        public synchronized void add(long key, ByteBuffer... parts) {
            if (out == null) {
                return;
            }
            int length = 0;
            try {
                for (ByteBuffer p : parts) {
                    ByteBuffer b = p.duplicate();
                    length += b.remaining();
                    if (b.hasArray()) {
                        out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
                    } else {
                        byte[] copy = new byte[b.remaining()];
                        b.get(copy);
                        out.write(copy);
                    }
                }
            } catch (IOException e) {
                failed();
                return;
            }
            written.add(new long[] {key, offset, length});
            offset += length;
        }

        /**
         * Carries the entry of {@code key} in {@code from} over into this file as it is, without
         * reading it; false when {@code from} has none. Every entry carried comes from the same file.
         */
        public synchronized boolean carry(Reader from, long key) {
            long[] at = from.entries.get(key);
            if (at == null || out == null) {
                return false;
            }
            if (carriedFrom != null && carriedFrom != from) {
                throw new IllegalArgumentException("entries are carried from one file only");
            }
            carriedFrom = from;
            carried.add(new long[] {key, at[0], at[1]});
            return true;
        }

        /** Ends the file: true when it is complete and may be read back, false when it could not be written. */
        public synchronized boolean finish() {
            if (out == null) {
                return false;
            }
            try {
                copyCarried();
                ByteBuffer b = ByteBuffer.allocate(Integer.BYTES + written.size() * (2 * Long.BYTES + Integer.BYTES) + TRAILER);
                b.putInt(written.size());
                for (long[] w : written) {
                    b.putLong(w[0]).putLong(w[1]).putInt((int) w[2]);
                }
                b.putLong(offset).putInt(mark);
                out.write(b.array());
                out.close();
                out = null;
                return true;
            } catch (IOException e) {
                failed();
                return false;
            }
        }

        /** Copies the entries carried over, in runs of entries that lie one after another in the last file. */
        private void copyCarried() throws IOException {
            if (carried.isEmpty()) {
                return;
            }
            out.flush();
            carried.sort((a, b) -> Long.compare(a[1], b[1]));
            int i = 0;
            while (i < carried.size()) {
                long start = carried.get(i)[1];
                long end = start;
                int j = i;
                for (; j < carried.size() && carried.get(j)[1] == end; j++) {
                    long[] c = carried.get(j);
                    written.add(new long[] {c[0], offset + c[1] - start, c[2]});
                    end += c[2];
                }
                for (long done = 0; done < end - start; ) {
                    long n = carriedFrom.in.transferTo(start + done, end - start - done, channel);
                    if (n <= 0) {
                        throw new IOException("cut short");
                    }
                    done += n;
                }
                offset += end - start;
                i = j;
            }
        }

        /** Closes the file; one not finished is deleted. */
        @Override
        public synchronized void close() {
            if (out != null) {
                failed();
            }
        }

        private void failed() {
            try {
                if (out != null) {
                    out.close();
                } else if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // Deleted below either way.
            }
            out = null;
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // An unfinished file has no table at its end and reads as empty.
            }
        }
    }

    /** Starts writing {@code file} (replacing it) as a file of {@code mark}, with {@code key} for {@code generation}. */
    public static Writer write(Path file, int mark, long key, long generation) {
        Writer w = new Writer(file, mark);
        try {
            Files.deleteIfExists(file);
            w.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            w.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(w.channel), 1 << 16));
            w.out.writeInt(mark);
            w.out.writeLong(key);
            w.out.writeLong(generation);
            w.offset = HEAD;
        } catch (IOException e) {
            w.failed();
        }
        return w;
    }
}
