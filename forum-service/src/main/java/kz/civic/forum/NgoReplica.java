package kz.civic.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Set;

/** forum-service's record of a registry NGO (recommendation authors), kept current from registry events. */
@Entity
@Table(name = "ngo_replica")
public class NgoReplica extends RegistryReplica {

    /** Registry statuses of an NGO that is being or has been wound up: it can no longer author anything. */
    public static final Set<String> WOUND_UP = Set.of("LIQUIDATING", "LIQUIDATED");

    /** The registry's status name (REGISTERED, ACTIVE, ... LIQUIDATED). */
    public String status;

    public boolean isWoundUp() {
        return WOUND_UP.contains(status);
    }
}
