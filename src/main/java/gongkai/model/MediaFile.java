package gongkai.model;

import java.nio.file.Path;

/**
 * A picture or video file that a record shows, kept under {@code content/media/} and copied into
 * the site at the same path when a published record uses it.
 *
 * @param path the site-relative path, e.g. {@code media/chart.svg}
 * @param source the file on disk
 */
public record MediaFile(String path, Path source) {}
