package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.civic.procurement.CommissionMember;
import kz.civic.procurement.service.Pages;

@ApplicationScoped
public class CommissionMemberRepository implements PanacheRepositoryBase<CommissionMember, CommissionMember.Key> {

    public Optional<CommissionMember> find(UUID callId, String memberId) {
        return findByIdOptional(new CommissionMember.Key(callId, memberId));
    }

    /** Whether anyone sits on the call's commission. */
    public boolean seated(UUID callId) {
        return count("callId", callId) > 0;
    }

    /** Keyset page of a call's commission in seating order: {@code limit} rows after {@code after} (null = from the start). */
    public List<CommissionMember> page(UUID callId, Pages.TimeKey<String> after, int limit) {
        return (after == null ? find("callId = ?1 order by addedAt, memberId", callId)
                : find("callId = ?1 and (addedAt > ?2 or (addedAt = ?2 and memberId > ?3)) order by addedAt, memberId",
                        callId, after.at(), after.id())).page(0, limit).list();
    }
}
