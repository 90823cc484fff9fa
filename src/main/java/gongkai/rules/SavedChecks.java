package gongkai.rules;

import gongkai.model.EntryFile;
import gongkai.model.Fingerprint;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build remembers of checking the policy and interpretation files, for the next build: for
 * each file, as it was on disk (its {@linkplain gongkai.content.Sources#version version}), the
 * record it gave and the privacy screen's findings. A file found there unchanged is neither read
 * nor checked again; the checks across files still run on every record. Only a file that gave no
 * problem is remembered, so a file with an error is checked, and reported, every time.
 *
 * <p>A memory belongs to one version of the tool and one {@code site.yaml} (its key), since the
 * privacy screen reads its settings there, and is written anew by every build that validates.
 * An interpretation that shows pictures or a video is not remembered: its check also looks at the
 * media files beside it.
 */
public final class SavedChecks implements AutoCloseable {
    private static final int MARK = 0x474b4333;

    /** What checking a file gave: its record and the privacy screen's findings. */
    record Outcome(Object value, List<Finding> findings) {}

    private final EntryFile.Reader last;
    private final EntryFile.Writer next;

    private SavedChecks(EntryFile.Reader last, EntryFile.Writer next) {
        this.last = last;
        this.next = next;
    }

    /** Reads the memory in {@code last} (may be null) if it was saved with {@code key}, and writes this build's into {@code next}. */
    public static SavedChecks start(Path last, long key, Path next) {
        // Mapped: a build reads nearly every entry, for the records of the files that did not change.
        return new SavedChecks(EntryFile.read(last, MARK, key, 0, true), EntryFile.write(next, MARK, key, 0));
    }

    private static long key(Path file, long version) {
        return Fingerprint.mix(Fingerprint.of(file.toString()) ^ version);
    }

    /** What checking {@code file} gave when it had {@code version}, or null; safe from several threads. */
    Outcome find(Path file, long version) {
        ByteBuffer b = version == 0 ? null : last.find(key(file, version));
        if (b == null) {
            return null;
        }
        try {
            Object value = ValueCodec.read(b, file);
            @SuppressWarnings("unchecked")
            List<Finding> findings = (List<Finding>) ValueCodec.read(b, file);
            return new Outcome(value, List.copyOf(findings));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Remembers what checking {@code file} at {@code version} gave, or what {@code found} had; safe from several threads. */
    void add(Path file, long version, Object value, List<Finding> findings, Outcome found) {
        if (version == 0) {
            return;
        }
        if (found != null && next.carry(last, key(file, version))) {
            return;
        }
        try {
            next.add(key(file, version), ByteBuffer.wrap(ValueCodec.write(value)), ByteBuffer.wrap(ValueCodec.write(findings)));
        } catch (ValueCodec.Unsupported e) {
            // Not remembered: checked again next time.
        }
    }

    /** Ends this build's memory: true when it is complete in the file given to {@link #start}. */
    public boolean finish() {
        return next.finish();
    }

    /** Closes the files; a memory not yet finished is deleted. */
    @Override
    public void close() {
        last.close();
        next.close();
    }
}
