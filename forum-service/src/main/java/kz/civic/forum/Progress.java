package kz.civic.forum;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Roll-up of implementation progress (issue 4 item 4), as fractions from 0 to 1:
 * <ul>
 * <li>an item's progress comes from its indicator: (current − baseline) / (target − baseline), clamped to [0, 1]
 * (a falling target works the same way); no measurement yet is 0; a DONE item is 1; a CANCELLED item has none;</li>
 * <li>a recommendation's and a plan's progress is the weighted mean of their items' progress,
 * Σ(weight × progress) / Σ weight, cancelled items excluded; none left is no progress (null).</li>
 * </ul>
 */
public final class Progress {

    /** An item's weight and progress (null when cancelled). */
    public record Weighted(BigDecimal weight, BigDecimal progress) {
    }

    private static final int SCALE = 6;

    private Progress() {
    }

    public static BigDecimal ofItem(ActionPlanItemStatus status, BigDecimal baseline, BigDecimal target, BigDecimal current) {
        if (status == ActionPlanItemStatus.CANCELLED) {
            return null;
        }
        if (status == ActionPlanItemStatus.DONE) {
            return BigDecimal.ONE;
        }
        if (current == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal ratio = current.subtract(baseline).divide(target.subtract(baseline), SCALE, RoundingMode.HALF_UP);
        return ratio.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    public static BigDecimal weightedMean(Collection<Weighted> items) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (Weighted item : items) {
            if (item.progress() != null) {
                weights = weights.add(item.weight());
                sum = sum.add(item.weight().multiply(item.progress()));
            }
        }
        return weights.signum() == 0 ? null : sum.divide(weights, SCALE, RoundingMode.HALF_UP);
    }

    /** A fraction as a percentage with two decimals (null stays null). */
    public static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }
}
