package kz.civic.registry.membership;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import kz.civic.platform.web.Params;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Memberships of an NGO in associations; an association's members are listed by {@code GET /api/v1/ngos?memberOf=}. */
@Path("/api/v1/ngos/{id}/memberships")
@Tag(name = "NGO memberships", description = "Membership in associations such as the Civil Alliance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NgoMembershipResource {

    /** Joining an association. */
    public record JoinRequest(@NotNull UUID memberOfId, @NotNull LocalDate since) {
    }

    /** A membership; {@code until} is set once it ended. */
    @Schema(name = "MembershipResponse", description = "A membership of an NGO in an association")
    public record MembershipResponse(UUID ngoId, @Schema(description = "the association") UUID memberOfId, LocalDate since,
            @Schema(nullable = true, description = "the last day of membership; absent while it lasts") LocalDate until) {
        static MembershipResponse of(NgoMembership m) {
            return new MembershipResponse(m.ngoId, m.memberOfId, m.since, m.validUntil);
        }
    }

    private final NgoMembershipService service;

    public NgoMembershipResource(NgoMembershipService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.NGO, Roles.REGISTRAR, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record that the NGO joined an association", description = "An NGO representative only for "
            + "its own NGO (403). 409 already-member; 422 unknown-association, self-membership, ngo-liquidated, "
            + "invalid-since. Publishes kz.civic.registry.ngo.membership-changed.v1")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the membership",
            content = @Content(schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "409", description = "already-member")
    @APIResponse(responseCode = "422", description = "unknown-association, self-membership, ngo-liquidated or invalid-since")
    public RestResponse<MembershipResponse> join(@PathParam("id") UUID id, @NotNull @Valid JoinRequest request,
            @Context UriInfo uri) {
        NgoMembership m = service.join(id, request.memberOfId(), request.since());
        return RestResponse.ResponseBuilder.<MembershipResponse>created(
                uri.getAbsolutePathBuilder().path(m.memberOfId.toString()).build()).entity(MembershipResponse.of(m)).build();
    }

    @DELETE
    @Path("/{memberOfId}")
    @RolesAllowed({ Roles.NGO, Roles.REGISTRAR, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record that the NGO left an association", description = "Ends the current membership on "
            + "`until` (default today); the ended membership stays in the history. 404 when there is no current "
            + "membership. Publishes kz.civic.registry.ngo.membership-changed.v1")
    @APIResponse(responseCode = "200", description = "Ended; the membership with its until date")
    @APIResponse(responseCode = "422", description = "invalid-until (until must be between since and today) or "
            + "ngo-liquidated")
    public MembershipResponse leave(@PathParam("id") UUID id, @PathParam("memberOfId") UUID memberOfId,
            @Parameter(description = "the last day of membership, default today",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("until") String until) {
        return MembershipResponse.of(service.leave(id, memberOfId, Params.parse("until", until, LocalDate::parse, "a date such as 2024-01-31")));
    }

    @GET
    @PermitAll
    @Operation(summary = "List an NGO's memberships", description = "Current ones; includeEnded=true adds ended ones. "
            + "Oldest since first, cursor-paginated")
    public RestResponse<Page<MembershipResponse>> list(@PathParam("id") UUID id,
            @Parameter(description = "true: ended memberships too", schema = @Schema(type = SchemaType.BOOLEAN,
                    defaultValue = "false")) @QueryParam("includeEnded") String includeEnded,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Context UriInfo uri) {
        return service.list(id, Boolean.TRUE.equals(Params.bool("includeEnded", includeEnded)), cursor, limit)
                .map(MembershipResponse::of).ok(uri);
    }
}
