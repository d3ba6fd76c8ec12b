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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.forum.GovernmentResponse;
import kz.civic.forum.Multilingual;
import kz.civic.forum.ResponsePosition;
import kz.civic.forum.service.GovernmentResponseService;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;
import kz.civic.platform.web.LocalizedText;
import kz.civic.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/recommendations/{id}/responses")
@Tag(name = "Government responses", description = "Answers of the addressed government bodies and their deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GovernmentResponseResource {

    /** An answer; {@code onTime} compares its date with the due date, {@code firstFromBody} marks the body's first one. */
    public record GovernmentResponseDetails(UUID id, UUID recommendationId, UUID governmentBodyId, ResponsePosition position,
            LocalizedText text, OffsetDateTime respondedAt, LocalDate responseDueDate, boolean onTime,
            boolean firstFromBody) {
        static GovernmentResponseDetails of(GovernmentResponse g) {
            return new GovernmentResponseDetails(g.id, g.recommendationId, g.governmentBodyId, g.position,
                    Multilingual.text(g.text), g.respondedAt, g.responseDueDate, g.onTime, g.firstFromBody);
        }
    }

    private final GovernmentResponseService service;
    private final Idempotency idempotency;

    public GovernmentResponseResource(GovernmentResponseService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.AGENCY, Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Answer a recommendation", description = "An agency answers for the government body its token "
            + "is bound to (claim agencyId), only recommendations addressed to that body; the secretariat records an "
            + "answer on behalf of the body in governmentBodyId. A body may answer again; its first answer is measured "
            + "against responseDueDate. Publishes kz.civic.forum.recommendation.response-recorded.v1; "
            + "Idempotency-Key supported")
    @APIResponse(responseCode = "201", description = "Recorded; Location is set",
            content = @Content(schema = @Schema(implementation = GovernmentResponseDetails.class)))
    @APIResponse(responseCode = "400", description = "validation: errors[] names the fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not-an-addressee (the agency's body is not addressed, or another body "
            + "is named), agency-not-bound, or a role that may not answer", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such recommendation", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "not-submitted (a DRAFT), recommendation-merged (answer mergedIntoId)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "government-body-required, not-an-addressee (secretariat on behalf of "
            + "a body that is not addressed)", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<GovernmentResponseDetails> record(@PathParam("id") UUID id,
            @NotNull @Valid RecordResponseRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return Typed.of(idempotency.execute(idempotencyKey, "POST /api/v1/recommendations/" + id + "/responses", request,
                () -> {
                    GovernmentResponse g = service.record(id, request);
                    return Etags.created(uri, g.id, 0, GovernmentResponseDetails.of(g));
                }));
    }

    @GET
    @PermitAll
    @Operation(summary = "Answers to a recommendation", description = "Oldest first, cursor-paginated")
    @APIResponse(responseCode = "200", description = "A page of answers")
    @APIResponse(responseCode = "404", description = "No such recommendation", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<GovernmentResponseDetails>> list(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return service.page(id, cursor, limit).map(GovernmentResponseDetails::of).ok(uri);
    }

    @GET
    @Path("/{responseId}")
    @PermitAll
    @Operation(summary = "One answer", description = "Answers never change; ETag \"0\", If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The answer")
    @APIResponse(responseCode = "404", description = "No such answer to this recommendation", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<GovernmentResponseDetails> get(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId,
            @Context Request request) {
        return Etags.conditionalGetTyped(request, 0, GovernmentResponseDetails.of(service.get(id, responseId)));
    }
}
