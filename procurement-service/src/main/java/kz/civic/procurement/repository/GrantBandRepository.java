package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import kz.civic.procurement.GrantBand;

@ApplicationScoped
public class GrantBandRepository implements PanacheRepositoryBase<GrantBand, String> {
}
