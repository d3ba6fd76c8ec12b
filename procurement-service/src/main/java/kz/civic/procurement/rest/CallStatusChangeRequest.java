package kz.civic.procurement.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.civic.procurement.CallStatus;

/** A move of a call along its lifecycle, with the reason recorded in its history. */
public record CallStatusChangeRequest(@NotNull CallStatus to, @Size(max = 2000) String reason) {
}
