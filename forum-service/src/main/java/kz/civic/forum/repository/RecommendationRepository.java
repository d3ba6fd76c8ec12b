package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.civic.forum.Recommendation;
import kz.civic.platform.search.SearchKey;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<Recommendation, UUID> {

    /**
     * Newest first. An addressee filter matches recommendations with one addressee meeting all its parts; the text
     * query, sphere and goal go through SQL functions of V8__recommendation_search.sql, the author through
     * V14__recommendation_author_filter.sql (GIN-indexed). The text query also matches the folded search key (every
     * romanization, {@code SearchKey}); with it the list is ranked by {@code SearchKey.Query#rank} (text equal to the
     * query, starting with it, a word starting with it, containing it, matched by full text only), newest first within
     * a rank, and {@code afterRank} is the rank of the cursor.
     */
    public List<Recommendation> list(RecommendationFilter filter, Integer afterRank, Keyset after, int limit) {
        KeysetQuery query = new KeysetQuery().where("status = :status", "status", filter.status())
                .where("regionCode = :region", "region", filter.regionCode())
                .where("sourceType = :sourceType", "sourceType", filter.sourceType())
                .where("sourceId = :sourceId", "sourceId", filter.sourceId())
                .where("forumId = :forumId", "forumId", filter.forumId())
                .where("function('text_array_has', spheres, :sphere) = true", "sphere", filter.sphere())
                .where("function('int_array_has', sdgGoals, :sdgGoal) = true", "sdgGoal", filter.sdgGoal())
                .where("function('uuid_array_has', authorNgoIds, :authorNgoId) = true", "authorNgoId", filter.authorNgoId());
        if (filter.text() != null) {
            SearchKey.Query text = SearchKey.query(filter.text());
            Map<String, Object> textParameters = new HashMap<>();
            textParameters.put("text", filter.text());
            query.where("(function('recommendation_matches', text.kk, text.ru, text.en, :text) = true or "
                    + text.matchCondition("searchKey", "textKey", textParameters) + ")", textParameters);
            Map<String, Object> rankParameters = new HashMap<>();
            query.rankedBy(text.rankExpression("searchKey", "rank", rankParameters), rankParameters);
        }
        List<String> addressee = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.addresseeType() != null) {
            addressee.add("a.type = :addresseeType");
            parameters.put("addresseeType", filter.addresseeType());
        }
        if (filter.governmentBodyId() != null) {
            addressee.add("a.governmentBodyId = :governmentBodyId");
            parameters.put("governmentBodyId", filter.governmentBodyId());
        }
        if (!addressee.isEmpty()) {
            query.where("id in (select r.id from Recommendation r join r.addressees a where "
                    + String.join(" and ", addressee) + ")", parameters);
        }
        return query.after(afterRank, after).list(this, limit);
    }

    /**
     * Loads a recommendation after locking its row ({@code FOR UPDATE}): concurrent writers queue and each reads
     * the latest committed state. (With the lock mode on the load itself, which joins the addressees,
     * concurrent merges into one target failed on a stale version instead of waiting: see
     * RecommendationRulesTest.concurrentMergesIntoOneTargetAllKeepTheirLineage.)
     */
    public Optional<Recommendation> findForUpdate(UUID id) {
        boolean exists = !getEntityManager().createNativeQuery("SELECT id FROM recommendation WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList().isEmpty();
        return exists ? findByIdOptional(id) : Optional.empty();
    }

    /** Which of {@code ids} are recommendations of this service. */
    public List<UUID> existing(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : find("select r.id from Recommendation r where r.id in ?1", ids)
                .project(UUID.class).list();
    }

    /** For each of {@code ids}, the recommendations merged into it (oldest first); ids without any are absent. */
    public Map<UUID, List<UUID>> mergedInto(Collection<UUID> ids) {
        Map<UUID, List<UUID>> lineage = new HashMap<>();
        if (ids.isEmpty()) {
            return lineage;
        }
        List<Object[]> pairs = getEntityManager().createQuery("select r.mergedIntoId, r.id from Recommendation r "
                + "where r.mergedIntoId in :ids order by r.createdAt, r.id", Object[].class).setParameter("ids", ids)
                .getResultList();
        for (Object[] pair : pairs) {
            lineage.computeIfAbsent((UUID) pair[0], k -> new ArrayList<>()).add((UUID) pair[1]);
        }
        return lineage;
    }
}
