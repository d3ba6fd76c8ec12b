package kz.civic.registry.report;

import kz.civic.registry.Ngo;
import kz.civic.registry.reference.service.RegionService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An NGO's NGO-Database reporting compliance: whether it is in the NGO Database at all (filed at
 * least one report), the latest year it reported for and whether that report was on time, and
 * whether it has the current report — the one for the previous calendar year (Asia/Almaty).
 */
@Schema(name = "Compliance", description = "The NGO's NGO-Database reporting compliance")
public record Compliance(@Schema(description = "filed at least one report") boolean inNgoDatabase,
        @Schema(nullable = true, description = "the latest year reported for; absent before the first report")
        Integer lastReportYear,
        @Schema(nullable = true, description = "whether that report was on time; absent before the first report")
        Boolean lastReportOnTime,
        @Schema(description = "filed the report for the previous calendar year") boolean hasCurrentReport) {

    /** The reporting year an NGO is expected to have filed by now: the previous calendar year. */
    public static int currentReportYear() {
        return RegionService.today().getYear() - 1;
    }

    public static Compliance of(Ngo ngo) {
        return new Compliance(ngo.lastReportYear != null, ngo.lastReportYear, ngo.lastReportOnTime,
                ngo.lastReportYear != null && ngo.lastReportYear >= currentReportYear());
    }
}
