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
import kz.civic.forum.DialoguePlatform;
import kz.civic.forum.Multilingual;
import kz.civic.forum.service.DialoguePlatformService;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;
import kz.civic.platform.web.LocalizedText;
import kz.civic.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/dialogue-platforms")
@Tag(name = "Dialogue platforms", description = "Discussion tracks of a forum edition or a regional forum")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DialoguePlatformResource {

    /** A dialogue platform; {@code regionalForumId} is null for one of the republican forum. */
    public record DialoguePlatformResponse(UUID id, UUID forumId, @Schema(nullable = true) UUID regionalForumId,
            LocalizedText title, @Schema(nullable = true) LocalizedText topic, OffsetDateTime createdAt, long version) {
        static DialoguePlatformResponse of(DialoguePlatform p) {
            return new DialoguePlatformResponse(p.id, p.forumId, p.regionalForumId, Multilingual.text(p.title),
                    Multilingual.text(p.topic), p.createdAt, p.version);
        }
    }

    private final DialoguePlatformService service;
    private final Idempotency idempotency;

    public DialoguePlatformResource(DialoguePlatformService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record a dialogue platform", description = "Of a forum edition (forumId) or a regional "
            + "forum (regionalForumId), exactly one; 422 when it does not exist; Idempotency-Key supported")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = DialoguePlatformResponse.class)))
    @APIResponse(responseCode = "400", description = "validation or malformed-request: errors[] names the fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "unknown-forum or unknown-regional-forum", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<DialoguePlatformResponse> create(@NotNull @Valid DialoguePlatformRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return Typed.of(idempotency.execute(idempotencyKey, "POST /api/v1/dialogue-platforms", request, () -> {
            DialoguePlatform platform = service.create(request);
            return Etags.created(uri, platform.id, platform.version, DialoguePlatformResponse.of(platform));
        }));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a dialogue platform", description = "ETag; If-None-Match gives 304")
    public RestResponse<DialoguePlatformResponse> get(@PathParam("id") UUID id, @Context Request request) {
        DialoguePlatform platform = service.get(id);
        return Etags.conditionalGetTyped(request, platform.version, DialoguePlatformResponse.of(platform));
    }

    @GET
    @PermitAll
    @Operation(summary = "List dialogue platforms", description = "Newest first, cursor-paginated; filter by edition "
            + "(includes its regional forums' platforms) or by regional forum")
    public RestResponse<Page<DialoguePlatformResponse>> list(
            @QueryParam("forumId") @Parameter(schema = @Schema(implementation = UUID.class)) String forumId,
            @QueryParam("regionalForumId") @Parameter(schema = @Schema(implementation = UUID.class)) String regionalForumId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Context UriInfo uri) {
        return service.list(QueryParams.uuid(forumId, "forumId"), QueryParams.uuid(regionalForumId, "regionalForumId"), cursor,
                limit).map(DialoguePlatformResponse::of).ok(uri);
    }
}
