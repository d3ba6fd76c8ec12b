package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kz.civic.platform.problem.ApiException;
import kz.civic.procurement.NgoReplica;
import kz.civic.procurement.repository.NgoReplicaRepository;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NgoReplicaService {

    private final NgoReplicaRepository replicas;

    public NgoReplicaService(NgoReplicaRepository replicas) {
        this.replicas = replicas;
    }

    public NgoReplica get(UUID id) {
        return replicas.findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("NGO (not yet known to procurement)", id));
    }
}
