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
import kz.civic.procurement.Assessment;
import kz.civic.procurement.service.AssessmentService;
import kz.civic.procurement.service.ContractService;
import kz.civic.procurement.service.ContractService.Details;
import kz.civic.procurement.service.Pages;
import kz.civic.procurement.service.PaymentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/contracts")
@Tag(name = "Contracts", description = "Contracts of awards, their tranches (payments), grantee reports and monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    private static final String PROBLEM = "application/problem+json";

    private final ContractService contracts;
    private final PaymentService payments;
    private final AssessmentService assessments;
    private final Idempotency idempotency;

    public ContractResource(ContractService contracts, PaymentService payments, AssessmentService assessments,
            Idempotency idempotency) {
        this.contracts = contracts;
        this.payments = payments;
        this.assessments = assessments;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Sign the contract of an award", description = "One contract per award, SIGNED at once: amount "
            + "more than 0 and at most the award's; period end after its start; tranches numbered 1..n, summing to the "
            + "amount, planned inside the period in sequence order. Publishes kz.civic.procurement.contract.signed.v1. "
            + "Idempotency-Key supported")
    @APIResponse(responseCode = "201", description = "Signed; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "400", description = "validation or malformed-request; errors[] names the fields",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not a procurement officer", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "contract-exists (contractId names it)",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "unknown-award, amount-above-award, contract-period, "
            + "tranche-sequence, tranche-sum, tranche-date; errors[] names the field", content = @Content(mediaType = PROBLEM))
    public Response sign(@NotNull @Valid ContractRequest request, @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.execute(key, "POST /api/v1/contracts", request, () -> {
            Details d = contracts.sign(request);
            return Etags.created(uri, d.contract().id, d.contract().version, response(d));
        });
    }

    @GET
    @PermitAll
    @Operation(summary = "List contracts", description = "Public (transparency), cursor-paginated in a stable order; "
            + "filter by callId, ngoId and awardId")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid filter, limit or cursor", content = @Content(mediaType = PROBLEM))
    public RestResponse<Page<ContractResponse>> list(
            @Parameter(description = "only contracts of this call", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("callId") String callId,
            @Parameter(description = "only contracts with this NGO", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("ngoId") String ngoId,
            @Parameter(description = "only the contract of this award", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("awardId") String awardId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return Pages.of(contracts.page(uuid("callId", callId), uuid("ngoId", ngoId), uuid("awardId", awardId), cursor,
                limit), limit, d -> d.contract().id).map(ContractResource::response).ok(uri);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a contract", description = "Public (transparency), with every tranche and whether it is "
            + "paid; ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The contract; ETag is set")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "404", description = "no such contract", content = @Content(mediaType = PROBLEM))
    public RestResponse<ContractResponse> get(@PathParam("id") UUID id, @Context Request request) {
        Details d = contracts.get(id);
        return Etags.conditionalGetTyped(request, d.contract().version, response(d));
    }

    @GET
    @Path("/{id}/history")
    @PermitAll
    @Operation(summary = "History of a contract", description = "Signing, payments, report submissions and reviews, "
            + "completion or termination, with who, when and why, oldest first; cursor-paginated")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid limit or cursor", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such contract", content = @Content(mediaType = PROBLEM))
    public RestResponse<Page<ContractHistoryResponse>> history(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return Pages.keyed(contracts.history(id, cursor, limit), limit, e -> e.seq).map(ContractHistoryResponse::of)
                .ok(uri);
    }

    @POST
    @Path("/{id}/status-changes")
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Terminate a contract", description = "SIGNED → TERMINATED with a reason; requires If-Match. "
            + "COMPLETED is reached by approving the FINAL report")
    @APIResponse(responseCode = "200", description = "Moved; the new ETag is set")
    @APIResponse(responseCode = "400", description = "validation", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not a procurement officer", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such contract", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "illegal-transition (allowed[] lists the next statuses), "
            + "completed-by-final-report", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "reason-required", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public RestResponse<ContractResponse> changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ContractStatusChangeRequest request) {
        return tagged(contracts.change(id, ifMatch, request.to(), request.reason()));
    }

    @POST
    @Path("/{id}/tranches/{sequence}/payment")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Pay a tranche", description = "PLANNED → PAID, in sequence order; requires If-Match (the "
            + "contract's ETag). Nothing is paid before the contract's period starts (409 contract-not-started). Tranche k + 1 needs interim report k approved; the NGO's eligibility is checked again "
            + "from the replica first. Publishes kz.civic.procurement.tranche.paid.v1")
    @APIResponse(responseCode = "200", description = "Paid; the contract's new ETag is set")
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not a procurement officer", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such contract or tranche", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "contract-not-active, contract-not-started (periodStart), "
            + "tranche-already-paid, tranche-out-of-order (next), report-not-approved (requiredReport)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "ineligible: rules[] lists every rule with pass/fail and reason; "
            + "nothing is paid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public RestResponse<ContractResponse> pay(@PathParam("id") UUID id, @PathParam("sequence") int sequence,
            @HeaderParam("If-Match") String ifMatch) {
        return tagged(payments.pay(id, sequence, ifMatch));
    }

    @POST
    @Path("/{id}/assessments")
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record a monitoring note and quality score", description = "On the contract, or on one of its "
            + "reports (reportId); quality score 1-5, optional")
    @APIResponse(responseCode = "201", description = "Recorded; Location is set",
            content = @Content(schema = @Schema(implementation = MonitoringAssessmentResponse.class)))
    @APIResponse(responseCode = "400", description = "validation", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not a procurement officer", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such contract", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "unknown-report", content = @Content(mediaType = PROBLEM))
    public RestResponse<MonitoringAssessmentResponse> assess(@PathParam("id") UUID id, @NotNull @Valid AssessmentRequest request,
            @Context UriInfo uri) {
        Assessment a = assessments.record(id, request);
        return RestResponse.ResponseBuilder.<MonitoringAssessmentResponse>created(uri.getAbsolutePathBuilder().path(a.id.toString())
                .build()).entity(MonitoringAssessmentResponse.of(a)).build();
    }

    @GET
    @Path("/{id}/assessments")
    @RolesAllowed({ Roles.PROCUREMENT_OFFICER, Roles.NGO, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Monitoring notes and quality scores of a contract", description = "Procurement officers and "
            + "the grantee NGO (notes may name people met on a visit); cursor-paginated in a stable order")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid limit or cursor", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "neither a procurement officer nor the grantee NGO",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such contract", content = @Content(mediaType = PROBLEM))
    public RestResponse<Page<MonitoringAssessmentResponse>> assessments(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return Pages.of(assessments.page(id, cursor, limit), limit, a -> a.id).map(MonitoringAssessmentResponse::of).ok(uri);
    }

    /** 200 with the contract and its new ETag. */
    private static RestResponse<ContractResponse> tagged(Details d) {
        return RestResponse.ResponseBuilder.ok(response(d)).tag(Etags.of(d.contract().version)).build();
    }

    private static ContractResponse response(Details d) {
        return ContractResponse.of(d.contract(), d.tranches());
    }

    private static UUID uuid(String name, String value) {
        return Params.parse(name, value, UUID::fromString, "a UUID");
    }
}
