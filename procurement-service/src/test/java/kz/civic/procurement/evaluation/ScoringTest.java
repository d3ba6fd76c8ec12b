package kz.civic.procurement.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final Map<String, Integer> WEIGHTS = Map.of("RELEVANCE", 60, "BUDGET", 40);

    @Test
    void memberTotalIsTheWeightedSumOnA100PointScale() {
        assertEquals(new BigDecimal("86.00"), Scoring.memberTotal(Map.of("RELEVANCE", 90, "BUDGET", 80), WEIGHTS));
        assertEquals(new BigDecimal("100.00"), Scoring.memberTotal(Map.of("RELEVANCE", 100, "BUDGET", 100), WEIGHTS));
        assertEquals(new BigDecimal("0.00"), Scoring.memberTotal(Map.of("RELEVANCE", 0, "BUDGET", 0), WEIGHTS));
        // 33*33 + 34*33 + 33*34 = 3333 -> 33.33
        assertEquals(new BigDecimal("33.33"), Scoring.memberTotal(Map.of("A", 33, "B", 34, "C", 33),
                Map.of("A", 33, "B", 33, "C", 34)));
    }

    @Test
    void meanRoundsHalfUpToCents() {
        assertEquals(new BigDecimal("81.00"), Scoring.mean(List.of(new BigDecimal("62.00"), new BigDecimal("100.00"))));
        assertEquals(new BigDecimal("66.67"), Scoring.mean(List.of(new BigDecimal("100.00"), new BigDecimal("50.00"),
                new BigDecimal("50.00"))));
        assertNull(Scoring.mean(List.of()));
    }

    @Test
    void rankingOrdersByScoreThenSubmissionAndPutsUnscoredLast() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        UUID unscored = UUID.randomUUID();
        List<Scoring.Ranked> ranked = Scoring.rank(List.of(
                new Scoring.Entry(unscored, 0, Map.of()),
                new Scoring.Entry(second, 1, Map.of("m1", new BigDecimal("70.00"))),
                new Scoring.Entry(third, 2, Map.of("m1", new BigDecimal("70.00"))),
                new Scoring.Entry(first, 3, Map.of("m1", new BigDecimal("90.00"), "m2", new BigDecimal("80.00")))));
        assertEquals(List.of(first, second, third, unscored), ranked.stream().map(Scoring.Ranked::applicationId).toList());
        assertEquals(List.of(1, 2, 3, 4), ranked.stream().map(Scoring.Ranked::rank).toList());
        assertEquals(new BigDecimal("85.00"), ranked.get(0).score());
        assertNull(ranked.get(3).score());
    }

    @Test
    void totalsMoreThan20PointsFromTheMeanAreOutliers() {
        UUID id = UUID.randomUUID();
        Scoring.Ranked r = Scoring.rank(List.of(new Scoring.Entry(id, 0, Map.of("m1", new BigDecimal("80.00"),
                "m2", new BigDecimal("80.00"), "m3", new BigDecimal("30.00"), "m4", new BigDecimal("80.00"))))).get(0);
        assertEquals(new BigDecimal("67.50"), r.score());
        assertEquals(List.of("m3"), r.outliers());
        Scoring.Ranked close = Scoring.rank(List.of(new Scoring.Entry(id, 0, Map.of("m1", new BigDecimal("62.00"),
                "m2", new BigDecimal("100.00"))))).get(0);
        assertEquals(List.of(), close.outliers());
    }
}
