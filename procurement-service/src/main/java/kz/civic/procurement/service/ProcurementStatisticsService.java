package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.web.Scale;
import kz.civic.procurement.opendata.Parties;
import kz.civic.procurement.repository.GovernmentBodyReplicaRepository;
import kz.civic.procurement.repository.ProcurementStatisticsRepository;
import kz.civic.procurement.repository.ProcurementStatisticsRepository.Dimension;
import kz.civic.procurement.repository.ProcurementStatisticsRepository.Filter;
import kz.civic.procurement.repository.ProcurementStatisticsRepository.Group;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Funding statistics for analysts (issue 5 item 8): groups of one dimension and the totals. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProcurementStatisticsService {

    /**
     * One group with its shares: {@code sharePercent} = awarded / all awarded (a sphere's groups may add up to more
     * than 100), {@code top10SharePercent} = the ten largest recipients' amount / awarded, {@code callsWithAwardsPercent}
     * = calls with at least one award / announced calls, {@code callsWithReportsPercent} = calls with at least one
     * approved grantee report / announced calls. {@code label} names a customer.
     */
    @Schema(description = "Funding of one value of the dimension")
    public record ProcurementStatisticsGroup(
            @Schema(description = "the value: an instrument, level, region code (NONE), sphere (ANY), year or customer "
                    + "id") String key,
            @Schema(nullable = true, description = "The customer's name (by=customer, when procurement knows the "
                    + "government body); absent otherwise")
            String label, long awards, @Scale(2) BigDecimal awardedKzt, long ngosFunded,
            BigDecimal top10SharePercent,
            @Schema(description = "awardedKzt as a percentage of totals.awardedKzt") BigDecimal sharePercent,
            long calls, long callsWithAwards,
            BigDecimal callsWithAwardsPercent, long callsWithReports, BigDecimal callsWithReportsPercent) {
    }

    /** The counters of the groups over everything the filter matched, each award and call counted once. */
    @Schema(description = "Funding over everything the filter matched, each award, NGO and call counted once")
    public record ProcurementStatisticsTotals(long awards, @Scale(2) BigDecimal awardedKzt, long ngosFunded,
            BigDecimal top10SharePercent, long calls, long callsWithAwards, BigDecimal callsWithAwardsPercent,
            long callsWithReports, BigDecimal callsWithReportsPercent) {
    }

    /** The groups (largest amount first; by key for year) and the totals of the same filter. */
    public record Statistics(List<ProcurementStatisticsGroup> groups, ProcurementStatisticsTotals totals) {
    }

    private final ProcurementStatisticsRepository statistics;
    private final GovernmentBodyReplicaRepository bodies;

    public ProcurementStatisticsService(ProcurementStatisticsRepository statistics, GovernmentBodyReplicaRepository bodies) {
        this.statistics = statistics;
        this.bodies = bodies;
    }

    public Statistics by(Dimension dimension, Filter filter) {
        List<Group> total = statistics.groups(Dimension.TOTAL, filter);
        Group all = total.isEmpty() ? new Group("TOTAL", 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, 0) : total.get(0);
        Comparator<ProcurementStatisticsGroup> order = dimension.chronological
                ? Comparator.comparing(ProcurementStatisticsGroup::key)
                : Comparator.comparing(ProcurementStatisticsGroup::awardedKzt).reversed()
                        .thenComparing(ProcurementStatisticsGroup::key);
        List<ProcurementStatisticsGroup> groups = statistics.groups(dimension, filter).stream()
                .map(g -> group(g, all.awardedKzt(), dimension == Dimension.CUSTOMER ? customer(g.key()) : null))
                .sorted(order).toList();
        return new Statistics(groups, new ProcurementStatisticsTotals(all.awards(), all.awardedKzt(), all.ngos(),
                percent(all.top10Kzt(), all.awardedKzt()), all.calls(), all.callsWithAwards(),
                percent(BigDecimal.valueOf(all.callsWithAwards()), BigDecimal.valueOf(all.calls())), all.callsWithReports(),
                percent(BigDecimal.valueOf(all.callsWithReports()), BigDecimal.valueOf(all.calls()))));
    }

    private String customer(String id) {
        return bodies.findByIdOptional(UUID.fromString(id)).map(b -> Parties.name(b, id)).orElse(null);
    }

    private static ProcurementStatisticsGroup group(Group g, BigDecimal allAwarded, String label) {
        return new ProcurementStatisticsGroup(g.key(), label, g.awards(), g.awardedKzt(), g.ngos(), percent(g.top10Kzt(), g.awardedKzt()),
                percent(g.awardedKzt(), allAwarded), g.calls(), g.callsWithAwards(),
                percent(BigDecimal.valueOf(g.callsWithAwards()), BigDecimal.valueOf(g.calls())), g.callsWithReports(),
                percent(BigDecimal.valueOf(g.callsWithReports()), BigDecimal.valueOf(g.calls())));
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
