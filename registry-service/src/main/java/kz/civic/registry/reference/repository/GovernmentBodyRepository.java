package kz.civic.registry.reference.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.civic.registry.reference.GovernmentBody;
import kz.civic.registry.reference.GovernmentBodyKind;
import kz.civic.registry.reference.GovernmentBodyLevel;

@ApplicationScoped
public class GovernmentBodyRepository implements PanacheRepositoryBase<GovernmentBody, UUID> {

    public Optional<GovernmentBody> findByBin(String bin) {
        return find("bin", bin).firstResultOptional();
    }

    /** Keyset page ordered by id: rows after {@code afterId}, at most {@code limit}. */
    public List<GovernmentBody> page(GovernmentBodyLevel level, GovernmentBodyKind kind, String regionCode, UUID afterId,
            int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (level != null) {
            where.add("level = :level");
            params.put("level", level);
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.put("kind", kind);
        }
        if (regionCode != null) {
            where.add("regionCode = :region");
            params.put("region", regionCode);
        }
        if (afterId != null) {
            where.add("id > :after");
            params.put("after", afterId);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by id";
        return find(query, params).range(0, limit - 1).list();
    }
}
