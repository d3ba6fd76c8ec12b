package kz.civic.registry.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A first-level administrative unit, versioned (domain-brief §4.3, decision 8): a code stays valid for
 * the dates it existed, so history keeps the code valid at the time. Maintained by Flyway migrations.
 */
@Entity
@Table(name = "region")
@Immutable
@Cacheable // read-only rows from migrations: kept in Hibernate's second-level cache (docs/benchmarks.md)
public class Region {

    /** ISO 3166-2:KZ, e.g. {@code KZ-75}; an internal code for historical units without one. */
    @Id
    public String code;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    public RegionKind kind;

    /** Historical names and spelling variants. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> aliases;

    /** First day of validity (inclusive). */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** Last day of validity (inclusive); null while the unit exists. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    /** The unit this one replaced or was carved out of. */
    @Column(name = "predecessor_code")
    public String predecessorCode;

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
