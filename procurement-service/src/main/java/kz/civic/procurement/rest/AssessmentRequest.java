package kz.civic.procurement.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A monitoring note and optional quality score (1-5) on a contract, or on one of its reports when reportId is set. */
@Schema(name = "MonitoringAssessmentRequest")
public record AssessmentRequest(UUID reportId, @NotBlank @Size(max = 5000) String note,
        @Min(1) @Max(5) Integer qualityScore) {
}
