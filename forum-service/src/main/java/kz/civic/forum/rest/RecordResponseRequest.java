package kz.civic.forum.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import kz.civic.forum.ResponsePosition;
import kz.civic.platform.web.LocalizedText;

/**
 * Body of {@code POST /api/v1/recommendations/{id}/responses}. An agency answers for the body its token is
 * bound to ({@code governmentBodyId} may be omitted; another body is 403); the secretariat records an answer
 * received on paper on behalf of the body named in {@code governmentBodyId} (required then, 422).
 */
public record RecordResponseRequest(
        @NotNull ResponsePosition position,
        @NotNull @Valid LocalizedText text,
        UUID governmentBodyId) {
}
