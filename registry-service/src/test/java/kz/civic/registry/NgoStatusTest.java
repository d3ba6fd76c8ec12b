package kz.civic.registry;

import static kz.civic.registry.NgoStatus.ACTIVE;
import static kz.civic.registry.NgoStatus.INACTIVE;
import static kz.civic.registry.NgoStatus.LIQUIDATED;
import static kz.civic.registry.NgoStatus.LIQUIDATING;
import static kz.civic.registry.NgoStatus.REGISTERED;
import static kz.civic.registry.NgoStatus.SUSPENDED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NgoStatusTest {

    /** The state machine of domain-brief §6.2, written out independently of the enum. */
    static final Map<NgoStatus, Set<NgoStatus>> ALLOWED = Map.of(
            REGISTERED, Set.of(ACTIVE, LIQUIDATING),
            ACTIVE, Set.of(INACTIVE, SUSPENDED, LIQUIDATING),
            INACTIVE, Set.of(ACTIVE, LIQUIDATING),
            SUSPENDED, Set.of(ACTIVE, LIQUIDATING),
            LIQUIDATING, Set.of(LIQUIDATED),
            LIQUIDATED, Set.of());

    static List<Object[]> everyPair() {
        List<Object[]> pairs = new ArrayList<>();
        for (NgoStatus from : NgoStatus.values()) {
            for (NgoStatus to : NgoStatus.values()) {
                pairs.add(new Object[] { from, to, ALLOWED.get(from).contains(to) });
            }
        }
        return pairs;
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void everyTransitionIsAllowedOrForbiddenAsSpecified(NgoStatus from, NgoStatus to, boolean allowed) {
        assertEquals(allowed, from.canChangeTo(to));
    }

    @ParameterizedTest
    @MethodSource("everyPair")
    void onlyLiquidatedIsTerminal(NgoStatus from, NgoStatus ignored, boolean alsoIgnored) {
        assertEquals(from == LIQUIDATED, from.isTerminal());
    }
}
