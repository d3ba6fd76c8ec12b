package kz.civic.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An entry of the NGO register (aggregate root). */
@Entity
@Table(name = "ngo")
public class Ngo {

    @Id
    public UUID id;

    /** Null only for legacy records. */
    @Column(length = 12, unique = true)
    public String bin;

    public boolean legacy;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form")
    public LegalForm legalForm;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "registration_date")
    public LocalDate registrationDate;

    @Enumerated(EnumType.STRING)
    public NgoStatus status;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
