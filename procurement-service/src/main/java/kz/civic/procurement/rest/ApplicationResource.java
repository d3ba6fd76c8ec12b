package kz.civic.procurement.rest;

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
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;
import kz.civic.platform.web.Page;
import kz.civic.platform.web.Params;
import kz.civic.procurement.Application;
import kz.civic.procurement.service.ApplicationService;
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

@Path("/api/v1/applications")
@Tag(name = "Applications", description = "NGOs' applications to calls, with explained eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    private final ApplicationService service;
    private final Idempotency idempotency;

    public ApplicationResource(ApplicationService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.NGO)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Apply to an open call", description = "By the NGO the token is bound to (claim ngoId) only. "
            + "Eligibility is checked from procurement's NGO replica: NGO_ACTIVE, REPORT_FILED, LEGAL_FORM_ELIGIBLE, "
            + "REGION_MATCH, SPHERE_MATCH, AMOUNT_IN_BAND, INSTITUTIONAL_SHARE. Eligible: 201 with every rule and its "
            + "reason. Ineligible: 422 ineligible with rules[] (rule, passed, reason) and nothing stored. "
            + "Publishes kz.civic.procurement.application.submitted.v1. Idempotency-Key supported")
    @APIResponse(responseCode = "201", description = "Submitted; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "400", description = "validation or malformed-request; errors[] names the fields",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not an ngo token, or bound to another NGO",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "call-not-open, duplicate-application",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "ineligible (rules[] lists every rule with pass/fail and reason), "
            + "unknown-call, unknown-ngo", content = @Content(mediaType = "application/problem+json"))
    public Response submit(@NotNull @Valid ApplicationRequest request, @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.execute(key, "POST /api/v1/applications", request, () -> {
            Application a = service.submit(request);
            return Etags.created(uri, a.id, a.version, ApplicationResponse.of(a));
        });
    }

    @GET
    @RolesAllowed({ Roles.NGO, Roles.PROCUREMENT_OFFICER, Roles.ANALYST, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "List applications", description = "An NGO lists its own applications (claim ngoId; asking "
            + "for another NGO's is 403); procurement officers, analysts and admins list every application. Filters "
            + "callId, status (SUBMITTED) and ngoId combine; cursor-paginated in a stable order, each with its "
            + "eligibility and flag")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid filter, limit or cursor",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "another NGO's applications, a token bound to no NGO, or a role "
            + "that may not list applications", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<ApplicationResponse>> list(
            @Parameter(description = "only applications to this call", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("callId") String callId,
            @Parameter(description = "only applications in this status", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { Application.SUBMITTED })) @QueryParam("status") String status,
            @Parameter(description = "only this NGO's applications (an NGO token: its own ngoId only)",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("ngoId") String ngoId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Context UriInfo uri) {
        if (status != null && !Application.SUBMITTED.equals(status)) {
            throw ApiException.invalidParameter("status", "must be one of [" + Application.SUBMITTED + "]");
        }
        return Pages.of(service.list(uuid("callId", callId), status, uuid("ngoId", ngoId), cursor, limit), limit,
                a -> a.id).map(ApplicationResponse::of).ok(uri);
    }

    private static UUID uuid(String name, String value) {
        return Params.parse(name, value, UUID::fromString, "a UUID");
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.NGO, Roles.PROCUREMENT_OFFICER, Roles.COMMISSION_MEMBER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Get an application", description = "The applicant NGO, procurement officers and the "
            + "members of the call's commission only; shows "
            + "the eligibility at submission and, when a registry event made a rule fail later, flagged with the recheck")
    @APIResponse(responseCode = "200", description = "The application; ETag is set")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "another NGO's application, or a call whose commission the member "
            + "is not on", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such application", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<ApplicationResponse> get(@PathParam("id") UUID id, @Context Request request) {
        Application a = service.get(id);
        return Etags.conditionalGetTyped(request, a.version, ApplicationResponse.of(a));
    }
}
