package gongkai.cli;

import gongkai.content.ContentLoader;
import gongkai.content.Problem;
import gongkai.index.PortalIndex;
import gongkai.rules.Validation;
import gongkai.rules.Validator;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.nio.file.Path;

/** The load and validate stages, shared by build and check, with problems printed. */
final class Pipeline {
    private Pipeline() {}

    /** Loads and validates; prints every problem; returns the index, or null when there were problems. */
    static PortalIndex validate(Path content, LocalDate asOf, PrintWriter err) {
        Validation v = new Validator().validate(new ContentLoader().load(content));
        if (!v.ok()) {
            err.println("内容有 " + v.problems().size() + " 处错误：");
            for (Problem p : v.problems()) {
                err.println("  " + p.describe());
            }
            return null;
        }
        return PortalIndex.of(v.portal(), asOf);
    }
}
