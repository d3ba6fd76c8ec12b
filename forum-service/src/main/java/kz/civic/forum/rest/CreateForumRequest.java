package kz.civic.forum.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.rest.validation.CrossFieldChecked;
import kz.civic.forum.rest.validation.CrossFieldRules;
import kz.civic.platform.web.LocalizedText;

/**
 * Body of {@code POST /api/v1/forums}. {@code organizerNgoId} and the stages are optional; stage dates lie in the
 * edition's year, each stage ends on or after its start and the regional stage comes before the republican forum.
 */
@CrossFieldChecked
public record CreateForumRequest(
        @NotNull @Min(1) @Max(1000) Integer editionNumber,
        @NotNull @Min(2003) @Max(2100) Integer year,
        @NotNull @Valid LocalizedText motto,
        UUID organizerNgoId,
        @Valid Stage regionalStage,
        @Valid RepublicanStage republicanStage) implements CrossFieldRules {

    /** The regional stage: regional forums from May to October. */
    public record Stage(@NotNull LocalDate startDate, @NotNull LocalDate endDate) {
    }

    /** The republican forum: its dates and venue. */
    public record RepublicanStage(@NotNull LocalDate startDate, @NotNull LocalDate endDate, @Valid LocalizedText venue) {
    }

    @Override
    public Map<String, String> brokenRules() {
        Map<String, String> broken = new LinkedHashMap<>();
        if (regionalStage != null) {
            check(broken, "regionalStage", regionalStage.startDate(), regionalStage.endDate());
        }
        if (republicanStage != null) {
            check(broken, "republicanStage", republicanStage.startDate(), republicanStage.endDate());
        }
        if (broken.isEmpty() && regionalStage != null && republicanStage != null && regionalStage.endDate() != null
                && republicanStage.startDate() != null && republicanStage.startDate().isBefore(regionalStage.endDate())) {
            broken.put("republicanStage.startDate", "must not be before the end of the regional stage");
        }
        return broken;
    }

    private void check(Map<String, String> broken, String stage, LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return;
        }
        if (end.isBefore(start)) {
            broken.put(stage + ".endDate", "must not be before startDate");
        }
        if (year != null && (start.getYear() != year || end.getYear() != year)) {
            broken.put(stage + ".startDate", "the stage lies in the edition's year " + year);
        }
    }
}
