package kz.civic.forum.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.rest.validation.CrossFieldChecked;
import kz.civic.forum.rest.validation.CrossFieldRules;
import kz.civic.platform.web.LocalizedText;

/** Body of {@code POST /api/v1/action-plans}: the edition whose recommendations it implements, its title and years. */
@CrossFieldChecked
public record ActionPlanRequest(
        @NotNull UUID forumId,
        @NotNull @Valid LocalizedText title,
        @NotNull @Min(2003) @Max(2100) Integer periodStart,
        @NotNull @Min(2003) @Max(2100) Integer periodEnd) implements CrossFieldRules {

    @Override
    public Map<String, String> brokenRules() {
        return periodStart != null && periodEnd != null && periodEnd < periodStart
                ? Map.of("periodEnd", "must not be before periodStart") : Map.of();
    }
}
