package kz.civic.forum.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import kz.civic.forum.ForumAward;
import kz.civic.platform.web.LocalizedText;

/** Body of {@code POST /api/v1/regional-forums/{id}/awards}. */
public record ForumAwardRequest(
        @NotNull @Valid LocalizedText nomination,
        @NotNull UUID ngoId,
        @NotNull ForumAward.Type type) {
}
