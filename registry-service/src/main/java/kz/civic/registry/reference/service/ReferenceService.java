package kz.civic.registry.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import kz.civic.registry.reference.LegalFormEntry;
import kz.civic.registry.reference.Sphere;
import kz.civic.registry.reference.repository.LegalFormEntryRepository;
import kz.civic.registry.reference.repository.SphereRepository;

/** Spheres of activity and legal forms (read-only; rows come from Flyway migrations). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceService {

    private final SphereRepository spheres;
    private final LegalFormEntryRepository legalForms;

    public ReferenceService(SphereRepository spheres, LegalFormEntryRepository legalForms) {
        this.spheres = spheres;
        this.legalForms = legalForms;
    }

    public List<Sphere> spheres() {
        return spheres.ordered();
    }

    public List<LegalFormEntry> legalForms() {
        return legalForms.ordered();
    }
}
