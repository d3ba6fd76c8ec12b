package kz.civic.registry.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import kz.civic.platform.web.Params;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Csv;
import kz.civic.registry.report.ReportingStatisticsService.ReportingCompliance;
import kz.civic.registry.report.ReportingStatisticsService.Row;
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
            + "filed, filed on time (by 31 March of the following year) and the rates, per region and in total. "
            + "Send Accept: text/csv for CSV.")
    public ReportingCompliance json(@Parameter(description = "reporting year, e.g. 2022 (default the previous calendar "
            + "year)", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @QueryParam("year") String year,
            @Parameter(description = "ISO 3166-2:KZ region code") @QueryParam("region") String region) {
        return statistics.byRegion(Params.parse("year", year, Integer::valueOf, "a year such as 2022"), region);
    }

    @GET
    @Produces(Csv.MEDIA_TYPE + ";qs=0.5")
    @Operation(summary = "NGO-Database reporting compliance by region (CSV)")
    public String csv(@Parameter(description = "reporting year, e.g. 2022 (default the previous calendar year)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "ISO 3166-2:KZ region code") @QueryParam("region") String region) {
        ReportingCompliance c = json(year, region);
        List<Row> rows = new ArrayList<>(c.regions());
        rows.add(c.total());
        return Csv.of(List.of("regionCode", "obliged", "filed", "onTime", "filedPercent", "onTimePercent"), rows.stream()
                .<List<?>>map(r -> List.of(r.regionCode() == null ? "TOTAL" : r.regionCode(), r.obliged(), r.filed(),
                        r.onTime(), r.filedPercent(), r.onTimePercent()))
                .toList());
    }
}
