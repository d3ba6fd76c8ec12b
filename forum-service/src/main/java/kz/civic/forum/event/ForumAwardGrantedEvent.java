package kz.civic.forum.event;

import java.util.UUID;
import kz.civic.forum.ForumAward;
import kz.civic.forum.Multilingual;
import kz.civic.platform.web.LocalizedText;

/**
 * Payload of {@code kz.civic.forum.award.granted.v1} on {@code forum.awards} (record key = award id). Schema:
 * {@code contracts/events/kz.civic.forum.award.granted.v1.json}.
 */
public record ForumAwardGrantedEvent(UUID id, UUID regionalForumId, UUID forumId, String regionCode,
        LocalizedText nomination, UUID ngoId, String type, long version) {

    public static final String TOPIC = "forum.awards";
    public static final String TYPE = "kz.civic.forum.award.granted.v1";

    public static ForumAwardGrantedEvent of(ForumAward a, String regionCode) {
        return new ForumAwardGrantedEvent(a.id, a.regionalForumId, a.forumId, regionCode, Multilingual.text(a.nomination),
                a.ngoId, a.type.name(), a.version);
    }
}
