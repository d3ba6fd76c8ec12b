package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.Forum;
import kz.civic.forum.Multilingual;
import kz.civic.forum.repository.ForumRepository;
import kz.civic.forum.rest.CreateForumRequest;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Page;

@ApplicationScoped
@Transactional
public class ForumService {

    private final ForumRepository forums;
    private final RecommendationReferences references;

    public ForumService(ForumRepository forums, RecommendationReferences references) {
        this.forums = forums;
        this.references = references;
    }

    /** @throws ApiException 409 {@code duplicate-edition}; 422 {@code unknown-ngo} / {@code ngo-wound-up} for the organiser */
    public Forum create(CreateForumRequest request) {
        if (forums.editionExists(request.editionNumber())) {
            throw ApiException.conflict("duplicate-edition", "edition " + request.editionNumber() + " already exists");
        }
        Forum forum = new Forum();
        forum.id = UUID.randomUUID();
        forum.editionNumber = request.editionNumber();
        forum.year = request.year();
        forum.mottoKk = request.motto().kk();
        forum.mottoRu = request.motto().ru();
        forum.mottoEn = request.motto().en();
        if (request.organizerNgoId() != null) {
            references.checkNgo(request.organizerNgoId(), "organizerNgoId");
            forum.organizerNgoId = request.organizerNgoId();
        }
        if (request.regionalStage() != null) {
            forum.regionalStart = request.regionalStage().startDate();
            forum.regionalEnd = request.regionalStage().endDate();
        }
        if (request.republicanStage() != null) {
            forum.republicanStart = request.republicanStage().startDate();
            forum.republicanEnd = request.republicanStage().endDate();
            forum.republicanVenue = Multilingual.of(request.republicanStage().venue());
        }
        forum.createdAt = OffsetDateTime.now();
        forums.persist(forum);
        return forum;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Forum get(UUID id) {
        return forums.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("forum", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Forum> list(String cursor, int limit) {
        List<String> after = Cursor.decode(cursor, 1);
        Integer before = after == null ? null : Cursor.part(after.get(0), Integer::valueOf);
        return Page.of(forums.editionsBefore(before, limit + 1), limit, f -> List.of(Integer.toString(f.editionNumber)));
    }
}
