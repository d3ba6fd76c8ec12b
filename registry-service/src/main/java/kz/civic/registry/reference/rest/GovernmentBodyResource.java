package kz.civic.registry.reference.rest;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;
import kz.civic.platform.web.Page;
import kz.civic.registry.reference.GovernmentBody;
import kz.civic.registry.reference.GovernmentBodyKind;
import kz.civic.registry.reference.GovernmentBodyLevel;
import kz.civic.registry.reference.service.GovernmentBodyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/government-bodies")
@Tag(name = "Government bodies", description = "Ministries, committees, akimats, their departments and operators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GovernmentBodyResource {

    private static final String PROBLEM = "application/problem+json";

    private final GovernmentBodyService service;
    private final Idempotency idempotency;

    public GovernmentBodyResource(GovernmentBodyService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record a government body", description = "Publishes kz.civic.registry.government-body.created.v1. "
            + "A BIN already recorded gives 409 with existingId; an unknown region or parent gives 422.")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = GovernmentBodyResponse.class)))
    @APIResponse(responseCode = "400", description = "validation: errors[] names the fields", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "duplicate-bin: existingId names the recorded body",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "unknown-region, unknown-parent or invalid-parent",
            content = @Content(mediaType = PROBLEM))
    public Response create(@NotNull @Valid GovernmentBodyRequest request,
            @Parameter(description = "Makes retries safe: same key and body replay the first answer for 24 h")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/government-bodies", request, () -> {
            GovernmentBody body = service.create(request);
            return Etags.created(uri, body.id, body.version, GovernmentBodyResponse.of(body));
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a government body", description = "Replaces the editable fields; If-Match with the "
            + "current ETag is required (428 without it, 412 when stale). Publishes "
            + "kz.civic.registry.government-body.updated.v1.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set")
    @APIResponse(responseCode = "404", description = "No such body", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "duplicate-bin", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "unknown-region, unknown-parent or invalid-parent",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public RestResponse<GovernmentBodyResponse> replace(@PathParam("id") UUID id, @NotNull @Valid GovernmentBodyRequest request,
            @Parameter(description = "ETag of the version being replaced", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        GovernmentBody body = service.update(id, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(GovernmentBodyResponse.of(body)).tag(Etags.of(body.version)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a government body", description = "One government body; honours If-None-Match (304)")
    @APIResponse(responseCode = "200", description = "The government body; ETag is its version")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "404", description = "No such body", content = @Content(mediaType = PROBLEM))
    public RestResponse<GovernmentBodyResponse> get(@PathParam("id") UUID id, @Context Request request) {
        GovernmentBody body = service.get(id);
        return Etags.conditionalGetTyped(request, body.version, GovernmentBodyResponse.of(body));
    }

    @GET
    @PermitAll
    @Operation(summary = "List government bodies", description = "Cursor-paginated, filterable by level, kind and region")
    public RestResponse<Page<GovernmentBodyResponse>> list(
            @Parameter(description = "only bodies of this level") @QueryParam("level") GovernmentBodyLevel level,
            @Parameter(description = "only bodies of this kind") @QueryParam("kind") GovernmentBodyKind kind,
            @Parameter(description = "ISO 3166-2:KZ code: only local bodies of this region", example = "KZ-75")
            @QueryParam("region") String region,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return service.list(level, kind, region, cursor, limit).map(GovernmentBodyResponse::of).ok(uri);
    }
}
