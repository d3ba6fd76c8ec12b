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
import java.util.UUID;
import kz.civic.forum.Forum;
import kz.civic.forum.Multilingual;
import kz.civic.forum.service.ForumService;
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

@Path("/api/v1/forums")
@Tag(name = "Forums", description = "Civil Forum editions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ForumResource {

    /** A stage's dates; the republican forum also has its venue. */
    public record StageDetails(LocalDate startDate, LocalDate endDate,
            @Schema(nullable = true, description = "Recorded for the republican forum only") LocalizedText venue) {
    }

    /** A forum edition; organiser and stages are null when not recorded. */
    public record ForumResponse(UUID id, int editionNumber, int year, LocalizedText motto,
            @Schema(nullable = true) UUID organizerNgoId, @Schema(nullable = true) StageDetails regionalStage,
            @Schema(nullable = true) StageDetails republicanStage, long version) {
        static ForumResponse of(Forum f) {
            return new ForumResponse(f.id, f.editionNumber, f.year, new LocalizedText(f.mottoKk, f.mottoRu, f.mottoEn),
                    f.organizerNgoId, f.regionalStart == null ? null : new StageDetails(f.regionalStart, f.regionalEnd, null),
                    f.republicanStart == null ? null : new StageDetails(f.republicanStart, f.republicanEnd,
                            Multilingual.text(f.republicanVenue)), f.version);
        }
    }

    private final ForumService service;
    private final Idempotency idempotency;

    public ForumResource(ForumService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a forum edition", description = "The Civil Forum meets at most once a year and its "
            + "edition numbers follow the years: 409 duplicate-edition when the number exists, 409 edition-year-taken "
            + "when another edition was held that year (both with existingId), 422 edition-out-of-sequence when a lower "
            + "number lies in a later year or a higher number in an earlier one (gaps are allowed). Optional organiser "
            + "NGO (422 unknown-ngo / ngo-wound-up) and stages (dates in the edition's year, regional before republican)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = ForumResponse.class)))
    @APIResponse(responseCode = "409", description = "duplicate-edition, edition-year-taken (existingId names the "
            + "edition held), or a request with the same Idempotency-Key is in flight")
    @APIResponse(responseCode = "422", description = "edition-out-of-sequence (errors[] names year), unknown-ngo, "
            + "ngo-wound-up, or the Idempotency-Key used with another body")
    public RestResponse<ForumResponse> create(@NotNull @Valid CreateForumRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return Typed.of(idempotency.execute(idempotencyKey, "POST /api/v1/forums", request, () -> {
            Forum forum = service.create(request);
            return Etags.created(uri, forum.id, forum.version, ForumResponse.of(forum));
        }));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a forum edition", description = "ETag; If-None-Match gives 304")
    public RestResponse<ForumResponse> get(@PathParam("id") UUID id, @Context Request request) {
        Forum forum = service.get(id);
        return Etags.conditionalGetTyped(request, forum.version, ForumResponse.of(forum));
    }

    @GET
    @PermitAll
    @Operation(summary = "List forum editions", description = "Newest edition first, cursor-paginated")
    public RestResponse<Page<ForumResponse>> list(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return service.list(cursor, limit).map(ForumResponse::of).ok(uri);
    }
}
