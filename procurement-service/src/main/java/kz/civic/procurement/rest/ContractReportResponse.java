package kz.civic.procurement.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.GranteeReport;
import kz.civic.procurement.Indicator;
import kz.civic.procurement.ReportKind;
import kz.civic.procurement.ReportStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A grantee report with its indicators and review, public (transparency). */
@Schema(name = "ContractReportResponse")
public record ContractReportResponse(UUID id, UUID contractId, ReportKind kind,
        @Schema(nullable = true, description = "The tranche an INTERIM report covers; absent for the FINAL report")
        Integer tranche,
        String narrative, List<Indicator> indicators, ReportStatus status,
        @Schema(nullable = true, description = "The reviewer's reason (required to reject); absent when none was given") String reviewReason,
        OffsetDateTime submittedAt,
        @Schema(nullable = true, description = "When it was reviewed; absent while SUBMITTED") OffsetDateTime reviewedAt,
        long version) {

    public static ContractReportResponse of(GranteeReport r) {
        return new ContractReportResponse(r.id, r.contractId, r.kind, r.tranche, r.narrative, List.copyOf(r.indicators),
                r.status, r.reviewReason, r.submittedAt, r.reviewedAt, r.version);
    }
}
