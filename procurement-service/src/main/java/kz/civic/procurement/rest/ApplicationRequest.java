package kz.civic.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** An NGO's application to a call. {@code institutionalDevelopment} is the part of the request for the NGO itself. */
public record ApplicationRequest(
        @NotNull UUID callId,
        @NotNull UUID ngoId,
        @NotBlank @Size(max = 500) String projectTitle,
        @NotBlank @Size(max = 20000) String projectDescription,
        @NotNull @Pattern(regexp = "kk|ru", message = "must be kk or ru") String language,
        @NotNull @Valid Money requestedAmount,
        @Valid Money institutionalDevelopment) {

    public BigDecimal institutionalKzt() {
        return institutionalDevelopment == null ? BigDecimal.ZERO : institutionalDevelopment.amount();
    }
}
