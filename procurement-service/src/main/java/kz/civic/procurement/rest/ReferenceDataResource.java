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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import kz.civic.platform.web.Scale;
import kz.civic.platform.web.Page;
import kz.civic.procurement.GrantBand;
import kz.civic.procurement.MciRate;
import kz.civic.procurement.service.Pages;
import kz.civic.procurement.service.ReferenceDataService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/procurement")
@Tag(name = "Procurement reference data", description = "MCI values, grant bands and eligible legal forms")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReferenceDataResource {

    /** The MCI of a year in KZT and where the value comes from. */
    public record MciRateResponse(int year, Money value, String source) {
        static MciRateResponse of(MciRate r) {
            return new MciRateResponse(r.year, Money.kzt(r.amountKzt), r.source);
        }
    }

    /** A grant band: duration in months, size in MCI (maxMci absent = no upper limit), institutional share cap. */
    public record GrantBandResponse(String code, int minMonths, int maxMonths, int minMci,
            @Schema(nullable = true, description = "Absent: no upper limit") Integer maxMci,
            @Scale(3) BigDecimal institutionalShareMax) {
        static GrantBandResponse of(GrantBand b) {
            return new GrantBandResponse(b.code, b.minMonths, b.maxMonths, b.minMci, b.maxMci, b.institutionalShareMax);
        }
    }

    private final ReferenceDataService service;

    public ReferenceDataResource(ReferenceDataService service) {
        this.service = service;
    }

    @GET
    @Path("/mci-rates")
    @Operation(summary = "MCI value per year", description = "The monthly calculation index in KZT with its source; "
            + "oldest first, cursor-paginated")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid limit or cursor", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<MciRateResponse>> mciRates(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return Pages.keyed(service.mciRates(cursor, limit), limit, r -> r.year).map(MciRateResponse::of).ok(uri);
    }

    @GET
    @Path("/grant-bands")
    @Operation(summary = "State grant size bands", description = "Short, medium and long-term grants: months, MCI, "
            + "institutional development cap; cursor-paginated")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid limit or cursor", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<GrantBandResponse>> grantBands(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return Pages.keyed(service.grantBands(cursor, limit), limit, b -> b.sortOrder).map(GrantBandResponse::of)
                .ok(uri);
    }

    @GET
    @Path("/eligible-legal-forms")
    @Operation(summary = "Legal forms eligible for state NGO funding", description = "Configuration "
            + "procurement.eligible-legal-forms; the input of the LEGAL_FORM_ELIGIBLE rule; alphabetical, cursor-paginated")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}; Link rel=next when there is more")
    @APIResponse(responseCode = "400", description = "invalid limit or cursor", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<String>> eligibleLegalForms(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return service.eligibleLegalForms(cursor, limit).ok(uri);
    }
}
