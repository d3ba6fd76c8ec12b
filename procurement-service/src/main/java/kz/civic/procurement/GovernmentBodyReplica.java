package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** procurement-service's record of a registry government body (the customers of funding plans). */
@Entity
@Table(name = "government_body_replica")
public class GovernmentBodyReplica extends Replica {

    @Id
    public UUID id;

    /** Null until an event carrying it was applied after migration V9. */
    public String bin;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

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
