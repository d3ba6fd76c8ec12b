package kz.civic.forum.rest;

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
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.forum.ForumAward;
import kz.civic.forum.Multilingual;
import kz.civic.forum.service.ForumAwardService;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;
import kz.civic.platform.web.LocalizedText;
import kz.civic.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/regional-forums/{id}/awards")
@Tag(name = "Forum awards", description = "Prizes and letters of thanks to NGOs at regional forums")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ForumAwardResource {

    /** An award. */
    public record ForumAwardResponse(UUID id, UUID regionalForumId, UUID forumId, LocalizedText nomination, UUID ngoId,
            ForumAward.Type type, OffsetDateTime createdAt, long version) {
        static ForumAwardResponse of(ForumAward a) {
            return new ForumAwardResponse(a.id, a.regionalForumId, a.forumId, Multilingual.text(a.nomination), a.ngoId,
                    a.type, a.createdAt, a.version);
        }
    }

    private final ForumAwardService service;
    private final Idempotency idempotency;

    public ForumAwardResource(ForumAwardService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Grant an award at a regional forum", description = "A PRIZE or LETTER_OF_THANKS in a "
            + "nomination to an NGO of the register that is not being wound up. Publishes kz.civic.forum.award.granted.v1; "
            + "Idempotency-Key supported")
    @APIResponse(responseCode = "201", description = "Granted; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = ForumAwardResponse.class)))
    @APIResponse(responseCode = "400", description = "validation: errors[] names the fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such regional forum", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "unknown-ngo, ngo-wound-up", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<ForumAwardResponse> grant(@PathParam("id") UUID id, @NotNull @Valid ForumAwardRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return Typed.of(idempotency.execute(idempotencyKey, "POST /api/v1/regional-forums/" + id + "/awards", request,
                () -> {
                    ForumAward a = service.grant(id, request);
                    return Etags.created(uri, a.id, a.version, ForumAwardResponse.of(a));
                }));
    }

    @GET
    @PermitAll
    @Operation(summary = "Awards of a regional forum", description = "Newest first, cursor-paginated")
    @APIResponse(responseCode = "200", description = "A page of awards")
    @APIResponse(responseCode = "404", description = "No such regional forum", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<ForumAwardResponse>> list(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return service.list(id, null, cursor, limit).map(ForumAwardResponse::of).ok(uri);
    }

    @GET
    @Path("/{awardId}")
    @PermitAll
    @Operation(summary = "One award", description = "ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The award")
    @APIResponse(responseCode = "404", description = "No such award at this regional forum", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<ForumAwardResponse> get(@PathParam("id") UUID id, @PathParam("awardId") UUID awardId,
            @Context Request request) {
        ForumAward a = service.get(id, awardId);
        return Etags.conditionalGetTyped(request, a.version, ForumAwardResponse.of(a));
    }
}
