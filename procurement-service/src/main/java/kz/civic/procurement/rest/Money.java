package kz.civic.procurement.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import kz.civic.platform.web.Scale;

/** Money on the wire: {@code {"amount": 1500000.00, "currency": "KZT"}}, the amount always with two decimals
 * ({@link Scale}, as its columns {@code NUMERIC(17, 2)}); only KZT is accepted. */
public record Money(@NotNull @Scale(2) @DecimalMin(value = "0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotNull @Pattern(regexp = "KZT", message = "only KZT is accepted") String currency) {

    public static Money kzt(BigDecimal amount) {
        return amount == null ? null : new Money(amount, "KZT");
    }
}
