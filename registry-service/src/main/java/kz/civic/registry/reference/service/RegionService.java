package kz.civic.registry.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kz.civic.platform.problem.ApiException;
import kz.civic.registry.reference.Region;
import kz.civic.registry.reference.repository.RegionRepository;

/**
 * Regions as versioned reference data (read-only; rows come from Flyway migrations). Other parts of
 * the registry check region codes through {@link #isValid(String, LocalDate)}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionService {

    /** The platform's time zone (architecture.md §5). */
    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final RegionRepository regions;

    public RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    /** Today in Asia/Almaty. */
    public static LocalDate today() {
        return LocalDate.now(ALMATY);
    }

    /** True if {@code code} names a unit that existed on {@code on}. */
    public boolean isValid(String code, LocalDate on) {
        return code != null && on != null && regions.findByIdOptional(code).map(r -> r.isValidOn(on)).orElse(false);
    }

    /** The unit with this code, current or historical. */
    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : regions.findByIdOptional(code);
    }

    /** The unit with this code, or 404. */
    public Region get(String code) {
        return find(code).orElseThrow(() -> ApiException.notFound("region", code));
    }

    /** Units that existed on {@code day}, by code. */
    public List<Region> validOn(LocalDate day) {
        return regions.validOn(day);
    }

    /** All units, current and historical, by code. */
    public List<Region> all() {
        return regions.everyUnit();
    }
}
