package kz.civic.procurement.rest;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;
import kz.civic.platform.web.Page;
import kz.civic.platform.web.Params;
import kz.civic.procurement.Call;
import kz.civic.procurement.CallStatus;
import kz.civic.procurement.service.ApplicationService;
import kz.civic.procurement.service.CallLifecycleService;
import kz.civic.procurement.service.CallService;
import kz.civic.procurement.service.Pages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/calls")
@Tag(name = "Calls", description = "Calls (lots) within funding plans and their lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallResource {

    private final CallService service;
    private final CallLifecycleService lifecycle;
    private final ApplicationService applications;
    private final Idempotency idempotency;

    public CallResource(CallService service, CallLifecycleService lifecycle, ApplicationService applications,
            Idempotency idempotency) {
        this.service = service;
        this.lifecycle = lifecycle;
        this.applications = applications;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a call in a funding plan", description = "Starts PLANNED. Criteria weights sum to 100; "
            + "recommendationIds must be known from forum events and not IMPLEMENTED, DECLINED or MERGED; STATE_GRANT calls name a grant band their duration "
            + "fits and have a 20-30 day application window; the plan's calls never exceed its budget. "
            + "Idempotency-Key supported")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = CallResponse.class)))
    @APIResponse(responseCode = "400", description = "validation or malformed-request; errors[] names the fields",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not a procurement officer", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "unknown-funding-plan, criteria-weights, duplicate-criterion, "
            + "unknown-recommendation, recommendation-closed, region-outside-plan, grant-band-required, grant-band-not-expected, "
            + "unknown-grant-band, duration-outside-band, unknown-mci-year, amount-below-band, application-window, "
            + "plan-budget-exceeded; errors[] names the field", content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull @Valid CallRequest request, @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.execute(key, "POST /api/v1/calls", request, () -> {
            Call c = service.create(request);
            return Etags.created(uri, c.id, c.version, CallResponse.of(c));
        });
    }

    @POST
    @Path("/{id}/status-changes")
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Move a call along its lifecycle", description = "PLANNED → ANNOUNCED → OPEN → UNDER_REVIEW → "
            + "AWARDED | FAILED → CLOSED; requires If-Match. ANNOUNCED needs an approved plan and publishes "
            + "kz.civic.procurement.call.announced.v1")
    @APIResponse(responseCode = "200", description = "Moved; the new ETag is set")
    @APIResponse(responseCode = "400", description = "validation", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not a procurement officer", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such call", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "illegal-transition (allowed[] lists the next statuses), "
            + "plan-not-approved", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<CallResponse> changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CallStatusChangeRequest request) {
        Call c = lifecycle.change(id, ifMatch, request.to(), request.reason());
        return RestResponse.ResponseBuilder.ok(CallResponse.of(c)).tag(Etags.of(c.version)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a call", description = "Public; ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The call; ETag is set")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "404", description = "no such call", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<CallResponse> get(@PathParam("id") UUID id, @Context Request request) {
        Call c = service.get(id);
        return Etags.conditionalGetTyped(request, c.version, CallResponse.of(c));
    }

    @GET
    @Path("/{id}/history")
    @PermitAll
    @Operation(summary = "History of a call", description = "Every status change with who, when and why, oldest first; "
            + "cursor-paginated")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid limit or cursor", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such call", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<CallStatusChangeResponse>> history(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return Pages.timed(lifecycle.history(id, cursor, limit), limit, c -> c.changedAt, c -> c.id)
                .map(CallStatusChangeResponse::of).ok(uri);
    }

    @GET
    @Path("/{id}/applications")
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.COMMISSION_MEMBER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Applications to a call", description = "Procurement officers and the call's commission; "
            + "cursor-paginated in a "
            + "stable order; each with its eligibility and flag")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid limit or cursor", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "neither a procurement officer nor on the call's commission",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such call", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<ApplicationResponse>> applications(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return Pages.of(applications.page(id, cursor, limit), limit, a -> a.id).map(ApplicationResponse::of).ok(uri);
    }

    @GET
    @PermitAll
    @Operation(summary = "List calls", description = "Public, cursor-paginated in a stable order; filter by planId, "
            + "status, recommendationId (calls implementing that forum recommendation) and actionPlanItemId (calls "
            + "financing that action-plan item); filters combine")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid filter, limit or cursor", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<CallResponse>> list(
            @Parameter(description = "only calls of this funding plan", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("planId") String planId,
            @Parameter(description = "only calls in this status", schema = @Schema(implementation = CallStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "only calls implementing this forum recommendation",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("recommendationId") String recommendationId,
            @Parameter(description = "only calls financing this item of a forum action plan",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("actionPlanItemId") String actionPlanItemId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Context UriInfo uri) {
        return Pages.of(service.page(uuidOf("planId", planId), statusOf(status), uuidOf("recommendationId", recommendationId),
                uuidOf("actionPlanItemId", actionPlanItemId), cursor, limit), limit, c -> c.id).map(CallResponse::of)
                .ok(uri);
    }

    private static UUID uuidOf(String name, String value) {
        return Params.parse(name, value, UUID::fromString, "a UUID");
    }

    private static CallStatus statusOf(String value) {
        return Params.enumValue("status", value, CallStatus.class);
    }
}
