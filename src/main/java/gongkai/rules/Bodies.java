package gongkai.rules;

import gongkai.content.ContentLoader;
import gongkai.content.SourceDoc;
import gongkai.model.Body;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the {@link Body} of each Markdown record of one validation, from several threads. Bodies
 * are kept in memory while they fit a budget, an eighth of the heap, which holds every body of a
 * portal of ten thousand records; beyond it a body keeps only its fingerprint and is read again
 * from its file when a page or the search index needs it, so that a very large portal still fits
 * its heap. Which bodies are kept changes nothing but speed.
 */
final class Bodies {
    private final AtomicLong room;

    Bodies(long chars) {
        this.room = new AtomicLong(chars);
    }

    /** Bodies with room for an eighth of the heap (two bytes a character). */
    static Bodies forHeap() {
        return new Bodies(Runtime.getRuntime().maxMemory() / 16);
    }

    Body of(SourceDoc doc) {
        String text = doc.body();
        if (room.addAndGet(-text.length()) >= 0) {
            return Body.of(text);
        }
        Path file = doc.file();
        return Body.stored(text, file, () -> ContentLoader.body(file));
    }
}
