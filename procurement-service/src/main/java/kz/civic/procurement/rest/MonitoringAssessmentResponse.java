package kz.civic.procurement.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.procurement.Assessment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded monitoring note and quality score. */
@Schema(name = "MonitoringAssessmentResponse")
public record MonitoringAssessmentResponse(UUID id, UUID contractId,
        @Schema(nullable = true, description = "The report assessed; absent for a note on the contract itself") UUID reportId,
        String note,
        @Schema(nullable = true, minimum = "1", maximum = "5", description = "Quality score 1-5; absent when none was given")
        Integer qualityScore,
        String recordedBy, OffsetDateTime recordedAt) {

    public static MonitoringAssessmentResponse of(Assessment a) {
        return new MonitoringAssessmentResponse(a.id, a.contractId, a.reportId, a.note, a.qualityScore, a.recordedBy, a.recordedAt);
    }
}
