package kz.civic.registry.reference.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kz.civic.registry.reference.LegalFormEntry;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class LegalFormEntryRepository implements PanacheRepositoryBase<LegalFormEntry, String> {

    public List<LegalFormEntry> ordered() {
        return findAll(Sort.by("sortOrder")).withHint(HibernateHints.HINT_CACHEABLE, true).list();
    }
}
