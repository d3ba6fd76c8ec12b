package kz.civic.registry.reference.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kz.civic.registry.reference.Sphere;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class SphereRepository implements PanacheRepositoryBase<Sphere, String> {

    public List<Sphere> ordered() {
        return findAll(Sort.by("sortOrder")).withHint(HibernateHints.HINT_CACHEABLE, true).list();
    }
}
