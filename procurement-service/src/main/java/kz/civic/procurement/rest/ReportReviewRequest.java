package kz.civic.procurement.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.civic.procurement.ReportStatus;

/** A review of a grantee report: APPROVED, or REJECTED with a reason (required). */
public record ReportReviewRequest(@NotNull ReportStatus to, @Size(max = 2000) String reason) {
}
