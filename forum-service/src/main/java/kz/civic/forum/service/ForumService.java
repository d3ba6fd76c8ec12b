package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.Forum;
import kz.civic.forum.Multilingual;
import kz.civic.forum.repository.ForumRepository;
import kz.civic.forum.rest.CreateForumRequest;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Page;
import kz.civic.platform.time.Timestamps;

@ApplicationScoped
@Transactional
public class ForumService {

    private final ForumRepository forums;
    private final RecommendationReferences references;

    public ForumService(ForumRepository forums, RecommendationReferences references) {
        this.forums = forums;
        this.references = references;
    }

    /**
     * Creates an edition. The Civil Forum meets at most once a year (every two years since 2003, 2018 an exception:
     * domain brief §2.1) and its numbers count the editions in order, so a year holds one edition and a higher number
     * never lies in an earlier year; gaps are allowed (past editions may be recorded later).
     *
     * @throws ApiException 409 {@code duplicate-edition} / {@code edition-year-taken} (with {@code existingId}); 422
     *                      {@code edition-out-of-sequence}; 422 {@code unknown-ngo} / {@code ngo-wound-up} for the
     *                      organiser
     */
    public Forum create(CreateForumRequest request) {
        int number = request.editionNumber();
        int year = request.year();
        forums.lockEditions();
        forums.ofNumber(number).ifPresent(held -> {
            throw ApiException.conflict("duplicate-edition", "edition " + number + " already exists")
                    .with("existingId", held.id);
        });
        forums.ofYear(year).ifPresent(held -> {
            throw ApiException.conflict("edition-year-taken", "edition " + held.editionNumber + " was held in " + year
                    + "; the Civil Forum meets at most once a year").with("existingId", held.id);
        });
        forums.previous(number).filter(p -> p.year > year).ifPresent(p -> {
            throw outOfSequence(number, year, p);
        });
        forums.next(number).filter(n -> n.year < year).ifPresent(n -> {
            throw outOfSequence(number, year, n);
        });
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
        forum.createdAt = Timestamps.now();
        forums.persist(forum);
        return forum;
    }

    private static ApiException outOfSequence(int number, int year, Forum neighbour) {
        return Violations.of("edition-out-of-sequence", "year", "edition " + number + " in " + year + " would break the "
                + "order of editions: edition " + neighbour.editionNumber + " was held in " + neighbour.year);
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
