package kz.civic.registry.report;

import kz.civic.registry.Ngo;
import kz.civic.registry.reference.service.RegionService;

/**
 * An NGO's NGO-Database reporting compliance: whether it is in the NGO Database at all (filed at
 * least one report), the latest year it reported for and whether that report was on time, and
 * whether it has the current report — the one for the previous calendar year (Asia/Almaty).
 */
public record Compliance(boolean inNgoDatabase, Integer lastReportYear, Boolean lastReportOnTime,
        boolean hasCurrentReport) {

    /** The reporting year an NGO is expected to have filed by now: the previous calendar year. */
    public static int currentReportYear() {
        return RegionService.today().getYear() - 1;
    }

    public static Compliance of(Ngo ngo) {
        return new Compliance(ngo.lastReportYear != null, ngo.lastReportYear, ngo.lastReportOnTime,
                ngo.lastReportYear != null && ngo.lastReportYear >= currentReportYear());
    }
}
