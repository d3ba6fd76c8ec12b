package kz.civic.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** forum-service's record of a registry government body (recommendation addressees), kept current from registry events. */
@Entity
@Table(name = "government_body_replica")
public class GovernmentBodyReplica extends RegistryReplica {

    @Column(name = "short_name")
    public String shortName;

    /** CENTRAL or LOCAL. */
    public String level;

    /** MINISTRY, COMMITTEE, AKIMAT, AKIMAT_DEPARTMENT, GRANT_OPERATOR or OTHER. */
    public String kind;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "region_code")
    public String regionCode;
}
