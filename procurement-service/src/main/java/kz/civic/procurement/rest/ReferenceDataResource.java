package kz.civic.procurement.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import kz.civic.procurement.GrantBand;
import kz.civic.procurement.MciRate;
import kz.civic.procurement.service.ReferenceDataService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    public record GrantBandResponse(String code, int minMonths, int maxMonths, int minMci, Integer maxMci,
            BigDecimal institutionalShareMax) {
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
    @Operation(summary = "MCI value per year", description = "The monthly calculation index in KZT with its source")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Items.class)))
    public Items<MciRateResponse> mciRates() {
        return new Items<>(service.mciRates().stream().map(MciRateResponse::of).toList());
    }

    @GET
    @Path("/grant-bands")
    @Operation(summary = "State grant size bands", description = "Short, medium and long-term grants: months, MCI, "
            + "institutional development cap")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Items.class)))
    public Items<GrantBandResponse> grantBands() {
        return new Items<>(service.grantBands().stream().map(GrantBandResponse::of).toList());
    }

    @GET
    @Path("/eligible-legal-forms")
    @Operation(summary = "Legal forms eligible for state NGO funding", description = "Configuration "
            + "procurement.eligible-legal-forms; the input of the LEGAL_FORM_ELIGIBLE rule")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Items.class)))
    public Items<String> eligibleLegalForms() {
        Set<String> forms = service.eligibleLegalForms();
        return new Items<>(List.copyOf(forms));
    }
}
