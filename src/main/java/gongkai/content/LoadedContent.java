package gongkai.content;

import java.nio.file.Path;
import java.util.List;

/**
 * A content folder as the first stage of the pipeline finds it, still untyped: the site
 * configuration and synonym catalogue read, the record files listed ({@link Sources}, each read
 * when the next stage asks). {@code problems} are those found so far, such as a missing site.yaml
 * or a symbolic link; a record file that cannot be read gives its problem when it is read.
 * {@code synonyms} is the search synonym catalogue, or null when the portal has none.
 */
public record LoadedContent(
        Path root,
        SourceDoc site,
        Sources policies,
        Sources interpretations,
        Sources workPoints,
        Sources replies,
        Sources calendar,
        SourceDoc synonyms,
        List<Problem> problems) {

    public LoadedContent {
        problems = List.copyOf(problems);
    }
}
