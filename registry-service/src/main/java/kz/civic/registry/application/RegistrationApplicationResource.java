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
import kz.civic.registry.reference.service.RegionService;
import kz.civic.registry.rest.NgoRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @Schema(name = "RegistrationApplicationResponse")
    public record ApplicationResponse(UUID id, String status, String bin, String applicant, OffsetDateTime submittedAt,
            LocalDate dueDate, boolean overdue, OffsetDateTime decidedAt, String decidedBy, String rejectionReason,
            UUID ngoId, NgoRequest request, long version) {
        static ApplicationResponse of(RegistrationApplication a) {
            boolean overdue = a.status == ApplicationStatus.SUBMITTED && a.dueDate.isBefore(RegionService.today());
            return new ApplicationResponse(a.id, a.status.name(), a.bin, a.applicant, a.submittedAt, a.dueDate, overdue,
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
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
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
            return Etags.created(uri, a.id, a.version, ApplicationResponse.of(a));
        });
    }

    @GET
    @Authenticated
    @Operation(summary = "List registration applications", description = "Registrars and admins see all, an applicant "
            + "their own; ordered by due date. overdue=true: pending past their due date")
    public Response list(@Parameter(description = "SUBMITTED, APPROVED or REJECTED") @QueryParam("status") String status,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return service.list(Params.enumValue("status", status, ApplicationStatus.class), overdue, cursor, limit).map(ApplicationResponse::of).toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Get a registration application", description = "For the registry and the applicant; ETag")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        RegistrationApplication a = service.get(id);
        return Etags.conditionalGet(request, a.version, ApplicationResponse.of(a));
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.REGISTRAR, Roles.ADMIN })
    @Operation(summary = "Approve an application", description = "With If-Match (428/412). Registers the NGO "
            + "(publishes kz.civic.registry.ngo.registered.v1); 409 already-decided, 409 duplicate-bin")
    @APIResponse(responseCode = "200", description = "Approved; the NGO is registered",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "409", description = "already-decided or duplicate-bin")
    @APIResponse(responseCode = "422", description = "the application no longer passes the registration checks "
            + "(unknown-region, unknown-sphere, unknown-parent, ...)")
    public Response approve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        RegistrationApplication a = service.approve(id, ifMatch);
        return Response.ok(ApplicationResponse.of(a)).tag(Etags.of(a.version)).build();
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed({ Roles.REGISTRAR, Roles.ADMIN })
    @Operation(summary = "Reject an application", description = "With If-Match (428/412) and a reason; 409 already-decided")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "409", description = "already-decided")
    public Response reject(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RejectionRequest request) {
        RegistrationApplication a = service.reject(id, ifMatch, request.reason());
        return Response.ok(ApplicationResponse.of(a)).tag(Etags.of(a.version)).build();
    }
}
