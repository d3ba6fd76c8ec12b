package kz.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.registry.NgoStatusChange;

@ApplicationScoped
public class NgoStatusChangeRepository implements PanacheRepositoryBase<NgoStatusChange, UUID> {

    /** Oldest first; the NGO version is the keyset (each change makes a new version). */
    public List<NgoStatusChange> history(UUID ngoId, Long afterVersion, int limit) {
        return (afterVersion == null
                ? find("ngoId = ?1 order by ngoVersion", ngoId)
                : find("ngoId = ?1 and ngoVersion > ?2 order by ngoVersion", ngoId, afterVersion))
                .range(0, limit - 1).list();
    }
}
