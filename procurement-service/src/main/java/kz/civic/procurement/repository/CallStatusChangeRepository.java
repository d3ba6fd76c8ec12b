package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.CallStatusChange;
import kz.civic.procurement.service.Pages;

@ApplicationScoped
public class CallStatusChangeRepository implements PanacheRepositoryBase<CallStatusChange, UUID> {

    /** Keyset page of a call's history, oldest first: {@code limit} rows after {@code after} (null = from the start). */
    public List<CallStatusChange> page(UUID callId, Pages.TimeKey<UUID> after, int limit) {
        return (after == null ? find("callId = ?1 order by changedAt, id", callId)
                : find("callId = ?1 and (changedAt > ?2 or (changedAt = ?2 and id > ?3)) order by changedAt, id", callId,
                        after.at(), after.id())).page(0, limit).list();
    }
}
