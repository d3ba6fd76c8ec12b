package kz.civic.registry.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
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

    /**
     * A keyset page of {@link #ofNgo}: at most {@code limit} memberships after ({@code afterSince}, {@code afterId})
     * in (since, id) order; the first page without them.
     */
    public List<NgoMembership> page(UUID ngoId, boolean includeEnded, LocalDate afterSince, UUID afterId, int limit) {
        String current = includeEnded ? "" : " and validUntil is null";
        return (afterSince == null
                ? find("ngoId = ?1" + current + " order by since, id", ngoId)
                : find("ngoId = ?1" + current + " and (since > ?2 or (since = ?2 and id > ?3)) order by since, id", ngoId,
                        afterSince, afterId))
                .range(0, limit - 1).list();
    }
}
