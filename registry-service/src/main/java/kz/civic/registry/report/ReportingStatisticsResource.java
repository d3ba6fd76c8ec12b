package kz.civic.registry.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.civic.platform.web.Params;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Csv;
import kz.civic.registry.report.ReportingStatisticsService.ReportingComplianceGroup;
import kz.civic.registry.report.ReportingStatisticsService.ReportingComplianceResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ngos/statistics/reporting")
@Tag(name = "NGO statistics")
@RolesAllowed({ Roles.ANALYST, Roles.REGISTRAR, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
public class ReportingStatisticsResource {

    private final ReportingStatisticsService statistics;

    public ReportingStatisticsResource(ReportingStatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "NGO-Database reporting compliance by region", description = "For a reporting year (default "
            + "the previous calendar year): NGOs obliged to report (registered by the end of the year, not liquidated), "
            + "filed, filed on time (by 31 March of the following year) and the rates: {year, deadline, groups (one per "
            + "region), totals (all regions of the answer)}. Send Accept: text/csv for CSV: a header row and one row per "
            + "region with the group's members as columns (regionCode, obliged, filed, filedOnTime, filedPercent, "
            + "filedOnTimePercent); no totals row (it was dropped: spreadsheets and pivot tables counted it twice), the "
            + "JSON answer carries the totals.")
    public ReportingComplianceResponse json(@Parameter(description = "reporting year, e.g. 2022 (default the previous calendar "
            + "year)", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @QueryParam("year") String year,
            @Parameter(description = "ISO 3166-2:KZ region code") @QueryParam("region") String region) {
        return statistics.byRegion(Params.parse("year", year, Integer::valueOf, "a year such as 2022"), region);
    }

    @GET
    @Produces(Csv.PRODUCES)
    @Operation(summary = "NGO-Database reporting compliance by region (CSV)")
    public RestResponse<String> csv(@Parameter(description = "reporting year, e.g. 2022 (default the previous calendar year)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "ISO 3166-2:KZ region code") @QueryParam("region") String region) {
        return Csv.ok(Csv.of(ReportingComplianceGroup.class, json(year, region).groups()));
    }
}
