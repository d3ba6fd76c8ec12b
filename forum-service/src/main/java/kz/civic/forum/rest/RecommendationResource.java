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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import kz.civic.forum.AddresseeType;
import kz.civic.forum.Recommendation;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.SourceType;
import kz.civic.forum.mapping.RecommendationMapper;
import kz.civic.forum.repository.RecommendationFilter;
import kz.civic.forum.service.RecommendationService;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;
import kz.civic.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/recommendations")
@Tag(name = "Recommendations", description = "Recommendations of the Civil Forum and their addressees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    private final RecommendationService service;
    private final RecommendationMapper mapper;
    private final Idempotency idempotency;

    public RecommendationResource(RecommendationService service, RecommendationMapper mapper, Idempotency idempotency) {
        this.service = service;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.FORUM_SECRETARIAT, Roles.NGO, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Draft a recommendation", description = "Creates a DRAFT. The secretariat drafts for any "
            + "authors; an NGO drafts in its own name: the NGO of the token (claim ngoId) becomes the author whether "
            + "authorNgoIds is left out or names it, naming another NGO is 403 not-own-ngo (other NGOs join through "
            + "/co-authors), and the secretariat reviews, replaces and submits the draft. 422 for an unknown source, "
            + "an unknown or wound-up author NGO, or an agency addressee without a known government body of its level; "
            + "Idempotency-Key supported")
    @APIResponse(responseCode = "201", description = "Drafted; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = RecommendationResponse.class)))
    @APIResponse(responseCode = "400", description = "validation or malformed-request: errors[] names the fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not-own-ngo (an NGO naming another author), ngo-not-bound (an "
            + "ngo token without ngoId), or a role that may not draft", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "unknown-forum, unknown-regional-forum, unknown-dialogue-platform, "
            + "unknown-ngo, ngo-wound-up, unknown-government-body, government-body-required, "
            + "government-body-not-expected, addressee-level-mismatch; errors[] names the field", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<RecommendationResponse> create(@NotNull @Valid RecommendationRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return Typed.of(idempotency.execute(idempotencyKey, "POST /api/v1/recommendations", request, () -> {
            Recommendation r = service.create(request);
            return Etags.created(uri, r.id, r.version, mapper.toResponse(r));
        }));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a draft", description = "Requires If-Match (428/412); 409 not-a-draft once submitted")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set")
    @APIResponse(responseCode = "409", description = "not-a-draft: only a DRAFT can be replaced", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "as for POST", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<RecommendationResponse> replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RecommendationRequest request) {
        Recommendation r = service.replace(id, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(mapper.toResponse(r)).tag(Etags.of(r.version)).build();
    }

    @POST
    @Path("/{id}/co-authors")
    @RolesAllowed(Roles.NGO)
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Join a draft as co-author", description = "The NGO of the token (claim ngoId) becomes an "
            + "author of a DRAFT; already being one changes nothing")
    @APIResponse(responseCode = "200", description = "The recommendation with its authors; the new ETag is set")
    @APIResponse(responseCode = "403", description = "ngo-not-bound, or not an ngo token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such recommendation", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "not-a-draft", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "unknown-ngo, ngo-wound-up", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<RecommendationResponse> coAuthor(@PathParam("id") UUID id) {
        Recommendation r = service.coAuthor(id);
        return RestResponse.ResponseBuilder.ok(mapper.toResponse(r)).tag(Etags.of(r.version)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a recommendation", description = "ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The recommendation")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "404", description = "No such recommendation", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<RecommendationResponse> get(@PathParam("id") UUID id, @Context Request request) {
        Recommendation r = service.get(id);
        return Etags.conditionalGetTyped(request, r.version, mapper.toResponse(r));
    }

    @GET
    @PermitAll
    @Operation(summary = "List and search recommendations", description = "Newest first, cursor-paginated. q "
            + "matches the kk, ru and en text in any common spelling (Cyrillic or a Latin romanization, also inside a "
            + "word) or by word form (Russian and English words match their other forms), and ranks the list: text "
            + "equal to q, starting with q, a word starting with q, q inside a word, word forms only; newest first "
            + "within a rank; the "
            + "addressee filters (addresseeType, governmentBodyId) match one addressee meeting both; sphere, sdg and "
            + "authorNgoId match recommendations listing them (authorNgoId: the NGO authored or co-authored it)")
    @APIResponse(responseCode = "200", description = "A page of recommendations")
    @APIResponse(responseCode = "400", description = "a malformed parameter, named in errors[]", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<RecommendationResponse>> list(
            @QueryParam("q") @Parameter(description = "text to find (at most 200 characters): Cyrillic, Kazakh "
                    + "letters included, and every common Latin romanization match alike (Жастар = zhastar = jastar, "
                    + "Қазақстан = qazaqstan = kazakhstan, Общественный = obshchestvennyy = obshestvennyi; rules in "
                    + "docs/conventions.md, Search), also inside a word; Russian and English words also match their "
                    + "other forms. With q the list is ranked by relevance", schema = @Schema(maxLength = 200)) String q,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = RecommendationStatus.class)) String status,
            @QueryParam("addresseeType") @Parameter(schema = @Schema(implementation = AddresseeType.class))
            String addresseeType,
            @QueryParam("governmentBodyId") @Parameter(schema = @Schema(implementation = UUID.class)) String governmentBodyId,
            @QueryParam("region") @Parameter(description = "An ISO 3166-2:KZ code such as KZ-75") String region,
            @QueryParam("sourceType") @Parameter(schema = @Schema(implementation = SourceType.class)) String sourceType,
            @QueryParam("sourceId") @Parameter(schema = @Schema(implementation = UUID.class)) String sourceId,
            @QueryParam("forumId") @Parameter(schema = @Schema(implementation = UUID.class)) String forumId,
            @QueryParam("sphere") String sphere,
            @QueryParam("sdg") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "17")) String sdg,
            @QueryParam("authorNgoId") @Parameter(schema = @Schema(implementation = UUID.class)) String authorNgoId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        RecommendationFilter filter = new RecommendationFilter(
                QueryParams.enumValue(RecommendationStatus.class, status, "status"),
                QueryParams.enumValue(AddresseeType.class, addresseeType, "addresseeType"),
                QueryParams.uuid(governmentBodyId, "governmentBodyId"), QueryParams.text(region),
                QueryParams.enumValue(SourceType.class, sourceType, "sourceType"), QueryParams.uuid(sourceId, "sourceId"),
                QueryParams.uuid(forumId, "forumId"), QueryParams.text(sphere), QueryParams.intValue(sdg, "sdg", 1, 17),
                QueryParams.uuid(authorNgoId, "authorNgoId"), QueryParams.query(q, "q", 200));
        return mapper.toResponses(service.list(filter, cursor, limit)).ok(uri);
    }
}
