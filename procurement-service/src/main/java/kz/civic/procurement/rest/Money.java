package kz.civic.procurement.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** Money on the wire: {@code {"amount": 1500000.00, "currency": "KZT"}}; only KZT is accepted. */
public record Money(@NotNull @DecimalMin(value = "0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotNull @Pattern(regexp = "KZT", message = "only KZT is accepted") String currency) {

    public static Money kzt(BigDecimal amount) {
        return amount == null ? null : new Money(amount, "KZT");
    }
}
