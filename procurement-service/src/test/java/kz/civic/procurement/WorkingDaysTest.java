package kz.civic.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void weekendsAreSkipped() {
        // Tuesday 22 December 2026 + 10 working days = Tuesday 5 January 2027
        assertEquals(LocalDate.of(2027, 1, 5), WorkingDays.after(LocalDate.of(2026, 12, 22), 10));
        // then + 15 working days = Tuesday 26 January 2027
        assertEquals(LocalDate.of(2027, 1, 26), WorkingDays.after(LocalDate.of(2027, 1, 5), 15));
        // Friday + 1 = Monday; Saturday + 1 = Monday
        assertEquals(LocalDate.of(2026, 11, 30), WorkingDays.after(LocalDate.of(2026, 11, 27), 1));
        assertEquals(LocalDate.of(2026, 11, 30), WorkingDays.after(LocalDate.of(2026, 11, 28), 1));
        assertEquals(LocalDate.of(2026, 11, 28), WorkingDays.after(LocalDate.of(2026, 11, 28), 0));
    }
}
