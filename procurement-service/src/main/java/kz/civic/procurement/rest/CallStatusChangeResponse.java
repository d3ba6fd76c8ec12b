package kz.civic.procurement.rest;

import java.time.OffsetDateTime;
import kz.civic.procurement.CallStatusChange;

/** One step of a call's history. */
public record CallStatusChangeResponse(String from, String to, String reason, String changedBy, OffsetDateTime changedAt) {

    public static CallStatusChangeResponse of(CallStatusChange c) {
        return new CallStatusChangeResponse(c.fromStatus == null ? null : c.fromStatus.name(), c.toStatus.name(), c.reason,
                c.changedBy, c.changedAt);
    }
}
