package kz.civic.forum.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kz.civic.forum.ImplementationRating;
import kz.civic.platform.web.LocalizedText;

/** Body of {@code POST /api/v1/recommendations/{id}/assessments}: civil society's rating and why. */
public record AssessRequest(
        @NotNull ImplementationRating rating,
        @NotNull @Valid LocalizedText comment) {
}
