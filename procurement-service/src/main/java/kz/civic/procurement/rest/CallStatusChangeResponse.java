package kz.civic.procurement.rest;

import java.time.OffsetDateTime;
import kz.civic.procurement.CallStatus;
import kz.civic.procurement.CallStatusChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a call's history. */
public record CallStatusChangeResponse(
        @Schema(nullable = true, description = "The status before; absent for the call's creation") CallStatus from,
        CallStatus to, @Schema(nullable = true, description = "Why, when the officer gave a reason") String reason,
        String changedBy, OffsetDateTime changedAt) {

    public static CallStatusChangeResponse of(CallStatusChange c) {
        return new CallStatusChangeResponse(c.fromStatus, c.toStatus, c.reason, c.changedBy, c.changedAt);
    }
}
