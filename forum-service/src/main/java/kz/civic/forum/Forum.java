package kz.civic.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A Civil Forum edition (the XI Civil Forum was held in 2023). Stages and regional forums follow in the forum issue. */
@Entity
@Table(name = "forum")
public class Forum {

    @Id
    public UUID id;

    /** Explicit, not derived from the year. */
    @Column(name = "edition_number")
    public int editionNumber;

    public int year;

    @Column(name = "motto_kk")
    public String mottoKk;

    @Column(name = "motto_ru")
    public String mottoRu;

    @Column(name = "motto_en")
    public String mottoEn;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
