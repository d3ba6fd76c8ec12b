package kz.civic.procurement.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.UUID;
import kz.civic.platform.web.Etags;
import kz.civic.procurement.Award;
import kz.civic.procurement.service.AwardService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/awards")
@Tag(name = "Evaluation and awards")
@Produces(MediaType.APPLICATION_JSON)
public class AwardResource {

    private final AwardService awards;

    public AwardResource(AwardService awards) {
        this.awards = awards;
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get an award", description = "Public (transparency); ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The award; ETag is set")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "404", description = "no such award", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<AwardResponse> get(@PathParam("id") UUID id, @Context Request request) {
        Award a = awards.get(id);
        return Etags.conditionalGetTyped(request, a.version, AwardResponse.of(a));
    }
}
