package kz.civic.registry.rest;

import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Page;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoStatus;
import kz.civic.registry.NgoStatusChange;
import kz.civic.registry.service.NgoLifecycleService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/ngos/{id}")
@Tag(name = "NGO status", description = "Status lifecycle and its history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NgoLifecycleResource {

    /** One history entry; {@code actor} is shown to registry staff and analysts only. */
    @Schema(name = "NgoStatusChangeResponse", description = "One change of an NGO's status")
    public record NgoStatusChangeResponse(
            @Schema(nullable = true, description = "absent on the first entry, the registration") NgoStatus from,
            NgoStatus to, String reason,
            @Schema(nullable = true) String legalBasis,
            @Schema(nullable = true, description = "who changed it; shown to registry staff and analysts only") String actor,
            OffsetDateTime changedAt,
            @Schema(description = "the NGO's version after the change") long version) {
        static NgoStatusChangeResponse of(NgoStatusChange c, boolean showActor) {
            return new NgoStatusChangeResponse(c.from, c.to, c.reason, c.legalBasis, showActor ? c.actor : null, c.changedAt,
                    c.ngoVersion);
        }
    }

    private final NgoLifecycleService lifecycle;
    private final SecurityIdentity identity;

    public NgoLifecycleResource(NgoLifecycleService lifecycle, SecurityIdentity identity) {
        this.lifecycle = lifecycle;
        this.identity = identity;
    }

    @POST
    @Path("/status-changes")
    @RolesAllowed({ Roles.REGISTRAR, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change an NGO's status", description = "Requires If-Match with the NGO's ETag. "
            + "An illegal transition gives 409 with the allowed targets; publishes kz.civic.registry.ngo.status-changed.v1")
    @APIResponse(responseCode = "200", description = "Changed; the NGO's public fields and new ETag")
    @APIResponse(responseCode = "409", description = "illegal-transition: allowed lists the targets from the current status")
    public RestResponse<NgoResponse> change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ChangeNgoStatusRequest request) {
        Ngo ngo = lifecycle.changeStatus(id, ifMatch, request.to(), request.reason(), request.legalBasis());
        return RestResponse.ResponseBuilder.ok(NgoResponse.of(ngo)).tag(Etags.of(ngo.version)).build();
    }

    @GET
    @Path("/history")
    @PermitAll
    @Operation(summary = "Status history of an NGO", description = "Oldest first, from the registration on")
    public RestResponse<Page<NgoStatusChangeResponse>> history(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        boolean staff = identity.hasRole(Roles.REGISTRAR) || identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.ANALYST);
        return lifecycle.history(id, cursor, limit).map(c -> NgoStatusChangeResponse.of(c, staff)).ok(uri);
    }
}
