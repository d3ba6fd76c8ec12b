package kz.civic.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Csv;
import kz.civic.registry.service.NgoStatisticsService;
import kz.civic.registry.service.NgoStatisticsService.NgoStatisticsGroup;
import kz.civic.registry.service.NgoStatisticsService.NgoStatisticsResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ngos/statistics")
@Tag(name = "NGO statistics", description = "How the sector is distributed and how it grows")
@RolesAllowed({ Roles.ANALYST, Roles.REGISTRAR, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
public class NgoStatisticsResource {

    private final NgoStatisticsService statistics;

    public NgoStatisticsResource(NgoStatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Count NGOs by a dimension", description = "by = region | sphere | legalForm | status | "
            + "registrationYear (with cumulative totals and year-over-year growth); the search filters apply. "
            + "Answers {by, groups, totals}: totals.count counts every matching NGO once (by sphere the groups may add "
            + "up to more). Send Accept: text/csv for CSV: a header row and one row per group with the group's members "
            + "as columns (key, count, sharePercent, cumulative, growthPercent); no totals row, the JSON answer "
            + "carries the totals.")
    public NgoStatisticsResponse json(@Parameter(required = true, description = "the dimension to count by", schema = @Schema(
            type = SchemaType.STRING, enumeration = { "region", "sphere", "legalForm", "status", "registrationYear" }))
            @QueryParam("by") String by, @BeanParam NgoFilterParams filters) {
        return statistics.countBy(filters.toQuery(null), by);
    }

    @GET
    @Produces(Csv.PRODUCES)
    @Operation(summary = "Count NGOs by a dimension (CSV)")
    public RestResponse<String> csv(@Parameter(required = true, description = "the dimension to count by", schema = @Schema(
            type = SchemaType.STRING, enumeration = { "region", "sphere", "legalForm", "status", "registrationYear" }))
            @QueryParam("by") String by, @BeanParam NgoFilterParams filters) {
        return Csv.ok(Csv.of(NgoStatisticsGroup.class, json(by, filters).groups()));
    }
}
