package kz.civic.procurement.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.OffsetDateTime;
import kz.civic.platform.web.Page;
import kz.civic.platform.web.Params;
import kz.civic.procurement.opendata.Ocds;
import kz.civic.procurement.opendata.ThreeSixtyGiving;
import kz.civic.procurement.service.OpenDataService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/open-data")
@Tag(name = "Open data", description = "Calls, awards and grants in the Open Contracting Data Standard and 360Giving")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class OpenDataResource {

    private final OpenDataService openData;

    public OpenDataResource(OpenDataService openData) {
        this.openData = openData;
    }

    @GET
    @Path("/ocds/releases")
    @Operation(summary = "OCDS 1.1 release package", description = "Public. One contracting process (ocid "
            + "<prefix>-<callId>) per call; one release per recorded change (the call created: planning; announced: "
            + "tender; every later status change: tenderUpdate; each award: award; a contract signed: contract, ended: "
            + "contractTermination; each paid tranche: implementation with the transaction), each as of its date, ordered by "
            + "date. since (ISO 8601 date-time, e.g. 2026-12-01T00:00:00%2B05:00) keeps releases dated at or after it. "
            + "Cursor-paginated: links.next in the package and Link rel=next")
    @APIResponse(responseCode = "200", description = "A release package (releases is empty when nothing matches)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "The standard's own shape and field names (awardID, title_kk, ...): "
                            + "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json")))
    @APIResponse(responseCode = "400", description = "invalid since, limit or cursor",
            content = @Content(mediaType = "application/problem+json"))
    public Response releases(@Parameter(description = "ISO 8601 date-time with an offset", schema = @Schema(
            type = SchemaType.STRING, format = "date-time")) @QueryParam("since") String since,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Context UriInfo uri) {
        OffsetDateTime from = Params.parse("since", since, OffsetDateTime::parse,
                "an ISO 8601 date-time with an offset, e.g. 2026-12-01T00:00:00+05:00");
        Page<Ocds.Release> page = openData.releases(from, cursor, limit);
        URI next = next(uri, page);
        return withNext(Response.ok(openData.releasePackage(uri.getRequestUri(), page, next)), next);
    }

    @GET
    @Path("/360giving")
    @Operation(summary = "360Giving 1.4 grant package", description = "Public. The awards of state grants and NGO "
            + "awards (procurement.open-data.three-sixty-giving-instruments) as 360Giving grants, in decision order; "
            + "recipients KZ-BIN-<bin>, funders the customer government bodies, amounts in KZT, contract period and paid "
            + "tranches as planned dates and disbursements. Cursor-paginated: "
            + "links.next in the package and Link rel=next")
    @APIResponse(responseCode = "200", description = "A grant package (grants is empty when there are none)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "The standard's own shape and field names: https://raw.githubusercontent.com/"
                            + "ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json")))
    @APIResponse(responseCode = "400", description = "invalid limit or cursor",
            content = @Content(mediaType = "application/problem+json"))
    public Response grants(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        Page<ThreeSixtyGiving.Grant> page = openData.grants(uri.getBaseUri(), cursor, limit);
        URI next = next(uri, page);
        return withNext(Response.ok(openData.grantPackage(page, next)), next);
    }

    private static URI next(UriInfo uri, Page<?> page) {
        return page.nextCursor() == null ? null
                : uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
    }

    private static Response withNext(Response.ResponseBuilder ok, URI next) {
        return (next == null ? ok : ok.links(Link.fromUri(next).rel("next").build())).build();
    }
}
