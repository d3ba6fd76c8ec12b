package kz.civic.registry.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An MCI area of activity (domain-brief §1.5, decision 2): data, not an enum, so the list can grow. */
@Entity
@Table(name = "sphere")
@Immutable
@Cacheable // read-only rows from migrations: kept in Hibernate's second-level cache (docs/benchmarks.md)
public class Sphere {

    @Id
    public String code;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "sort_order")
    public int sortOrder;
}
