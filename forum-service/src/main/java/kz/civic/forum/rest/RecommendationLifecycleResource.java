package kz.civic.forum.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.forum.Recommendation;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.RecommendationStatusChange;
import kz.civic.forum.mapping.RecommendationMapper;
import kz.civic.forum.service.RecommendationHistory;
import kz.civic.forum.service.RecommendationLifecycleService;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/recommendations/{id}")
@Tag(name = "Recommendation status", description = "Status lifecycle of a recommendation and its history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecommendationLifecycleResource {

    /** One history entry; {@code actor} is shown to the secretariat, admins and analysts only. */
    @Schema(name = "RecommendationStatusChangeResponse")
    public record RecommendationStatusChangeResponse(
            @Schema(nullable = true, description = "Absent on the entry of the recommendation's creation")
            RecommendationStatus from,
            RecommendationStatus to, @Schema(nullable = true) String reason,
            @Schema(nullable = true, description = "Set on a change to MERGED") UUID mergedIntoId,
            @Schema(nullable = true, description = "Shown to the secretariat, admins and analysts only") String actor,
            OffsetDateTime changedAt, long version) {
        static RecommendationStatusChangeResponse of(RecommendationStatusChange c, boolean showActor) {
            return new RecommendationStatusChangeResponse(c.from, c.to, c.reason, c.mergedIntoId, showActor ? c.actor : null, c.changedAt,
                    c.recommendationVersion);
        }
    }

    private final RecommendationLifecycleService lifecycle;
    private final RecommendationHistory history;
    private final RecommendationMapper mapper;
    private final SecurityIdentity identity;

    public RecommendationLifecycleResource(RecommendationLifecycleService lifecycle, RecommendationHistory history,
            RecommendationMapper mapper, SecurityIdentity identity) {
        this.lifecycle = lifecycle;
        this.history = history;
        this.mapper = mapper;
        this.identity = identity;
    }

    @POST
    @Path("/status-changes")
    @RolesAllowed({ Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a recommendation's status", description = "Requires If-Match (428/412). An illegal "
            + "transition is 409 with the allowed targets; DECLINED needs a reason and MERGED a mergedIntoId (422). "
            + "Publishes kz.civic.forum.recommendation.submitted.v1 on submission, status-changed.v1 afterwards")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is set")
    @APIResponse(responseCode = "409", description = "illegal-transition: allowed[] lists the legal targets", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "justification-required, merge-target-required, invalid-merge-target, "
            + "unknown-recommendation, merge-target-not-expected; on submission the reference checks of POST", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<RecommendationResponse> change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ChangeRecommendationStatusRequest request) {
        Recommendation r = lifecycle.changeStatus(id, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(mapper.toResponse(r)).tag(Etags.of(r.version)).build();
    }

    @GET
    @Path("/history")
    @PermitAll
    @Operation(summary = "Status history of a recommendation", description = "Oldest first, from its creation on")
    public RestResponse<Page<RecommendationStatusChangeResponse>> history(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        boolean staff = identity.hasRole(Roles.FORUM_SECRETARIAT) || identity.hasRole(Roles.ADMIN)
                || identity.hasRole(Roles.ANALYST);
        return history.page(id, cursor, limit).map(c -> RecommendationStatusChangeResponse.of(c, staff)).ok(uri);
    }
}
