package kz.civic.forum;

import static kz.civic.forum.ActionPlanItemStatus.CANCELLED;
import static kz.civic.forum.ActionPlanItemStatus.DONE;
import static kz.civic.forum.ActionPlanItemStatus.IN_PROGRESS;
import static kz.civic.forum.ActionPlanItemStatus.PLANNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertNumber(expected, actual, "");
    }

    private static void assertNumber(String expected, BigDecimal actual, String why) {
        assertEquals(0, d(expected).compareTo(actual), why + ": expected " + expected + " but was " + actual);
    }

    @Test
    void itemProgressIsTheShareOfTheWayFromBaselineToTarget() {
        assertNumber("0.5", Progress.ofItem(IN_PROGRESS, d("10"), d("20"), d("15")));
        assertNumber("0.25", Progress.ofItem(PLANNED, d("0"), d("400"), d("100")));
        assertNumber("0", Progress.ofItem(IN_PROGRESS, d("10"), d("20"), null), "no measurement yet");
        assertNumber("0", Progress.ofItem(IN_PROGRESS, d("10"), d("20"), d("5")), "below the baseline is clamped");
        assertNumber("1", Progress.ofItem(IN_PROGRESS, d("10"), d("20"), d("35")), "beyond the target is clamped");
        assertNumber("0.75", Progress.ofItem(IN_PROGRESS, d("40"), d("20"), d("25")), "a falling target");
        assertNumber("0.333333", Progress.ofItem(IN_PROGRESS, d("0"), d("3"), d("1")));
    }

    @Test
    void doneIsCompleteAndCancelledHasNoProgress() {
        assertNumber("1", Progress.ofItem(DONE, d("10"), d("20"), d("12")));
        assertNumber("1", Progress.ofItem(DONE, d("10"), d("20"), null));
        assertNull(Progress.ofItem(CANCELLED, d("10"), d("20"), d("20")));
    }

    @Test
    void rollUpIsTheWeightedMeanWithoutCancelledItems() {
        List<Progress.Weighted> items = List.of(
                new Progress.Weighted(d("3"), d("0.5")),
                new Progress.Weighted(d("1"), d("1")),
                new Progress.Weighted(d("2"), null));
        assertNumber("0.625", Progress.weightedMean(items), "(3 × 0.5 + 1 × 1) / (3 + 1)");
        assertNumber("0.5", Progress.weightedMean(List.of(new Progress.Weighted(d("1"), d("0")),
                new Progress.Weighted(d("1"), d("1")))), "equal weights are a plain mean");
        assertNumber("0.17", Progress.weightedMean(List.of(new Progress.Weighted(d("0.5"), d("0.8")),
                new Progress.Weighted(d("4.5"), d("0.1")))), "(0.5 × 0.8 + 4.5 × 0.1) / (0.5 + 4.5)");
    }

    @Test
    void noLiveItemsIsNoProgress() {
        assertNull(Progress.weightedMean(List.of()));
        assertNull(Progress.weightedMean(List.of(new Progress.Weighted(d("2"), null))));
    }

    @Test
    void percentagesHaveTwoDecimals() {
        assertEquals(d("62.50"), Progress.percent(d("0.625")));
        assertEquals(d("33.33"), Progress.percent(d("0.333333")));
        assertNull(Progress.percent(null));
    }

    @Test
    void itemStatusMachine() {
        Map<ActionPlanItemStatus, Set<ActionPlanItemStatus>> allowed = Map.of(
                PLANNED, Set.of(IN_PROGRESS, CANCELLED),
                IN_PROGRESS, Set.of(DONE, CANCELLED),
                DONE, Set.of(),
                CANCELLED, Set.of());
        for (ActionPlanItemStatus from : ActionPlanItemStatus.values()) {
            for (ActionPlanItemStatus to : EnumSet.allOf(ActionPlanItemStatus.class)) {
                assertEquals(allowed.get(from).contains(to), from.canChangeTo(to), from + " -> " + to);
            }
        }
        assertTrue(PLANNED.isOpen());
        assertTrue(IN_PROGRESS.isOpen());
        assertFalse(DONE.isOpen());
        assertFalse(CANCELLED.isOpen());
    }
}
