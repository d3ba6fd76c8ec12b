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
import kz.civic.procurement.GranteeReport;
import kz.civic.procurement.service.GranteeReportService;
import kz.civic.procurement.service.Pages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/contracts/{id}/reports")
@Tag(name = "Contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GranteeReportResource {

    private static final String PROBLEM = "application/problem+json";

    private final GranteeReportService reports;
    private final Idempotency idempotency;

    public GranteeReportResource(GranteeReportService reports, Idempotency idempotency) {
        this.reports = reports;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.NGO)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Submit a grantee report", description = "The grantee NGO only (ngoId claim). INTERIM report k "
            + "covers tranche k (1..n-1), once it is paid; the FINAL report (no tranche) once every tranche is paid. "
            + "Result indicators (name, unit, target, achieved) and a narrative, both public. Idempotency-Key supported")
    @APIResponse(responseCode = "201", description = "Submitted; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = ContractReportResponse.class)))
    @APIResponse(responseCode = "400", description = "validation or malformed-request; errors[] names the fields",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not an ngo token, or bound to another NGO than the grantee",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such contract", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "contract-not-active, tranche-not-paid, tranches-outstanding, "
            + "duplicate-report", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "tranche-required, tranche-not-expected, unknown-tranche",
            content = @Content(mediaType = PROBLEM))
    public Response submit(@PathParam("id") UUID id, @NotNull @Valid ReportRequest request,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.execute(key, "POST /api/v1/contracts/" + id + "/reports", request, () -> {
            GranteeReport r = reports.submit(id, request);
            return Etags.created(uri, r.id, r.version, ContractReportResponse.of(r));
        });
    }

    @GET
    @PermitAll
    @Operation(summary = "Reports on a contract", description = "Public (transparency), cursor-paginated in a stable order")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid limit or cursor", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such contract", content = @Content(mediaType = PROBLEM))
    public RestResponse<Page<ContractReportResponse>> list(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return Pages.of(reports.page(id, cursor, limit), limit, r -> r.id).map(ContractReportResponse::of).ok(uri);
    }

    @GET
    @Path("/{reportId}")
    @PermitAll
    @Operation(summary = "Get a report on a contract", description = "Public; ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The report; ETag is set")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "404", description = "no such contract or report", content = @Content(mediaType = PROBLEM))
    public RestResponse<ContractReportResponse> get(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId,
            @Context Request request) {
        GranteeReport r = reports.get(id, reportId);
        return Etags.conditionalGetTyped(request, r.version, ContractReportResponse.of(r));
    }

    @POST
    @Path("/{reportId}/status-changes")
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Review a grantee report", description = "SUBMITTED → APPROVED | REJECTED (reason required); "
            + "requires If-Match (the report's ETag). Approving interim report k releases tranche k + 1; approving the "
            + "FINAL report completes the contract. Approval publishes kz.civic.procurement.report.approved.v1")
    @APIResponse(responseCode = "200", description = "Reviewed; the report's new ETag is set")
    @APIResponse(responseCode = "400", description = "validation", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not a procurement officer", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such contract or report", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "illegal-transition (allowed[]), contract-not-active",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "reason-required", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public RestResponse<ContractReportResponse> review(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ReportReviewRequest request) {
        GranteeReport r = reports.review(id, reportId, ifMatch, request.to(), request.reason());
        return RestResponse.ResponseBuilder.ok(ContractReportResponse.of(r)).tag(Etags.of(r.version)).build();
    }
}
