package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kz.civic.procurement.MciRate;

@ApplicationScoped
public class MciRateRepository implements PanacheRepositoryBase<MciRate, Integer> {

    /** Keyset page by year: {@code limit} rows after {@code afterYear} (null = from the start). */
    public List<MciRate> page(Integer afterYear, int limit) {
        return (afterYear == null ? find("order by year") : find("year > ?1 order by year", afterYear)).page(0, limit).list();
    }
}
