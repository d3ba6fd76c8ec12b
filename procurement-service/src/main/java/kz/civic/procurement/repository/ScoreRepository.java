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

    /**
     * Whether a member who is not recused from the application's call scored it (the scores that count in the
     * ranking).
     */
    public boolean scoredByUnrecusedMember(UUID applicationId, UUID callId) {
        return count("applicationId = ?1 and memberId not in (select r.memberId from Recusal r where r.applicationId in "
                + "(select a.id from Application a where a.callId = ?2))", applicationId, callId) > 0;
    }

    /** Every score of the call's applications. */
    public List<Score> ofCall(UUID callId) {
        return list("applicationId in (select a.id from Application a where a.callId = ?1)", callId);
    }
}
