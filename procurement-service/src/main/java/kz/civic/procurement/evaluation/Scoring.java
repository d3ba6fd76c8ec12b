package kz.civic.procurement.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Commission arithmetic: a member's total for an application is the weighted sum of the criterion
 * scores (0-100, weights in percent, so the total is 0-100); the application's score is the mean of
 * its members' totals; the ranking orders by score, highest first (ties: earlier submission first).
 * A member total further than {@link #OUTLIER_POINTS} from the application's mean is flagged.
 */
public final class Scoring {

    /** Distance from the mean (in points of 100) beyond which a member's total is an outlier. */
    public static final BigDecimal OUTLIER_POINTS = new BigDecimal("20");

    private Scoring() {
    }

    /** One member's total: sum of score × weight / 100, two decimals. */
    public static BigDecimal memberTotal(Map<String, Integer> scores, Map<String, Integer> weights) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> w : weights.entrySet()) {
            int score = scores.getOrDefault(w.getKey(), 0);
            total = total.add(BigDecimal.valueOf((long) score * w.getValue()));
        }
        return total.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** The mean of the totals, two decimals; null when nobody scored. */
    public static BigDecimal mean(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            return null;
        }
        BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
    }

    public static boolean isOutlier(BigDecimal memberTotal, BigDecimal mean) {
        return mean != null && memberTotal.subtract(mean).abs().compareTo(OUTLIER_POINTS) > 0;
    }

    /** An application to rank: its id, submission order and members' totals (member id to total). */
    public record Entry(UUID applicationId, long submittedOrder, Map<String, BigDecimal> memberTotals) {
    }

    /** A ranked application: 1-based rank (null when unscored), score, and members whose total is an outlier. */
    public record Ranked(int rank, UUID applicationId, BigDecimal score, Map<String, BigDecimal> memberTotals,
            List<String> outliers) {
    }

    /** Scored applications by score (highest first, earlier submission first on ties), then unscored ones. */
    public static List<Ranked> rank(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        Map<UUID, BigDecimal> scores = new LinkedHashMap<>();
        entries.forEach(e -> scores.put(e.applicationId(), mean(List.copyOf(e.memberTotals().values()))));
        sorted.sort(Comparator.<Entry, BigDecimal>comparing(e -> scores.get(e.applicationId()),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparingLong(Entry::submittedOrder));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            BigDecimal score = scores.get(e.applicationId());
            List<String> outliers = e.memberTotals().entrySet().stream().filter(t -> isOutlier(t.getValue(), score))
                    .map(Map.Entry::getKey).sorted().toList();
            ranked.add(new Ranked(i + 1, e.applicationId(), score, e.memberTotals(), outliers));
        }
        return ranked;
    }
}
