package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.function.Function;
import kz.civic.platform.problem.ApiException;
import kz.civic.procurement.NgoReplica;
import kz.civic.procurement.repository.NgoReplicaRepository;

@ApplicationScoped
public class NgoReplicaService {

    private final NgoReplicaRepository replicas;

    public NgoReplicaService(NgoReplicaRepository replicas) {
        this.replicas = replicas;
    }

    /** Maps the replica of {@code id} inside a read transaction (its collections load lazily). */
    @Transactional
    public <R> R get(UUID id, Function<NgoReplica, R> mapper) {
        return mapper.apply(replicas.findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("NGO (not yet known to procurement)", id)));
    }

    /** Maps the replica of the NGO with {@code bin} inside a read transaction. */
    @Transactional
    public <R> R getByBin(String bin, Function<NgoReplica, R> mapper) {
        return mapper.apply(replicas.findByBin(bin)
                .orElseThrow(() -> ApiException.notFound("NGO with BIN (not yet known to procurement)", bin)));
    }
}
