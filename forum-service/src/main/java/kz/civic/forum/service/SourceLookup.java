package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kz.civic.forum.DialoguePlatform;
import kz.civic.forum.Forum;
import kz.civic.forum.RegionalForum;
import kz.civic.forum.repository.DialoguePlatformRepository;
import kz.civic.forum.repository.ForumRepository;
import kz.civic.forum.repository.RegionalForumRepository;

/** Resolves references to forum editions, regional forums and dialogue platforms; an unknown one is a 422. */
@ApplicationScoped
public class SourceLookup {

    private final ForumRepository forums;
    private final RegionalForumRepository regionalForums;
    private final DialoguePlatformRepository dialoguePlatforms;

    public SourceLookup(ForumRepository forums, RegionalForumRepository regionalForums,
            DialoguePlatformRepository dialoguePlatforms) {
        this.forums = forums;
        this.regionalForums = regionalForums;
        this.dialoguePlatforms = dialoguePlatforms;
    }

    public Forum forum(UUID id, String field) {
        return forums.findByIdOptional(id).orElseThrow(() ->
                Violations.of("unknown-forum", field, "forum " + id + " does not exist").with("forumId", id));
    }

    public RegionalForum regionalForum(UUID id, String field) {
        return regionalForums.findByIdOptional(id).orElseThrow(() ->
                Violations.of("unknown-regional-forum", field, "regional forum " + id + " does not exist")
                        .with("regionalForumId", id));
    }

    public DialoguePlatform dialoguePlatform(UUID id, String field) {
        return dialoguePlatforms.findByIdOptional(id).orElseThrow(() ->
                Violations.of("unknown-dialogue-platform", field, "dialogue platform " + id + " does not exist")
                        .with("dialoguePlatformId", id));
    }
}
