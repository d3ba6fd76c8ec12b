package kz.civic.forum;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A Civil Forum edition (the XI Civil Forum was held in 2023): its organiser NGO, the regional stage (May to
 * October) and the republican forum with its dates and venue; all optional.
 */
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

    /** The organising NGO (registry id), e.g. the Civil Alliance of Kazakhstan. */
    @Column(name = "organizer_ngo_id")
    public UUID organizerNgoId;

    @Column(name = "regional_start")
    public LocalDate regionalStart;

    @Column(name = "regional_end")
    public LocalDate regionalEnd;

    @Column(name = "republican_start")
    public LocalDate republicanStart;

    @Column(name = "republican_end")
    public LocalDate republicanEnd;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "republican_venue_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "republican_venue_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "republican_venue_en"))
    public Multilingual republicanVenue;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
