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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.ActionPlan;
import kz.civic.forum.Multilingual;
import kz.civic.forum.Progress;
import kz.civic.forum.service.ActionPlanService;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;
import kz.civic.platform.web.LocalizedText;
import kz.civic.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/action-plans")
@Tag(name = "Action plans", description = "Action plans implementing a forum edition's recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionPlanResource {

    /** An action plan; {@code progress} is the weighted mean of its live items' progress in percent (null without any). */
    public record ActionPlanResponse(UUID id, UUID forumId, LocalizedText title, int periodStart, int periodEnd,
            @Schema(nullable = true, description = "Percent; absent while the plan has no live item") BigDecimal progress,
            OffsetDateTime createdAt, long version) {
        static ActionPlanResponse of(ActionPlan p, BigDecimal progress) {
            return new ActionPlanResponse(p.id, p.forumId, Multilingual.text(p.title), p.periodStart, p.periodEnd,
                    Progress.percent(progress), p.createdAt, p.version);
        }
    }

    private final ActionPlanService service;
    private final Idempotency idempotency;

    public ActionPlanResource(ActionPlanService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create an action plan", description = "For a forum edition (422 unknown-forum); "
            + "Idempotency-Key supported")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = ActionPlanResponse.class)))
    @APIResponse(responseCode = "400", description = "validation: errors[] names the fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "unknown-forum", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<ActionPlanResponse> create(@NotNull @Valid ActionPlanRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return Typed.of(idempotency.execute(idempotencyKey, "POST /api/v1/action-plans", request, () -> {
            ActionPlan p = service.create(request);
            return Etags.created(uri, p.id, p.version, ActionPlanResponse.of(p, null));
        }));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get an action plan with its progress", description = "The ETag covers the version and the "
            + "progress (which moves with the items); If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The plan with its progress")
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<ActionPlanResponse> get(@PathParam("id") UUID id, @Context Request request) {
        ActionPlan p = service.plan(id);
        ActionPlanResponse body = ActionPlanResponse.of(p, service.progress(List.of(p)).get(p.id));
        EntityTag tag = new EntityTag(p.version + "-" + body.progress());
        if (request.evaluatePreconditions(tag) != null) {
            return RestResponse.ResponseBuilder.<ActionPlanResponse>notModified().tag(tag).build();
        }
        return RestResponse.ResponseBuilder.ok(body).tag(tag).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List action plans", description = "Newest first, cursor-paginated, optionally of one edition")
    @APIResponse(responseCode = "200", description = "A page of plans with their progress")
    @APIResponse(responseCode = "400", description = "a malformed forumId or cursor", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<ActionPlanResponse>> list(@QueryParam("forumId") @Parameter(schema = @Schema(implementation = UUID.class)) String forumId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        Page<ActionPlan> page = service.list(QueryParams.uuid(forumId, "forumId"), cursor, limit);
        Map<UUID, BigDecimal> progress = service.progress(page.items());
        return page.map(p -> ActionPlanResponse.of(p, progress.get(p.id))).ok(uri);
    }
}
