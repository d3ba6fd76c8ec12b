package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import kz.civic.procurement.NgoReplica;

@ApplicationScoped
public class NgoReplicaRepository implements PanacheRepositoryBase<NgoReplica, UUID> {

    /** The replica of the NGO with this BIN (the registry keeps BINs unique). */
    public Optional<NgoReplica> findByBin(String bin) {
        return find("bin", bin).firstResultOptional();
    }
}
