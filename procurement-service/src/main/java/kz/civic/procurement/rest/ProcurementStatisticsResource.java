package kz.civic.procurement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Csv;
import kz.civic.platform.web.Params;
import kz.civic.procurement.Instrument;
import kz.civic.procurement.PlanLevel;
import kz.civic.procurement.repository.ProcurementStatisticsRepository.Dimension;
import kz.civic.procurement.repository.ProcurementStatisticsRepository.Filter;
import kz.civic.procurement.service.ProcurementStatisticsService;
import kz.civic.procurement.service.ProcurementStatisticsService.ProcurementStatisticsGroup;
import kz.civic.procurement.service.ProcurementStatisticsService.ProcurementStatisticsTotals;
import kz.civic.procurement.service.ProcurementStatisticsService.Statistics;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/procurement/statistics")
@Tag(name = "Procurement statistics", description = "Funding of NGOs counted for analysts")
@RolesAllowed({ Roles.ANALYST, Roles.PROCUREMENT_OFFICER, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
public class ProcurementStatisticsResource {

    /** The groups of one dimension and the totals of the same filter. */
    @Schema(description = "Funding of NGOs counted by a dimension")
    public record ProcurementStatisticsResponse(@Schema(enumeration = { "instrument", "level", "region", "sphere", "year",
            "customer" }, description = "The dimension grouped by") String by, List<ProcurementStatisticsGroup> groups,
            ProcurementStatisticsTotals totals)
            implements kz.civic.platform.web.Statistics<ProcurementStatisticsGroup, ProcurementStatisticsTotals> {
    }

    /**
     * The query of both answers (JSON and CSV: one operation), documented with the values' true types; taken as strings
     * and parsed by the resource, so that a wrong value is a 400 naming the parameter.
     */
    public static class Query {
        @Parameter(required = true, description = "The dimension to group by", schema = @Schema(type = SchemaType.STRING,
                enumeration = { "instrument", "level", "region", "sphere", "year", "customer" }))
        @QueryParam("by")
        public String by;

        @Parameter(description = "Only plans of this year", schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
        @QueryParam("year")
        public String year;

        @Parameter(description = "Only plans of this instrument", schema = @Schema(implementation = Instrument.class))
        @QueryParam("instrument")
        public String instrument;

        @Parameter(description = "Only plans of this level", schema = @Schema(implementation = PlanLevel.class))
        @QueryParam("level")
        public String level;

        @Parameter(description = "Only plans of this government body", schema = @Schema(type = SchemaType.STRING,
                format = "uuid"))
        @QueryParam("customerId")
        public String customerId;
    }

    private final ProcurementStatisticsService statistics;

    public ProcurementStatisticsResource(ProcurementStatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Funding of NGOs by a dimension", description = "by = instrument | level | region (the call's, "
            + "else the plan's; NONE) | sphere (the call's; ANY; a call with several counts in each) | year (the plan's; "
            + "oldest first) | customer (the plan's government body). Per group: awards, awardedKzt (sum of award "
            + "decisions), ngosFunded (distinct), top10SharePercent (the ten largest recipients' share), sharePercent "
            + "(of all awarded), announced calls and those with at least one (published) award and with at least one approved grantee report. Optional filters year, "
            + "instrument, level, customerId. Answers {by, groups, totals}: totals count each award, NGO and call once "
            + "(by sphere the groups may add up to more). Send Accept: text/csv for CSV: a header row and one row per "
            + "group with the group's members as columns (key, label, awards, awardedKzt, …); no totals row, the JSON "
            + "answer carries the totals")
    @APIResponse(responseCode = "200", description = "Groups, the largest amount first (by key for year), and totals",
            content = @Content(schema = @Schema(implementation = ProcurementStatisticsResponse.class)))
    @APIResponse(responseCode = "400", description = "a missing or unknown by, a malformed filter",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not an analyst or procurement officer",
            content = @Content(mediaType = "application/problem+json"))
    public ProcurementStatisticsResponse json(@BeanParam Query query) {
        Dimension dimension = dimension(query.by);
        Statistics s = statistics.by(dimension, new Filter(Params.parse("year", query.year, Integer::valueOf, "a year"),
                Params.enumValue("instrument", query.instrument, Instrument.class),
                Params.enumValue("level", query.level, PlanLevel.class),
                Params.parse("customerId", query.customerId, UUID::fromString, "a UUID")));
        return new ProcurementStatisticsResponse(dimension.name().toLowerCase(Locale.ROOT), s.groups(), s.totals());
    }

    @GET
    @Produces(Csv.PRODUCES)
    @Operation(summary = "Funding of NGOs by a dimension (CSV)")
    @APIResponse(responseCode = "200", description = "text/csv, one row per group", content = @Content(mediaType = Csv.MEDIA_TYPE))
    public RestResponse<String> csv(@BeanParam Query query) {
        return Csv.ok(Csv.of(ProcurementStatisticsGroup.class, json(query).groups()));
    }

    private static Dimension dimension(String by) {
        if (by != null) {
            for (Dimension d : Dimension.values()) {
                if (d != Dimension.TOTAL && d.name().equalsIgnoreCase(by)) {
                    return d;
                }
            }
        }
        throw ApiException.invalidParameter("by", "must be one of instrument, level, region, sphere, year, customer");
    }
}
