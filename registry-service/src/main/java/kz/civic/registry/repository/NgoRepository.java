package kz.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.civic.registry.Ngo;
import kz.civic.registry.SearchText;
import kz.civic.registry.service.NgoQuery;

@ApplicationScoped
public class NgoRepository implements PanacheRepositoryBase<Ngo, UUID> {

    public Optional<Ngo> findByBin(String bin) {
        return find("bin", bin).firstResultOptional();
    }

    /**
     * One keyset page: rows matching {@code query} after the cursor position ({@code afterKey},
     * {@code afterId}, both null for the first page), in the query's order, at most {@code limit}.
     */
    public List<Ngo> search(NgoQuery query, String afterKey, UUID afterId, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (query.text() != null) {
            where.add("(searchText like :raw escape '!' or searchText like :latin escape '!')");
            params.and("raw", "%" + escape(query.text().toLowerCase(Locale.ROOT)) + "%");
            params.and("latin", "%" + escape(SearchText.queryTerm(query.text())) + "%");
        }
        if (query.region() != null) {
            where.add("regionCode = :region");
            params.and("region", query.region());
        }
        if (query.sphere() != null) {
            where.add(":sphere member of spheres");
            params.and("sphere", query.sphere());
        }
        if (query.legalForm() != null) {
            where.add("legalForm = :legalForm");
            params.and("legalForm", query.legalForm());
        }
        if (query.status() != null) {
            where.add("status = :status");
            params.and("status", query.status());
        }
        if (query.registeredFrom() != null) {
            where.add("registrationDate >= :from");
            params.and("from", query.registeredFrom());
        }
        if (query.registeredTo() != null) {
            where.add("registrationDate <= :to");
            params.and("to", query.registeredTo());
        }
        String key = switch (query.sort()) {
            case ID -> null;
            case NAME -> "sortName";
            case REGISTRATION_DATE -> "registrationDate";
        };
        if (afterId != null) {
            if (key == null) {
                where.add("id > :afterId");
            } else {
                where.add("(" + key + " > :afterKey or (" + key + " = :afterKey and id > :afterId))");
                params.and("afterKey", query.sort() == NgoQuery.Sort.NAME ? afterKey : LocalDate.parse(afterKey));
            }
            params.and("afterId", afterId);
        }
        String order = key == null ? " order by id" : " order by " + key + ", id";
        return find((where.isEmpty() ? "" : String.join(" and ", where)) + order, params).range(0, limit - 1).list();
    }

    /** The cursor key of a row in the given order. */
    public static String sortKey(Ngo ngo, NgoQuery.Sort sort) {
        return switch (sort) {
            case ID -> ngo.id.toString();
            case NAME -> ngo.sortName;
            case REGISTRATION_DATE -> ngo.registrationDate.toString();
        };
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
