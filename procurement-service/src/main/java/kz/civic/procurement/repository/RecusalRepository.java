package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.civic.procurement.Recusal;

@ApplicationScoped
public class RecusalRepository implements PanacheRepositoryBase<Recusal, Recusal.Key> {

    public Optional<Recusal> find(UUID applicationId, String memberId) {
        return findByIdOptional(new Recusal.Key(applicationId, memberId));
    }

    /** The member's first recusal from any application of the call (a recusal covers the whole call). */
    public Optional<Recusal> inCall(UUID callId, String memberId) {
        return find("memberId = ?1 and applicationId in (select a.id from Application a where a.callId = ?2) "
                + "order by recordedAt, applicationId", memberId, callId).firstResultOptional();
    }

    /** The members recused from any application of the call: their scores in it do not count. */
    public Set<String> membersRecusedIn(UUID callId) {
        return Set.copyOf(getEntityManager().createQuery("select distinct r.memberId from Recusal r where r.applicationId in "
                + "(select a.id from Application a where a.callId = :c)", String.class).setParameter("c", callId)
                .getResultList());
    }
}
