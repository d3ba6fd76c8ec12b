package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kz.civic.forum.Multilingual;
import kz.civic.forum.RegionalForum;
import kz.civic.forum.repository.Keyset;
import kz.civic.forum.repository.RegionalForumRepository;
import kz.civic.forum.rest.RegionalForumRequest;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Page;

/** Regional forums: one per region and edition, created by the forum secretariat. */
@ApplicationScoped
@Transactional
public class RegionalForumService {

    private final RegionalForumRepository regionalForums;
    private final SourceLookup sources;

    public RegionalForumService(RegionalForumRepository regionalForums, SourceLookup sources) {
        this.regionalForums = regionalForums;
        this.sources = sources;
    }

    /**
     * Records a regional forum.
     *
     * @throws ApiException 422 {@code unknown-forum}, 409 {@code duplicate-regional-forum} with {@code existingId}
     */
    public RegionalForum create(RegionalForumRequest request) {
        sources.forum(request.forumId(), "forumId");
        regionalForums.findByForumAndRegion(request.forumId(), request.regionCode()).ifPresent(existing -> {
            throw ApiException.conflict("duplicate-regional-forum", "edition " + request.forumId()
                    + " already has a regional forum in " + request.regionCode()).with("existingId", existing.id);
        });
        RegionalForum forum = new RegionalForum();
        forum.id = UUID.randomUUID();
        forum.forumId = request.forumId();
        forum.regionCode = request.regionCode();
        forum.localSequenceNumber = request.localSequenceNumber();
        forum.venue = Multilingual.of(request.venue());
        forum.startDate = request.startDate();
        forum.endDate = request.endDate();
        forum.priorityIssue = Multilingual.of(request.priorityIssue());
        forum.participantsTotal = request.participantsTotal();
        if (request.participantsByCategory() != null) {
            forum.participantsByCategory.putAll(request.participantsByCategory());
        }
        forum.createdAt = Timestamps.now();
        regionalForums.persist(forum);
        return forum;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RegionalForum get(UUID id) {
        return regionalForums.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("regional forum", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RegionalForum> list(UUID forumId, String regionCode, String cursor, int limit) {
        return Page.of(regionalForums.list(forumId, regionCode, Keyset.decode(cursor), limit + 1), limit,
                f -> Keyset.of(f.createdAt, f.id));
    }
}
