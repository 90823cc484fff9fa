package gongkai.rules;

import java.nio.file.Path;

/**
 * Advice for the disclosure office, not an error: the build still succeeds. Findings go into the
 * compliance report.
 *
 * @param rule a stable key of the rule, e.g. {@code normative-without-interpretation}
 * @param record the id of the record concerned, or null
 * @param file the file of that record, or null
 * @param message what is wrong and what to do, in Chinese
 */
public record Finding(String rule, String record, Path file, String message) {}
