package kz.civic.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = new WorkingCalendar(Optional.empty());

    @Test
    void tenWorkingDaysSkipWeekends() {
        // Wednesday 25 November 2026: Thu, Fri, then two full weeks less two days
        assertEquals(LocalDate.of(2026, 12, 9), calendar.addWorkingDays(LocalDate.of(2026, 11, 25), 10));
        // submitted on a Saturday: the first working day is Monday
        assertEquals(LocalDate.of(2026, 11, 30), calendar.addWorkingDays(LocalDate.of(2026, 11, 28), 1));
    }

    @Test
    void holidaysAndTheirTransfersAreNotWorkingDays() {
        // Nauryz 2026: 21 (Sat), 22 (Sun), 23 (Mon) March; the two weekend holidays move to 24 and 25 March
        for (int day = 21; day <= 25; day++) {
            assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 3, day)), "March " + day);
        }
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 3, 26)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 16)), "Independence Day");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 26)), "Republic Day (Sunday 25 October) moves to Monday");
        // Orthodox Christmas on a Sunday (2024-01-07 was a Sunday) is not transferred
        assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 1, 8)));
        // 16 December (Wednesday) is Independence Day: the tenth working day after Friday 4 December is Monday 21st
        assertEquals(LocalDate.of(2026, 12, 21), calendar.addWorkingDays(LocalDate.of(2026, 12, 4), 10));
    }

    @Test
    void procurementDeadlinesSpanningNewYear() {
        // window closes Tuesday 22 December 2026: seven working days to the 31st; 1-2 January (Fri, Sat) are holidays,
        // Saturday's moves to Monday 4th; 5th, 6th; 7 January (Thursday) is Orthodox Christmas -> Friday 8 January 2027
        assertEquals(LocalDate.of(2027, 1, 8), calendar.addWorkingDays(LocalDate.of(2026, 12, 22), 10));
    }

    @Test
    void extraHolidaysComeFromConfiguration() {
        LocalDate kurbanAit = LocalDate.of(2026, 5, 27);
        WorkingCalendar configured = new WorkingCalendar(Optional.of(List.of(kurbanAit)));
        assertFalse(configured.isWorkingDay(kurbanAit));
        assertTrue(calendar.isWorkingDay(kurbanAit));
    }
}
