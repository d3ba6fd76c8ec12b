package kz.civic.forum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.repository.RecommendationStatisticsRepository.Dimension;
import kz.civic.forum.repository.RecommendationStatisticsRepository.Group;
import kz.civic.forum.service.RecommendationStatisticsService;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/recommendations/statistics")
@Tag(name = "Statistics", description = "Recommendations counted for analysts")
public class RecommendationStatisticsResource {

    /**
     * One group: {@code count} recommendations, how many reached each outcome, {@code implementedPercent} =
     * implemented / count and {@code implementedOrPartiallyPercent} = (implemented + partially) / count.
     */
    public record GroupResponse(String key, long count, long implemented, long partiallyImplemented, long notImplemented,
            BigDecimal implementedPercent, BigDecimal implementedOrPartiallyPercent) {
        static GroupResponse of(Group g) {
            return new GroupResponse(g.key(), g.count(), g.implemented(), g.partiallyImplemented(), g.notImplemented(),
                    percent(g.implemented(), g.count()), percent(g.implemented() + g.partiallyImplemented(), g.count()));
        }
    }

    /** The groups of one dimension. */
    public record StatisticsResponse(String by, List<GroupResponse> groups) {
    }

    private final RecommendationStatisticsService service;

    public RecommendationStatisticsResource(RecommendationStatisticsService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.ANALYST, Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Count recommendations by a dimension", description = "by = status | region | sphere | sdg | "
            + "addresseeType | submissionMonth (a time series, oldest first); submitted, not merged recommendations, "
            + "optionally of one edition (forumId) and region; implementation rates per group. Send Accept: text/csv "
            + "for CSV")
    @APIResponse(responseCode = "200", description = "Groups, the largest first (by key for submissionMonth)")
    @APIResponse(responseCode = "400", description = "a missing or unknown by, a malformed forumId", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an analyst", content = @Content(mediaType = "application/problem+json"))
    public StatisticsResponse json(@Parameter(required = true, schema = @Schema(type = SchemaType.STRING,
            enumeration = { "status", "region", "sphere", "sdg", "addresseeType", "submissionMonth" }))
            @QueryParam("by") String by,
            @QueryParam("forumId") @Parameter(schema = @Schema(implementation = UUID.class)) String forumId,
            @QueryParam("region") String region) {
        Dimension dimension = dimension(by);
        return new StatisticsResponse(by, service.countBy(dimension, QueryParams.uuid(forumId, "forumId"),
                QueryParams.text(region)).stream().map(GroupResponse::of).toList());
    }

    @GET
    @RolesAllowed({ Roles.ANALYST, Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Produces(Csv.MEDIA_TYPE + ";qs=0.5")
    @Operation(summary = "Count recommendations by a dimension (CSV)")
    @APIResponse(responseCode = "200", description = "text/csv", content = @Content(mediaType = Csv.MEDIA_TYPE))
    public String csv(@Parameter(required = true, schema = @Schema(type = SchemaType.STRING,
            enumeration = { "status", "region", "sphere", "sdg", "addresseeType", "submissionMonth" }))
            @QueryParam("by") String by,
            @QueryParam("forumId") @Parameter(schema = @Schema(implementation = UUID.class)) String forumId,
            @QueryParam("region") String region) {
        StatisticsResponse s = json(by, forumId, region);
        return Csv.of(List.of(by, "count", "implemented", "partiallyImplemented", "notImplemented", "implementedPercent",
                "implementedOrPartiallyPercent"), s.groups().stream().<List<?>>map(g -> List.of(g.key(), g.count(),
                        g.implemented(), g.partiallyImplemented(), g.notImplemented(), g.implementedPercent(),
                        g.implementedOrPartiallyPercent())).toList());
    }

    private static Dimension dimension(String by) {
        if (by != null) {
            for (Dimension d : Dimension.values()) {
                if (d.name().replace("_", "").equalsIgnoreCase(by)) {
                    return d;
                }
            }
        }
        throw ApiException.invalidParameter("by", "must be one of status, region, sphere, sdg, addresseeType, "
                + "submissionMonth");
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
