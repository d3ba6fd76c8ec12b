package kz.civic.registry.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.LegalForm;
import kz.civic.registry.rest.validation.ValidBin;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/ngos}. Status, id and version are set by the registry, never by the client. */
@Schema(name = "RegisterNgoRequest", description = "An NGO to enter into the register")
public record RegisterNgoRequest(
        @Schema(description = "12-digit BIN with a valid check digit; omit only for legacy records", examples = "940140000385")
        @ValidBin String bin,
        @Schema(description = "true for a legacy record registered before BINs existed") Boolean legacy,
        @Schema(description = "Full names; kk or ru required") @NotNull @Valid LocalizedText names,
        @Size(max = 200) String shortName,
        @NotNull LegalForm legalForm,
        @Schema(description = "ISO 3166-2:KZ code of the region", examples = "KZ-75")
        @NotNull @Pattern(regexp = "KZ-[0-9A-Z]{2,3}", message = "must be an ISO 3166-2:KZ code such as KZ-75") String regionCode,
        @NotNull @PastOrPresent LocalDate registrationDate) {
}
