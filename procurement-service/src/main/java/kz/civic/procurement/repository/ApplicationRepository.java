package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.civic.procurement.Application;
import kz.civic.procurement.CallStatus;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    public boolean exists(UUID callId, UUID ngoId) {
        return count("callId = ?1 and ngoId = ?2", callId, ngoId) > 0;
    }

    /** The NGO's applications to calls that are still deciding (OPEN or UNDER_REVIEW). */
    public List<Application> openOf(UUID ngoId) {
        return list("ngoId = ?1 and status = ?2 and callId in (select c.id from Call c where c.status in ?3)", ngoId,
                Application.SUBMITTED, List.of(CallStatus.OPEN, CallStatus.UNDER_REVIEW));
    }

    /**
     * The first application of the call (in submission order) whose NGO has a leader or founder with this salted
     * IIN hash, with that person's role; empty when the member is affiliated with no applicant.
     */
    public Optional<Affiliation> affiliatedApplicant(UUID callId, String iinHash) {
        List<Object[]> rows = getEntityManager().createQuery("select a.id, a.ngoId, p.role from Application a, NgoReplica n "
                + "join n.persons p where n.ngoId = a.ngoId and a.callId = :c and p.iinHash = :h order by a.submittedAt, a.id",
                Object[].class).setParameter("c", callId).setParameter("h", iinHash).setMaxResults(1).getResultList();
        return rows.stream().findFirst().map(r -> new Affiliation((UUID) r[0], (UUID) r[1], (String) r[2]));
    }

    /** A member's tie to an applicant: the application, its NGO and the member's role in it. */
    public record Affiliation(UUID applicationId, UUID ngoId, String role) {
    }

    /** Keyset page in id order across calls, optionally of one call, one status and one NGO. */
    public List<Application> page(UUID callId, String status, UUID ngoId, UUID after, int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (callId != null) {
            q.append(" and callId = :call");
            p.and("call", callId);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        if (ngoId != null) {
            q.append(" and ngoId = :ngo");
            p.and("ngo", ngoId);
        }
        if (after != null) {
            q.append(" and id > :after");
            p.and("after", after);
        }
        return find(q.append(" order by id").toString(), p).page(0, limit).list();
    }

    /** Keyset page of a call's applications in id order. */
    public List<Application> page(UUID callId, UUID after, int limit) {
        return (after == null ? find("callId = ?1 order by id", callId)
                : find("callId = ?1 and id > ?2 order by id", callId, after)).page(0, limit).list();
    }
}
