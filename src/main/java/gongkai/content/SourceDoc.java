package gongkai.content;

import java.nio.file.Path;

/**
 * One content file as read from disk: its metadata (YAML front matter, or the whole file for YAML
 * files) and, for Markdown files, the body after the front matter.
 *
 * @param file the file as the maintainer would name it, e.g. {@code content/policies/a.md}
 * @param meta the metadata, always a mapping
 * @param body the Markdown body, empty for YAML files
 * @param bodyLine the file line on which the body starts
 */
public record SourceDoc(Path file, YamlNode.Mapping meta, String body, int bodyLine) {}
