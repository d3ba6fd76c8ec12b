package kz.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoStatus;

@ApplicationScoped
public class NgoRepository implements PanacheRepositoryBase<Ngo, UUID> {

    public Optional<Ngo> findByBin(String bin) {
        return find("bin", bin).firstResultOptional();
    }

    /** Keyset page ordered by id: rows after {@code afterId}, at most {@code limit}. */
    public List<Ngo> page(String regionCode, NgoStatus status, UUID afterId, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (regionCode != null) {
            where.add("regionCode = :region");
            params.and("region", regionCode);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (afterId != null) {
            where.add("id > :after");
            params.and("after", afterId);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by id";
        return find(query, params).range(0, limit - 1).list();
    }
}
