package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.Addressee;
import kz.civic.forum.Multilingual;
import kz.civic.forum.Recommendation;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.repository.Keyset;
import kz.civic.forum.repository.RankedKeyset;
import kz.civic.forum.repository.RecommendationFilter;
import kz.civic.forum.repository.RecommendationRepository;
import kz.civic.forum.rest.RecommendationRequest;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Etags;
import kz.civic.platform.search.SearchKey;
import kz.civic.platform.web.Page;

/** Drafting recommendations (create, replace while DRAFT) and reading them. Transitions: {@link RecommendationLifecycleService}. */
@ApplicationScoped
@Transactional
public class RecommendationService {

    private final RecommendationRepository recommendations;
    private final RecommendationReferences references;
    private final RecommendationHistory history;
    private final Callers callers;

    public RecommendationService(RecommendationRepository recommendations, RecommendationReferences references,
            RecommendationHistory history, Callers callers) {
        this.recommendations = recommendations;
        this.references = references;
        this.history = history;
        this.callers = callers;
    }

    /**
     * Creates a DRAFT; its creation is the first history entry. The secretariat (or an admin) drafts for any authors;
     * an NGO drafts in its own name only (NGOs are recommendation authors, domain brief §5): its NGO (claim
     * {@code ngoId}) is the author, whether {@code authorNgoIds} is left out or names it; other NGOs join through
     * {@link #coAuthor}, and the secretariat reviews, edits and submits the draft.
     *
     * @throws ApiException 403 {@code ngo-not-bound}, {@code not-own-ngo} for an NGO naming another author; 422 for an
     *                      unknown source, an unknown or wound-up author, a missing, unknown or mismatched
     *                      government body
     */
    public Recommendation create(RecommendationRequest request) {
        Recommendation r = new Recommendation();
        r.id = UUID.randomUUID();
        apply(r, request);
        if (!callers.isStaff()) {
            UUID ngo = callers.ngoId();
            r.authorNgoIds.stream().filter(author -> !author.equals(ngo)).findFirst().ifPresent(other -> {
                throw Callers.forbidden("not-own-ngo", "an NGO drafts in its own name: NGO " + other
                        + " joins as co-author itself (POST /api/v1/recommendations/{id}/co-authors)");
            });
            r.authorNgoIds = new ArrayList<>(List.of(ngo));
        }
        references.check(r);
        r.status = RecommendationStatus.DRAFT;
        r.createdAt = Timestamps.now();
        r.updatedAt = r.createdAt;
        recommendations.persist(r);
        recommendations.flush();
        history.record(r, null, null);
        return r;
    }

    /**
     * Replaces a DRAFT.
     *
     * @throws ApiException 428/412 for a missing or stale If-Match, 409 {@code not-a-draft}, 422 as for create
     */
    public Recommendation replace(UUID id, String ifMatch, RecommendationRequest request) {
        Recommendation r = get(id);
        Etags.requireMatch(ifMatch, r.version);
        if (r.status != RecommendationStatus.DRAFT) {
            throw ApiException.conflict("not-a-draft", "only a DRAFT can be replaced; this one is " + r.status)
                    .with("currentStatus", r.status.name());
        }
        apply(r, request);
        references.check(r);
        r.updatedAt = Timestamps.now();
        recommendations.flush();
        return r;
    }

    /**
     * Adds the calling NGO to the authors of a DRAFT (issue 4 item 11: an NGO co-authors); already an author is no
     * change. The row is locked, so concurrent co-authors all end up in the list.
     *
     * @throws ApiException 404; 403 {@code ngo-not-bound}; 409 {@code not-a-draft}; 422 {@code unknown-ngo},
     *                      {@code ngo-wound-up}
     */
    public Recommendation coAuthor(UUID id) {
        UUID ngo = callers.ngoId();
        Recommendation r = recommendations.findForUpdate(id).orElseThrow(() -> ApiException.notFound("recommendation", id));
        if (r.status != RecommendationStatus.DRAFT) {
            throw ApiException.conflict("not-a-draft", "authors join while the recommendation is a DRAFT; this one is "
                    + r.status).with("currentStatus", r.status.name());
        }
        references.checkNgo(ngo, "ngoId");
        if (!r.authorNgoIds.contains(ngo)) {
            List<UUID> authors = new ArrayList<>(r.authorNgoIds);
            authors.add(ngo);
            r.authorNgoIds = authors;
            r.updatedAt = Timestamps.now();
            recommendations.flush();
        }
        return r;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Recommendation get(UUID id) {
        return recommendations.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("recommendation", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Recommendation> list(RecommendationFilter filter, String cursor, int limit) {
        if (filter.text() == null) {
            return Page.of(recommendations.list(filter, null, Keyset.decode(cursor), limit + 1), limit,
                    r -> Keyset.of(r.createdAt, r.id));
        }
        RankedKeyset after = RankedKeyset.decode(cursor);
        SearchKey.Query query = SearchKey.query(filter.text());
        return Page.of(recommendations.list(filter, after == null ? null : after.rank(),
                after == null ? null : after.keyset(), limit + 1), limit,
                r -> RankedKeyset.of(query.rank(r.searchKey), r.createdAt, r.id));
    }

    /** The stored search key of a recommendation's text (the demo generator and V15 use it too). */
    public static String searchKey(Multilingual text) {
        return SearchKey.stored(text.kk(), text.ru(), text.en());
    }

    /** Copies the request; repeated list entries are kept once, in their first position. */
    private static void apply(Recommendation r, RecommendationRequest request) {
        r.text = Multilingual.of(request.text());
        r.searchKey = searchKey(r.text);
        r.sourceType = request.sourceType();
        r.sourceId = request.sourceId();
        r.authorNgoIds = distinct(request.authorNgoIds());
        r.addressees.clear();
        r.addressees.addAll(distinct(request.addressees()).stream()
                .map(a -> new Addressee(a.type(), a.governmentBodyId())).toList());
        r.spheres = distinct(request.spheres());
        r.regionCode = request.regionCode();
        r.sdgGoals = distinct(request.sdgGoals());
        r.priority = request.priority();
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values));
    }
}
