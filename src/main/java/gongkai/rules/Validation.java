package gongkai.rules;

import gongkai.content.Problem;
import gongkai.model.Portal;
import java.util.List;

/**
 * The outcome of checking a content folder: the portal model (complete only when there are no
 * problems), every problem found (in file and line order), and findings that are advice only.
 */
public record Validation(Portal portal, List<Problem> problems, List<Finding> findings) {
    public Validation {
        problems = List.copyOf(problems);
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
