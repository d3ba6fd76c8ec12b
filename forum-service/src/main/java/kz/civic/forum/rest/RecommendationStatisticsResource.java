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
import kz.civic.platform.web.Statistics;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/recommendations/statistics")
@Tag(name = "Statistics", description = "Recommendations counted for analysts")
public class RecommendationStatisticsResource {

    /**
     * One group: {@code count} recommendations, how many reached each outcome, {@code implementedPercent} =
     * implemented / count and {@code implementedOrPartiallyPercent} = (implemented + partially) / count.
     */
    @Schema(description = "Recommendations of one value of the dimension and their outcomes")
    public record RecommendationStatisticsGroup(
            @Schema(description = "the value: a status, region code (NONE without one), sphere, goal number, "
                    + "addressee type or month YYYY-MM") String key,
            long count, long implemented, long partiallyImplemented, long notImplemented,
            BigDecimal implementedPercent, BigDecimal implementedOrPartiallyPercent) {
        static RecommendationStatisticsGroup of(Group g) {
            return new RecommendationStatisticsGroup(g.key(), g.count(), g.implemented(), g.partiallyImplemented(),
                    g.notImplemented(), percent(g.implemented(), g.count()),
                    percent(g.implemented() + g.partiallyImplemented(), g.count()));
        }
    }

    /** The counters of the groups over every recommendation of the filter, each counted once. */
    @Schema(description = "The recommendations of the filter, each counted once (by sphere, goal or addressee type "
            + "the groups may add up to more)")
    public record RecommendationStatisticsTotals(long count, long implemented, long partiallyImplemented,
            long notImplemented, BigDecimal implementedPercent, BigDecimal implementedOrPartiallyPercent) {
        static RecommendationStatisticsTotals of(Group g) {
            return new RecommendationStatisticsTotals(g.count(), g.implemented(), g.partiallyImplemented(),
                    g.notImplemented(), percent(g.implemented(), g.count()),
                    percent(g.implemented() + g.partiallyImplemented(), g.count()));
        }
    }

    /** The groups of one dimension and the totals of the same filter. */
    @Schema(description = "Recommendations counted by a dimension")
    public record RecommendationStatisticsResponse(@Schema(enumeration = { "status", "region", "sphere", "sdg",
            "addresseeType", "submissionMonth" }) String by, List<RecommendationStatisticsGroup> groups,
            RecommendationStatisticsTotals totals)
            implements Statistics<RecommendationStatisticsGroup, RecommendationStatisticsTotals> {
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
            + "optionally of one edition (forumId) and region; implementation rates per group. Answers {by, groups, "
            + "totals}: totals count every recommendation of the filter once. Send Accept: text/csv for CSV: a header "
            + "row and one row per group with the group's members as columns (key, count, implemented, "
            + "partiallyImplemented, notImplemented, implementedPercent, implementedOrPartiallyPercent); no totals "
            + "row, the JSON answer carries the totals")
    @APIResponse(responseCode = "200", description = "Groups, the largest first (by key for submissionMonth), and "
            + "totals")
    @APIResponse(responseCode = "400", description = "a missing or unknown by, a malformed forumId", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an analyst", content = @Content(mediaType = "application/problem+json"))
    public RecommendationStatisticsResponse json(@Parameter(required = true, schema = @Schema(type = SchemaType.STRING,
            enumeration = { "status", "region", "sphere", "sdg", "addresseeType", "submissionMonth" }))
            @QueryParam("by") String by,
            @QueryParam("forumId") @Parameter(schema = @Schema(implementation = UUID.class)) String forumId,
            @QueryParam("region") String region) {
        Dimension dimension = dimension(by);
        UUID forum = QueryParams.uuid(forumId, "forumId");
        String regionCode = QueryParams.text(region);
        return new RecommendationStatisticsResponse(by, service.countBy(dimension, forum, regionCode).stream()
                .map(RecommendationStatisticsGroup::of).toList(),
                RecommendationStatisticsTotals.of(service.totals(forum, regionCode)));
    }

    @GET
    @RolesAllowed({ Roles.ANALYST, Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Produces(Csv.PRODUCES)
    @Operation(summary = "Count recommendations by a dimension (CSV)")
    @APIResponse(responseCode = "200", description = "text/csv, one row per group", content = @Content(mediaType = Csv.MEDIA_TYPE))
    public RestResponse<String> csv(@Parameter(required = true, schema = @Schema(type = SchemaType.STRING,
            enumeration = { "status", "region", "sphere", "sdg", "addresseeType", "submissionMonth" }))
            @QueryParam("by") String by,
            @QueryParam("forumId") @Parameter(schema = @Schema(implementation = UUID.class)) String forumId,
            @QueryParam("region") String region) {
        return Csv.ok(Csv.of(RecommendationStatisticsGroup.class, json(by, forumId, region).groups()));
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
