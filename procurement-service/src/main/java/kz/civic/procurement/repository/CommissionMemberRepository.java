package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import kz.civic.procurement.CommissionMember;

@ApplicationScoped
public class CommissionMemberRepository implements PanacheRepositoryBase<CommissionMember, CommissionMember.Key> {

    public Optional<CommissionMember> find(UUID callId, String memberId) {
        return findByIdOptional(new CommissionMember.Key(callId, memberId));
    }
}
