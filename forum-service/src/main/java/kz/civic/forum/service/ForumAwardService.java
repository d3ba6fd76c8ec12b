package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kz.civic.forum.ForumAward;
import kz.civic.forum.Multilingual;
import kz.civic.forum.RegionalForum;
import kz.civic.forum.event.ForumAwardGrantedEvent;
import kz.civic.forum.repository.ForumAwardRepository;
import kz.civic.forum.repository.ForumRepository;
import kz.civic.forum.repository.Keyset;
import kz.civic.forum.rest.ForumAwardRequest;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Page;

/** Awards granted to NGOs at regional forums (issue 4 item 6), with the award-granted event. */
@ApplicationScoped
@Transactional
public class ForumAwardService {

    private final ForumAwardRepository awards;
    private final RegionalForumService regionalForums;
    private final RecommendationReferences references;
    private final OutboxWriter outbox;
    private final ForumRepository forums;

    public ForumAwardService(ForumAwardRepository awards, RegionalForumService regionalForums,
            RecommendationReferences references, OutboxWriter outbox, ForumRepository forums) {
        this.forums = forums;
        this.awards = awards;
        this.regionalForums = regionalForums;
        this.references = references;
        this.outbox = outbox;
    }

    /** @throws ApiException 404 for the regional forum; 422 {@code unknown-ngo}, {@code ngo-wound-up} */
    public ForumAward grant(UUID regionalForumId, ForumAwardRequest request) {
        RegionalForum regional = regionalForums.get(regionalForumId);
        references.checkNgo(request.ngoId(), "ngoId");
        ForumAward award = new ForumAward();
        award.id = UUID.randomUUID();
        award.regionalForumId = regional.id;
        award.forumId = regional.forumId;
        award.nomination = Multilingual.of(request.nomination());
        award.ngoId = request.ngoId();
        award.type = request.type();
        award.createdAt = Timestamps.now();
        awards.persist(award);
        awards.flush();
        outbox.append(ForumAwardGrantedEvent.TOPIC, ForumAwardGrantedEvent.TYPE, award.id.toString(),
                ForumAwardGrantedEvent.of(award, regional.regionCode));
        return award;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ForumAward get(UUID regionalForumId, UUID id) {
        return awards.findByIdOptional(id).filter(a -> a.regionalForumId.equals(regionalForumId))
                .orElseThrow(() -> ApiException.notFound("award", id));
    }

    /** Newest first, of a regional forum (404 if unknown) or of an edition (404 if unknown). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ForumAward> list(UUID regionalForumId, UUID forumId, String cursor, int limit) {
        if (regionalForumId != null) {
            regionalForums.get(regionalForumId);
        } else {
            forums.findByIdOptional(forumId).orElseThrow(() -> ApiException.notFound("forum", forumId));
        }
        return Page.of(awards.list(regionalForumId, forumId, Keyset.decode(cursor), limit + 1), limit,
                a -> Keyset.of(a.createdAt, a.id));
    }
}
