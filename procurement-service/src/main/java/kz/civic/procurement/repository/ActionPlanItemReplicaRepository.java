package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kz.civic.procurement.ActionPlanItemReplica;

@ApplicationScoped
public class ActionPlanItemReplicaRepository implements PanacheRepositoryBase<ActionPlanItemReplica, UUID> {
}
