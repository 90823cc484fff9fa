package gongkai.rules;

import gongkai.content.ContentLoader;
import gongkai.content.SourceDoc;
import gongkai.model.Body;
import java.nio.file.Path;

/** Makes the {@link Body} of a Markdown record: checked now, read again from its file when needed. */
final class Bodies {
    private Bodies() {}

    static Body of(SourceDoc doc) {
        Path file = doc.file();
        return Body.stored(doc.body(), file, () -> ContentLoader.body(file));
    }
}
