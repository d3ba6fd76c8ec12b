package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kz.civic.forum.DialoguePlatform;
import kz.civic.forum.Multilingual;
import kz.civic.forum.repository.DialoguePlatformRepository;
import kz.civic.forum.repository.Keyset;
import kz.civic.forum.rest.DialoguePlatformRequest;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Page;

/** Dialogue platforms of a forum edition or of a regional forum. */
@ApplicationScoped
@Transactional
public class DialoguePlatformService {

    private final DialoguePlatformRepository platforms;
    private final SourceLookup sources;

    public DialoguePlatformService(DialoguePlatformRepository platforms, SourceLookup sources) {
        this.platforms = platforms;
        this.sources = sources;
    }

    /**
     * Records a dialogue platform; one of a regional forum also belongs to that forum's edition.
     *
     * @throws ApiException 422 {@code unknown-forum} or {@code unknown-regional-forum}
     */
    public DialoguePlatform create(DialoguePlatformRequest request) {
        DialoguePlatform platform = new DialoguePlatform();
        platform.id = UUID.randomUUID();
        if (request.regionalForumId() != null) {
            platform.regionalForumId = request.regionalForumId();
            platform.forumId = sources.regionalForum(request.regionalForumId(), "regionalForumId").forumId;
        } else {
            platform.forumId = sources.forum(request.forumId(), "forumId").id;
        }
        platform.title = Multilingual.of(request.title());
        platform.topic = Multilingual.of(request.topic());
        platform.createdAt = Timestamps.now();
        platforms.persist(platform);
        return platform;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DialoguePlatform get(UUID id) {
        return platforms.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("dialogue platform", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DialoguePlatform> list(UUID forumId, UUID regionalForumId, String cursor, int limit) {
        return Page.of(platforms.list(forumId, regionalForumId, Keyset.decode(cursor), limit + 1), limit,
                p -> Keyset.of(p.createdAt, p.id));
    }
}
