package kz.civic.forum.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.rest.validation.CrossFieldChecked;
import kz.civic.forum.rest.validation.CrossFieldRules;
import kz.civic.platform.web.LocalizedText;

/** Body of {@code POST /api/v1/dialogue-platforms}: a platform of a forum edition or of a regional forum. */
@CrossFieldChecked
public record DialoguePlatformRequest(
        @NotNull @Valid LocalizedText title,
        @Valid LocalizedText topic,
        UUID forumId,
        UUID regionalForumId) implements CrossFieldRules {

    @Override
    public Map<String, String> brokenRules() {
        if (forumId == null && regionalForumId == null) {
            return Map.of("forumId", "forumId or regionalForumId is required");
        }
        if (forumId != null && regionalForumId != null) {
            return Map.of("regionalForumId", "give forumId or regionalForumId, not both");
        }
        return Map.of();
    }
}
