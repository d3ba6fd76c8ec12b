package kz.civic.platform.web;

import java.util.List;

/**
 * The one shape of every statistics answer (issue 16 item 11, docs/conventions.md "Statistics and CSV"):
 * {@code {"groups": [{<key members>, <counters>}, …], "totals": {<the same counters>}, …}}. A service's answer record
 * implements it with components {@code groups} and {@code totals} (and may add its own members before them, such as
 * {@code by} or {@code year}); its group and totals records are its own, named for the service
 * ({@code NgoStatisticsGroup}, {@code NgoStatisticsTotals}), so every service's schemas keep distinct names.
 *
 * <p>Totals carry every counter of a group under the same name, counted over the whole filter (a record that falls in
 * several groups counts once), except what relates one group to the others ({@code sharePercent}, a running
 * {@code cumulative}, a {@code growthPercent} over the previous group). The CSV variant of a statistics answer is
 * {@link Csv#of(Class, List)} of the groups: one row per group, no totals row.
 *
 * @param <G> the group record: its key members, then its counters
 * @param <T> the totals record: the counters
 */
public interface Statistics<G extends Record, T extends Record> {

    /** One entry per group, in the answer's order. */
    List<G> groups();

    /** The counters over everything the filter matched. */
    T totals();
}
