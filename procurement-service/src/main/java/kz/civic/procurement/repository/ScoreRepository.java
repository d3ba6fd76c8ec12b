package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.Score;

@ApplicationScoped
public class ScoreRepository implements PanacheRepositoryBase<Score, Score.Key> {

    public boolean scored(UUID applicationId, String memberId) {
        return count("applicationId = ?1 and memberId = ?2", applicationId, memberId) > 0;
    }

    /** Every score of the call's applications. */
    public List<Score> ofCall(UUID callId) {
        return list("applicationId in (select a.id from Application a where a.callId = ?1)", callId);
    }
}
