package gongkai.report;

import gongkai.index.PortalIndex;
import gongkai.model.Interpretation;
import gongkai.model.Policy;
import gongkai.model.PolicyKind;
import gongkai.model.Reply;
import gongkai.model.ValidityStatus;
import gongkai.model.WorkingCalendar;
import gongkai.render.Dates;
import gongkai.rules.Finding;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Checks the published portal against the disclosure rules and returns what falls short as
 * {@link Finding}s: advice for the office, never a reason to stop the build. Deadlines are
 * counted in working days on the content's calendar.
 */
public final class ComplianceChecks {
    public static final String NORMATIVE_WITHOUT_INTERPRETATION = "normative-without-interpretation";
    public static final String INTERPRETATION_LATE = "interpretation-late";
    public static final String REPLY_LATE = "reply-late";
    public static final String NORMATIVE_MISSING_VALIDITY = "normative-missing-validity";
    public static final String EXPIRED_HELD_IN_FORCE = "expired-held-in-force";
    public static final String NORMATIVE_EXPIRING_SOON = "normative-expiring-soon";
    public static final String CALENDAR_YEAR_MISSING = "calendar-year-missing";

    /** 三同步: an interpretation is linked within 3 working days of its policy. */
    static final int INTERPRETATION_DAYS = 3;
    /** A reply is due within 5 working days, a simple one within 1. */
    static final int REPLY_DAYS = 5;
    static final int SIMPLE_REPLY_DAYS = 1;
    /** How far ahead an expiry is flagged, so the document can be re-assessed in time. */
    static final int EXPIRY_WARNING_DAYS = 180;

    /** A check: its stable key, its heading in the report, and what the office should do. */
    public record Rule(String key, String title, String advice) {}

    /** The checks, in report order. */
    public static final List<Rule> RULES = List.of(
            new Rule(NORMATIVE_WITHOUT_INTERPRETATION, "行政规范性文件没有政策解读",
                    "“应解读、尽解读”：现行有效或即将生效的行政规范性文件都应配发解读。请起草解读并发布，在解读的 policy 字段写上文件编号。"),
            new Rule(INTERPRETATION_LATE, "解读晚于文件发布超过 " + INTERPRETATION_DAYS + " 个工作日",
                    "“三同步”：解读应与文件同步起草、同步审签、同步发布，最迟在文件发布后 " + INTERPRETATION_DAYS + " 个工作日内发布。"),
            new Rule(REPLY_LATE, "留言答复超过时限",
                    "留言应在 " + REPLY_DAYS + " 个工作日内答复，简单咨询在 " + SIMPLE_REPLY_DAYS + " 个工作日内答复。"),
            new Rule(NORMATIVE_MISSING_VALIDITY, "行政规范性文件有效性信息不全",
                    "行政规范性文件应显著标注有效性和有效期。请在 validity 中写明 expires（有效期至）。"),
            new Rule(EXPIRED_HELD_IN_FORCE, "有效期已届满但仍标注为有效",
                    "文件有效期已过，因“继续有效”仍显示为有效。请核实评估结论和依据；重新明确有效期的，请更新 expires。"),
            new Rule(NORMATIVE_EXPIRING_SOON, "行政规范性文件将在 " + EXPIRY_WARNING_DAYS + " 天内到期",
                    "请及时组织评估，决定继续有效、修改或废止，并在到期前更新 validity。"),
            new Rule(CALENDAR_YEAR_MISSING, "缺少工作日历数据",
                    "没有工作日历数据的年份按周一至周五计算工作日，未计节假日和调休，时限结果可能有偏差。"
                            + "请按国务院办公厅当年的节假日安排通知，在 content/calendar/ 中补充该年的文件。"));

