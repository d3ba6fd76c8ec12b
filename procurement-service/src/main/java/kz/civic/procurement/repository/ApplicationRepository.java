package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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

    /** Keyset page of a call's applications in id order. */
    public List<Application> page(UUID callId, UUID after, int limit) {
        return (after == null ? find("callId = ?1 order by id", callId)
                : find("callId = ?1 and id > ?2 order by id", callId, after)).page(0, limit).list();
    }
}
