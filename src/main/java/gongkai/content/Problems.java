package gongkai.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a run, so that one build reports all of them instead of stopping at
 * the first.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Path file, int line, String field, String message) {
        list.add(new Problem(file, line, field, message));
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems found so far, in file and line order. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Problem.ORDER);
        return List.copyOf(copy);
    }
}
