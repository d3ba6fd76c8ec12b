package kz.civic.forum.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.Priority;
import kz.civic.forum.SourceType;
import kz.civic.platform.web.LocalizedText;

/**
 * Body of {@code POST /api/v1/recommendations} and {@code PUT /api/v1/recommendations/{id}} (a draft
 * is replaced as a whole). Status, ids and dates are not part of it: they cannot be mass-assigned.
 */
public record RecommendationRequest(
        @NotNull @Valid LocalizedText text,
        @NotNull SourceType sourceType,
        @NotNull UUID sourceId,
        @Size(max = 50) List<@NotNull UUID> authorNgoIds,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid AddresseeDetails> addressees,
        @Size(max = 30) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be a sphere code such as "
                + "PROTECTION_OF_RIGHTS") String> spheres,
        @Pattern(regexp = "KZ-[0-9A-Z]{2,3}", message = "must be an ISO 3166-2:KZ code such as KZ-75") String regionCode,
        @Size(max = 17) List<@NotNull @Min(1) @Max(17) Integer> sdgGoals,
        @NotNull Priority priority) {
}
