package kz.civic.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.civic.registry.NgoStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/ngos/{id}/status-changes}. */
@Schema(name = "ChangeNgoStatusRequest")
public record ChangeNgoStatusRequest(
        @Schema(description = "target status") @NotNull NgoStatus to,
        @Schema(description = "why the status changes") @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "the decision or article the change rests on", examples = "Order No. 123 of 2026-11-20")
        @Size(max = 500) String legalBasis) {
}
