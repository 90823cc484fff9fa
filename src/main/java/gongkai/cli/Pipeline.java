package gongkai.cli;

import gongkai.content.ContentLoader;
import gongkai.content.Problem;
import gongkai.content.ReadMemo;
import gongkai.index.PortalIndex;
import gongkai.report.ComplianceChecks;
import gongkai.report.Report;
import gongkai.report.ReportWriter;
import gongkai.rules.Finding;
import gongkai.rules.RuleMemo;
import gongkai.rules.SavedChecks;
import gongkai.rules.Validation;
import gongkai.rules.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The stages shared by build and check: load and validate with problems printed, and the compliance report. */
final class Pipeline {
    private Pipeline() {}

    /** Content that passed validation, with its advice, indexed for a day. */
    record Checked(Validation validation, PortalIndex index) {}

    /** Loads and validates; prints every problem; returns null when there were problems. */
    static Checked validate(Path content, LocalDate asOf, PrintWriter err) {
        return validate(content, asOf, err, null, null, null);
    }

    /**
     * As {@link #validate(Path, LocalDate, PrintWriter)}, reusing what the memos (may be null)
     * remember of unchanged files: a preview's ({@code reads}, {@code rules}) or the last build's
     * ({@code saved}, which also saves for the next).
     */
    static Checked validate(Path content, LocalDate asOf, PrintWriter err, ReadMemo reads, RuleMemo rules, SavedChecks saved) {
        Validation v = new Validator(rules, saved).validate(new ContentLoader(reads).load(content));
        if (!v.ok()) {
            err.println("内容有 " + v.problems().size() + " 处错误：");
            for (Problem p : v.problems()) {
                err.println("  " + p.describe());
            }
            return null;
        }
        return new Checked(v, PortalIndex.of(v.portal(), asOf));
    }

    /**
     * Writes the compliance report when {@code --report} was given, and says so: every finding of
     * validation and of the compliance checks, and the site's external links when a site was built.
     * Returns the exit code.
     */
    static int report(Options options, Checked checked, List<String> external, PrintWriter out, PrintWriter err) {
        return announce(writeReport(options, checked, external), out, err);
    }

    /** The compliance report as written: its findings, or why it could not be written. */
    record Reported(Path folder, int findings, String failure) {}

    /** Writes the compliance report as {@link #report} does, saying nothing yet; null when none was asked for. */
    static Reported writeReport(Options options, Checked checked, List<String> external) {
        if (options.report == null) {
            return null;
        }
        List<Finding> findings = new ArrayList<>(checked.validation().findings());
        findings.addAll(new ComplianceChecks().check(checked.index()));
        Report report = new Report(checked.index().portal().site().name(), options.content, checked.index().asOf(),
                findings, external);
        try {
            new ReportWriter(options.templates).write(report, options.report);
        } catch (RuntimeException e) {
            return new Reported(options.report, findings.size(), e.getMessage());
        }
        return new Reported(options.report, findings.size(), null);
    }

    /** Says what {@link #writeReport} did (null: nothing); returns the exit code. */
    static int announce(Reported r, PrintWriter out, PrintWriter err) {
        if (r == null) {
            return Main.OK;
        }
        if (r.failure() != null) {
            err.println("无法写入合规检查报告到 " + r.folder() + "：" + r.failure());
            return Main.CONTENT_ERROR;
        }
        out.println("合规检查报告：" + r.findings() + " 条建议，已写入 " + r.folder().resolve(ReportWriter.HTML) + " 和 "
                + r.folder().resolve(ReportWriter.JSON) + "。");
        return Main.OK;
    }
}
