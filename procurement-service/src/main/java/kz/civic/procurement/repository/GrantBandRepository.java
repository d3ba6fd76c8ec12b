package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kz.civic.procurement.GrantBand;

@ApplicationScoped
public class GrantBandRepository implements PanacheRepositoryBase<GrantBand, String> {

    /** Keyset page in band order (sort_order is unique): {@code limit} rows after {@code afterSortOrder} (null = from the start). */
    public List<GrantBand> page(Integer afterSortOrder, int limit) {
        return (afterSortOrder == null ? find("order by sortOrder") : find("sortOrder > ?1 order by sortOrder",
                afterSortOrder)).page(0, limit).list();
    }
}
