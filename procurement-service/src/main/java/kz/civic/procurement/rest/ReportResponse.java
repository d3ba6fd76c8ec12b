package kz.civic.procurement.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.GranteeReport;
import kz.civic.procurement.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A grantee report with its indicators and review, public (transparency). */
@Schema(name = "ContractReportResponse")
public record ReportResponse(UUID id, UUID contractId, String kind, Integer tranche, String narrative,
        List<Indicator> indicators, String status, String reviewReason, OffsetDateTime submittedAt,
        OffsetDateTime reviewedAt, long version) {

    public static ReportResponse of(GranteeReport r) {
        return new ReportResponse(r.id, r.contractId, r.kind.name(), r.tranche, r.narrative, List.copyOf(r.indicators),
                r.status.name(), r.reviewReason, r.submittedAt, r.reviewedAt, r.version);
    }
}
