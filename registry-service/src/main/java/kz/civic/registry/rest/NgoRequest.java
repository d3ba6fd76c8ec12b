package kz.civic.registry.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.civic.platform.identity.Bin;
import kz.civic.platform.identity.Iin;
import kz.civic.platform.identity.ValidBin;
import kz.civic.platform.identity.ValidIin;
import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.LegalForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/ngos} and {@code PUT /api/v1/ngos/{id}}. Status, id and version are
 * set by the registry and cannot be sent (unknown properties are rejected). On PUT the BIN cannot
 * change, and only the registry may change legal form, region, registration date and parent.
 */
@Schema(name = "NgoRequest", description = "An NGO's register entry")
public record NgoRequest(
        @Schema(description = Bin.FORMAT + " Omit only for legacy records. Its YYMM may not be after the registration "
                + "date (422 bin-after-registration).", pattern = Bin.PATTERN, examples = "940140000385")
        @ValidBin String bin,
        @Schema(description = "true for a legacy record registered before BINs existed") Boolean legacy,
        @Schema(description = "Full names; kk or ru required") @NotNull @Valid LocalizedText names,
        @Size(max = 200) String shortName,
        @Schema(description = "other names: former names, transliterations") @Size(max = 20)
        List<@NotBlank @Size(max = 300) String> aliases,
        @NotNull LegalForm legalForm,
        @Schema(description = "ISO 3166-2:KZ code of a current region", examples = "KZ-75")
        @NotNull @Pattern(regexp = "KZ-[0-9A-Z]{2,3}", message = "must be an ISO 3166-2:KZ code such as KZ-75") String regionCode,
        @Schema(description = "required when the registry registers or updates an NGO directly; ignored in a "
                + "registration application, where the approval date becomes the registration date")
        @PastOrPresent LocalDate registrationDate,
        @Schema(description = "head organisation; required for branches and representative offices (BIN digit 6 is 1 or 2), "
                + "which cannot be registered before it (422 branch-before-head)")
        UUID parentNgoId,
        @Size(max = 500) String address,
        @Size(max = 200) String settlement,
        @Valid Contacts contacts,
        @Schema(description = "sphere codes from /api/v1/reference/spheres") @Size(max = 30) Set<@NotBlank String> spheres,
        @PositiveOrZero Integer volunteersCount,
        @PositiveOrZero Integer beneficiariesCount,
        @Schema(description = "personal data: visible to the registry and the NGO itself only") @Valid Person leader,
        @Size(max = 50) List<@NotNull @Valid Person> founders) {

    /** The organisation's public contacts. */
    public record Contacts(@Email @Size(max = 200) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "must be a phone number") String phone,
            @Pattern(regexp = "https?://\\S{1,300}", message = "must be an http(s) URL") String website) {
    }

    /** A person: leader or founder. */
    public record Person(@NotBlank @Size(max = 300) String fullName,
            @Schema(description = Iin.FORMAT, pattern = Iin.PATTERN, examples = "880115300017") @NotNull @ValidIin String iin) {
    }

    /** The same request with another registration date (an approved application registers on its approval date). */
    public NgoRequest withRegistrationDate(LocalDate date) {
        return new NgoRequest(bin, legacy, names, shortName, aliases, legalForm, regionCode, date, parentNgoId, address,
                settlement, contacts, spheres, volunteersCount, beneficiariesCount, leader, founders);
    }
}
