package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** procurement-service's own record of a registry NGO, kept current from registry events. */
@Entity
@Table(name = "ngo_replica")
public class NgoReplica {

    @Id
    @Column(name = "ngo_id")
    public UUID ngoId;

    public String bin;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "legal_form")
    public String legalForm;

    @Column(name = "eligible_for_state_ngo_funding")
    public boolean eligibleForStateNgoFunding;

    @Column(name = "region_code")
    public String regionCode;

    public String status;

    /** The registry's aggregate version this record reflects; older events never overwrite newer state. */
    @Column(name = "source_version")
    public long sourceVersion;

    @Column(name = "last_event_id")
    public String lastEventId;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
