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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import kz.civic.forum.Multilingual;
import kz.civic.forum.ParticipantCategory;
import kz.civic.forum.RegionalForum;
import kz.civic.forum.service.RegionalForumService;
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

@Path("/api/v1/regional-forums")
@Tag(name = "Regional forums", description = "The regional stage of a Civil Forum edition")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionalForumResource {

    /** A regional forum. */
    public record RegionalForumResponse(UUID id, UUID forumId, String regionCode, int localSequenceNumber,
            LocalizedText venue, LocalDate startDate, LocalDate endDate, @Schema(nullable = true) LocalizedText priorityIssue,
            int participantsTotal, Map<ParticipantCategory, Integer> participantsByCategory, OffsetDateTime createdAt,
            long version) {
        static RegionalForumResponse of(RegionalForum f) {
            return new RegionalForumResponse(f.id, f.forumId, f.regionCode, f.localSequenceNumber, Multilingual.text(f.venue),
                    f.startDate, f.endDate, Multilingual.text(f.priorityIssue), f.participantsTotal,
                    new TreeMap<>(f.participantsByCategory), f.createdAt, f.version);
        }
    }

    private final RegionalForumService service;
    private final Idempotency idempotency;

    public RegionalForumResource(RegionalForumService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record a regional forum", description = "One per region and edition (409 "
            + "duplicate-regional-forum); 422 unknown-forum; Idempotency-Key supported")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = RegionalForumResponse.class)))
    @APIResponse(responseCode = "400", description = "validation or malformed-request: errors[] names the fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "duplicate-regional-forum: existingId names the recorded one", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "unknown-forum", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<RegionalForumResponse> create(@NotNull @Valid RegionalForumRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return Typed.of(idempotency.execute(idempotencyKey, "POST /api/v1/regional-forums", request, () -> {
            RegionalForum forum = service.create(request);
            return Etags.created(uri, forum.id, forum.version, RegionalForumResponse.of(forum));
        }));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a regional forum", description = "ETag; If-None-Match gives 304")
    public RestResponse<RegionalForumResponse> get(@PathParam("id") UUID id, @Context Request request) {
        RegionalForum forum = service.get(id);
        return Etags.conditionalGetTyped(request, forum.version, RegionalForumResponse.of(forum));
    }

    @GET
    @PermitAll
    @Operation(summary = "List regional forums", description = "Newest first, cursor-paginated; filter by edition and "
            + "region (an ISO 3166-2:KZ code such as KZ-75)")
    public RestResponse<Page<RegionalForumResponse>> list(
            @QueryParam("forumId") @Parameter(schema = @Schema(implementation = UUID.class)) String forumId,
            @QueryParam("region") String region,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Context UriInfo uri) {
        return service.list(QueryParams.uuid(forumId, "forumId"), QueryParams.text(region), cursor,
                limit).map(RegionalForumResponse::of).ok(uri);
    }
}
