package kz.civic.procurement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.security.Roles;
import kz.civic.procurement.Recusal;
import kz.civic.procurement.Score;
import kz.civic.procurement.service.CommissionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/applications/{id}")
@Tag(name = "Evaluation and awards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COMMISSION_MEMBER)
@SecurityRequirement(name = "bearer")
public class ApplicationEvaluationResource {

    /** A member's scores of an application. */
    public record ScoresResponse(UUID applicationId, String memberId, List<ScoreRequest.CriterionScore> scores,
            OffsetDateTime scoredAt) {
    }

    /** A recusal: DECLARED by the member or DETECTED from the IIN hash. */
    public record RecusalResponse(UUID applicationId, String memberId,
            @Schema(enumeration = { "DECLARED", "DETECTED" }) String source, String reason, OffsetDateTime recordedAt) {
        static RecusalResponse of(Recusal r) {
            return new RecusalResponse(r.applicationId, r.memberId, r.source, r.reason, r.recordedAt);
        }
    }

    private final CommissionService commission;

    public ApplicationEvaluationResource(CommissionService commission) {
        this.commission = commission;
    }

    @POST
    @Path("/scores")
    @Operation(summary = "Score an application", description = "By a member of the call's commission, once, while the "
            + "call is UNDER_REVIEW: one score 0-100 per criterion. 409 conflict-of-interest when the member declared a "
            + "recusal or is a leader or founder of an applicant NGO (matched by salted IIN hash; the recusal is "
            + "recorded). A conflict with one applicant of the call recuses the member from the whole call (its "
            + "applicants compete for one budget): the member scores none of its applications, and earlier scores "
            + "no longer count in the ranking")
    @APIResponse(responseCode = "400", description = "validation", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not a commission member, or not on this call's commission",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such application", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "conflict-of-interest (recusal: applicationId, source, reason, "
            + "recordedAt; on any application of the call), call-not-under-review, already-scored",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "criteria-mismatch: score exactly the call's criteria",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "201", description = "Scored",
            content = @Content(schema = @Schema(implementation = ScoresResponse.class)))
    @ResponseStatus(201)
    public ScoresResponse score(@PathParam("id") UUID id, @NotNull @Valid ScoreRequest request) {
        List<Score> saved = commission.score(id, request);
        List<ScoreRequest.CriterionScore> scores = saved.stream().sorted(Comparator.comparing(s -> s.criterion))
                .map(s -> new ScoreRequest.CriterionScore(s.criterion, s.value)).toList();
        return new ScoresResponse(id, saved.get(0).memberId, scores, saved.get(0).scoredAt);
    }

    @POST
    @Path("/recusals")
    @Operation(summary = "Declare a conflict of interest", description = "The member steps back from scoring this "
            + "application; recorded with the reason")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = RecusalResponse.class)))
    @APIResponse(responseCode = "400", description = "validation", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not on this call's commission", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such application", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "already-recused", content = @Content(mediaType = "application/problem+json"))
    @ResponseStatus(201)
    public RecusalResponse declare(@PathParam("id") UUID id, @NotNull @Valid RecusalRequest request) {
        return RecusalResponse.of(commission.declare(id, request.reason()));
    }
}
