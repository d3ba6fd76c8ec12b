package kz.civic.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Csv;
import kz.civic.registry.service.NgoStatisticsService;
import kz.civic.registry.service.NgoStatisticsService.Statistics;
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
            + "Send Accept: text/csv for CSV.")
    public Statistics json(@Parameter(required = true, description = "the dimension to count by", schema = @Schema(
            type = SchemaType.STRING, enumeration = { "region", "sphere", "legalForm", "status", "registrationYear" }))
            @QueryParam("by") String by, @BeanParam NgoFilterParams filters) {
        return statistics.countBy(filters.toQuery(null), by);
    }

    @GET
    @Produces(Csv.MEDIA_TYPE + ";qs=0.5")
    @Operation(summary = "Count NGOs by a dimension (CSV)")
    public String csv(@Parameter(required = true, description = "the dimension to count by", schema = @Schema(
            type = SchemaType.STRING, enumeration = { "region", "sphere", "legalForm", "status", "registrationYear" }))
            @QueryParam("by") String by, @BeanParam NgoFilterParams filters) {
        Statistics s = json(by, filters);
        return Csv.of(List.of(by, "count", "sharePercent", "cumulative", "growthPercent"), s.groups().stream()
                .<List<?>>map(g -> List.of(g.key(), g.count(), g.sharePercent(), g.cumulative() == null ? "" : g.cumulative(),
                        g.growthPercent() == null ? "" : g.growthPercent()))
                .toList());
    }
}
