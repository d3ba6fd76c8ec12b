package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import kz.civic.procurement.MciRate;

@ApplicationScoped
public class MciRateRepository implements PanacheRepositoryBase<MciRate, Integer> {
}
