package kz.civic.forum.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kz.civic.forum.ImplementationRating;
import kz.civic.platform.web.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/recommendations/{id}/assessments}: civil society's rating and why. */
@Schema(name = "ImplementationAssessmentRequest")
public record AssessRequest(
        @NotNull ImplementationRating rating,
        @NotNull @Valid LocalizedText comment) {
}
