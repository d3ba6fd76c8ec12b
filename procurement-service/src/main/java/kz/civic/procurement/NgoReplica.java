package kz.civic.procurement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** procurement-service's own record of a registry NGO, kept current from registry events: the input of eligibility. */
@Entity
@Table(name = "ngo_replica")
public class NgoReplica extends Replica {

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

    /** The registry's own flag for the legal form (informative: procurement's eligible forms are its configuration). */
    @Column(name = "eligible_for_state_ngo_funding")
    public boolean eligibleForStateNgoFunding;

    @Column(name = "region_code")
    public String regionCode;

    /** The registry's registration date (null for a replica written before it was kept: treated as existing all along). */
    @Column(name = "registration_date")
    public LocalDate registrationDate;

    /** The registry's status name (REGISTERED, ACTIVE, INACTIVE, SUSPENDED, LIQUIDATING, LIQUIDATED). */
    public String status;

    /** Sphere codes (registry reference data). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> spheres = new ArrayList<>();

    @Column(name = "parent_ngo_id")
    public UUID parentNgoId;

    @Column(name = "in_ngo_database")
    public boolean inNgoDatabase;

    @Column(name = "last_report_year")
    public Integer lastReportYear;

    /** Leader and founders as salted IIN hashes. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ngo_replica_person", joinColumns = @JoinColumn(name = "ngo_id"))
    public Set<NgoPerson> persons = new HashSet<>();

    /** The reports filed, one per reporting year. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ngo_replica_report", joinColumns = @JoinColumn(name = "ngo_id"))
    public Set<NgoReport> reports = new HashSet<>();

    public boolean hasReportFor(int year) {
        return reports.stream().anyMatch(r -> r.year() == year);
    }

    /** Records a filing; an amendment of a year already on record replaces it. */
    public void reportFiled(NgoReport report) {
        reports.removeIf(r -> r.year() == report.year());
        reports.add(report);
    }
}
