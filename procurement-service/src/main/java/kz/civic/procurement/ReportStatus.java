package kz.civic.procurement;

import java.util.EnumSet;
import java.util.Set;

/** Review of a grantee report: SUBMITTED → APPROVED | REJECTED (with a reason); a rejected report is submitted anew. */
public enum ReportStatus {
    SUBMITTED, APPROVED, REJECTED;

    public Set<ReportStatus> next() {
        return this == SUBMITTED ? EnumSet.of(APPROVED, REJECTED) : EnumSet.noneOf(ReportStatus.class);
    }
}
