package kz.civic.forum.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import kz.civic.forum.AddresseeType;

/** An addressee on the wire; {@code governmentBodyId} is required exactly for CENTRAL_AGENCY and LOCAL_AGENCY (else 422). */
public record AddresseeDetails(@NotNull AddresseeType type, UUID governmentBodyId) {
}
