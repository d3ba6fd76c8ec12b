package kz.civic.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Working days in Kazakhstan for statutory deadlines (registry's 10-day review of a registration application,
 * procurement's compliance check and evaluation): Monday to Friday except public holidays. The
 * fixed-date holidays are built in; a holiday that falls on a Saturday or Sunday moves the day off
 * to the next working day (Labour Code art. 85), except religious holidays (7 January). Holidays
 * with moving dates (Kurban Ait) and the government's yearly day-off transfers are configuration:
 * {@code civic.extra-holidays} ({@code CIVIC_EXTRA_HOLIDAYS}, comma-separated dates; the same value for every
 * service).
 */
@ApplicationScoped
public class WorkingCalendar {

    /** Public holidays with fixed dates. */
    static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 7),
            MonthDay.of(3, 8), MonthDay.of(3, 21), MonthDay.of(3, 22), MonthDay.of(3, 23), MonthDay.of(5, 1),
            MonthDay.of(5, 7), MonthDay.of(5, 9), MonthDay.of(7, 6), MonthDay.of(8, 30), MonthDay.of(10, 25),
            MonthDay.of(12, 16));

    /** Religious holidays: no transfer when they fall on a weekend. */
    static final Set<MonthDay> NOT_TRANSFERRED = Set.of(MonthDay.of(1, 7));

    private final Set<LocalDate> extraHolidays;
    private final Map<Integer, Set<LocalDate>> daysOff = new ConcurrentHashMap<>();

    public WorkingCalendar(@ConfigProperty(name = "civic.extra-holidays") Optional<List<LocalDate>> extra) {
        this.extraHolidays = new HashSet<>(extra.orElse(List.of()));
    }

    /** The {@code days}-th working day after {@code start} (the start day itself does not count). */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public boolean isWorkingDay(LocalDate day) {
        return !daysOff.computeIfAbsent(day.getYear(), WorkingCalendar::daysOff).contains(day)
                && !extraHolidays.contains(day);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * Weekends, holidays and transferred days off of {@code year}: walking forward from December
     * of the year before, each transferable holiday on a weekend is owed and taken on the next
     * weekday that is not itself a holiday.
     */
    static Set<LocalDate> daysOff(int year) {
        Set<LocalDate> off = new HashSet<>();
        int owed = 0;
        for (LocalDate d = LocalDate.of(year - 1, 12, 1); d.getYear() <= year; d = d.plusDays(1)) {
            boolean holiday = FIXED_HOLIDAYS.contains(MonthDay.from(d));
            if (isWeekend(d)) {
                off.add(d);
                if (holiday && !NOT_TRANSFERRED.contains(MonthDay.from(d))) {
                    owed++;
                }
            } else if (holiday) {
                off.add(d);
            } else if (owed > 0) {
                off.add(d);
                owed--;
            }
        }
        return off;
    }
}
