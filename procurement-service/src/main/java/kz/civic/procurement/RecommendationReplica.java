package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** procurement-service's record of a Civil Forum recommendation (what a call may implement), from forum events. */
@Entity
@Table(name = "recommendation_replica")
public class RecommendationReplica extends Replica {

    @Id
    public UUID id;

    /** The forum's status name (SUBMITTED, ACCEPTED, ...). */
    public String status;

    @Column(name = "region_code")
    public String regionCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> spheres = new ArrayList<>();
}
