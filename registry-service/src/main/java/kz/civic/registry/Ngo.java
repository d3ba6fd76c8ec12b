package kz.civic.registry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

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

    /**
     * The folded search keys of the names and aliases, {@code /key1/key2/} (written by the service with
     * {@link kz.civic.platform.search.SearchKey#stored}; V11 recomputed the rows written before it).
     */
    @Column(name = "search_key")
    public String searchKey = "";

    /** Sort key of the name order: the Russian name, else the Kazakh one, lower-cased. */
    @Column(name = "sort_name")
    public String sortName = "";

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Other names the NGO is known by (old names, transliterations). */
    public String[] aliases = new String[0];

    public String address;

    public String settlement;

    /** The head organisation of a branch or representative office (BIN digit 6 is 1 or 2). */
    @Column(name = "parent_ngo_id")
    public UUID parentNgoId;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    public String website;

    @Column(name = "volunteers_count")
    public Integer volunteersCount;

    @Column(name = "beneficiaries_count")
    public Integer beneficiariesCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 200)
    @CollectionTable(name = "ngo_sphere", joinColumns = @JoinColumn(name = "ngo_id"))
    @Column(name = "sphere_code")
    public Set<String> spheres = new TreeSet<>();

    /** Leader first (when there is one), then founders. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 200)
    @CollectionTable(name = "ngo_person", joinColumns = @JoinColumn(name = "ngo_id"))
    @OrderColumn(name = "position")
    public List<NgoPerson> persons = new ArrayList<>();

    /** Latest year the NGO filed an NGO-Database report for; null when it never filed (not in the NGO database). */
    @Column(name = "last_report_year")
    public Integer lastReportYear;

    /** Whether the report for {@link #lastReportYear} was filed by its deadline. */
    @Column(name = "last_report_on_time")
    public Boolean lastReportOnTime;

    @Version
    public long version;
}
