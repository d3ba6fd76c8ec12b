package kz.civic.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.civic.forum.support.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RecommendationStatusTest {

    static List<Object[]> everyPair() {
        List<Object[]> pairs = new ArrayList<>();
        for (RecommendationStatus from : RecommendationStatus.values()) {
            for (RecommendationStatus to : RecommendationStatus.values()) {
                pairs.add(new Object[] { from, to, Lifecycle.ALLOWED.get(from).contains(to) });
            }
        }
        return pairs;
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void everyTransitionIsAllowedOrForbiddenAsTheIssueSays(RecommendationStatus from, RecommendationStatus to, boolean allowed) {
        assertEquals(allowed, from.canChangeTo(to));
    }

    @ParameterizedTest
    @EnumSource(RecommendationStatus.class)
    void declinedMergedAndTheThreeOutcomesAreTerminal(RecommendationStatus status) {
        Set<RecommendationStatus> terminal = Set.of(RecommendationStatus.DECLINED, RecommendationStatus.MERGED,
                RecommendationStatus.IMPLEMENTED, RecommendationStatus.PARTIALLY_IMPLEMENTED,
                RecommendationStatus.NOT_IMPLEMENTED);
        assertEquals(terminal.contains(status), status.isTerminal());
    }

    @ParameterizedTest
    @EnumSource(RecommendationStatus.class)
    void onlyLiveSubmittedRecommendationsAbsorbMerges(RecommendationStatus status) {
        Set<RecommendationStatus> live = Set.of(RecommendationStatus.SUBMITTED, RecommendationStatus.ACCEPTED,
                RecommendationStatus.IN_PROGRESS);
        assertEquals(live.contains(status), status.canAbsorbMerges());
    }

    @ParameterizedTest
    @EnumSource(AddresseeType.class)
    void exactlyTheAgencyAddresseesNameABodyOfTheirLevel(AddresseeType type) {
        String expected = switch (type.name()) {
            case "CENTRAL_AGENCY" -> "CENTRAL";
            case "LOCAL_AGENCY" -> "LOCAL";
            default -> null;
        };
        assertEquals(expected, type.governmentBodyLevel());
        assertEquals(expected != null, type.isAgency());
    }
}
