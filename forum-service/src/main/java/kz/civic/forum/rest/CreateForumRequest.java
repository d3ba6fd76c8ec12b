package kz.civic.forum.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import kz.civic.platform.web.LocalizedText;

/** Body of {@code POST /api/v1/forums}. */
public record CreateForumRequest(
        @NotNull @Min(1) @Max(1000) Integer editionNumber,
        @NotNull @Min(2003) @Max(2100) Integer year,
        @NotNull @Valid LocalizedText motto) {
}
