package kz.civic.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** An award decision: which application of the call, and how much (at most what it requested). */
public record AwardRequest(@NotNull UUID applicationId, @NotNull @Valid Money amount) {
}
