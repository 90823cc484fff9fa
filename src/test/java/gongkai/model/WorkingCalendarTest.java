package gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import gongkai.content.ContentLoader;
import gongkai.rules.Validation;
import gongkai.rules.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** 2024's National Day: 10-01 to 10-07 off, Saturday 10-12 worked in its place. */
    private static final WorkingCalendar Y2024 = new WorkingCalendar(List.of(new CalendarYear(2024,
            List.of(new CalendarYear.Holiday("国庆节", d("2024-10-01"), d("2024-10-07"))), List.of(d("2024-09-29"), d("2024-10-12")),
            new gongkai.model.Origin(Path.of("calendar/2024.yaml"), java.util.Map.of()))));

    @Test
    void holidaysAreOffAndMovedWeekendDaysAreWorked() {
        assertFalse(Y2024.isWorkingDay(d("2024-10-01")), "Tuesday in the holiday");
        assertTrue(Y2024.isWorkingDay(d("2024-10-12")), "Saturday worked instead");
        assertFalse(Y2024.isWorkingDay(d("2024-10-13")), "an ordinary Sunday");
        assertTrue(Y2024.isWorkingDay(d("2024-10-08")), "an ordinary Tuesday");
    }

    @Test
    void countsWorkingDaysAfterTheFirstDayUpToAndIncludingTheLast() {
        assertEquals(0, Y2024.workingDaysBetween(d("2024-10-08"), d("2024-10-08")));
        assertEquals(1, Y2024.workingDaysBetween(d("2024-10-08"), d("2024-10-09")));
        assertEquals(0, Y2024.workingDaysBetween(d("2024-10-09"), d("2024-10-08")), "backwards counts nothing");
        // Mon 09-30, then the holiday, then Tue 10-08 .. Sat 10-12 (worked): 6 working days.
        assertEquals(6, Y2024.workingDaysBetween(d("2024-09-29"), d("2024-10-12")));
    }

    @Test
    void aYearWithoutDataIsCountedMondayToFridayAndNamed() {
        assertFalse(Y2024.knows(2019));
        // 2019-10-01 was a public holiday, but without 2019 data it counts as a Tuesday.
        assertTrue(Y2024.isWorkingDay(d("2019-10-01")));
        assertEquals(5, Y2024.workingDaysBetween(d("2019-09-27"), d("2019-10-04")));
        assertEquals(Set.of(2019), Y2024.unknownYears(d("2019-09-27"), d("2019-10-04")));
        assertEquals(Set.of(2023), Y2024.unknownYears(d("2023-12-29"), d("2024-01-03")));
        assertEquals(Set.of(), Y2024.unknownYears(d("2023-12-31"), d("2024-01-03")), "the first day itself is not counted");
    }

    /** The calendar shipped in content/ loads, and agrees with the State Council notices on days that test it. */
    @Test
    void shippedCalendarKnows2022To2026() {
        Validation v = new Validator().validate(new ContentLoader().load(TestSupport.CONTENT));
        assertEquals(List.of(), v.problems());
        WorkingCalendar c = v.portal().calendar();
        for (int y = 2022; y <= 2026; y++) {
            assertTrue(c.knows(y), "year " + y);
        }
        assertFalse(c.knows(2021));
        assertFalse(c.isWorkingDay(d("2023-01-02")), "2023 New Year holiday, a Monday");
        assertTrue(c.isWorkingDay(d("2024-02-04")), "Sunday worked before the 2024 Spring Festival");
        assertFalse(c.isWorkingDay(d("2025-02-04")), "last day of the 2025 Spring Festival");
        assertTrue(c.isWorkingDay(d("2026-10-10")), "Saturday worked after the 2026 National Day");
        assertEquals(8, c.workingDaysBetween(d("2026-09-28"), d("2026-10-14")));
        // The whole of 2024: 366 days, 104 weekend days, 8 of them worked, 19 holiday weekdays: 251.
        assertEquals(366 - 104 + 8 - 19, c.workingDaysBetween(d("2023-12-31"), d("2024-12-31")));
    }
}
