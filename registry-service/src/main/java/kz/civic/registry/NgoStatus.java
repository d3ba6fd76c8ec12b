package kz.civic.registry;

import java.util.EnumSet;
import java.util.Set;

/**
 * NGO status and its state machine (domain-brief §6.2): REGISTERED → ACTIVE ⇄ INACTIVE,
 * ACTIVE → SUSPENDED → ACTIVE, any non-terminal status → LIQUIDATING → LIQUIDATED (terminal).
 */
public enum NgoStatus {
    REGISTERED, ACTIVE, INACTIVE, SUSPENDED, LIQUIDATING, LIQUIDATED;

    /** The statuses this one may change to. */
    public Set<NgoStatus> allowedTargets() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(ACTIVE, LIQUIDATING);
            case ACTIVE -> EnumSet.of(INACTIVE, SUSPENDED, LIQUIDATING);
            case INACTIVE -> EnumSet.of(ACTIVE, LIQUIDATING);
            case SUSPENDED -> EnumSet.of(ACTIVE, LIQUIDATING);
            case LIQUIDATING -> EnumSet.of(LIQUIDATED);
            case LIQUIDATED -> EnumSet.noneOf(NgoStatus.class);
        };
    }

    public boolean canChangeTo(NgoStatus target) {
        return allowedTargets().contains(target);
    }

    public boolean isTerminal() {
        return allowedTargets().isEmpty();
    }
}
