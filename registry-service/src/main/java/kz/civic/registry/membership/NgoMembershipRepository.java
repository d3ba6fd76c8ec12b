package kz.civic.registry.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NgoMembershipRepository implements PanacheRepositoryBase<NgoMembership, UUID> {

    public Optional<NgoMembership> current(UUID ngoId, UUID memberOfId) {
        return find("ngoId = ?1 and memberOfId = ?2 and validUntil is null", ngoId, memberOfId).firstResultOptional();
    }

    /** Memberships of an NGO, current ones only unless {@code includeEnded}; oldest first. */
    public List<NgoMembership> ofNgo(UUID ngoId, boolean includeEnded) {
        return includeEnded ? list("ngoId = ?1 order by since, id", ngoId)
                : list("ngoId = ?1 and validUntil is null order by since, id", ngoId);
    }
}
