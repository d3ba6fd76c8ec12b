package kz.civic.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract signed for an award: its amount (more than 0, at most the award's), period and
 * tranche schedule (sequences 1..n, amounts summing to the contract's, dates inside the period in
 * sequence order).
 */
public record ContractRequest(@NotNull UUID awardId, @NotNull @Valid Money amount, @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd, @NotNull @Size(min = 1, max = 24) List<@NotNull @Valid TrancheRequest> tranches) {

    /** One planned payment. */
    public record TrancheRequest(@NotNull @Min(1) Integer sequence, @NotNull @Valid Money amount,
            @NotNull LocalDate plannedOn) {
    }
}
