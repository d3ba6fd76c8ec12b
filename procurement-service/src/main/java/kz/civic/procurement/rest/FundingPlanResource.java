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
import kz.civic.procurement.FundingPlan;
import kz.civic.procurement.service.FundingPlanService;
import kz.civic.procurement.service.Pages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/funding-plans")
@Tag(name = "Funding plans", description = "Yearly funding plans of government bodies per instrument and level")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundingPlanResource {

    private final FundingPlanService service;
    private final Idempotency idempotency;

    public FundingPlanResource(FundingPlanService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Draft a funding plan", description = "The customer must be a government body known from "
            + "registry events (else 422 unknown-government-body). Idempotency-Key supported")
    @APIResponse(responseCode = "201", description = "Drafted; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = FundingPlanResponse.class)))
    @APIResponse(responseCode = "400", description = "validation or malformed-request; errors[] names the fields",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not a procurement officer", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "unknown-government-body", content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull @Valid FundingPlanRequest request, @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.execute(key, "POST /api/v1/funding-plans", request, () -> {
            FundingPlan p = service.create(request);
            return Etags.created(uri, p.id, p.version, FundingPlanResponse.of(p));
        });
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Approve a funding plan", description = "DRAFT → APPROVED; requires If-Match; publishes "
            + "kz.civic.procurement.funding-plan.approved.v1")
    @APIResponse(responseCode = "200", description = "Approved; the new ETag is set")
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not a procurement officer", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such plan", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "already-approved", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<FundingPlanResponse> approve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        FundingPlan p = service.approve(id, ifMatch);
        return RestResponse.ResponseBuilder.ok(FundingPlanResponse.of(p)).tag(Etags.of(p.version)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a funding plan", description = "Public; ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The plan; ETag is set")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "404", description = "no such plan", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<FundingPlanResponse> get(@PathParam("id") UUID id, @Context Request request) {
        FundingPlan p = service.get(id);
        return Etags.conditionalGetTyped(request, p.version, FundingPlanResponse.of(p));
    }

    @GET
    @PermitAll
    @Operation(summary = "List funding plans", description = "Public, cursor-paginated in a stable order")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid limit or cursor", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<FundingPlanResponse>> list(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return Pages.of(service.page(cursor, limit), limit, p -> p.id).map(FundingPlanResponse::of).ok(uri);
    }
}
