package kz.civic.procurement.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;
import kz.civic.platform.web.Page;
import kz.civic.procurement.Award;
import kz.civic.procurement.CommissionMember;
import kz.civic.procurement.service.AwardService;
import kz.civic.procurement.service.CommissionService;
import kz.civic.procurement.service.Pages;
import kz.civic.procurement.service.RankingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/calls/{id}")
@Tag(name = "Evaluation and awards", description = "A call's commission, ranking and awards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallEvaluationResource {

    /** A seat on the commission (the IIN is never returned, not even hashed). */
    public record CommissionMemberResponse(UUID callId, String memberId, OffsetDateTime addedAt) {
        static CommissionMemberResponse of(CommissionMember m) {
            return new CommissionMemberResponse(m.callId, m.memberId, m.addedAt);
        }
    }

    /** One line of the ranking: score = mean of the members' weighted totals; outliers are member ids. */
    public record RankingRow(int rank, UUID applicationId, UUID ngoId,
            @Schema(nullable = true, description = "The mean of the members' weighted totals (0-100); absent while no "
                    + "member without a conflict in the call has scored it") BigDecimal score,
            @Schema(description = "Each scoring member's weighted total (0-100), by member id")
            Map<String, BigDecimal> memberTotals, List<String> outliers, Money requestedAmount, boolean flagged) {
    }

    private final CommissionService commission;
    private final RankingService ranking;
    private final AwardService awards;
    private final Idempotency idempotency;

    public CallEvaluationResource(CommissionService commission, RankingService ranking, AwardService awards,
            Idempotency idempotency) {
        this.commission = commission;
        this.ranking = ranking;
        this.awards = awards;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/commission-members")
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Seat a commission member on a call", description = "memberId is the sub of the member's "
            + "commission-member token; the IIN is hashed with the registry's salt at once and only the hash is kept "
            + "(conflict-of-interest detection)")
    @APIResponse(responseCode = "201", description = "Seated",
            content = @Content(schema = @Schema(implementation = CommissionMemberResponse.class)))
    @APIResponse(responseCode = "400", description = "validation", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not a procurement officer", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such call", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "already-a-member, call-finished", content = @Content(mediaType = "application/problem+json"))
    @ResponseStatus(201)
    public CommissionMemberResponse seat(@PathParam("id") UUID id, @NotNull @Valid CommissionMemberRequest request) {
        return CommissionMemberResponse.of(commission.seat(id, request.memberId(), request.iin()));
    }

    @GET
    @Path("/commission-members")
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.COMMISSION_MEMBER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The commission of a call", description = "In seating order; cursor-paginated")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid limit or cursor", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "role not allowed", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such call", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<CommissionMemberResponse>> members(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return Pages.timed(commission.members(id, cursor, limit), limit, m -> m.addedAt, m -> m.memberId)
                .map(CommissionMemberResponse::of).ok(uri);
    }

    @GET
    @Path("/ranking")
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.COMMISSION_MEMBER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Ranking of a call's applications", description = "Each member's total is the weighted sum of "
            + "the criterion scores (0-100); the score is the mean of the totals; highest first, unscored last. "
            + "outliers names members whose total is more than 20 points from the mean; the scores of a member recused "
            + "from any application of the call do not count; cursor-paginated")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid limit or cursor", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "role not allowed", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such call", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<RankingRow>> ranking(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return ranking.page(id, cursor, limit).map(r -> new RankingRow(r.ranked().rank(), r.ranked().applicationId(),
                r.application().ngoId, r.ranked().score(), r.ranked().memberTotals(), r.ranked().outliers(),
                Money.kzt(r.application().requestedKzt), r.application().flagged)).ok(uri);
    }

    @POST
    @Path("/awards")
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Award an application of the call", description = "While the call is UNDER_REVIEW; at most the "
            + "requested amount; only after the commission's evaluation: a commission is seated on the call (409 "
            + "commission-not-seated) and a member without a conflict in the call has scored the application (409 "
            + "application-not-scored); eligibility is checked again; the call's awards never exceed its budget, also under "
            + "concurrent decisions. Publishes kz.civic.procurement.award.decided.v1. Idempotency-Key supported")
    @APIResponse(responseCode = "201", description = "Awarded; Location (/awards/{id}) and ETag are set",
            content = @Content(schema = @Schema(implementation = AwardResponse.class)))
    @APIResponse(responseCode = "400", description = "validation", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not a procurement officer", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such call", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "call-not-under-review, already-awarded, commission-not-seated, "
            + "application-not-scored, budget-exceeded (remaining and budget, each Money {amount, currency})",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "unknown-application, amount-above-request, ineligible (rules)",
            content = @Content(mediaType = "application/problem+json"))
    public Response award(@PathParam("id") UUID id, @NotNull @Valid AwardRequest request,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.execute(key, "POST /api/v1/calls/" + id + "/awards", request, () -> {
            Award a = awards.decide(id, request);
            URI location = uri.getBaseUriBuilder().path("api/v1/awards").path(a.id.toString()).build();
            return Response.created(location).tag(Etags.of(a.version)).entity(AwardResponse.of(a)).build();
        });
    }

    @GET
    @Path("/awards")
    @PermitAll
    @Operation(summary = "Awards of a call", description = "Public (transparency); in decision order; cursor-paginated")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid limit or cursor", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such call", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<AwardResponse>> awards(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return Pages.timed(awards.page(id, cursor, limit), limit, a -> a.decidedAt, a -> a.id).map(AwardResponse::of)
                .ok(uri);
    }
}
