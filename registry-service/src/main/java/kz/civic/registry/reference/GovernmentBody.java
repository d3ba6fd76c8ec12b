package kz.civic.registry.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A ministry, committee, akimat, akimat department or operator (aggregate root). */
@Entity
@Table(name = "government_body")
public class GovernmentBody {

    @Id
    public UUID id;

    @Column(length = 12, unique = true, nullable = false)
    public String bin;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    public GovernmentBodyLevel level;

    @Enumerated(EnumType.STRING)
    public GovernmentBodyKind kind;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** When its created event went to the outbox; null for a seeded body not announced yet. */
    @Column(name = "announced_at")
    public OffsetDateTime announcedAt;

    @Version
    public long version;
}
