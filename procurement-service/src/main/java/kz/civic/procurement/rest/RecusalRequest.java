package kz.civic.procurement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A commission member's declaration of a conflict of interest with one application. */
public record RecusalRequest(@NotBlank @Size(max = 2000) String reason) {
}
