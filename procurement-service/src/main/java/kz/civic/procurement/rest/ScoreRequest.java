package kz.civic.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A member's scores of one application: one per criterion of the call, 0-100 each. */
public record ScoreRequest(@NotNull @Size(min = 1, max = 20) List<@NotNull @Valid CriterionScore> scores) {

    /** The score of one criterion. */
    public record CriterionScore(@NotBlank String criterion, @NotNull @Min(0) @Max(100) Integer value) {
    }
}