    /** Index-level findings for the portal as published on the index's day, in rule order. */
    public List<Finding> check(PortalIndex index) {
        LocalDate asOf = index.asOf();
        WorkingCalendar calendar = index.calendar();
        SortedSet<Integer> unknownYears = new TreeSet<>();
        List<Finding> out = new ArrayList<>();
        for (Policy p : index.policies()) {
            if (p.kind() != PolicyKind.NORMATIVE || p.draft() != null) {
                continue;
            }
            ValidityStatus s = index.status(p);
            boolean current = s instanceof ValidityStatus.InForce || s instanceof ValidityStatus.NotYetEffective;
            LocalDate expires = p.validity().expires();
            if (current && index.interpretationsOf(p).isEmpty()) {
                out.add(finding(NORMATIVE_WITHOUT_INTERPRETATION, p, "《" + p.title() + "》（" + s.label()
                        + "）没有政策解读。"));
            }
            if (current && expires == null) {
                out.add(finding(NORMATIVE_MISSING_VALIDITY, p, "《" + p.title() + "》没有标注有效期（validity.expires），"
                        + "读者无法知道它何时失效。"));
            }
            if (s.inForce() && expires != null && asOf.isAfter(expires)) {
                var o = p.validity().override();
                out.add(finding(EXPIRED_HELD_IN_FORCE, p, "《" + p.title() + "》的有效期已于" + Dates.zh(expires) + "届满，"
                        + "但自" + Dates.zh(o.since()) + "起标注为“继续有效”。"));
            }
            if (s.inForce() && expires != null && !asOf.isAfter(expires)
                    && ChronoUnit.DAYS.between(asOf, expires) <= EXPIRY_WARNING_DAYS) {
                out.add(finding(NORMATIVE_EXPIRING_SOON, p, "《" + p.title() + "》将于" + Dates.zh(expires) + "到期（还有 "
                        + ChronoUnit.DAYS.between(asOf, expires) + " 天）。"));
            }
        }
        for (Policy p : index.policies()) {
            for (Interpretation i : index.interpretationsOf(p)) {
                int days = calendar.workingDaysBetween(p.published(), i.published());
                unknownYears.addAll(calendar.unknownYears(p.published(), i.published()));
                if (days > INTERPRETATION_DAYS) {
                    out.add(new Finding(INTERPRETATION_LATE, i.id(), i.origin().file(), "解读《" + i.title() + "》发布于"
                            + Dates.zh(i.published()) + "，文件《" + p.title() + "》发布于" + Dates.zh(p.published()) + "，相隔 " + days
                            + " 个工作日，超过 " + INTERPRETATION_DAYS + " 个工作日。"));
                }
            }
        }
        for (Reply r : index.replies()) {
            int limit = r.simple() ? SIMPLE_REPLY_DAYS : REPLY_DAYS;
            int days = calendar.workingDaysBetween(r.asked(), r.replied());
            unknownYears.addAll(calendar.unknownYears(r.asked(), r.replied()));
            if (days > limit) {
                out.add(new Finding(REPLY_LATE, r.id(), r.origin().file(), Dates.zh(r.asked()) + "的留言于" + Dates.zh(r.replied())
                        + "答复，用了 " + days + " 个工作日，超过" + (r.simple() ? "简单咨询的 " : " ") + limit + " 个工作日。"));
            }
        }
        for (int year : unknownYears) {
            out.add(new Finding(CALENDAR_YEAR_MISSING, null, null, year + "年没有工作日历数据（content/calendar/" + year
                    + ".yaml），该年的日期按周一至周五计算。"));
        }
        List<String> order = RULES.stream().map(Rule::key).toList();
        out.sort(Comparator.comparingInt((Finding f) -> order.indexOf(f.rule()))
                .thenComparing(f -> f.file() == null ? "" : f.file().toString())
                .thenComparing(f -> f.record() == null ? "" : f.record()));
        return out;
    }

    private static Finding finding(String rule, Policy p, String message) {
        return new Finding(rule, p.id(), p.origin().file(), message);
    }
}
