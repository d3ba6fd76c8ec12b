package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.CallStatusChange;

@ApplicationScoped
public class CallStatusChangeRepository implements PanacheRepositoryBase<CallStatusChange, UUID> {

    public List<CallStatusChange> history(UUID callId) {
        return list("callId = ?1 order by changedAt, id", callId);
    }
}
