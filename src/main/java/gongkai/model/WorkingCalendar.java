package gongkai.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Working days (工作日) in mainland China: Monday to Friday, minus public holidays, plus the
 * weekend days moved to work. A year without calendar data is counted Monday to Friday; callers
 * ask {@link #unknownYears} to say so.
 */
public final class WorkingCalendar implements Fingerprinted {
    private final List<CalendarYear> years;
    private final Set<Integer> known = new HashSet<>();
    private final Set<LocalDate> off = new HashSet<>();
    private final Set<LocalDate> on = new HashSet<>();

    public WorkingCalendar(List<CalendarYear> years) {
        this.years = List.copyOf(years);
        for (CalendarYear y : this.years) {
            known.add(y.year());
            on.addAll(y.workdays());
            for (CalendarYear.Holiday h : y.holidays()) {
                h.from().datesUntil(h.to().plusDays(1)).forEach(off::add);
            }
        }
    }

    public List<CalendarYear> years() {
        return years;
    }

    /** The fingerprint of the years the calendar is made from, which say everything it answers. */
    @Override
    public long fingerprint() {
        return Fingerprint.ofValue(years).orElseThrow();
    }

    public boolean knows(int year) {
        return known.contains(year);
    }

    public boolean isWorkingDay(LocalDate d) {
        if (on.contains(d)) {
            return true;
        }
        if (off.contains(d)) {
            return false;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The working days after {@code from} up to and including {@code to}: a reply on the next
     * working day took 1. Zero when {@code to} is not after {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return (int) from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
    }

    /** The years of the days {@link #workingDaysBetween} counts that have no calendar data. */
    public SortedSet<Integer> unknownYears(LocalDate from, LocalDate to) {
        SortedSet<Integer> out = new TreeSet<>();
        if (!to.isAfter(from)) {
            return out;
        }
        for (int y = from.plusDays(1).getYear(); y <= to.getYear(); y++) {
            if (!known.contains(y)) {
                out.add(y);
            }
        }
        return out;
    }
}
