package kz.civic.registry.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.platform.web.Params;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;
import kz.civic.platform.web.Page;
import kz.civic.registry.reference.service.RegionService;
import kz.civic.registry.rest.NgoRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/registration-applications")
@Tag(name = "Registration applications", description = "Applications to register an NGO and their review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class RegistrationApplicationResource {

    /** A rejection needs a reason. */
    public record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** An application with its review deadline; {@code overdue} when pending past {@code dueDate}. */
    @Schema(name = "RegistrationApplicationResponse", description = "A registration application and its review")
    public record RegistrationApplicationResponse(UUID id, ApplicationStatus status, String bin,
            @Schema(description = "who submitted it (the token's subject)") String applicant, OffsetDateTime submittedAt,
            @Schema(description = "the review is due by this day (10 working days)") LocalDate dueDate,
            @Schema(description = "still SUBMITTED after dueDate") boolean overdue,
            @Schema(nullable = true, description = "absent while SUBMITTED") OffsetDateTime decidedAt,
            @Schema(nullable = true, description = "absent while SUBMITTED") String decidedBy,
            @Schema(nullable = true, description = "REJECTED only") String rejectionReason,
            @Schema(nullable = true, description = "APPROVED only: the registered NGO") UUID ngoId,
            @Schema(description = "the application as submitted") NgoRequest request, long version) {
        static RegistrationApplicationResponse of(RegistrationApplication a) {
            boolean overdue = a.status == ApplicationStatus.SUBMITTED && a.dueDate.isBefore(RegionService.today());
            return new RegistrationApplicationResponse(a.id, a.status, a.bin, a.applicant, a.submittedAt, a.dueDate, overdue,
                    a.decidedAt, a.decidedBy, a.rejectionReason, a.ngoId, a.request, a.version);
        }
    }

    private final RegistrationApplicationService service;
    private final Idempotency idempotency;

    public RegistrationApplicationResource(RegistrationApplicationService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Authenticated
    @Operation(summary = "Apply to register an NGO", description = "Any authenticated applicant. Checked like a "
            + "registration (BIN check digit, region, spheres, parent); registrationDate is ignored — the approval date "
            + "becomes the registration date. The review is due within 10 working days (dueDate). 409 duplicate-bin "
            + "with existingId, 409 duplicate-application with existingApplicationId; 422 bin-required for legacy records")
    @APIResponse(responseCode = "201", description = "Submitted; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = RegistrationApplicationResponse.class)))
    @APIResponse(responseCode = "409", description = "duplicate-bin, duplicate-application, or a request with the same "
            + "Idempotency-Key in flight")
    @APIResponse(responseCode = "422", description = "bin-required, bin-after-registration (the BIN's YYMM is after "
            + "this month), unknown-region, unknown-sphere, parent-required, parent-not-allowed, unknown-parent, or the "
            + "Idempotency-Key used with another body")
    public Response submit(@NotNull @Valid NgoRequest request,
            @Parameter(description = "Makes retries safe: same key and body replay the first answer for 24 h")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/registration-applications", request, () -> {
            RegistrationApplication a = service.submit(request);
            return Etags.created(uri, a.id, a.version, RegistrationApplicationResponse.of(a));
        });
    }

    @GET
    @Authenticated
    @Operation(summary = "List registration applications", description = "Registrars and admins see all, an applicant "
            + "their own; ordered by due date. overdue=true: pending past their due date")
    public RestResponse<Page<RegistrationApplicationResponse>> list(
            @Parameter(description = "only applications in this status", schema = @Schema(implementation = ApplicationStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "true: only applications pending past their due date",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("overdue") String overdue, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return service.list(Params.enumValue("status", status, ApplicationStatus.class),
                        Boolean.TRUE.equals(Params.bool("overdue", overdue)), cursor, limit)
                .map(RegistrationApplicationResponse::of).ok(uri);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Get a registration application", description = "For the registry and the applicant; ETag")
    @APIResponse(responseCode = "200", description = "The application; ETag is its version")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public RestResponse<RegistrationApplicationResponse> get(@PathParam("id") UUID id, @Context Request request) {
        RegistrationApplication a = service.get(id);
        return Etags.conditionalGetTyped(request, a.version, RegistrationApplicationResponse.of(a));
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.REGISTRAR, Roles.ADMIN })
    @Operation(summary = "Approve an application", description = "With If-Match (428/412). Registers the NGO "
            + "(publishes kz.civic.registry.ngo.registered.v1); 409 already-decided, 409 duplicate-bin")
    @APIResponse(responseCode = "200", description = "Approved; the NGO is registered (ngoId)")
    @APIResponse(responseCode = "409", description = "already-decided or duplicate-bin")
    @APIResponse(responseCode = "422", description = "the application no longer passes the registration checks "
            + "(unknown-region, unknown-sphere, unknown-parent, ...)")
    public RestResponse<RegistrationApplicationResponse> approve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        RegistrationApplication a = service.approve(id, ifMatch);
        return RestResponse.ResponseBuilder.ok(RegistrationApplicationResponse.of(a)).tag(Etags.of(a.version)).build();
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed({ Roles.REGISTRAR, Roles.ADMIN })
    @Operation(summary = "Reject an application", description = "With If-Match (428/412) and a reason; 409 already-decided")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "409", description = "already-decided")
    public RestResponse<RegistrationApplicationResponse> reject(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RejectionRequest request) {
        RegistrationApplication a = service.reject(id, ifMatch, request.reason());
        return RestResponse.ResponseBuilder.ok(RegistrationApplicationResponse.of(a)).tag(Etags.of(a.version)).build();
    }
}
