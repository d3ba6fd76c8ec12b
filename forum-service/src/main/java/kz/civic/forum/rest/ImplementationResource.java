package kz.civic.forum.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import kz.civic.platform.web.Scale;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.ActionPlanItem;
import kz.civic.forum.ActionPlanItemStatus;
import kz.civic.forum.CivilSocietyAssessment.Assessor;
import kz.civic.forum.CivilSocietyAssessment;
import kz.civic.forum.Evidence;
import kz.civic.forum.EvidenceKind;
import kz.civic.forum.ImplementationRating;
import kz.civic.forum.Multilingual;
import kz.civic.forum.Progress;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.service.ImplementationService.Implementation;
import kz.civic.forum.service.ImplementationService;
import kz.civic.forum.service.ProcurementEvidenceService;
import kz.civic.forum.service.Timestamps;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.LocalizedText;
import kz.civic.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/recommendations/{id}")
@Tag(name = "Implementation", description = "Evidence of implementation and civil society's assessment next to the government's")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImplementationResource {

    /**
     * A piece of evidence; {@code governmentBodyId} is the agency that supplied it, if one did; {@code reportId} the
     * approved final report of an AWARD_REPORT; {@code fromProcurement} is true for evidence recorded from
     * procurement-service's events.
     */
    public record EvidenceDetails(UUID id, UUID recommendationId, EvidenceKind kind,
            @Schema(nullable = true, description = "Set on a DOCUMENT") String url,
            @Schema(nullable = true, description = "Set on an AWARD and an AWARD_REPORT") UUID awardId,
            @Schema(nullable = true, description = "Set on an AWARD_REPORT") UUID reportId,
            @Schema(nullable = true) LocalizedText description, @Schema(nullable = true) UUID governmentBodyId,
            boolean fromProcurement, OffsetDateTime addedAt) {
        static EvidenceDetails of(Evidence e) {
            return new EvidenceDetails(e.id, e.recommendationId, e.kind, e.url, e.awardId, e.reportId,
                    Multilingual.text(e.description), e.governmentBodyId,
                    ProcurementEvidenceService.ACTOR.equals(e.actor), e.addedAt);
        }
    }

    /** A civil-society assessment; {@code ngoId} for an author NGO's. */
    @Schema(name = "ImplementationAssessmentResponse")
    public record ImplementationAssessmentResponse(UUID id, UUID recommendationId, Assessor assessor,
            @Schema(nullable = true, description = "Set for an AUTHOR_NGO assessment") UUID ngoId, ImplementationRating rating, LocalizedText comment, OffsetDateTime assessedAt) {
        static ImplementationAssessmentResponse of(CivilSocietyAssessment a) {
            return new ImplementationAssessmentResponse(a.id, a.recommendationId, a.assessor, a.ngoId, a.rating, Multilingual.text(a.comment),
                    a.assessedAt);
        }
    }

    /**
     * The latest view of one civil-society assessor and its {@code gap} to the government's: the government's
     * level minus this one (levels NOT_IMPLEMENTED 0, PARTIALLY_IMPLEMENTED 1, IMPLEMENTED 2); positive when the
     * government claims more than civil society sees; null while the government claims no outcome.
     */
    public record CivilSocietyView(Assessor assessor,
            @Schema(nullable = true, description = "Set for an AUTHOR_NGO assessment") UUID ngoId,
            ImplementationRating rating, LocalizedText comment, OffsetDateTime assessedAt,
            @Schema(nullable = true, description = "Absent while the government claims no outcome") Integer gap) {
    }

    /** A linked action-plan item's part in the recommendation's progress. */
    public record LinkedItem(UUID id, UUID planId, ActionPlanItemStatus status, boolean overdue, @Scale(3) BigDecimal weight,
            @Schema(nullable = true, description = "Percent; absent for a CANCELLED item") BigDecimal progress) {
        static LinkedItem of(ActionPlanItem i) {
            return new LinkedItem(i.id, i.planId, i.status, i.isOverdue(Timestamps.today()), i.weight,
                    Progress.percent(i.progress()));
        }
    }

    /**
     * Dual status: {@code governmentRating} is the official outcome (null before one), {@code evidenceCount} what
     * backs it, {@code progress} the weighted roll-up (percent) of the {@code linkedItemCount} linked action-plan
     * items (listed at {@code /action-plan-items}); {@code civilSociety} the latest assessment of the Alliance and of
     * each author NGO; {@code maxGap} the largest absolute gap.
     */
    public record ImplementationResponse(UUID recommendationId, RecommendationStatus status,
            @Schema(nullable = true, description = "Absent before the government claims an outcome")
            ImplementationRating governmentRating,
            long evidenceCount,
            @Schema(nullable = true, description = "Percent; absent without a live linked item") BigDecimal progress,
            int linkedItemCount, List<CivilSocietyView> civilSociety,
            @Schema(nullable = true, description = "Absent while no gap can be measured") Integer maxGap) {
        static ImplementationResponse of(Implementation i) {
            ImplementationRating government = ImplementationRating.of(i.recommendation().status);
            List<CivilSocietyView> views = i.latestAssessments().stream().map(a -> new CivilSocietyView(a.assessor, a.ngoId,
                    a.rating, Multilingual.text(a.comment), a.assessedAt,
                    government == null ? null : government.level() - a.rating.level())).toList();
            Integer maxGap = views.stream().map(CivilSocietyView::gap).filter(g -> g != null).map(Math::abs)
                    .max(Integer::compare).orElse(null);
            return new ImplementationResponse(i.recommendation().id, i.recommendation().status, government,
                    i.evidenceCount(), Progress.percent(i.progress()), i.items().size(), views, maxGap);
        }
    }

    private final ImplementationService service;

    public ImplementationResource(ImplementationService service) {
        this.service = service;
    }

    @POST
    @Path("/evidence")
    @RolesAllowed({ Roles.AGENCY, Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add evidence of implementation", description = "A DOCUMENT (url) or a funded AWARD (awardId); "
            + "AWARD_REPORT evidence comes from procurement-service's events only. "
            + "An agency adds evidence only to recommendations addressed to its body. The recommendation must be "
            + "ACCEPTED or later")
    @APIResponse(responseCode = "201", description = "Added; Location is set",
            content = @Content(schema = @Schema(implementation = EvidenceDetails.class)))
    @APIResponse(responseCode = "400", description = "validation: errors[] names the fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not-an-addressee, agency-not-bound, or a role that may not add evidence", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such recommendation", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "not-in-implementation: not ACCEPTED yet, DECLINED or MERGED", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<EvidenceDetails> addEvidence(@PathParam("id") UUID id, @NotNull @Valid AddEvidenceRequest request,
            @Context UriInfo uri) {
        Evidence e = service.addEvidence(id, request);
        return RestResponse.ResponseBuilder.<EvidenceDetails>created(uri.getAbsolutePathBuilder().path(e.id.toString())
                .build()).entity(EvidenceDetails.of(e)).build();
    }

    @GET
    @Path("/evidence")
    @PermitAll
    @Operation(summary = "Evidence of a recommendation's implementation", description = "Oldest first, cursor-paginated; "
            + "includes the awards and approved final reports recorded from procurement-service's events")
    @APIResponse(responseCode = "200", description = "A page of evidence")
    @APIResponse(responseCode = "404", description = "No such recommendation", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<EvidenceDetails>> evidence(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return service.evidence(id, cursor, limit).map(EvidenceDetails::of).ok(uri);
    }

    @POST
    @Path("/assessments")
    @RolesAllowed({ Roles.NGO, Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record civil society's assessment", description = "The secretariat assesses for the Civil "
            + "Alliance; an NGO only recommendations it authored. The recommendation must be ACCEPTED or later")
    @APIResponse(responseCode = "201", description = "Recorded; Location is set",
            content = @Content(schema = @Schema(implementation = ImplementationAssessmentResponse.class)))
    @APIResponse(responseCode = "400", description = "validation: errors[] names the fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not-an-author, or a role that may not assess", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such recommendation", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "not-in-implementation", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<ImplementationAssessmentResponse> assess(@PathParam("id") UUID id, @NotNull @Valid AssessRequest request,
            @Context UriInfo uri) {
        CivilSocietyAssessment a = service.assess(id, request);
        return RestResponse.ResponseBuilder.<ImplementationAssessmentResponse>created(uri.getAbsolutePathBuilder().path(a.id.toString())
                .build()).entity(ImplementationAssessmentResponse.of(a)).build();
    }

    @GET
    @Path("/assessments")
    @PermitAll
    @Operation(summary = "Civil-society assessments of a recommendation", description = "Oldest first, cursor-paginated")
    @APIResponse(responseCode = "200", description = "A page of assessments")
    @APIResponse(responseCode = "404", description = "No such recommendation", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<ImplementationAssessmentResponse>> assessments(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return service.assessments(id, cursor, limit).map(ImplementationAssessmentResponse::of).ok(uri);
    }

    @GET
    @Path("/action-plan-items")
    @PermitAll
    @Operation(summary = "Action-plan items linked to a recommendation", description = "Each with its status, "
            + "overdue flag, weight and progress (its part in the recommendation's roll-up); oldest first, "
            + "cursor-paginated")
    @APIResponse(responseCode = "200", description = "A page of linked items")
    @APIResponse(responseCode = "404", description = "No such recommendation", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<LinkedItem>> linkedItems(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return service.linkedItems(id, cursor, limit).map(LinkedItem::of).ok(uri);
    }

    @GET
    @Path("/implementation")
    @PermitAll
    @Operation(summary = "Dual status of a recommendation", description = "The government's outcome and its evidence "
            + "next to the latest assessment of the Civil Alliance and of each author NGO, with the gap; the progress "
            + "roll-up and count of the linked action-plan items (listed at /action-plan-items)")
    @APIResponse(responseCode = "200", description = "The dual status")
    @APIResponse(responseCode = "404", description = "No such recommendation", content = @Content(mediaType = "application/problem+json"))
    public ImplementationResponse implementation(@PathParam("id") UUID id) {
        return ImplementationResponse.of(service.implementation(id));
    }
}
