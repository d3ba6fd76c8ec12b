package kz.civic.forum.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.forum.AddresseeType;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.repository.ResponseObligation;
import kz.civic.forum.repository.ResponseObligationRepository.Kind;
import kz.civic.forum.service.ResponseObligationService;
import kz.civic.forum.service.Timestamps;
import kz.civic.platform.web.LocalizedText;
import kz.civic.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/recommendations")
@Tag(name = "Government responses", description = "Answers of the addressed government bodies and their deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class ResponseDeadlineResource {

    /**
     * One addressed body's answer owed on one recommendation. {@code firstRespondedAt} is null while unanswered;
     * {@code daysOverdue} counts from the due date to the first answer, or to today while there is none.
     */
    public record ResponseObligationResponse(UUID recommendationId, UUID governmentBodyId, AddresseeType addresseeType,
            RecommendationStatus status, UUID forumId, LocalizedText text, OffsetDateTime submittedAt,
            LocalDate responseDueDate,
            @Schema(nullable = true, description = "Absent while the body has not answered") OffsetDateTime firstRespondedAt,
            long daysOverdue) {
        static ResponseObligationResponse of(ResponseObligation o, LocalDate today) {
            return new ResponseObligationResponse(o.recommendationId(), o.governmentBodyId(), o.addresseeType(), o.status(),
                    o.forumId(), new LocalizedText(o.textKk(), o.textRu(), o.textEn()), o.submittedAt(),
                    o.responseDueDate(), o.firstRespondedAt(), o.daysOverdue(today));
        }
    }

    private final ResponseObligationService service;

    public ResponseDeadlineResource(ResponseObligationService service) {
        this.service = service;
    }

    @GET
    @Path("/overdue")
    @PermitAll
    @Operation(summary = "Overdue answers", description = "Per addressed government body: submitted recommendations "
            + "(not merged) whose due date has passed without an answer from that body by then, whether it answered "
            + "late (firstRespondedAt set) or not at all. Oldest due date first, cursor-paginated")
    @APIResponse(responseCode = "200", description = "A page of overdue answers")
    @APIResponse(responseCode = "400", description = "a malformed governmentBodyId, forumId or cursor", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<ResponseObligationResponse>> overdue(
            @QueryParam("governmentBodyId") @Parameter(schema = @Schema(implementation = UUID.class)) String governmentBodyId,
            @QueryParam("forumId") @Parameter(schema = @Schema(implementation = UUID.class)) String forumId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Context UriInfo uri) {
        return list(Kind.OVERDUE, governmentBodyId, forumId, cursor, limit, uri);
    }

    @GET
    @Path("/never-answered")
    @PermitAll
    @Operation(summary = "Never-answered recommendations", description = "Per addressed government body: submitted "
            + "recommendations (not merged) that body has not answered at all, due or not yet. Oldest due date first, "
            + "cursor-paginated")
    @APIResponse(responseCode = "200", description = "A page of answers still awaited")
    @APIResponse(responseCode = "400", description = "a malformed governmentBodyId, forumId or cursor", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<ResponseObligationResponse>> neverAnswered(
            @QueryParam("governmentBodyId") @Parameter(schema = @Schema(implementation = UUID.class)) String governmentBodyId,
            @QueryParam("forumId") @Parameter(schema = @Schema(implementation = UUID.class)) String forumId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return list(Kind.NEVER_ANSWERED, governmentBodyId, forumId, cursor, limit, uri);
    }

    private RestResponse<Page<ResponseObligationResponse>> list(Kind kind, String governmentBodyId, String forumId, String cursor, int limit, UriInfo uri) {
        LocalDate today = Timestamps.today();
        return service.list(kind, today, QueryParams.uuid(governmentBodyId, "governmentBodyId"),
                QueryParams.uuid(forumId, "forumId"), cursor, limit)
                .map(o -> ResponseObligationResponse.of(o, today)).ok(uri);
    }
}
