package kz.civic.forum.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import kz.civic.forum.rest.ForumAwardResource.ForumAwardResponse;
import kz.civic.forum.service.ForumAwardService;
import kz.civic.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/forums/{id}/awards")
@Tag(name = "Forum awards", description = "Prizes and letters of thanks to NGOs at regional forums")
@Produces(MediaType.APPLICATION_JSON)
public class EditionAwardResource {

    private final ForumAwardService service;

    public EditionAwardResource(ForumAwardService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "Awards of a forum edition", description = "Granted at any of its regional forums; newest first, "
            + "cursor-paginated")
    @APIResponse(responseCode = "200", description = "A page of awards")
    @APIResponse(responseCode = "404", description = "No such edition", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<ForumAwardResponse>> list(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return service.list(null, id, cursor, limit).map(ForumAwardResponse::of).ok(uri);
    }
}
