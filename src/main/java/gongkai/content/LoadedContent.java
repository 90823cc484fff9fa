package gongkai.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from a content folder, still untyped: the first stage of the pipeline. Files
 * that could not be read at all are not here; their problems are. {@code synonyms} is the search
 * synonym catalogue, or null when the portal has none.
 */
public record LoadedContent(
        Path root,
        SourceDoc site,
        List<SourceDoc> policies,
        List<SourceDoc> interpretations,
        List<SourceDoc> workPoints,
        List<SourceDoc> replies,
        List<SourceDoc> calendar,
        SourceDoc synonyms,
        List<Problem> problems) {

    public LoadedContent {
        policies = List.copyOf(policies);
        interpretations = List.copyOf(interpretations);
        workPoints = List.copyOf(workPoints);
        replies = List.copyOf(replies);
        calendar = List.copyOf(calendar);
        problems = List.copyOf(problems);
    }
}
