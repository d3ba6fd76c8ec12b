package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import kz.civic.procurement.Recusal;

@ApplicationScoped
public class RecusalRepository implements PanacheRepositoryBase<Recusal, Recusal.Key> {

    public Optional<Recusal> find(UUID applicationId, String memberId) {
        return findByIdOptional(new Recusal.Key(applicationId, memberId));
    }
}
