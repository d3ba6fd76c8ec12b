package kz.civic.registry.report;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.platform.security.Caller;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;
import kz.civic.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Annual NGO-Database reports of one NGO. Reports are public (the NGO Database exists "to increase
 * transparency") and hold no personal data.
 */
@Path("/api/v1/ngos/{id}/reports")
@Tag(name = "NGO-Database reports", description = "Annual reports: filing, amendments, compliance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NgoReportResource {

    /** A first filing: the year, the content and, for paper reports recorded by the registry, the date received. */
    public record FileReportRequest(@NotNull @Min(2000) @Max(2100) Integer year,
            @Schema(description = "registry only: the date a paper report was received (default today)") LocalDate receivedOn,
            @NotNull @Valid ReportContent content) {
    }

    /** An amendment: the new content. */
    public record AmendReportRequest(@NotNull @Valid ReportContent content) {
    }

    /** A report with its current content ({@code content} omitted in lists). */
    @Schema(name = "NgoReportResponse", description = "An annual NGO-Database report")
    public record NgoReportResponse(UUID id, UUID ngoId, int year,
            @Schema(description = "the current revision, 1 for the first filing; also the ETag") int revision,
            @Schema(description = "31 March of the following year") LocalDate deadline, OffsetDateTime filedAt,
            @Schema(description = "whether the first filing met the deadline") boolean onTime,
            @Schema(nullable = true, description = "the latest amendment; absent before the first") OffsetDateTime amendedAt,
            @Schema(nullable = true, description = "the current content; absent in lists") ReportContent content) {
        static NgoReportResponse of(NgoReport r, ReportContent content) {
            return new NgoReportResponse(r.id, r.ngoId, r.year, r.revision, r.deadline, r.filedAt, r.onTime, r.amendedAt,
                    content);
        }
    }

    /** One revision; {@code actor} is shown to registry staff and analysts only. */
    @Schema(description = "One revision of an annual report")
    public record RevisionResponse(int revision, OffsetDateTime filedAt,
            @Schema(nullable = true, description = "who filed it; shown to registry staff and analysts only") String actor,
            ReportContent content) {
    }

    private final NgoReportService service;
    private final Idempotency idempotency;
    private final Caller caller;

    public NgoReportResource(NgoReportService service, Idempotency idempotency, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.NGO, Roles.REGISTRAR, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "File an annual NGO-Database report", description = "One report per NGO and year, filed "
            + "from 1 January of the following year; deadline 31 March of the following year, onTime fixed by this "
            + "first filing. An NGO representative files only for its own NGO (403). 409 report-exists (amend with PUT); "
            + "422 invalid-report-year, ngo-liquidated. Publishes kz.civic.registry.ngo.report-filed.v1")
    @APIResponse(responseCode = "201", description = "Filed; Location and ETag (the revision) are set",
            content = @Content(schema = @Schema(implementation = NgoReportResponse.class)))
    @APIResponse(responseCode = "409", description = "report-exists (amend with PUT), or a request with the same "
            + "Idempotency-Key in flight")
    @APIResponse(responseCode = "422", description = "invalid-report-year, invalid-received-date, ngo-liquidated, or the "
            + "Idempotency-Key used with another body")
    public Response file(@PathParam("id") UUID id, @NotNull @Valid FileReportRequest request,
            @Parameter(description = "Makes retries safe: same key and body replay the first answer for 24 h")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/ngos/" + id + "/reports", request, () -> {
            NgoReport report = service.file(id, request.year(), request.receivedOn(), request.content());
            return Etags.created(uri, report.year, report.revision, NgoReportResponse.of(report, request.content()));
        });
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed({ Roles.NGO, Roles.REGISTRAR, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Amend a report", description = "A new revision, with If-Match on the current one (428/412); "
            + "earlier revisions are kept. Publishes kz.civic.registry.ngo.report-filed.v1")
    @APIResponse(responseCode = "200", description = "Amended; the new ETag (the revision) is set")
    @APIResponse(responseCode = "422", description = "ngo-liquidated: a liquidated NGO's reports change no more")
    public RestResponse<NgoReportResponse> amend(@PathParam("id") UUID id, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AmendReportRequest request) {
        NgoReport report = service.amend(id, year, ifMatch, request.content());
        return RestResponse.ResponseBuilder.ok(NgoReportResponse.of(report, request.content()))
                .tag(Etags.of(report.revision)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List an NGO's reports", description = "Newest year first, without content, cursor-paginated")
    public RestResponse<Page<NgoReportResponse>> list(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return service.list(id, cursor, limit).map(r -> NgoReportResponse.of(r, null)).ok(uri);
    }

    @GET
    @Path("/{year}")
    @PermitAll
    @Operation(summary = "Get a report", description = "The current revision with its content; ETag = revision")
    @APIResponse(responseCode = "200", description = "The report; ETag is its revision")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current revision")
    public RestResponse<NgoReportResponse> get(@PathParam("id") UUID id, @PathParam("year") int year,
            @Context Request request) {
        NgoReport report = service.get(id, year);
        return Etags.conditionalGetTyped(request, report.revision, NgoReportResponse.of(report, service.content(report)));
    }

    @GET
    @Path("/{year}/revisions")
    @PermitAll
    @Operation(summary = "Every revision of a report", description = "Oldest first, cursor-paginated")
    public RestResponse<Page<RevisionResponse>> revisions(@PathParam("id") UUID id, @PathParam("year") int year, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        boolean staff = caller.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN, Roles.ANALYST);
        return service.revisions(id, year, cursor, limit)
                .map(r -> new RevisionResponse(r.key.revision(), r.filedAt, staff ? r.actor : null, r.content))
                .ok(uri);
    }
}
