package gongkai.report;

import gongkai.rules.Finding;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A compliance report for the disclosure office: every finding of a run (from validation and from
 * {@link ComplianceChecks}) and, when a site was built, the external links it contains.
 *
 * @param content the content folder checked; finding files are shown relative to it
 * @param external the site's external links, or null when no site was built ({@code check})
 */
public record Report(String siteName, Path content, LocalDate asOf, List<Finding> findings, List<String> external) {
    public Report {
        findings = List.copyOf(findings);
        external = external == null ? null : List.copyOf(external);
    }

    /** How a maintainer names the file: under the content folder's own name, with forward slashes. */
    public String fileName(Finding f) {
        if (f.file() == null) {
            return null;
        }
        Path root = content.toAbsolutePath().normalize();
        Path file = f.file().toAbsolutePath().normalize();
        Path shown = !file.startsWith(root) ? f.file()
                : root.getFileName() == null ? root.relativize(file) : root.getFileName().resolve(root.relativize(file));
        return shown.toString().replace('\\', '/');
    }
}
