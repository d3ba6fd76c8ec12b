package kz.civic.registry.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The names of a {@link kz.civic.registry.LegalForm}: one row per enum constant, with the same
 * eligibility flag (domain-brief §1.4, decision 3).
 */
@Entity
@Table(name = "legal_form")
@Immutable
@Cacheable // read-only rows from migrations: kept in Hibernate's second-level cache (docs/benchmarks.md)
public class LegalFormEntry {

    /** The name of the {@link kz.civic.registry.LegalForm} constant. */
    @Id
    public String code;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "eligible_for_state_ngo_funding")
    public boolean eligibleForStateNgoFunding;

    @Column(name = "sort_order")
    public int sortOrder;
}
