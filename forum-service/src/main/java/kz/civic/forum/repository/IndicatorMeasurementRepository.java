package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.IndicatorMeasurement;

@ApplicationScoped
public class IndicatorMeasurementRepository implements PanacheRepositoryBase<IndicatorMeasurement, UUID> {

    /** An item's measurements in the order they were recorded. */
    public List<IndicatorMeasurement> page(UUID itemId, OldestFirst.After after, int limit) {
        return OldestFirst.page(this, "itemId", itemId, "recordedAt", after, limit);
    }
}
