package kz.civic.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.platform.web.validation.RequiredWhen;
import kz.civic.procurement.Instrument;
import kz.civic.procurement.PlanLevel;

/** A funding plan to draft. REGIONAL plans name their region. */
@RequiredWhen(field = "regionCode", when = "level", is = "REGIONAL", message = "a REGIONAL plan names its region")
public record FundingPlanRequest(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull Instrument instrument,
        @NotNull PlanLevel level,
        @NotNull UUID customerId,
        @Pattern(regexp = "^KZ-[0-9A-Z]{2,3}$", message = "must be an ISO 3166-2:KZ code") String regionCode,
        @NotNull @Valid Money budget,
        @NotNull @Valid LocalizedText title) {
}
