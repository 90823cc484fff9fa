package gongkai.rules;

import gongkai.content.Problem;
import gongkai.model.Portal;
import java.util.List;

/**
 * The outcome of checking a content folder: the portal model (complete only when there are no
 * problems) and every problem found, in file and line order.
 */
public record Validation(Portal portal, List<Problem> problems) {
    public Validation {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
