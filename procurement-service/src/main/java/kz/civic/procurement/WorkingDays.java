package kz.civic.procurement;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working-day arithmetic for procurement deadlines: Monday to Friday. Public holidays of Kazakhstan
 * are not modelled yet, so a deadline spanning one is a day early (on the safe side for applicants
 * waiting for an answer, strict for the operator).
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day that is {@code days} working days after {@code start} (start itself not counted). */
    public static LocalDate after(LocalDate start, int days) {
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
