package kz.civic.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.platform.web.validation.Ordered;

/**
 * A call (lot) to create in a funding plan. State-grant calls name a grant band and a duration;
 * their application window is 20-30 days. Criteria weights sum to 100.
 */
public record CallRequest(
        @NotNull UUID planId,
        @NotNull @Valid LocalizedText title,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "must be a sphere code") String> spheres,
        @Pattern(regexp = "^KZ-[0-9A-Z]{2,3}$", message = "must be an ISO 3166-2:KZ code") String regionCode,
        @NotNull @Valid Money amount,
        @Pattern(regexp = "^[A-Z_]{1,40}$", message = "must be a grant band code") String grantBand,
        @Min(1) @Max(60) Integer durationMonths,
        @NotNull @Valid Window applicationWindow,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid CriterionRequest> criteria,
        @Size(max = 50) List<@NotNull UUID> recommendationIds,
        @Size(max = 50) List<@NotNull UUID> actionPlanItemIds) {

    /** The dates (Asia/Almaty) applications are accepted, both inclusive; closesOn after opensOn. */
    @Ordered(from = "opensOn", to = "closesOn")
    public record Window(@NotNull LocalDate opensOn, @NotNull LocalDate closesOn) {
    }

    /** An evaluation criterion; {@code weight} is its share of the total score in percent. */
    public record CriterionRequest(
            @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]{0,39}$", message = "must be an upper-case code") String code,
            @NotNull @Valid LocalizedText name,
            @NotNull @Min(1) @Max(100) Integer weight) {
    }

    public List<String> sphereCodes() {
        return spheres == null ? List.of() : spheres;
    }

    public List<UUID> recommendations() {
        return recommendationIds == null ? List.of() : recommendationIds;
    }

    public List<UUID> actionPlanItems() {
        return actionPlanItemIds == null ? List.of() : actionPlanItemIds;
    }
}
