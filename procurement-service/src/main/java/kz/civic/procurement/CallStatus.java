package kz.civic.procurement;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a call: PLANNED → ANNOUNCED → OPEN → UNDER_REVIEW → AWARDED | FAILED → CLOSED. */
public enum CallStatus {
    PLANNED, ANNOUNCED, OPEN, UNDER_REVIEW, AWARDED, FAILED, CLOSED;

    /** The statuses this one may move to. */
    public Set<CallStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ANNOUNCED);
            case ANNOUNCED -> EnumSet.of(OPEN);
            case OPEN -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(AWARDED, FAILED);
            case AWARDED, FAILED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CallStatus.class);
        };
    }

    /** Applications of a call in this status are still being decided on (eligibility is re-checked on NGO changes). */
    public boolean applicationsOpen() {
        return this == OPEN || this == UNDER_REVIEW;
    }
}
