package kz.civic.procurement.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.civic.procurement.ContractStatus;

/** A move of a contract along its lifecycle (TERMINATED needs a reason); recorded in its history. */
public record ContractStatusChangeRequest(@NotNull ContractStatus to, @Size(max = 2000) String reason) {
}
