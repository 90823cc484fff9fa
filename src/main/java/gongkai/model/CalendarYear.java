package gongkai.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of the working-day calendar, from the State Council's notice on that year's public
 * holidays: the days off and the weekend days moved to work (调休).
 */
public record CalendarYear(int year, List<Holiday> holidays, List<LocalDate> workdays, Origin origin) {
    public CalendarYear {
        holidays = List.copyOf(holidays);
        workdays = List.copyOf(workdays);
    }

    /** A public holiday, {@code from} to {@code to} inclusive. */
    public record Holiday(String name, LocalDate from, LocalDate to) {}
}
