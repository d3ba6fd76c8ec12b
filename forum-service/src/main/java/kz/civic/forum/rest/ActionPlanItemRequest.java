package kz.civic.forum.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.rest.validation.CrossFieldChecked;
import kz.civic.forum.rest.validation.CrossFieldRules;
import kz.civic.platform.web.LocalizedText;

/**
 * Body of {@code POST /api/v1/action-plans/{planId}/items}. {@code weight} (default 1) weighs the item in the
 * roll-up; the indicator's target differs from its baseline.
 */
public record ActionPlanItemRequest(
        @NotNull @Valid LocalizedText title,
        @NotNull UUID responsibleBodyId,
        @NotNull LocalDate deadline,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 3) BigDecimal weight,
        @NotNull @Valid Indicator indicator,
        @Size(max = 100) List<@NotNull UUID> recommendationIds) {

    /** What measures the item: unit, baseline and target values. */
    @CrossFieldChecked
    public record Indicator(
            @NotBlank @Size(max = 100) String unit,
            @NotNull @Digits(integer = 15, fraction = 4) BigDecimal baseline,
            @NotNull @Digits(integer = 15, fraction = 4) BigDecimal target) implements CrossFieldRules {

        @Override
        public Map<String, String> brokenRules() {
            return baseline != null && target != null && baseline.compareTo(target) == 0
                    ? Map.of("target", "must differ from baseline") : Map.of();
        }
    }
}
