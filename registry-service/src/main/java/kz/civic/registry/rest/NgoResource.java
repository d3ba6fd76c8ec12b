package kz.civic.registry.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.util.UUID;
import kz.civic.platform.identity.Bin;
import kz.civic.platform.identity.ValidBin;
import kz.civic.platform.security.Caller;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;
import kz.civic.platform.web.Page;
import kz.civic.registry.Ngo;
import kz.civic.registry.service.NgoQuery;
import kz.civic.registry.service.NgoService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/ngos")
@Tag(name = "NGOs", description = "The NGO register")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NgoResource {

    private final NgoService service;
    private final Idempotency idempotency;
    private final Caller caller;

    public NgoResource(NgoService service, Idempotency idempotency, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    /** Personal data (leader, founders) only for the registry and the NGO itself. */
    private NgoResponse view(Ngo ngo) {
        return NgoResponse.of(ngo, caller.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN) || caller.representsNgo(ngo.id));
    }

    @POST
    @RolesAllowed({ Roles.REGISTRAR, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Register an NGO", description = "Enters an NGO into the register and publishes "
            + "kz.civic.registry.ngo.registered.v1. A BIN already registered gives 409 with existingId.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = NgoResponse.class)))
    @APIResponse(responseCode = "409", description = "duplicate-bin (existingId), or a request with the same Idempotency-Key in flight")
    @APIResponse(responseCode = "422", description = "bin-required, bin-after-registration, unknown-region, "
            + "unknown-sphere, parent-required, parent-not-allowed, unknown-parent, branch-before-head, or the "
            + "Idempotency-Key used with another body")
    public Response register(@NotNull @Valid NgoRequest request,
            @Parameter(description = "Makes retries safe: same key and body replay the first answer for 24 h")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/ngos", request, () -> {
            Ngo ngo = service.register(request);
            return Etags.created(uri, ngo.id, ngo.version, view(ngo));
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.REGISTRAR, Roles.ADMIN, Roles.NGO })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Update an NGO's profile", description = "Full replacement with If-Match (428/412). An NGO "
            + "representative edits only its own NGO and not its legal form, region, registration date or parent (403); "
            + "the BIN never changes (422). Publishes kz.civic.registry.ngo.updated.v1")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set")
    @APIResponse(responseCode = "422", description = "bin-immutable, bin-after-registration, ngo-liquidated, "
            + "unknown-region, unknown-sphere, parent-required, parent-not-allowed, unknown-parent or branch-before-head")
    public RestResponse<NgoResponse> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid NgoRequest request) {
        Ngo ngo = service.update(id, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(view(ngo)).tag(Etags.of(ngo.version)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get an NGO", description = "Public fields of one NGO (leader and founders for the registry "
            + "and the NGO itself); honours If-None-Match (304)")
    @APIResponse(responseCode = "200", description = "The NGO; ETag is its version")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public RestResponse<NgoResponse> get(@PathParam("id") UUID id, @Context Request request) {
        Ngo ngo = service.get(id);
        return Etags.conditionalGetTyped(request, ngo.version, view(ngo));
    }

    @GET
    @Path("/by-bin/{bin}")
    @PermitAll
    @Operation(summary = "Get an NGO by BIN", description = "The natural key government systems integrate with. "
            + "A number that cannot be a BIN (structure or check digit) is 400 validation naming the parameter, "
            + "a BIN no NGO has is 404")
    @APIResponse(responseCode = "200", description = "The NGO; ETag is its version")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "400", description = "validation: bin is not a BIN")
    public RestResponse<NgoResponse> getByBin(@Parameter(description = Bin.FORMAT, schema = @Schema(type = SchemaType.STRING,
            pattern = Bin.PATTERN), example = "940140000385") @PathParam("bin") @ValidBin String bin,
            @Context Request request) {
        Ngo ngo = service.getByBin(bin);
        return Etags.conditionalGetTyped(request, ngo.version, view(ngo));
    }

    @GET
    @PermitAll
    @Operation(summary = "Search and list NGOs", description = "Text search over names and aliases in kk/ru/en "
            + "(Cyrillic or any common Latin romanization, partial words) or by exact BIN, ranked by relevance; "
            + "filters (region, sphere, legal form, status, registration dates, membership, current report); order by "
            + "relevance (the default with q), id (the default without), name or registration date; cursor-paginated")
    @APIResponse(responseCode = "200", description = "One page; Link rel=next when there are more")
    public RestResponse<Page<NgoResponse>> list(@BeanParam NgoFilterParams filters,
            @Parameter(description = "Order: relevance (the default when q is given, and only with q), id (the default "
                    + "without q), name or registration-date",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "relevance", "id", "name",
                            "registration-date" }))
            @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        NgoQuery query = filters.toQuery(sort);
        return service.search(query, cursor, limit).map(NgoResponse::of).ok(uri);
    }
}
