package kz.civic.registry.reference.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import kz.civic.registry.reference.Region;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    /** Units that existed on {@code day}, by code. */
    public List<Region> validOn(LocalDate day) {
        return find("validFrom <= ?1 and (validTo is null or validTo >= ?1)", Sort.by("code"), day)
                .withHint(HibernateHints.HINT_CACHEABLE, true).list();
    }

    /** Every unit, current and historical, by code. */
    public List<Region> everyUnit() {
        return findAll(Sort.by("code")).withHint(HibernateHints.HINT_CACHEABLE, true).list();
    }
}
