package gongkai.rules;

import gongkai.content.Problems;
import gongkai.content.SourceDoc;
import gongkai.model.CalendarYear;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one year of the working-day calendar ({@code calendar/<year>.yaml}): the public holidays
 * and the weekend days moved to work, as the State Council's notice for that year sets them.
 */
final class CalendarReader {
    private static final Set<String> KEYS = Set.of("year", "holidays", "workdays");

    CalendarYear read(SourceDoc doc, Problems problems) {
        Fields f = new Fields(doc.file(), doc.meta(), problems);
        f.onlyKeys(KEYS);
        int year = f.integer("year", true);
        if (!f.has("year")) {
            return null;
        }
        String expected = year + ".yaml";
        if (!doc.file().getFileName().toString().equals(expected)) {
            f.problem("year", "年份 " + year + " 与文件名不一致。每年一个文件，文件名为年份，请改名为 " + expected + "。");
        }
        List<CalendarYear.Holiday> holidays = new ArrayList<>();
        for (Fields h : f.children("holidays")) {
            h.onlyKeys(Set.of("name", "from", "to"));
            String name = h.text("name", true);
            LocalDate from = h.date("from", true);
            LocalDate to = h.date("to", true);
            if (name == null || from == null || to == null) {
                continue;
            }
            if (to.isBefore(from)) {
                h.problem("to", "放假结束日期 " + to + " 早于开始日期 " + from + "。请核对。");
            } else if (from.getYear() != year && to.getYear() != year) {
                h.problem("from", "这段假期不在 " + year + " 年。请把它写进所属年份的文件。");
            } else {
                holidays.add(new CalendarYear.Holiday(name.strip(), from, to));
            }
        }
        List<LocalDate> workdays = new ArrayList<>();
        for (LocalDate d : f.dates("workdays")) {
            if (d.getYear() != year) {
                f.problem("workdays", "调休上班日 " + d + " 不在 " + year + " 年。请把它写进所属年份的文件。");
            } else if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                f.problem("workdays", d + " 不是周六或周日。workdays 只列因调休而上班的周末；平常的周一至周五不用写。");
            } else {
                workdays.add(d);
            }
        }
        return new CalendarYear(year, holidays, workdays, Origins.of(doc));
    }
}
