package kz.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Statistics;
import kz.civic.registry.repository.NgoRepository;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of the register for analysts: by region, sphere, legal form, status or registration year. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NgoStatisticsService {

    public static final Set<String> DIMENSIONS = Set.of("region", "sphere", "legalForm", "status", "registrationYear");

    /** One group; {@code cumulative} and {@code growthPercent} (of the cumulative total) only by year. */
    @Schema(description = "NGOs of one value of the dimension")
    public record NgoStatisticsGroup(
            @Schema(description = "the value: a region code, sphere code, legal form, status or year") String key,
            @Schema(description = "NGOs of this value") long count,
            @Schema(description = "count as a percentage of totals.count (by sphere the groups may add up to more "
                    + "than 100: an NGO counts in each of its spheres)") BigDecimal sharePercent,
            @Schema(nullable = true, description = "by registrationYear only: NGOs registered up to this year")
            Long cumulative,
            @Schema(nullable = true, description = "by registrationYear only: growth of the cumulative total over the "
                    + "previous year, percent; absent for the first year") BigDecimal growthPercent) {
    }

    /** The counter of the groups over every NGO the filters match, each counted once. */
    @Schema(description = "NGOs matching the filters, each counted once")
    public record NgoStatisticsTotals(@Schema(description = "NGOs matching the filters") long count) {
    }

    /** The answer: the dimension, the groups and the totals. */
    @Schema(description = "NGOs matching the filters, counted by a dimension")
    public record NgoStatisticsResponse(@Schema(enumeration = { "region", "sphere", "legalForm", "status",
            "registrationYear" }) String by, List<NgoStatisticsGroup> groups, NgoStatisticsTotals totals)
            implements Statistics<NgoStatisticsGroup, NgoStatisticsTotals> {
    }

    private final NgoRepository ngos;

    public NgoStatisticsService(NgoRepository ngos) {
        this.ngos = ngos;
    }

    public NgoStatisticsResponse countBy(NgoQuery query, String by) {
        if (by == null || !DIMENSIONS.contains(by)) {
            throw ApiException.invalidParameter("by", "must be one of " + new TreeSet<>(DIMENSIONS));
        }
        long total = ngos.countMatching(query);
        List<NgoStatisticsGroup> groups = new ArrayList<>();
        long cumulative = 0;
        for (Object[] row : ngos.countBy(query, by)) {
            long count = ((Number) row[1]).longValue();
            BigDecimal share = percent(count, total);
            if ("registrationYear".equals(by)) {
                BigDecimal growth = cumulative == 0 ? null : percent(count, cumulative);
                cumulative += count;
                groups.add(new NgoStatisticsGroup(String.valueOf(row[0]), count, share, cumulative, growth));
            } else {
                groups.add(new NgoStatisticsGroup(String.valueOf(row[0]), count, share, null, null));
            }
        }
        return new NgoStatisticsResponse(by, groups, new NgoStatisticsTotals(total));
    }

    /** {@code part} as a percentage of {@code whole}, one decimal; 0 when the whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
